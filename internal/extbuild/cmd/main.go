//go:build !js

// Command cmd builds the browser extension (see package extbuild):
//
//	go run ./internal/extbuild/cmd -out dist/extension -zip dist/articlecleaner-extension-chrome.zip \
//		-firefox-out dist/extension-firefox -firefox-zip dist/articlecleaner-extension-firefox.zip
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

func main() {
	out := flag.String("out", "dist/extension", "the unpacked extension's folder (emptied first)")
	zipPath := flag.String("zip", "dist/articlecleaner-extension-chrome.zip", "the zip to write (empty: none)")
	ffOut := flag.String("firefox-out", "dist/extension-firefox", "the unpacked Firefox build's folder (emptied first; empty: none)")
	ffZip := flag.String("firefox-zip", "dist/articlecleaner-extension-firefox.zip", "the Firefox build's zip (empty: none)")
	wasm := flag.String("wasm", "", "a compiled articlecleaner.wasm to use instead of compiling ./wasm")
	flag.Parse()
	root, err := extbuild.ModuleRoot(".")
	if err == nil {
		err = extbuild.Build(extbuild.Config{Root: root, Out: *out, Zip: *zipPath, FirefoxOut: *ffOut, FirefoxZip: *ffZip, Wasm: *wasm})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	report("Chrome", *out, *zipPath)
	if *ffOut != "" {
		report("Firefox", *ffOut, *ffZip)
	}
}

// report prints where a build went.
func report(browser, dir, zipPath string) {
	info, err := os.Stat(zipPath)
	if zipPath != "" && err == nil {
		fmt.Printf("extension for %s: %s, %s (%d bytes)\n", browser, dir, zipPath, info.Size())
	} else {
		fmt.Printf("extension for %s: %s\n", browser, dir)
	}
}
