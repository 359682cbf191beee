// Command readability-cli runs readeck go-readability over many files in
// one process, the way `articlecleaner -mode html -format json` does, so
// the bench can compare whole-process times (start-up, reading,
// gunzipping, extracting and printing).
//
//	readability-cli page1.html.gz page2.html ...
//
// It prints one JSON line per file: {"file": …, "title": …, "text": …}.
// A page readability cannot extract is reported on stderr and printed
// with an empty text; a file that cannot be read makes the exit status 1.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/seed15afa100/articlecleaner/internal/corpus"
)

type record struct {
	File  string `json:"file"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: readability-cli FILE...")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	status := 0
	for _, path := range os.Args[1:] {
		data, err := corpus.ReadInput(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "readability-cli:", err)
			status = 1
			continue
		}
		rec := record{File: path}
		art, err := readability.FromReader(bytes.NewReader(data), nil)
		if err != nil {
			fmt.Fprintf(os.Stderr, "readability-cli: %s: %v\n", path, err)
		} else if art.Node != nil {
			var b strings.Builder
			if err := art.RenderText(&b); err != nil {
				fmt.Fprintf(os.Stderr, "readability-cli: %s: %v\n", path, err)
			}
			rec.Title, rec.Text = art.Title(), b.String()
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(os.Stderr, "readability-cli:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "readability-cli:", err)
		os.Exit(1)
	}
	os.Exit(status)
}
