package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// TestAppendEscaped checks the walk's escaper against html.EscapeString.
func TestAppendEscaped(t *testing.T) {
	for _, s := range []string{"", "plain", "a&b", "it's <b> \"q\"\r\n", "&&''<<>>", "ü'é&", "&amp;"} {
		assert.Equal(t, html.EscapeString(s), string(appendEscaped([]byte("x"), s))[1:], "%q", s)
	}
}

// TestNextField checks the splitting of text nodes at white space.
func TestNextField(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   \n\t", nil},
		{"one", []string{"one"}},
		{"  two  words ", []string{"two", "words"}},
		{"zero\u200bwidth\u00a0nbsp", []string{"zero", "width", "nbsp"}},
	}
	for _, tc := range tests {
		var got []string
		for rest := tc.in; ; {
			var f string
			if f, rest = nextField(rest); f == "" {
				break
			}
			got = append(got, f)
		}
		assert.Equal(t, tc.want, got, "%q", tc.in)
		assert.Equal(t, strings.FieldsFunc(tc.in, isSpace), append([]string{}, got...), "%q", tc.in)
	}
}
