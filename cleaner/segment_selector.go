package cleaner

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A segment's selector: a short CSS selector of the element that holds it,
// so that a rule can be made from what the reader shows ("always remove
// div.newsletter-box"). It is built from tag names, ids and the classes
// a person chose; ids and classes that a build tool or a CMS generated
// (hashes, numbers) change from page to page and are left out, so the
// selector also matches the same element on the site's next article.

const (
	// maxSelectorParts: a segment's selector names at most this many
	// elements (the segment's own and distinctive ancestors): enough to
	// tell the story's paragraphs from the sidebar's, short enough to read.
	maxSelectorParts = 3
	// maxSelectorClasses: classes named per element; a third class
	// rarely tells more and makes the rule fragile.
	maxSelectorClasses = 2
	// maxNameLen: longer ids and class names are generated, not chosen.
	maxNameLen = 32
	// generatedDigits: a name with a run of this many digits is an
	// article or database number ("post-48213"), different on every page.
	generatedDigits = 3
	// hashMinLen: a dash-separated piece at least this long that mixes
	// letters and digits is a hash ("css-1q2w3e", "sc-a1b2c").
	hashMinLen = 5
)

// generatedPrefixes start class names that CSS-in-JS and frameworks
// generate per build.
var generatedPrefixes = []string{"css-", "sc-", "jsx-", "svelte-", "emotion-", "ng-", "is-", "has-"}

// partKind ranks what an element's part of a selector says.
type partKind uint8

const (
	partBare     partKind = iota // a tag name alone
	partLandmark                 // article, main, aside, nav, header, footer, section
	partClass                    // with a chosen class
	partID                       // with a chosen id
)

// nameElements gives every element that holds a block its selector, then
// lets go of the parsed tree: the stages after segmentation need only the
// names, and a tree kept alive to the end costs the garbage collector more
// than naming the elements early.
func (p *htmlPage) nameElements(blocks []block) {
	p.selectors = make([]string, len(p.elems))
	for i := range blocks {
		if e := blocks[i].dom.elem; p.selectors[e] == "" {
			p.selectors[e] = elementSelector(p.elems, e)
		}
	}
	for i := range p.elems {
		p.elems[i].node = nil
	}
}

// elementSelector builds element i's selector: its own part, and the
// parts of landmark ancestors up to the nearest one with a chosen id or
// class. It is "" for the document itself.
func elementSelector(elems []elemInfo, i int32) string {
	var buf [maxSelectorParts]string
	parts := buf[:0]
	for depth := 0; i >= 0 && len(parts) < maxSelectorParts; depth++ {
		e := elems[i]
		i = e.parent
		n := e.node
		if n == nil || n.Type != html.ElementNode {
			break
		}
		part, kind := selectorPart(n)
		if depth == 0 || kind > partBare {
			parts = append(parts, part)
		}
		if kind >= partClass {
			break
		}
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[1] + " " + parts[0]
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return strings.Join(parts, " ")
}

// selectorPart is one element's part: tag#id, tag.class.class or tag.
func selectorPart(n *html.Node) (string, partKind) {
	tag := n.Data
	if !chosenName(tag) {
		tag = "*"
	}
	if id := strings.TrimSpace(attr(n, "id")); chosenName(id) {
		return tag + "#" + id, partID
	}
	var chosen [maxSelectorClasses]string
	classes := 0
	for rest := attr(n, "class"); rest != "" && classes < maxSelectorClasses; {
		var c string
		if c, rest = nextField(rest); c == "" {
			break
		}
		if chosenName(c) && (classes == 0 || chosen[0] != c) {
			chosen[classes] = c
			classes++
		}
	}
	switch {
	case classes == 1:
		return tag + "." + chosen[0], partClass
	case classes == 2:
		return tag + "." + chosen[0] + "." + chosen[1], partClass
	case isLandmark(n.DataAtom):
		return tag, partLandmark
	}
	return tag, partBare
}

func isLandmark(a atom.Atom) bool {
	switch a {
	case atom.Article, atom.Main, atom.Aside, atom.Nav, atom.Header, atom.Footer, atom.Section:
		return true
	}
	return false
}

// chosenName reports whether an id or class name reads as chosen by a
// person and needs no escaping in CSS: an identifier of letters, digits,
// '-' and '_', not too long, without numbers or hashes in it.
func chosenName(s string) bool {
	if s == "" || len(s) > maxNameLen {
		return false
	}
	c := s[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if digits >= generatedDigits {
				return false
			}
			continue
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '-', c == '_':
		default:
			return false
		}
		digits = 0
	}
	for _, p := range generatedPrefixes {
		if strings.HasPrefix(s, p) {
			return false
		}
	}
	// The pieces between dashes and underscores (s holds only ASCII
	// letters, digits, '-' and '_' here).
	for i := 0; i < len(s); i++ {
		start, digit := i, false
		for ; i < len(s) && s[i] != '-' && s[i] != '_'; i++ {
			digit = digit || s[i] >= '0' && s[i] <= '9'
		}
		if i-start >= hashMinLen && digit {
			return false
		}
	}
	return true
}
