package main

import (
	"fmt"
	"strings"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

// extractorRow names one extractor of the table and the child program
// that runs it.
type extractorRow struct {
	Name  string // as the child program knows it (-only)
	Label string // what the table shows
	Input harness.Input
	Cmd   string // child program, a package of this module
}

// extractorRows lists every row in table order.
var extractorRows = []extractorRow{
	{"articlecleaner-html", "articlecleaner", harness.InputHTML, "./cmd/run-articlecleaner"},
	{"trafilatura-html", "go-trafilatura", harness.InputHTML, "./cmd/run-trafilatura"},
	{"readability-html", "go-readability (readeck)", harness.InputHTML, "./cmd/run-readability"},
	{"articlecleaner-text", "articlecleaner", harness.InputText, "./cmd/run-articlecleaner"},
	{"raw-text", "raw text (baseline: keep everything)", harness.InputText, "./cmd/run-raw"},
	{"trafilatura-text", "go-trafilatura (text as HTML paragraphs)", harness.InputText, "./cmd/run-trafilatura"},
	{"readability-text", "go-readability (text as HTML paragraphs)", harness.InputText, "./cmd/run-readability"},
}

// selectRows returns the named rows, or all of them for no names.
func selectRows(names []string) ([]extractorRow, error) {
	if len(names) == 0 {
		return extractorRows, nil
	}
	out := make([]extractorRow, 0, len(names))
	for _, n := range names {
		r, ok := findRow(strings.TrimSpace(n))
		if !ok {
			return nil, fmt.Errorf("unknown extractor %q (known: %s)", n, allNames())
		}
		out = append(out, r)
	}
	return out, nil
}

func findRow(name string) (extractorRow, bool) {
	for _, r := range extractorRows {
		if r.Name == name {
			return r, true
		}
	}
	return extractorRow{}, false
}

func allNames() string {
	names := make([]string, len(extractorRows))
	for i, r := range extractorRows {
		names[i] = r.Name
	}
	return strings.Join(names, ",")
}
