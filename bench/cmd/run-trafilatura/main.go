// Command run-trafilatura is the bench's child program for go-trafilatura:
// `run-trafilatura -only trafilatura-html|trafilatura-text -corpus DIR
// -out DIR`. See harness.ChildMain.
package main

import (
	"bytes"
	"net/url"

	"github.com/markusmobius/go-trafilatura"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

func main() {
	harness.ChildMain(
		harness.Extractor{Name: "trafilatura-html", Input: harness.InputHTML, Extract: extract},
		harness.Extractor{Name: "trafilatura-text", Input: harness.InputText, Prepare: harness.ParagraphsHTML, Extract: extract},
	)
}

// extract runs go-trafilatura as its own CLI does by default: with the
// readability / dom-distiller fallback. Comments are excluded because
// the gold text is the article body only (ContentText never holds them
// anyway; excluding them skips the work of finding them).
func extract(data []byte, pageURL string) (string, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}
