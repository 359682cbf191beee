package cleaner

import (
	"bytes"

	"github.com/seed15afa100/articlecleaner/cleaner/internal/htmlparse"
	"golang.org/x/net/html"
)

// Parsing a page. x/net/html's Token copies every tag name, attribute key
// and value and text out of its buffer, which it fills from an io.Reader
// byte by byte; in WebAssembly that was two thirds of a clean. The fork
// in internal/htmlparse reads the page in memory, makes strings over it
// without copying where its bytes are the string, and builds the same
// *html.Node tree (html_parse_test.go compares the trees on the corpora,
// the package's FuzzParse on any input).

// parseHTML parses a decoded page into the tree
// html.ParseWithOptions(…, html.ParseOptionEnableScripting(false)) makes
// of it.
//
// The tree's strings point into a copy of src that belongs to the tree:
// src may be the caller's own bytes (decodeHTML returns its input when
// it is UTF-8), which they may change or reuse after Clean returns, and
// the strings of the tree can end up in the Article. Nothing writes to
// the copy.
func parseHTML(src []byte) (*html.Node, error) {
	return htmlparse.Parse(bytes.Clone(src))
}
