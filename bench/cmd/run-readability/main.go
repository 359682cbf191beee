// Command run-readability is the bench's child program for readeck
// go-readability: `run-readability -only readability-html|readability-text
// -corpus DIR -out DIR`. See harness.ChildMain.
package main

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

func main() {
	harness.ChildMain(
		harness.Extractor{Name: "readability-html", Input: harness.InputHTML, Extract: extract},
		harness.Extractor{Name: "readability-text", Input: harness.InputText, Prepare: harness.ParagraphsHTML, Extract: extract},
	)
}

// extract runs go-readability with its defaults and renders its text.
func extract(data []byte, pageURL string) (string, error) {
	var u *url.URL
	if parsed, err := url.Parse(pageURL); err == nil && pageURL != "" {
		u = parsed
	}
	art, err := readability.FromReader(bytes.NewReader(data), u)
	if err != nil {
		return "", err
	}
	if art.Node == nil {
		return "", nil
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}
