package cleaner

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parsing a page with its big inline scripts and styles set aside.
//
// Half the bytes of a news page are the bodies of inline <script> and
// <style> elements, and x/net/html reads them byte by byte (through its
// script-data state machine) before copying them into the tree. The
// pre-pass below finds those bodies with one tight scan, hands the parser
// the page with each big body replaced by a short marker, and puts the
// bodies back into the tree afterwards. The tree is the one the full page
// parses to, exactly:
//
//   - A body's end is found by a copy of the tokenizer's own rules
//     (readScript, readRawOrRCDATA in x/net/html's token.go), started
//     where the marker check below proves the tokenizer starts it.
//   - After parsing, every marker must be the whole text of an HTML
//     <script> or <style> element of the kind that was set aside, each
//     exactly once (putBackRaw says why that is enough). That proves the
//     parser read the marker as that element's raw text token: the
//     tokenizer was in the same state at the body's start in both inputs
//     (the bytes before it are the same), and raw text is added to the
//     tree without being looked at, so what follows parses the same. Any
//     doubt, and the page is parsed whole.
//   - A body is put back as the tokenizer would have made it: newlines
//     normalized as convertNewlines does. Bodies with NUL bytes (which the
//     tokenizer replaces) and small ones are left in place.
//
// The scan's guesses (which "<script" is a tag) need not be right: a
// wrong one leaves a marker somewhere else and the page is parsed whole.
// html_parse_test.go compares the trees on the corpora and by fuzzing.

const (
	// rawSetAsideMin: bodies shorter than this stay in the page; setting
	// them aside costs more than the parser spends on them.
	rawSetAsideMin = 256
	// rawMarkerLead and rawMarkerTail enclose a set-aside body's number:
	// Unicode noncharacters, which pages do not contain (a page that does
	// is parsed whole) and which the parser passes through unchanged.
	rawMarkerLead = "\ufdd0"
	rawMarkerTail = "\ufdd1"
)

// rawBody is a set-aside body: the element it belongs to and its text as
// the tokenizer would have given it.
type rawBody struct {
	tag  atom.Atom // atom.Script or atom.Style
	text string
	put  bool // found in the tree and put back
}

// parseHTML parses a decoded page into the tree x/net/html makes of it.
func parseHTML(src []byte) (*html.Node, error) { return parseSettingAside(src, rawSetAsideMin) }

// parseSettingAside is parseHTML setting aside bodies of at least min
// bytes (the tests set aside small ones too).
func parseSettingAside(src []byte, min int) (*html.Node, error) {
	if spans, bodies := setAsideRaw(src, min); bodies != nil {
		doc, err := html.ParseWithOptions(&asideReader{src: src, spans: spans}, html.ParseOptionEnableScripting(false))
		if err == nil && putBackRaw(doc, bodies) {
			return doc, nil
		}
	}
	return parseTree(src)
}

func parseTree(src []byte) (*html.Node, error) {
	return html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
}

// rawSpan is where a set-aside body was: src[start:end].
type rawSpan struct{ start, end int }

// setAsideRaw finds the big script and style bodies of the page: where
// they are and their text; nil when there are none.
func setAsideRaw(src []byte, min int) ([]rawSpan, []rawBody) {
	if bytes.Contains(src, []byte(rawMarkerLead)) {
		return nil, nil
	}
	var spans []rawSpan
	var bodies []rawBody
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if bytes.HasPrefix(src[i:], []byte("<!--")) {
			k := bytes.Index(src[i+4:], []byte("-->"))
			if k < 0 {
				break
			}
			i += 4 + k + 3
			continue
		}
		tag, name := rawTagAt(src, i)
		if tag == 0 {
			// Inside svg and math a style or script is not raw text, and
			// inside the raw text of these elements no tag is a tag: no
			// body is set aside there (a guess; the check decides).
			if skip := skippedElementAt(src, i); skip != "" {
				if k := closingTag(src, i+1+len(skip), skip); k >= 0 {
					i = k
					continue
				}
				break
			}
			i++
			continue
		}
		start, ok := startTagEnd(src, i+1+len(name))
		if !ok {
			break
		}
		var end int
		if tag == atom.Script {
			end, ok = scriptEnd(src, start)
		} else {
			end, ok = rawTextEnd(src, start, name)
		}
		if !ok {
			break
		}
		if body := src[start:end]; len(body) >= min && len(body) > 0 && bytes.IndexByte(body, 0) < 0 {
			spans = append(spans, rawSpan{start, end})
			bodies = append(bodies, rawBody{tag: tag, text: newlinesConverted(body)})
		}
		i = end
	}
	return spans, bodies
}

// asideReader reads the page with each span's bytes replaced by its
// marker, without copying the page.
type asideReader struct {
	src    []byte
	spans  []rawSpan
	pos    int    // the next byte of src to read
	k      int    // the next span
	marker []byte // what is left of the current marker
}

func (r *asideReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.marker) > 0 {
			c := copy(p[n:], r.marker)
			r.marker, n = r.marker[c:], n+c
			continue
		}
		next := len(r.src)
		if r.k < len(r.spans) {
			next = r.spans[r.k].start
		}
		if r.pos < next {
			c := copy(p[n:], r.src[r.pos:next])
			r.pos, n = r.pos+c, n+c
			continue
		}
		if r.k == len(r.spans) {
			break
		}
		m := append([]byte(rawMarkerLead), strconv.Itoa(r.k)...)
		r.marker = append(m, rawMarkerTail...)
		r.pos = r.spans[r.k].end
		r.k++
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// rawTagAt reports whether src[i:] opens a script or style start tag:
// "<script" or "<style" in any case, then what ends a tag name.
func rawTagAt(src []byte, i int) (atom.Atom, string) {
	for _, t := range [...]struct {
		a    atom.Atom
		name string
	}{{atom.Script, "script"}, {atom.Style, "style"}} {
		n := i + 1 + len(t.name)
		if n < len(src) && foldEqualASCII(src[i+1:n], t.name) && endsTagName(src[n]) {
			return t.a, t.name
		}
	}
	return 0, ""
}

// skippedElements are the elements the scan passes over whole.
var skippedElements = [...]string{"svg", "math", "iframe", "textarea", "title", "xmp", "noembed", "noframes"}

// skippedElementAt returns the skipped element src[i:] opens, or "".
func skippedElementAt(src []byte, i int) string {
	for _, name := range skippedElements {
		n := i + 1 + len(name)
		if n < len(src) && foldEqualASCII(src[i+1:n], name) && endsTagName(src[n]) {
			return name
		}
	}
	return ""
}

// closingTag returns the index of the first "</name" at or after i, in
// any case; -1 when there is none.
func closingTag(src []byte, i int, name string) int {
	for {
		j := bytes.Index(src[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		i += j
		if n := i + 2 + len(name); n <= len(src) && foldEqualASCII(src[i+2:n], name) {
			return i
		}
		i += 2
	}
}

func endsTagName(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true
	}
	return false
}

func isTagSpace(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f':
		return true
	}
	return false
}

// foldEqualASCII reports whether b is lower, ignoring ASCII case, as the
// tokenizer compares tag names (lower is lower-case).
func foldEqualASCII(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i := range b {
		if c := b[i]; c != lower[i] && c != lower[i]-('a'-'A') {
			return false
		}
	}
	return true
}

// startTagEnd returns the index after the '>' that ends the start tag
// whose name ends at i, reading attributes as the tokenizer's readTag
// does; false at the end of the input.
func startTagEnd(src []byte, i int) (int, bool) {
	skip := func() {
		for i < len(src) && isTagSpace(src[i]) {
			i++
		}
	}
	skip()
	for {
		if i >= len(src) {
			return 0, false
		}
		if src[i] == '>' {
			return i + 1, true
		}
		// The attribute's key: an '=' first is part of it.
		for k := i; i < len(src); i++ {
			c := src[i]
			if c == '=' && i == k {
				continue
			}
			if c == '=' || isTagSpace(c) || c == '/' || c == '>' {
				break
			}
		}
		// Its value.
		skip()
		if i >= len(src) {
			return 0, false
		}
		switch src[i] {
		case '/':
			i++
		case '=':
			i++
			skip()
			if i >= len(src) {
				return 0, false
			}
			switch q := src[i]; q {
			case '>':
			case '\'', '"':
				k := bytes.IndexByte(src[i+1:], q)
				if k < 0 {
					return 0, false
				}
				i += 1 + k + 1
			default:
				for i++; i < len(src) && !isTagSpace(src[i]) && src[i] != '>'; i++ {
				}
			}
		}
		skip()
	}
}

// rawEndTagAt reports whether src[i:] (just after "</") is name followed
// by what ends a tag name, as the tokenizer's readRawEndTag does. When it
// is not, fail is where the tokenizer goes on reading; at the end of the
// input eof is true.
func rawEndTagAt(src []byte, i int, name string) (ok bool, fail int, eof bool) {
	for k := 0; k < len(name); k++ {
		if i+k >= len(src) {
			return false, 0, true
		}
		if c := src[i+k]; c != name[k] && c != name[k]-('a'-'A') {
			return false, i + k, false
		}
	}
	n := i + len(name)
	if n >= len(src) {
		return false, 0, true
	}
	if endsTagName(src[n]) {
		return true, 0, false
	}
	return false, n, false
}

// rawTextEnd returns where the raw text of a style (or other raw text
// element) starting at i ends: the '<' of its end tag, as the tokenizer's
// readRawOrRCDATA finds it; false when the input ends first.
func rawTextEnd(src []byte, i int, name string) (int, bool) {
	for {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			return 0, false
		}
		i += j + 1
		if i >= len(src) {
			return 0, false
		}
		if src[i] != '/' {
			continue
		}
		ok, fail, eof := rawEndTagAt(src, i+1, name)
		switch {
		case eof:
			return 0, false
		case ok:
			return i - 1, true
		}
		i = fail
	}
}

// scriptEnd returns where the script data starting at i ends: the '<' of
// its end tag, following the tokenizer's readScript state by state (the
// escaped and double-escaped states of "<!--" and "<script" inside a
// script); false when the input ends first.
func scriptEnd(src []byte, i int) (int, bool) {
	const name = "script"
	type state uint8
	const (
		data state = iota
		escaped
		escapedDash
		escapedDashDash
		double
		doubleDash
		doubleDashDash
	)
	st := data
	for {
		if st == data {
			// Only '<' matters in script data: jump to it.
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				return 0, false
			}
			i += j
		}
		if i >= len(src) {
			return 0, false
		}
		c := src[i]
		i++
		switch st {
		case data: // c is '<'
			if i >= len(src) {
				return 0, false
			}
			switch src[i] {
			case '/':
				ok, fail, eof := rawEndTagAt(src, i+1, name)
				switch {
				case eof:
					return 0, false
				case ok:
					return i - 1, true
				}
				i = fail
			case '!':
				i++ // the escape start: "<!--"
				if i >= len(src) {
					return 0, false
				}
				if src[i] != '-' {
					continue
				}
				i++
				if i >= len(src) {
					return 0, false
				}
				if src[i] != '-' {
					continue
				}
				i++
				st = escapedDashDash
			}
		case escaped, escapedDash, escapedDashDash:
			switch {
			case c == '-' && st == escaped:
				st = escapedDash
			case c == '-':
				st = escapedDashDash
			case c == '>' && st == escapedDashDash:
				st = data
			case c == '<':
				if i >= len(src) {
					return 0, false
				}
				switch d := src[i]; {
				case d == '/':
					ok, fail, eof := rawEndTagAt(src, i+1, name)
					switch {
					case eof:
						return 0, false
					case ok:
						return i - 1, true
					}
					i, st = fail, escaped
				case 'a' <= d && d <= 'z' || 'A' <= d && d <= 'Z':
					// The double escape start: "<script" and a tag name's end.
					ok, fail, eof := rawEndTagAt(src, i, name)
					switch {
					case eof:
						return 0, false
					case ok:
						i, st = i+len(name)+1, double
					default:
						i, st = fail, escaped
					}
				default:
					st = data
				}
			default:
				st = escaped
			}
		case double, doubleDash, doubleDashDash:
			switch {
			case c == '-' && st == double:
				st = doubleDash
			case c == '-':
				st = doubleDashDash
			case c == '>' && st == doubleDashDash:
				st = data
			case c == '<':
				if i >= len(src) {
					return 0, false
				}
				if src[i] != '/' {
					st = double
					continue
				}
				ok, fail, eof := rawEndTagAt(src, i+1, name)
				switch {
				case ok:
					i, st = i+1+len(name)+1, escaped
				case eof:
					return 0, false
				default:
					i, st = fail, double
				}
			default:
				st = double
			}
		}
	}
}

// newlinesConverted is the body as the tokenizer's Text gives it: "\r\n"
// and lone "\r" as "\n".
func newlinesConverted(b []byte) string {
	if bytes.IndexByte(b, '\r') < 0 {
		return string(b)
	}
	var s strings.Builder
	s.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		s.WriteByte(c)
	}
	return s.String()
}

// putBackRaw puts the set-aside bodies back into the tree, reporting
// whether every marker came back as the whole text of an HTML element of
// the kind its body was taken from, once.
//
// That is enough: a marker's bytes are once in the page the parser read,
// and a text node that is exactly them was made from a token of exactly
// them (the parser never makes an empty text node, and text that joins a
// node makes it longer). The node's parent is an HTML script or style,
// so the token was that element's raw text: the parser puts text into
// such an element only while the tokenizer reads the raw text that
// follows its start tag.
func putBackRaw(doc *html.Node, bodies []rawBody) bool {
	put := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.Namespace == "" && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			if t := n.FirstChild; t != nil && t == n.LastChild && t.Type == html.TextNode && strings.HasPrefix(t.Data, rawMarkerLead) {
				k, ok := rawMarkerIndex(t.Data)
				if !ok || k >= len(bodies) || bodies[k].put || bodies[k].tag != n.DataAtom {
					return false
				}
				t.Data = bodies[k].text
				bodies[k].put = true
				put++
			}
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(doc) && put == len(bodies)
}

// rawMarkerIndex reads the number of a marker that is the whole text.
func rawMarkerIndex(s string) (int, bool) {
	digits, ok := strings.CutPrefix(s, rawMarkerLead)
	if !ok {
		return 0, false
	}
	if digits, ok = strings.CutSuffix(digits, rawMarkerTail); !ok || digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	k, err := strconv.Atoi(digits)
	return k, err == nil
}
