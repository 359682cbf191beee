//go:build js && wasm

package main

import (
	"errors"
	"runtime"
	"slices"
	"syscall/js"
	"unsafe"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// clean is articlecleaner.clean(input, options, onProgress).
func clean(_ js.Value, args []js.Value) any {
	return guard(func() (js.Value, error) {
		input, err := inputBytes(arg(args, 0))
		if err != nil {
			return js.Undefined(), err
		}
		opts, progress, err := options(arg(args, 1))
		if err != nil {
			return js.Undefined(), err
		}
		if p := arg(args, 2); p.Type() == js.TypeFunction {
			progress = p
		}
		report := func(stage string, done, total int) {
			// Between stages the collector's marking gets its turn (one
			// thread: otherwise it waits for the call to end while the
			// heap grows).
			runtime.Gosched()
			if progress.Type() == js.TypeFunction {
				progress.Invoke(stage, done, total)
			}
		}
		a, err := cleaner.CleanProgress(input, opts, report)
		if err != nil {
			return js.Undefined(), err
		}
		h := keep(a)
		size, ascii := recordPlan(a) // record.go
		recordBuf = recordJSON(slices.Grow(recordBuf[:0], size), a, ascii)
		// The string is made over the buffer, not copied from it:
		// js.ValueOf copies it into JavaScript (wasm_exec.js decodes it
		// from the wasm's memory), and nothing else holds it, so the buffer
		// may be written again next time. (The copy was a tenth of the
		// crossing on a 5 MB paste: 15 MB of JSON.)
		json := unsafe.String(unsafe.SliceData(recordBuf), len(recordBuf))
		v := js.ValueOf([]any{h, json})
		if cap(recordBuf) > recordBufMaxKept {
			recordBuf = nil // a long paste's: not kept for the next page
		}
		return v, nil
	})
}

// recordBuf is where the Record's JSON is written, reused from call to
// call so that a page does not grow a new buffer of its size (about 70 KB
// on a news page) through a dozen reallocations.
var recordBuf []byte

// recordBufMaxKept is the largest buffer kept for the next call: a news
// page's Record fits many times; a long paste's is let go.
const recordBufMaxKept = 1 << 20

// render is articlecleaner.render(handle, format): the Markdown or HTML of
// an article clean returned lately, rendered on demand. It returns null
// when the article is no longer kept (the loader then cleans again).
func render(_ js.Value, args []js.Value) any {
	return guard(func() (js.Value, error) {
		h, format := arg(args, 0), arg(args, 1)
		if h.Type() != js.TypeNumber || format.Type() != js.TypeString {
			return js.Undefined(), errRender
		}
		a := kept(h.Int())
		if a == nil {
			return js.Null(), nil
		}
		switch format.String() {
		case "markdown":
			return js.ValueOf(a.Markdown()), nil
		case "html":
			return js.ValueOf(a.HTML()), nil
		}
		return js.Undefined(), errRender
	})
}

var errRender = errors.New("articlecleaner: render takes a handle and \"markdown\" or \"html\"")

// keptArticles is how many recent articles stay available to render: the
// caller usually renders the article it just cleaned; a few more cover a
// page that cleans twice before copying. Older records re-clean.
const keptArticles = 4

var (
	recent     [keptArticles]*cleaner.Article
	recentIDs  [keptArticles]int
	nextHandle = 1
)

// keep stores a among the recent articles and returns its handle.
func keep(a *cleaner.Article) int {
	h := nextHandle
	nextHandle++
	recent[h%keptArticles], recentIDs[h%keptArticles] = a, h
	return h
}

// kept returns the article of handle h, or nil if it is gone.
func kept(h int) *cleaner.Article {
	if h <= 0 || recentIDs[h%keptArticles] != h {
		return nil
	}
	return recent[h%keptArticles]
}

// arg returns the i-th argument, or undefined.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// errInput reports an input of the wrong JavaScript type.
var errInput = errors.New("articlecleaner: input must be a string, a Uint8Array or an ArrayBuffer")

// textEncoder is the host's TextEncoder, made on first use.
var textEncoder = js.Undefined()

// inputBytes copies the input into Go: a string as UTF-8, bytes as they are.
func inputBytes(v js.Value) ([]byte, error) {
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return nil, cleaner.ErrEmpty
	case js.TypeString:
		// Encoded by the host and copied once: v.String() would copy the
		// encoded bytes into Go, then into a string, then into []byte
		// (three copies of a 5 MB paste, two of them garbage at once).
		// The same TextEncoder does the encoding either way (lone
		// surrogates become U+FFFD).
		if textEncoder.IsUndefined() {
			textEncoder = js.Global().Get("TextEncoder").New()
		}
		u8 := textEncoder.Call("encode", v)
		b := make([]byte, u8.Get("length").Int())
		js.CopyBytesToGo(b, u8)
		return b, nil
	case js.TypeObject:
		if v.InstanceOf(js.Global().Get("ArrayBuffer")) {
			v = js.Global().Get("Uint8Array").New(v)
		}
		if v.InstanceOf(js.Global().Get("Uint8Array")) {
			b := make([]byte, v.Get("length").Int())
			js.CopyBytesToGo(b, v)
			return b, nil
		}
	}
	return nil, errInput
}
