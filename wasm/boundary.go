//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
)

// guard runs one call from JavaScript. It turns an error, or a recovered
// panic, into a JavaScript Error value for the loader to throw, so that a
// bug in the cleaner fails one call instead of killing the Go runtime.
func guard(call func() (js.Value, error)) (result js.Value) {
	defer func() {
		if p := recover(); p != nil {
			result = jsError(fmt.Sprintf("internal error: %v", p))
		}
	}()
	v, err := call()
	if err != nil {
		return jsError(err.Error())
	}
	return v
}

// jsError makes a JavaScript Error with the message.
func jsError(msg string) js.Value {
	return js.Global().Get("Error").New(msg)
}

// panicForTest panics inside the boundary, so tests can check that a panic
// becomes an Error and the runtime keeps working. It touches no state.
func panicForTest(js.Value, []js.Value) any {
	return guard(func() (js.Value, error) {
		panic("forced by _panicForTest")
	})
}
