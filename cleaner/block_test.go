package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLevelOf(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want uint8
	}{{0, 0}, {2, 2}, {6, 6}, {255, 255}, {256, maxLevel}, {600, maxLevel}, {-1, 0}} {
		assert.Equal(t, tc.want, levelOf(tc.n), "levelOf(%d)", tc.n)
	}
}

// TestDeepListLevel: a list item nested deeper than maxLevel keeps
// maxLevel as its level rather than wrapping around.
func TestDeepListLevel(t *testing.T) {
	const depth = 300
	var b strings.Builder
	b.WriteString("<html><body><article><h1>Nested lists on a page</h1><p>" + strings.Repeat("A paragraph of words that makes this page an article. ", 8) + "</p>")
	// Lists directly inside lists: 300 elements deep, within the HTML
	// parser's own limit on open elements.
	b.WriteString(strings.Repeat("<ul>", depth))
	b.WriteString("<li>The deepest item of the nested lists, with enough words in it to be kept as part of the article.</li>")
	b.WriteString(strings.Repeat("</ul>", depth))
	b.WriteString("</article></body></html>")
	a, err := Clean([]byte(b.String()), Options{Mode: ModeHTML})
	require.NoError(t, err)
	found := false
	for s := range a.AllSegments() {
		if strings.Contains(s.Text, "deepest item") {
			found = true
			assert.Equal(t, KindListItem, s.Kind)
			assert.Equal(t, maxLevel, s.Level)
		}
	}
	assert.True(t, found, "the deepest item is a segment")
}
