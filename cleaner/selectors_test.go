package cleaner

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// rulesPage is a small page written for these tests: a story with a
// newsletter box, an inline promotion, a promo aside, menu and footer.
const rulesPage = "../testdata/rules/harbour.html"

// Texts of rulesPage, by their start.
const (
	harbourNav        = "Home"
	harbourLede       = "The harbour's three ferries"
	harbourNewsletter = "Get the harbour newsletter"
	harbourCrews      = "Crews replaced"
	harbourNote       = "Passengers said"
	harbourInline     = "Subscribe today"
	harbourPromo      = "Our guide to the seaside"
	harbourFooter     = "Copyright 2024"
)

func readRulesPage(t testing.TB) []byte {
	t.Helper()
	in, err := os.ReadFile(rulesPage)
	require.NoError(t, err)
	return in
}

// segmentStarting returns the segment whose text starts with prefix.
func segmentStarting(t *testing.T, a *Article, prefix string) Segment {
	t.Helper()
	for _, s := range a.Segments {
		if strings.HasPrefix(s.Text, prefix) {
			return s
		}
	}
	require.Failf(t, "no segment", "no segment starts with %q", prefix)
	return Segment{}
}

func TestSelectorRules(t *testing.T) {
	in := readRulesPage(t)
	type want struct {
		kept   bool
		reason Reason
		rule   string
	}
	tests := []struct {
		name   string
		opts   Options
		want   map[string]want
		report func(t *testing.T, r *RulesReport)
	}{{
		name: "class",
		opts: Options{Remove: []string{".newsletter-box"}},
		want: map[string]want{
			harbourNewsletter: {false, ReasonSelector, ".newsletter-box"},
			harbourCrews:      {true, ReasonNone, ""},
		},
		report: func(t *testing.T, r *RulesReport) {
			assert.Equal(t, 1, r.Removed)
			assert.Equal(t, []RuleEffect{{Action: RuleRemove, Selector: ".newsletter-box", Elements: 1, Segments: 1}}, r.Effects)
		},
	}, {
		name: "attribute",
		opts: Options{Remove: []string{`p[data-kind="note"]`}},
		want: map[string]want{harbourNote: {false, ReasonSelector, `p[data-kind="note"]`}},
	}, {
		name: "attribute prefix and a group",
		opts: Options{Remove: []string{`[id^="nl-"], footer`}},
		want: map[string]want{
			harbourNewsletter: {false, ReasonSelector, `[id^="nl-"], footer`},
			harbourFooter:     {false, ReasonSelector, `[id^="nl-"], footer`},
		},
	}, {
		name: "pseudo-classes",
		opts: Options{Remove: []string{"main > p:last-of-type", "aside:has(p) p:first-child"}},
		want: map[string]want{
			harbourNote:  {false, ReasonSelector, "main > p:last-of-type"},
			harbourPromo: {false, ReasonSelector, "aside:has(p) p:first-child"},
			harbourCrews: {true, ReasonNone, ""},
		},
	}, {
		name: "inline element",
		opts: Options{Remove: []string{"span.promo-inline"}},
		want: map[string]want{harbourInline: {false, ReasonSelector, "span.promo-inline"}},
	}, {
		name: "keep wins over the cleaner",
		opts: Options{Keep: []string{"#promo"}},
		want: map[string]want{harbourPromo: {true, ReasonNone, "#promo"}},
		report: func(t *testing.T, r *RulesReport) {
			assert.Equal(t, 1, r.Kept)
		},
	}, {
		name: "keep wins over remove on one element",
		opts: Options{Remove: []string{"aside"}, Keep: []string{"aside"}},
		want: map[string]want{harbourPromo: {true, ReasonNone, "aside"}},
	}, {
		name: "the innermost element decides",
		opts: Options{Remove: []string{"main"}, Keep: []string{"main > p"}},
		want: map[string]want{
			harbourCrews:      {true, ReasonNone, "main > p"},
			harbourNewsletter: {false, ReasonSelector, "main"},
		},
	}, {
		name: "content",
		opts: Options{Content: "main.story"},
		want: map[string]want{
			harbourNav:    {false, ReasonOutsideBody, "main.story"},
			harbourFooter: {false, ReasonOutsideBody, "main.story"},
			harbourLede:   {true, ReasonNone, ""},
			harbourCrews:  {true, ReasonNone, ""},
		},
		report: func(t *testing.T, r *RulesReport) {
			assert.True(t, r.ContentUsed)
			assert.Equal(t, 6, r.Outside)
			assert.Empty(t, r.Notes)
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(in, tt.opts)
			require.NoError(t, err)
			require.NotNil(t, a.Rules)
			for prefix, w := range tt.want {
				s := segmentStarting(t, a, prefix)
				assert.Equal(t, w.kept, s.Kept, "%q kept", prefix)
				assert.Equal(t, w.reason, s.Reason, "%q reason", prefix)
				assert.Equal(t, w.rule, s.Rule, "%q rule", prefix)
			}
			// Nothing is lost: every removed piece is listed, with its rule.
			for _, r := range a.Removed() {
				if r.Reason == ReasonSelector {
					assert.NotEmpty(t, r.Rule, "%q", r.Text)
				}
			}
			if tt.report != nil {
				tt.report(t, a.Rules)
			}
		})
	}
}

// TestSelectorFallbacks: rules that cannot be applied leave the automatic
// result as it is, and the report says why.
func TestSelectorFallbacks(t *testing.T) {
	in := readRulesPage(t)
	auto, err := Clean(in, Options{})
	require.NoError(t, err)
	assert.Nil(t, auto.Rules, "no rules, no report")
	tests := []struct {
		name  string
		opts  Options
		note  string
		check func(t *testing.T, r *RulesReport)
	}{
		{"content matching nothing", Options{Content: "#no-such-story"}, "matched nothing", func(t *testing.T, r *RulesReport) {
			assert.False(t, r.ContentUsed)
			assert.Equal(t, 0, r.Effects[0].Elements)
		}},
		{"content matching no text", Options{Content: "header a img"}, "matched nothing", nil},
		{"content matching empty elements", Options{Content: "head"}, "without text", nil},
		{"remove of the body", Options{Remove: []string{"body"}}, "would remove every piece", func(t *testing.T, r *RulesReport) {
			assert.True(t, r.RemoveRefused)
			assert.Equal(t, 0, r.Removed)
		}},
		{"remove of every element", Options{Remove: []string{"*"}}, "would remove every piece", nil},
		{"remove of everything in pieces", Options{Remove: []string{"header, nav, main, footer"}}, "would remove every piece", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean(in, tt.opts)
			require.NoError(t, err)
			require.NotNil(t, a.Rules)
			assert.Equal(t, auto.Text(), a.Text(), "the automatic result")
			require.Len(t, a.Rules.Notes, 1)
			assert.Contains(t, a.Rules.Notes[0], tt.note)
			for _, s := range a.Segments {
				assert.NotEqual(t, ReasonSelector, s.Reason, "%q", s.Text)
			}
			if tt.check != nil {
				tt.check(t, a.Rules)
			}
		})
	}
	t.Run("text input", func(t *testing.T) {
		a, err := Clean([]byte("A line of pasted text that is long enough to stay in the article."), Options{Remove: []string{"p"}})
		require.NoError(t, err)
		require.NotNil(t, a.Rules)
		assert.Contains(t, a.Rules.Notes, "Selectors apply to HTML input only; this input was read as text.")
	})
}

func TestSelectorErrors(t *testing.T) {
	in := readRulesPage(t)
	tests := []struct {
		name     string
		opts     Options
		action   RuleAction
		selector string
	}{
		{"unclosed attribute", Options{Remove: []string{"div["}}, RuleRemove, "div["},
		{"unknown pseudo-class", Options{Remove: []string{"a:hover"}}, RuleRemove, "a:hover"},
		{"pseudo-element", Options{Keep: []string{"p::first-line"}}, RuleKeep, "p::first-line"},
		{"empty", Options{Remove: []string{"  "}}, RuleRemove, "  "},
		{"dangling combinator", Options{Content: "main >"}, RuleContent, "main >"},
		{"bad nth", Options{Remove: []string{"li:nth-child(x)"}}, RuleRemove, "li:nth-child(x)"},
		{"too long", Options{Remove: []string{strings.Repeat("div ", 300)}}, RuleRemove, strings.Repeat("div ", 10) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Clean(in, tt.opts)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrOptions)
			var se *SelectorError
			require.True(t, errors.As(err, &se), "%v", err)
			assert.Equal(t, tt.action, se.Action)
			assert.Equal(t, tt.selector, se.Selector)
			assert.NotEmpty(t, se.Problem)
			assert.Contains(t, err.Error(), fmt.Sprintf("%q", tt.selector))
		})
	}
	t.Run("too many", func(t *testing.T) {
		_, err := Clean(in, Options{Remove: make([]string, maxRules)})
		assert.ErrorIs(t, err, ErrOptions)
	})
}

// TestSegmentSelectors: every HTML segment's selector is valid CSS and
// matches the element that holds the segment's text.
func TestSegmentSelectors(t *testing.T) {
	files, err := filepath.Glob("../testdata/html/*.html")
	require.NoError(t, err)
	files = append(files, rulesPage)
	for _, f := range files {
		in, err := os.ReadFile(f)
		require.NoError(t, err)
		if !utf8.Valid(in) {
			continue // the tree below is parsed without decoding
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			a, err := Clean(in, Options{Mode: ModeHTML})
			require.NoError(t, err)
			doc, err := html.Parse(bytes.NewReader(in))
			require.NoError(t, err)
			for _, s := range a.Segments {
				require.NotEmpty(t, s.Selector, "%q", s.Text)
				sel, err := cascadia.ParseGroup(s.Selector)
				require.NoError(t, err, s.Selector)
				found := false
				for _, n := range cascadia.QueryAll(doc, sel) {
					if strings.Contains(collapseSpace(allText(n)), firstWords(s.Text)) {
						found = true
						break
					}
				}
				assert.True(t, found, "selector %q does not match the element of %q", s.Selector, s.Text)
			}
		})
	}
}

// allText is the text under n, hidden text included.
func allText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(allText(c) + " ")
	}
	return b.String()
}

// firstWords is the start of a segment's text, white space folded.
func firstWords(s string) string {
	s = collapseSpace(s)
	if i := strings.IndexByte(s, ' '); i > 0 && i < 20 {
		return s[:i]
	}
	return s[:min(len(s), 12)]
}

func TestChosenName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"story", true}, {"newsletter-box", true}, {"article__body", true}, {"h2", true}, {"col-md-8", true},
		{"articleBody", true}, {"_private", true},
		{"", false}, {"post-48213", false}, {"css-1x9kq2", false}, {"sc-bdVaJa", false}, {"jsx-2349827", false},
		{"is-active", false}, {"md:flex", false}, {"1col", false}, {"-x", false},
		{"a-very-long-class-name-that-nobody-types", false}, {"ab12cd", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, chosenName(tt.name), tt.name)
	}
}

func TestElementSelector(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"own class", `<div class="newsletter-box promo wide x1y2z3a4"><p>Text</p></div>`, "div.newsletter-box.promo p"},
		{"id ends the climb", `<main id="main"><div><p>Text</p></div></main>`, "main#main p"},
		{"landmarks on the way", `<div class="page"><article><p>Text</p></article></div>`, "div.page article p"},
		{"generated names skipped", `<div id="post-48213" class="css-1q2w3e"><p>Text</p></div>`, "p"},
		{"three parts at most", `<section><article><aside><p>Text</p></aside></article></section>`, "article aside p"},
		{"text in the body", `<body>Text</body>`, "body"},
		{"own id", `<p id="lede" class="intro">Text</p>`, "p#lede"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Clean([]byte("<!doctype html><html><body>"+tt.page+"</body></html>"), Options{Mode: ModeHTML})
			require.NoError(t, err)
			require.Len(t, a.Segments, 1)
			assert.Equal(t, tt.want, a.Segments[0].Selector)
		})
	}
}

// TestRulesGolden: the story page under a set of rules, every segment with
// its verdict, selector and rule, and the report (-update rewrites it).
func TestRulesGolden(t *testing.T) {
	in := readRulesPage(t)
	a, err := Clean(in, Options{
		Content: "main",
		Remove:  []string{".newsletter-box", "span.promo-inline"},
		Keep:    []string{"aside#promo"},
	})
	require.NoError(t, err)
	var b strings.Builder
	for _, s := range a.Segments {
		mark := "-"
		if s.Kept {
			mark = "+"
		}
		fmt.Fprintf(&b, "%s %s [%s] {%s}: %s\n", mark, s.Reason, s.Selector, s.Rule, s.Text)
	}
	r := a.Rules
	fmt.Fprintf(&b, "-- report --\nremoved %d, kept %d, outside %d, content used %v, remove refused %v\n",
		r.Removed, r.Kept, r.Outside, r.ContentUsed, r.RemoveRefused)
	for _, e := range r.Effects {
		fmt.Fprintf(&b, "%s %q: %d elements, %d segments\n", e.Action, e.Selector, e.Elements, e.Segments)
	}
	golden := strings.TrimSuffix(rulesPage, ".html") + ".golden"
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
		return
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run with -update to create it")
	assert.Equal(t, string(want), b.String())
}

// TestCleanNode: a parsed tree gives the same article as its bytes, and is
// left as it was.
func TestCleanNode(t *testing.T) {
	in := readRulesPage(t)
	opts := Options{Remove: []string{".newsletter-box"}, URL: "https://gazette.example/harbour"}
	want, err := Clean(in, opts)
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(in))
	require.NoError(t, err)
	var before bytes.Buffer
	require.NoError(t, html.Render(&before, doc))

	got, err := CleanNode(doc, opts)
	require.NoError(t, err)
	assert.Equal(t, want.Record(), got.Record())

	var after bytes.Buffer
	require.NoError(t, html.Render(&after, doc))
	assert.Equal(t, before.String(), after.String(), "the tree is unchanged")

	t.Run("an element", func(t *testing.T) {
		main := cascadia.Query(doc, cascadia.MustCompile("main"))
		a, err := CleanNode(main, Options{})
		require.NoError(t, err)
		assert.Equal(t, "Harbour ferries return after the winter repairs", a.Title, "metadata from the document")
		assert.NotContains(t, a.Text(), "Weather", "only the element is cleaned")
		assert.Contains(t, a.Text(), harbourCrews)
	})
	t.Run("several elements", func(t *testing.T) {
		ps := cascadia.QueryAll(doc, cascadia.MustCompile("main > p"))
		require.Len(t, ps, 3)
		a, err := CleanNodes(ps, Options{})
		require.NoError(t, err)
		assert.Contains(t, a.Text(), harbourCrews)
		assert.NotContains(t, a.Text(), harbourNewsletter)
	})
	t.Run("errors", func(t *testing.T) {
		_, err := CleanNode(nil, Options{})
		assert.ErrorIs(t, err, ErrEmpty)
		_, err = CleanNode(doc, Options{Mode: ModeText})
		assert.ErrorIs(t, err, ErrOptions)
		_, err = CleanNode(&html.Node{Type: html.TextNode, Data: "x"}, Options{})
		assert.ErrorIs(t, err, ErrEmpty)
		_, err = CleanNode(doc, Options{Remove: []string{"div["}})
		assert.ErrorIs(t, err, ErrOptions)
	})
}

// FuzzSelectors: any selector is either refused with ErrOptions or
// applied without a panic, and nothing is lost.
func FuzzSelectors(f *testing.F) {
	for _, s := range []string{".newsletter-box", "main > p:last-of-type", "div[", "a:hover", "*", "body",
		`p[data-kind="note"]`, ":not(p)", "aside:has(p)", "li:nth-child(2n+1)", `:contains("harbour")`, "p::before"} {
		f.Add(s, s)
	}
	in, err := os.ReadFile(rulesPage)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, remove, keep string) {
		a, err := Clean(in, Options{Remove: []string{remove}, Keep: []string{keep}})
		if err != nil {
			if !errors.Is(err, ErrOptions) {
				t.Fatalf("error %v is not ErrOptions", err)
			}
			return
		}
		words := a.Stats()
		if words.WordsKept+words.WordsRemoved == 0 {
			t.Fatal("every word was lost")
		}
	})
}
