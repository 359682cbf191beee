// Command run-articlecleaner is the bench's child program for
// articlecleaner: `run-articlecleaner -only articlecleaner-html|articlecleaner-text
// -corpus DIR -out DIR`. See harness.ChildMain.
package main

import (
	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
	"github.com/seed15afa100/articlecleaner/cleaner"
)

func main() {
	harness.ChildMain(
		harness.Extractor{Name: "articlecleaner-html", Input: harness.InputHTML, Extract: cleanIn(cleaner.ModeHTML)},
		harness.Extractor{Name: "articlecleaner-text", Input: harness.InputText, Extract: cleanIn(cleaner.ModeText)},
	)
}

// cleanIn cleans a page in the given mode and returns the plain body.
func cleanIn(mode cleaner.Mode) func([]byte, string) (string, error) {
	return func(data []byte, pageURL string) (string, error) {
		a, err := cleaner.Clean(data, cleaner.Options{Mode: mode, URL: pageURL})
		if err != nil {
			return "", err
		}
		return a.Text(), nil
	}
}
