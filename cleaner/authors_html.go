package cleaner

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Byline elements of an HTML page: a link marked rel="author", or an
// element whose class says author or byline ("author-name", "byline").
// Their text is taken when it is a name, with or without an opening
// ("Von Jane Doe"); an author box with a biography is not a name.

// bylineElementMaxWords: a byline element holds a name and its opening.
const bylineElementMaxWords = 10

func isBylineElement(n *html.Node) bool {
	if n.Data == "a" {
		if v, ok := attrOK(n, "rel"); ok && hasField(v, "author") {
			return true
		}
	}
	return classSaysByline(attrOr(n, "class", ""))
}

// classSaysByline is containsLower(s, "author") || containsLower(s,
// "byline") in one pass over an ASCII s: only at an a or a b is a word
// compared (every element's class is tested).
func classSaysByline(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'a':
			if hasLowerAt(s, i, "author") {
				return true
			}
		case 'b':
			if hasLowerAt(s, i, "byline") {
				return true
			}
		}
		if s[i] >= utf8.RuneSelf {
			return containsLower(s, "author") || containsLower(s, "byline")
		}
	}
	return false
}

// hasLowerAt reports whether s holds the lower-case ASCII word at i,
// ignoring ASCII case.
func hasLowerAt(s string, i int, word string) bool {
	if len(s)-i < len(word) {
		return false
	}
	for j := 0; j < len(word); j++ {
		c := s[i+j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[j] {
			return false
		}
	}
	return true
}

// containsLower is strings.Contains(strings.ToLower(s), word) for a
// lower-case ASCII word, without the lower-cased copy when s is ASCII
// (every element's class is tested). Beyond ASCII it lower-cases, as
// some letters lower-case to ASCII ones (İ to i, K to k).
func containsLower(s, word string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Contains(strings.ToLower(s), word)
		}
	}
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for ; j < len(word); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				break
			}
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// readBylines reads the names of byline elements, in document order.
func (m *pageMeta) readBylines(nodes []*html.Node) {
	for _, n := range nodes {
		if isHidden(n) {
			continue
		}
		t := collapseSpace(nodeText(n))
		if t == "" || countWords(t) > bylineElementMaxWords {
			continue
		}
		if name := authorFromLine(t); name != "" {
			m.bylines = append(m.bylines, name)
			continue
		}
		if name := authorName(t, false); name != "" && foldKey(name) == foldKey(t) {
			m.bylines = append(m.bylines, name)
		}
	}
}
