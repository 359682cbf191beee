// Package scrape is the cleaner's front door for Go scrapers, which hold
// pages as goquery documents and selections (colly hands them out, and
// so do most hand-written scrapers): they pass them as they are, and the
// cleaner reads the parsed tree without serializing and parsing it again.
//
//	doc, err := goquery.NewDocumentFromReader(body)
//	a, err := scrape.FromDocument(doc, cleaner.Options{})
//	a, err = scrape.FromSelection(doc.Find("article"), cleaner.Options{})
//
// It is native only: goquery brings net/http, which the WebAssembly build
// must not carry, so neither cleaner/ nor wasm/ imports this package (a
// test checks the wasm build's dependencies).
package scrape

import (
	"fmt"

	"github.com/PuerkitoBio/goquery"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// FromDocument cleans a whole goquery document. When opts.URL is empty
// and the document knows its address (goquery.NewDocumentFromResponse
// sets doc.Url), that address resolves the page's relative links.
func FromDocument(doc *goquery.Document, opts cleaner.Options) (*cleaner.Article, error) {
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 {
		return nil, fmt.Errorf("%w: no document", cleaner.ErrEmpty)
	}
	if opts.URL == "" && doc.Url != nil {
		opts.URL = doc.Url.String()
	}
	return cleaner.CleanNode(doc.Nodes[0], opts)
}

// FromSelection cleans the elements of a selection as one article, in
// document order as goquery keeps them; the page's metadata (title,
// byline, date, site) is still read from the whole document.
func FromSelection(sel *goquery.Selection, opts cleaner.Options) (*cleaner.Article, error) {
	if sel == nil || sel.Length() == 0 {
		return nil, fmt.Errorf("%w: the selection is empty", cleaner.ErrEmpty)
	}
	return cleaner.CleanNodes(sel.Nodes, opts)
}
