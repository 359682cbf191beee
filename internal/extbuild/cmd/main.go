//go:build !js

// Command cmd builds the browser extension (see package extbuild):
//
//	go run ./internal/extbuild/cmd -out dist/extension -zip dist/articlecleaner-extension.zip
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

func main() {
	out := flag.String("out", "dist/extension", "the unpacked extension's folder (emptied first)")
	zipPath := flag.String("zip", "dist/articlecleaner-extension.zip", "the zip to write (empty: none)")
	wasm := flag.String("wasm", "", "a compiled articlecleaner.wasm to use instead of compiling ./wasm")
	flag.Parse()
	root, err := extbuild.ModuleRoot(".")
	if err == nil {
		err = extbuild.Build(extbuild.Config{Root: root, Out: *out, Zip: *zipPath, Wasm: *wasm})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	info, err := os.Stat(*zipPath)
	if *zipPath != "" && err == nil {
		fmt.Printf("extension: %s, %s (%d bytes)\n", *out, *zipPath, info.Size())
	} else {
		fmt.Printf("extension: %s\n", *out)
	}
}
