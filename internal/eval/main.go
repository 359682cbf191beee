// Command eval runs the cleaner over a benchmark corpus and writes the
// predictions in the scorer's format: {"<id>": {"articleBody": "…"}}.
//
//	go run ./internal/eval -corpus ../shared/corpus/dev -input text -out eval/text.json
//
// It prints a clear message and exits 0 when the corpus is absent, so that
// `make eval` skips on machines without it.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/corpus"
)

// focus is passed to the cleaner: balanced, precision or recall.
var focus = flag.String("focus", "", "the cleaner's focus: balanced (default), precision or recall")

func main() {
	corpusDir := flag.String("corpus", "../shared/corpus/dev", "corpus folder (with text/ and html/)")
	input := flag.String("input", "text", "which input to clean: text (pasted text) or html")
	out := flag.String("out", "", "where to write the predictions (JSON)")
	flag.Parse()
	if err := run(*corpusDir, *input, *out); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(dir, input, out string) error {
	pattern := filepath.Join(dir, "text", "*.txt")
	mode := cleaner.ModeText
	if input == "html" {
		pattern = filepath.Join(dir, "html", "*.html.gz")
		mode = cleaner.ModeHTML
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fmt.Printf("eval: skipped: no corpus at %s (set CORPUS=… to point at one)\n", pattern)
		os.Exit(0)
	}
	sort.Strings(files)
	preds := map[string]map[string]string{}
	var total time.Duration
	failed := 0
	for _, f := range files {
		data, err := corpus.ReadInput(f)
		if err != nil {
			return err
		}
		id := corpus.PageID(f)
		start := time.Now()
		a, err := cleaner.Clean(data, cleaner.Options{Mode: mode, Focus: cleaner.Focus(*focus)})
		total += time.Since(start)
		body := ""
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", id, err)
			failed++
		} else {
			body = a.Text()
		}
		preds[id] = map[string]string{"articleBody": body}
	}
	fmt.Printf("eval: cleaned %d %s inputs (%d failed) in %v, %.2f ms/page\n", len(files), input, failed,
		total.Round(time.Millisecond), float64(total.Microseconds())/1000/float64(len(files)))
	if out == "" {
		return json.NewEncoder(os.Stdout).Encode(preds)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(preds, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
