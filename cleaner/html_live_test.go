package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestLiveMarks checks how the live page's marks combine with the static
// hiding rules, element by element.
func TestLiveMarks(t *testing.T) {
	tests := []struct {
		name             string
		tag              string // an element's start tag
		mark             liveVisibility
		hidden, liveOnly bool
	}{
		{"no mark", `<p>`, liveUnknown, false, false},
		{"static hidden", `<p hidden>`, liveUnknown, true, false},
		{"live hidden", `<p data-articlecleaner="hidden">`, liveHidden, true, true},
		{"live and static hidden", `<p style="display:none" data-articlecleaner="hidden">`, liveHidden, true, false},
		{"collapsed overrides hidden", `<div hidden data-articlecleaner="collapsed">`, liveCollapsed, false, false},
		{"collapsed overrides class and aria", `<div class="sr-only" aria-hidden="true" data-articlecleaner="collapsed">`, liveCollapsed, false, false},
		{"unknown value", `<p hidden data-articlecleaner="maybe">`, liveUnknown, true, false},
		{"first mark counts", `<p data-articlecleaner="collapsed" data-articlecleaner="hidden">`, liveCollapsed, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tt.tag + "text"))
			require.NoError(t, err)
			n := doc.FirstChild.LastChild.FirstChild // html > body > element
			require.Equal(t, html.ElementNode, n.Type)
			assert.Equal(t, tt.mark, liveMark(n))
			assert.Equal(t, tt.hidden, isHidden(n))
			assert.Equal(t, tt.liveOnly, liveOnlyHidden(n))
		})
	}
}

// TestLiveHiddenParagraph checks which paragraphs the live page hides:
// one whose every word is inside live-hidden elements, not one with a
// hidden word or two, which stays whole.
func TestLiveHiddenParagraph(t *testing.T) {
	page := `<article>
<p>The council approved the new bridge across the river on Tuesday evening, after a debate that lasted most of the afternoon and drew a large crowd.</p>
<p><span data-articlecleaner="hidden">Every word of this paragraph sits in an element the live page does not render, so none of it reaches the article.</span></p>
<p>Work on the foundations starts in May <span data-articlecleaner="hidden">(opens in a new window)</span> and the bridge should open to walkers and cyclists by the end of next year.</p>
</article>`
	a, err := Clean([]byte(page), Options{Mode: ModeHTML})
	require.NoError(t, err)
	assert.NotContains(t, a.Text(), "Every word of this paragraph")
	assert.Contains(t, a.Text(), "Work on the foundations starts in May")
	var reasons []Reason
	for _, s := range a.Segments {
		if strings.HasPrefix(s.Text, "Every word") {
			reasons = append(reasons, s.Reason)
		}
	}
	assert.Equal(t, []Reason{ReasonHidden}, reasons)
}
