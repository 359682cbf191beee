package cleaner

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseJSON(t *testing.T) {
	good := []string{
		`{"@type":"NewsArticle","headline":"Strike talks break off","author":[{"name":"Jane Doe"},{"name":"John Roe"}],"datePublished":"2023-10-12T08:00:00Z"}`,
		` [1, -2.5e3, true, false, null, "x", {}, []] `,
		`"\u00e9t\u00e9 \ud83d\ude00 \"quoted\" \\ \/ \b\f\n\r\t"`,
		`{"nested":{"a":{"b":{"c":[[[]]]}}}}`,
		`0`, `-0.0`, `1E+2`,
	}
	for _, s := range good {
		var want any
		require.NoError(t, json.Unmarshal([]byte(s), &want), s)
		got, err := parseJSON(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	bad := []string{``, `{`, `{"a"}`, `{"a":1,}`, `[1,]`, `"unterminated`, `tru`, `{"a":1} x`, `"\x"`, "\"a\x01\"",
		strings.Repeat("[", jsonMaxDepth+2) + strings.Repeat("]", jsonMaxDepth+2)}
	for _, s := range bad {
		_, err := parseJSON(s)
		assert.Error(t, err, s)
	}
}

// FuzzParseJSON checks parseJSON against encoding/json: what both accept
// decodes to the same value, and it never panics.
func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{`{"headline":"a","author":{"name":"b"}}`, `[1,2,{"x":null}]`, `"\ud83d\ude00"`, `{"a":[true,false]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseJSON(s)
		var want any
		if json.Unmarshal([]byte(s), &want) == nil && err == nil && strings.Count(s, "[")+strings.Count(s, "{") < jsonMaxDepth {
			assert.Equal(t, want, got)
		}
	})
}
