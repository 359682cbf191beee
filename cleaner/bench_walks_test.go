package cleaner

import (
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkCleanDevHTMLAfterParse times what the HTML path does after
// x/net/html has parsed the page: the walks over the tree (blocks, hints,
// metadata, selectors) and the stages that follow. The dev pages are
// decoded and parsed once, before the timer; the trees are only read.
//
//	go test -bench CleanDevHTMLAfterParse -run '^$' ./cleaner
func BenchmarkCleanDevHTMLAfterParse(b *testing.B) {
	pages := loadDevHTML(b)
	opts := Options{Mode: ModeHTML}
	var docs []*html.Node
	for _, p := range pages {
		src, err := decodeHTML(p, opts)
		if err != nil {
			b.Fatal(err)
		}
		if doc, err := parseHTML(src); err == nil {
			docs = append(docs, doc)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, doc := range docs {
			r := &run{opts: opts, mode: ModeHTML}
			r.segmentNodes(doc, []*html.Node{doc})
			r.finish(nil, (*run).assemble)
		}
	}
}
