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
		if e := blocks[i].domOf().elem; p.selectors[e] == "" {
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
	var buf [maxSelectorParts]selPart
	parts := buf[:0]
	size := 0
	for depth := 0; i >= 0 && len(parts) < maxSelectorParts; depth++ {
		e := elems[i]
		i = e.parent
		n := e.node
		if n == nil || n.Type != html.ElementNode {
			break
		}
		part := selectorPart(n)
		if depth == 0 || part.kind > partBare {
			parts = append(parts, part)
			size += part.size() + 1
		}
		if part.kind >= partClass {
			break
		}
	}
	// One string, the outermost part first.
	b := make([]byte, 0, size)
	for k := len(parts) - 1; k >= 0; k-- {
		if k < len(parts)-1 {
			b = append(b, ' ')
		}
		b = parts[k].appendTo(b)
	}
	return string(b)
}

// selPart is one element's part of a selector: tag#id, tag.class.class
// or tag.
type selPart struct {
	tag     string
	id      string
	classes [maxSelectorClasses]string
	nc      int
	kind    partKind
}

func (p selPart) size() int {
	n := len(p.tag) + 1 + len(p.id)
	for _, c := range p.classes[:p.nc] {
		n += 1 + len(c)
	}
	return n
}

func (p selPart) appendTo(b []byte) []byte {
	b = append(b, p.tag...)
	if p.kind == partID {
		return append(append(b, '#'), p.id...)
	}
	for _, c := range p.classes[:p.nc] {
		b = append(append(b, '.'), c...)
	}
	return b
}

// selectorPart reads one element's part.
func selectorPart(n *html.Node) selPart {
	p := selPart{tag: n.Data}
	if !chosenName(p.tag) {
		p.tag = "*"
	}
	if id := strings.TrimSpace(attr(n, "id")); chosenName(id) {
		p.id, p.kind = id, partID
		return p
	}
	for rest := attr(n, "class"); rest != "" && p.nc < maxSelectorClasses; {
		var c string
		if c, rest = nextField(rest); c == "" {
			break
		}
		if chosenName(c) && (p.nc == 0 || p.classes[0] != c) {
			p.classes[p.nc] = c
			p.nc++
		}
	}
	switch {
	case p.nc > 0:
		p.kind = partClass
	case isLandmark(n.DataAtom):
		p.kind = partLandmark
	default:
		p.kind = partBare
	}
	return p
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
