package cleaner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// The byte-level helpers of html_text.go keep the answers of the
// rune-by-rune references they replace.

var htmlTextCases = []string{
	"", " ", "a", " a", "a ", "  two  words ", "one two", "tab\there", "new\nline", "cr\r\nlf",
	"zero\u200bwidth\u00a0nbsp", "\ufeffbom", "\u2028line sep\u3000ideographic", "ü'é& <b>\"q\"",
	"\xff\xfe invalid \xc3", "a\u0085b", "\v\f", "x\u200b", "\u00a0", "end\u00a0", "a  b", "a \nb",
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range htmlTextCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkHTMLText(t, s) })
}

func TestHTMLTextHelpers(t *testing.T) {
	for _, s := range htmlTextCases {
		checkHTMLText(t, s)
	}
}

func checkHTMLText(t *testing.T, s string) {
	t.Helper()
	var got []string
	for rest := s; ; {
		var f string
		if f, rest = nextField(rest); f == "" {
			break
		}
		got = append(got, f)
	}
	want := strings.FieldsFunc(s, isSpace)
	if len(want) == 0 {
		want = nil
	}
	assert.Equal(t, want, got, "nextField %q", s)
	assert.Equal(t, strings.Join(strings.FieldsFunc(s, isSpace), " "), collapseSpace(s), "collapseSpace %q", s)
	assert.Equal(t, html.EscapeString(s), string(appendEscaped(nil, s)), "appendEscaped %q", s)
	assert.Equal(t, string(bytes.TrimFunc([]byte(s), isSpace)), string(trimSpaceBytes([]byte(s))), "trimSpaceBytes %q", s)
	assert.Equal(t, strings.TrimFunc(s, isSpace), string(trimSpaceBytes([]byte(s))), "trimSpaceBytes %q", s)
}

// chosenNameRef is chosenName's piece test as it was written first, with
// strings.FieldsFunc.
func chosenNameRef(s string) bool {
	if !chosenNameShape(s) {
		return false
	}
	for _, piece := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if len(piece) >= hashMinLen && strings.ContainsAny(piece, "0123456789") {
			return false
		}
	}
	return true
}

// chosenNameShape is chosenName without the piece test.
func chosenNameShape(s string) bool {
	if s == "" || len(s) > maxNameLen {
		return false
	}
	if c := s[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if digits++; digits >= generatedDigits {
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
	return true
}

func FuzzChosenName(f *testing.F) {
	for _, s := range []string{"", "story", "a1b2c3", "post-48213", "css-1q2w3e", "x_ab1cd", "ab1cd-", "--a1b2c", "a__b1c2d_e", "main-nav"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, chosenNameRef(s), chosenName(s), "%q", s)
	})
}

func FuzzContainsLower(f *testing.F) {
	for _, s := range []string{"", "author", "c-Author-name", "BYLINE", "BYLİNE", "by-line", "authoR", "autho", "xauthorx", "Bylin", "a-AUTHOR", "ĀuthorByline", "xBYLINEé", "éauthor"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range []string{"author", "byline"} {
			assert.Equal(t, strings.Contains(strings.ToLower(s), w), containsLower(s, w), "%q %q", s, w)
		}
		assert.Equal(t, containsLower(s, "author") || containsLower(s, "byline"), classSaysByline(s), "%q", s)
	})
}

// containsSoftHyphen answers as strings.ContainsRune does.
func FuzzContainsSoftHyphen(f *testing.F) {
	for _, s := range []string{"", "a\u00adb", "\u00ad", "í", "\xc2", "\xad", "x\xc2\xc2\xad", "\u00a0\u00ad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := containsSoftHyphen(s), strings.ContainsRune(s, softHyphen); got != want {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
	})
}

// imageSrcReference is imageSrc as first written: a look-up per key.
func imageSrcReference(n *html.Node) string {
	src := strings.TrimSpace(attr(n, "src"))
	if src != "" && !strings.HasPrefix(strings.ToLower(src), "data:") {
		return src
	}
	for _, k := range []string{"data-src", "data-lazy-src", "data-original", "data-url"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return v
		}
	}
	for _, k := range []string{"srcset", "data-srcset"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			first, _, _ := strings.Cut(v, ",")
			if f := strings.Fields(first); len(f) > 0 {
				return f[0]
			}
		}
	}
	return ""
}

// imageSrc answers as imageSrcReference on any attributes.
func FuzzImageSrc(f *testing.F) {
	f.Add("src", "DATA:x", "data-src", " a.jpg ", "srcset", "b.jpg 1x, c.jpg 2x")
	f.Add("src", "", "src", "a", "data-srcset", " , x")
	f.Add("srcset", "  ", "data-url", "u", "src", "\u0130data:")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2, k3, v3 string) {
		n := &html.Node{Type: html.ElementNode, Attr: []html.Attribute{{Key: k1, Val: v1}, {Key: k2, Val: v2}, {Key: k3, Val: v3}}}
		if got, want := imageSrc(n), imageSrcReference(n); got != want {
			t.Fatalf("%q: %q, want %q", n.Attr, got, want)
		}
	})
}
