//go:build js && wasm

package main

import (
	"fmt"
	"math"
	"syscall/js"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// options reads a JavaScript options object: the fields of cleaner.Options
// under their JSON names, plus onProgress. An unknown field is an error, so
// a misspelt option does not go unnoticed.
func options(v js.Value) (cleaner.Options, js.Value, error) {
	var opts cleaner.Options
	progress := js.Undefined()
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return opts, progress, nil
	case js.TypeObject:
	default:
		return opts, progress, optionError("options must be an object")
	}
	keys := js.Global().Get("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		f := v.Get(k)
		if f.IsUndefined() || f.IsNull() {
			continue
		}
		var err error
		switch k {
		case "mode":
			var s string
			s, err = stringField(k, f)
			opts.Mode = cleaner.Mode(s)
		case "focus":
			var s string
			s, err = stringField(k, f)
			opts.Focus = cleaner.Focus(s)
		case "url":
			opts.URL, err = stringField(k, f)
		case "charset":
			opts.Charset, err = stringField(k, f)
		case "maxInputBytes":
			opts.MaxInputBytes, err = intField(k, f)
		case "restore":
			opts.Restore, err = intsField(k, f)
		case "content":
			opts.Content, err = stringField(k, f)
		case "remove":
			opts.Remove, err = stringsField(k, f)
		case "keep":
			opts.Keep, err = stringsField(k, f)
		case "onProgress":
			if f.Type() != js.TypeFunction {
				err = optionError("onProgress must be a function")
			}
			progress = f
		default:
			err = optionError(fmt.Sprintf("unknown option %q", k))
		}
		if err != nil {
			return opts, progress, err
		}
	}
	return opts, progress, nil
}

func optionError(msg string) error {
	return fmt.Errorf("%w: %s", cleaner.ErrOptions, msg)
}

func stringField(k string, v js.Value) (string, error) {
	if v.Type() != js.TypeString {
		return "", optionError(k + " must be a string")
	}
	return v.String(), nil
}

// maxSafeInteger is Number.MAX_SAFE_INTEGER: larger numbers are not exact.
const maxSafeInteger = 1<<53 - 1

func intField(k string, v js.Value) (int, error) {
	if v.Type() != js.TypeNumber {
		return 0, optionError(k + " must be a number")
	}
	f := v.Float()
	if f != math.Trunc(f) || math.Abs(f) > maxSafeInteger {
		return 0, optionError(k + " must be a whole number")
	}
	return int(f), nil
}

func stringsField(k string, v js.Value) ([]string, error) {
	if !js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, optionError(k + " must be an array of strings")
	}
	out := make([]string, v.Length())
	for i := range out {
		s, err := stringField(k+" item", v.Index(i))
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func intsField(k string, v js.Value) ([]int, error) {
	if !js.Global().Get("Array").Call("isArray", v).Bool() {
		return nil, optionError(k + " must be an array of numbers")
	}
	out := make([]int, v.Length())
	for i := range out {
		n, err := intField(k+" item", v.Index(i))
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}
