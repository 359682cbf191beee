package cleaner

import (
	"strings"

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
	class := strings.ToLower(attrOr(n, "class", ""))
	return strings.Contains(class, "author") || strings.Contains(class, "byline")
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
