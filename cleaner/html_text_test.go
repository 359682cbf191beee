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
