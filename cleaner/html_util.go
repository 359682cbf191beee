package cleaner

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// attrIs reports whether an attribute holds the value, ignoring case.
func attrIs(n *html.Node, key, val string) bool {
	return strings.EqualFold(strings.TrimSpace(attr(n, key)), val)
}

// isHidden reports whether an element is hidden from readers: the hidden
// attribute, aria-hidden, an inline display:none or visibility:hidden, or
// a class that hides it (sr-only, visually-hidden…). A mark from the
// live page (html_live.go) decides first.
func isHidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch liveMark(n) {
	case liveHidden:
		return true
	case liveCollapsed:
		return false
	}
	return staticHidden(n)
}

// staticHidden is isHidden without the live page's marks.
func staticHidden(n *html.Node) bool {
	// One pass over the attributes; of repeated ones the first counts.
	var seen [3]bool // aria-hidden, style, class
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if !seen[0] && strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
			seen[0] = true
		case "style":
			if !seen[1] && hiddenByStyle(a.Val) {
				return true
			}
			seen[1] = true
		case "class":
			if !seen[2] && hiddenByClassNames(a.Val) {
				return true
			}
			seen[2] = true
		}
	}
	return false
}

// hiddenByStyle reports an inline style that hides the element.
func hiddenByStyle(st string) bool {
	if !strings.Contains(st, ":") {
		return false
	}
	st = strings.ToLower(strings.Join(strings.Fields(st), ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// collectText appends the text a reader sees in n: scripts and hidden
// elements left out, block elements and line breaks spaced.
func collectText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if isSkipTag(n.DataAtom) {
			return
		}
		if n.DataAtom == atom.Br {
			b.WriteByte('\n')
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := isBlockTag(n.DataAtom)
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isHidden(c) {
			continue
		}
		collectText(b, c)
	}
	if block {
		b.WriteByte('\n')
	}
}

// linkTextChars counts the characters of text inside links under n.
func linkTextChars(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		var b strings.Builder
		collectText(&b, n)
		return runeCount(collapseSpace(b.String()))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += linkTextChars(c)
	}
	return total
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// imageSrc returns an image's address, looking past lazy-loading
// placeholders to data-src and srcset.
func imageSrc(n *html.Node) string {
	// One pass over the attributes (the walk calls this for every image;
	// in wasm a pass per key costs): the first value of each key counts.
	var vals [len(imageSrcKeys)]string
	var seen [len(imageSrcKeys)]bool
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		for k, key := range imageSrcKeys {
			if a.Key == key {
				if !seen[k] {
					vals[k], seen[k] = a.Val, true
				}
				break
			}
		}
	}
	src := strings.TrimSpace(vals[0])
	// strings.HasPrefix(strings.ToLower(src), "data:") without the copy:
	// no other rune lower-cases to these ASCII letters.
	if src != "" && !(len(src) >= 5 && strings.EqualFold(src[:5], "data:")) {
		return src
	}
	for _, v := range vals[1:5] {
		if v := strings.TrimSpace(v); v != "" {
			return v
		}
	}
	for _, v := range vals[5:] {
		if v := strings.TrimSpace(v); v != "" {
			first, _, _ := strings.Cut(v, ",")
			if f := strings.Fields(first); len(f) > 0 {
				return f[0]
			}
		}
	}
	return ""
}

// imageSrcKeys: where imageSrc looks, in order: src, the lazy loaders'
// attributes, then the first candidate of a srcset.
var imageSrcKeys = [...]string{"src", "data-src", "data-lazy-src", "data-original", "data-url", "srcset", "data-srcset"}
