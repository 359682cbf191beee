package cleaner

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// renderArticle is a hand-built article covering every kind the renderers
// treat differently.
func renderArticle() *Article {
	return &Article{
		Title: "Fish & <Chips>", Byline: "Jane *Doe*", Date: "2024-03-05", Site: "example.com", Mode: ModeText, PageType: PageArticle,
		Segments: []Segment{
			{ID: 0, Kind: KindParagraph, Text: "Menu", Kept: false, Reason: ReasonMenu},
			{ID: 1, Kind: KindHeading, Level: 2, Text: "A <b>bold</b> start", Kept: true},
			{ID: 2, Kind: KindParagraph, Text: "# not a heading, *not* emphasis, [not] a link_", Kept: true},
			{ID: 3, Kind: KindListItem, Text: "first", Kept: true},
			{ID: 4, Kind: KindListItem, Text: "second", Kept: true},
			{ID: 5, Kind: KindParagraph, Text: "1. not a list", Kept: true},
			{ID: 6, Kind: KindQuote, Text: "To be or not to be", Kept: true},
			{ID: 7, Kind: KindCode, Text: "a := \"```\"\n  b()", Kept: true},
			{ID: 8, Kind: KindParagraph, Text: "Sales fell. example.com", Kept: true,
				Cuts: []Cut{{ID: 10, Start: 12, End: 23, Text: "example.com", Reason: ReasonSiteName}}},
			{ID: 9, Kind: KindParagraph, Text: "wrapped\nline <script>alert(1)</script>", Kept: true},
		},
	}
}

func TestTextRender(t *testing.T) {
	a := renderArticle()
	want := "A <b>bold</b> start\n\n" +
		"# not a heading, *not* emphasis, [not] a link_\n\n" +
		"- first\n- second\n\n" +
		"1. not a list\n\n" +
		"To be or not to be\n\n" +
		"a := \"```\"\n  b()\n\n" +
		"Sales fell.\n\n" +
		"wrapped line <script>alert(1)</script>"
	assert.Equal(t, want, a.Text())
	assert.NotContains(t, a.Text(), "Menu", "removed segments are not rendered")
	assert.NotContains(t, a.Text(), "Fish", "the title is not part of the body")
}

func TestMarkdownRender(t *testing.T) {
	md := renderArticle().Markdown()
	for _, want := range []string{
		"# Fish & \\<Chips>\n\n",
		"*Jane \\*Doe\\* · 2024-03-05 · example.com*\n\n",
		"## A \\<b>bold\\</b> start\n\n",
		"\\# not a heading, \\*not\\* emphasis, \\[not\\] a link\\_\n\n",
		"- first\n- second\n\n",
		"1\\. not a list\n\n",
		"> To be or not to be\n\n",
		"````\na := \"```\"\n  b()\n````\n\n",
		"Sales fell.\n\n",
		"wrapped line \\<script>alert(1)\\</script>\n",
	} {
		assert.Contains(t, md, want)
	}
	assert.True(t, strings.HasSuffix(md, "\n") && !strings.HasSuffix(md, "\n\n"), "one final newline")
	assert.NotContains(t, md, "example.com\n", "the cut is not rendered")
}

func TestHTMLRender(t *testing.T) {
	h := renderArticle().HTML()
	for _, want := range []string{
		"<article>\n<h1>Fish &amp; &lt;Chips&gt;</h1>\n",
		"<p><em>Jane *Doe* · 2024-03-05 · example.com</em></p>\n",
		"<h2>A &lt;b&gt;bold&lt;/b&gt; start</h2>\n",
		"<ul>\n<li>first</li>\n<li>second</li>\n</ul>\n<p>1. not a list</p>\n",
		"<blockquote><p>To be or not to be</p></blockquote>\n",
		"<pre><code>a := &#34;```&#34;\n  b()</code></pre>\n",
		"<p>Sales fell.</p>\n",
		"<p>wrapped line &lt;script&gt;alert(1)&lt;/script&gt;</p>\n</article>\n",
	} {
		assert.Contains(t, h, want)
	}
	assert.NotContains(t, h, "<script>")
	assert.NotContains(t, h, "<b>")
}

func TestRenderListAtEnd(t *testing.T) {
	a := &Article{Segments: []Segment{
		{Kind: KindParagraph, Text: "Shopping:", Kept: true},
		{Kind: KindListItem, Text: "milk", Kept: true},
		{Kind: KindListItem, Text: "eggs", Kept: true},
	}}
	assert.Equal(t, "Shopping:\n\n- milk\n- eggs", a.Text())
	assert.Equal(t, "Shopping:\n\n- milk\n- eggs\n", a.Markdown())
	assert.Equal(t, "<article>\n<p>Shopping:</p>\n<ul>\n<li>milk</li>\n<li>eggs</li>\n</ul>\n</article>\n", a.HTML())
}

func TestRenderEmpty(t *testing.T) {
	a := &Article{PageType: PageEmpty}
	assert.Equal(t, "", a.Text())
	assert.Equal(t, "\n", a.Markdown())
	assert.Equal(t, "<article>\n</article>\n", a.HTML())
	rec := a.Record()
	assert.NotNil(t, rec.Removed, "removed is [] in JSON, not null")
	assert.NotNil(t, rec.Segments)
	data, err := json.Marshal(rec)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"removed":[]`)
	assert.Contains(t, string(data), `"segments":[]`)
}

func TestHeadingLevels(t *testing.T) {
	for lvl, tag := range map[int]string{0: "h2", 1: "h2", 2: "h2", 3: "h3", 6: "h6", 7: "h2"} {
		a := &Article{Segments: []Segment{{Kind: KindHeading, Level: lvl, Text: "Sub", Kept: true}}}
		assert.Contains(t, a.HTML(), "<"+tag+">Sub</"+tag+">", "level %d", lvl)
		assert.Contains(t, a.Markdown(), strings.Repeat("#", int(tag[1]-'0'))+" Sub\n", "level %d", lvl)
	}
}

func TestRemovedRestoreStats(t *testing.T) {
	a := renderArticle()
	removed := a.Removed()
	require.Len(t, removed, 2)
	assert.Equal(t, Removed{ID: 0, Text: "Menu", Reason: ReasonMenu, Why: ReasonMenu.Describe(), Segment: 0}, removed[0])
	assert.Equal(t, Removed{ID: 10, Text: "example.com", Reason: ReasonSiteName, Why: ReasonSiteName.Describe(), Segment: 8, Inline: true}, removed[1])

	before := a.Stats()
	assert.Equal(t, 1+2, before.WordsRemoved, "Menu + example.com")
	assert.Equal(t, 1, before.ReadingMinutes)

	assert.Equal(t, 2, a.Restore(0, 10, 999), "unknown IDs are ignored")
	assert.Empty(t, a.Removed())
	assert.True(t, a.Segments[0].Kept && a.Segments[0].Restored)
	assert.True(t, a.Segments[8].Cuts[0].Restored)
	assert.Contains(t, a.Text(), "Sales fell. example.com")
	assert.True(t, strings.HasPrefix(a.Text(), "Menu\n\n"))
	assert.Equal(t, 0, a.Restore(0, 10), "restoring twice does nothing")
	assert.Zero(t, a.Stats().WordsRemoved)
}

func TestRestoreEmptyPage(t *testing.T) {
	a := &Article{PageType: PageEmpty, Segments: []Segment{{ID: 0, Text: "Only line", Reason: ReasonShortLine}}}
	assert.Equal(t, 1, a.Restore(0))
	assert.Equal(t, PageArticle, a.PageType)
	assert.Equal(t, "Only line", a.Text())
}
