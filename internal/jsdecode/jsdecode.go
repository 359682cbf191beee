//go:build js && wasm

// Package jsdecode decodes legacy encodings with the JavaScript host's
// TextDecoder (WHATWG Encoding Standard), for cleaner.HostDecoder in the
// WebAssembly build: the browser already holds the tables that x/text
// would add to the download.
package jsdecode

import (
	"fmt"
	"syscall/js"
)

// Decode decodes in, in the encoding with the WHATWG name given, to UTF-8;
// what cannot be decoded becomes U+FFFD, as in x/text.
func Decode(name string, in []byte) (out []byte, err error) {
	ctor := js.Global().Get("TextDecoder")
	if ctor.Type() != js.TypeFunction {
		return nil, fmt.Errorf("decoding %s: this JavaScript host has no TextDecoder", name)
	}
	defer func() {
		if r := recover(); r != nil { // new TextDecoder throws on a label the host does not know
			out, err = nil, fmt.Errorf("decoding %s: the JavaScript host cannot: %v", name, r)
		}
	}()
	dec := ctor.New(name)
	arr := js.Global().Get("Uint8Array").New(len(in))
	js.CopyBytesToJS(arr, in)
	return []byte(dec.Call("decode", arr).String()), nil
}
