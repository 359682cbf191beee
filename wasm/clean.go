//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"

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
		var report cleaner.ProgressFunc
		if progress.Type() == js.TypeFunction {
			report = func(stage string, done, total int) {
				progress.Invoke(stage, done, total)
			}
		}
		a, err := cleaner.CleanProgress(input, opts, report)
		if err != nil {
			return js.Undefined(), err
		}
		return js.ValueOf(recordValue(a.Record())), nil
	})
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

// inputBytes copies the input into Go: a string as UTF-8, bytes as they are.
func inputBytes(v js.Value) ([]byte, error) {
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return nil, cleaner.ErrEmpty
	case js.TypeString:
		return []byte(v.String()), nil
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
