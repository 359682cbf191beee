package cleaner

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// domFeatures are what the HTML front end knows of a block beyond its text.
type domFeatures struct{}

// segmentHTML reduces a page to its visible text, one block element a
// line, and segments that as pasted text.
func (r *run) segmentHTML(input []byte) error {
	doc, err := html.Parse(bytes.NewReader(input))
	if err != nil {
		return err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.Join(strings.Fields(n.Data), " "))
			if strings.HasSuffix(n.Data, " ") {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Br, atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Tr, atom.Article, atom.Section, atom.Blockquote:
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Tr, atom.Article, atom.Section, atom.Blockquote:
				b.WriteByte('\n')
			}
		}
	}
	walk(doc)
	r.src = b.String()
	r.segmentText()
	return nil
}
