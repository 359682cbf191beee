//go:build js && wasm

package main

import (
	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/jsdecode"
)

// The browser decodes the multi-byte encodings of Chinese, Japanese and
// Korean for the cleaner (cleaner/encodings_cjk_js.go says why).
func init() { cleaner.HostDecoder = jsdecode.Decode }
