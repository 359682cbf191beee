// Command eval runs the cleaner over the benchmark corpora, for HTML and
// for pasted text, scores each run with the shared scorer and prints, per
// corpus: precision, recall and F1, a per-language table (by the language
// the cleaner detected), metadata accuracy where the gold has metadata, and
// the worst pages.
//
//	go run ./internal/eval -corpora ../shared/corpus/dev,../shared/corpus/multi \
//		-score ../shared/tools/score -out eval -worst 10
//
// A corpus that is absent is skipped with a clear message. With -floors,
// eval exits 1 when a measured value falls below its floor (make eval-gate).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpus/dev,../shared/corpus/multi", "corpus folders, separated by commas or spaces (each with html/, text/ and ground-truth.json)")
	inputs := flag.String("inputs", "html,text", "which inputs to clean: html, text (pasted text), or both")
	score := flag.String("score", "../shared/tools/score", "the scorer's folder (run there with go run .)")
	out := flag.String("out", "eval", "folder for the predictions, one JSON file per corpus and input")
	worst := flag.Int("worst", 10, "list the N pages with the lowest F1")
	floors := flag.String("floors", "", "floors to hold, e.g. dev.html.f1=0.965,multi.html.title=0.78 (keys: corpus.input.metric; metrics f1, precision, recall, title, author, date, author_fp_max)")
	misses := flag.String("misses", "", "list the pages whose metadata field (title, author or date) is wrong, with the expected and the given value")
	focus := flag.String("focus", "", "the cleaner's focus: balanced (default), precision or recall")
	quiet := flag.Bool("quiet", false, "print only the summary lines (no per-language table, no worst pages)")
	flag.Parse()
	fl, err := parseFloors(*floors)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(2)
	}
	cfg := config{score: *score, out: *out, worst: *worst, quiet: *quiet, misses: *misses, focus: cleaner.Focus(*focus)}
	var results []runResult
	for _, dir := range splitList(*corpora) {
		if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
			fmt.Printf("eval: skipped %s: no corpus there (ground-truth.json missing)\n\n", dir)
			continue
		}
		for _, in := range splitList(*inputs) {
			r, err := evalRun(cfg, dir, in)
			if err != nil {
				fmt.Fprintln(os.Stderr, "eval:", err)
				os.Exit(1)
			}
			if r.skipped {
				continue
			}
			results = append(results, r)
		}
	}
	if len(results) > 0 {
		printSummary(os.Stdout, results)
	}
	if fails := checkFloors(fl, results); len(fails) > 0 {
		for _, f := range fails {
			fmt.Println("eval-gate:", f)
		}
		os.Exit(1)
	}
	if len(fl) > 0 {
		fmt.Printf("eval-gate: %d floors held\n", len(fl))
	}
}

// splitList splits a list given with commas or spaces.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
}
