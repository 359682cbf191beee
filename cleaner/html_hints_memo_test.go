package cleaner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// elementHintRef is elementHint as first written: one fold over all the
// tokens of all the element's names. The memoised fold must agree.
func elementHintRef(n *html.Node) hint {
	t := hintTable().tokens
	best, content := hintNone, false
	for _, a := range n.Attr {
		if !isHintAttr(a.Key) || a.Val == "" {
			continue
		}
		var scratch [16]string
		toks := appendHintTokens(scratch[:0], a.Val)
		for i, tok := range toks {
			h := t[tok]
			if h == hintNone && i+1 < len(toks) {
				h = t[tok+toks[i+1]]
			}
			switch {
			case h.negative() && (!best.negative() || !best.strong() && h.strong()):
				best = h
			case h == hintContent:
				content = true
			}
		}
	}
	if content && (best == hintNone || !best.strong()) {
		return hintContent
	}
	return best
}

func checkElementHints(t *testing.T, src string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return
	}
	memo := hintMemo{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			want := elementHintRef(n)
			assert.Equal(t, want, elementHint(n), "%v", n.Attr)
			assert.Equal(t, want, elementHintMemo(n, memo), "%v", n.Attr)
			assert.Equal(t, want, elementHintMemo(n, memo), "%v (memoised)", n.Attr)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

var elementHintCases = []string{
	`<div class="article-comments" id="content"><p class="sidebar share">x</p><p id="main-content" class="ad-slot related">y</p></div>`,
	`<section class="content-with-sidebar" role="complementary" itemprop="articleBody"><aside class="newsletter menu"></aside></section>`,
	`<div class="foo" id="comments-share"><span class="promo cookieBanner" role="dialog">x</span><i class="postContent adSlot">y</i></div>`,
	`<div class="story-body" id="sidebar"><div class="story-body" id="comments"></div><div class="story-body"></div></div>`,
}

func TestElementHintMemo(t *testing.T) {
	for _, s := range elementHintCases {
		checkElementHints(t, s)
	}
	files, _ := filepath.Glob("../testdata/html/*.html")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkElementHints(t, string(data))
	}
}

func FuzzElementHint(f *testing.F) {
	for _, s := range elementHintCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkElementHints(t, src) })
}

// hiddenByClassNamesRef is hiddenByClassNames without the first-letter and
// length test: every class name looked up.
func hiddenByClassNamesRef(cls string) bool {
	for _, c := range strings.Fields(cls) {
		if hintTable().hiddenClass[string(classLetters(nil, c))] {
			return true
		}
	}
	return false
}

var hiddenClassCases = []struct {
	cls    string
	hidden bool
}{
	{"sr-only", true}, {"btn Visually-Hidden", true}, {"d-none x", true}, {"u-hidden", true},
	{"screen-reader-text", true}, {"js_hidden", true}, {"hidden-xl", true}, {"OFFSCREEN", true},
	{"container col-md-6", false}, {"hidden-xs-up", false}, {"", false}, {"  ", false},
	{"hıdden", false}, {"Ｈidden", false}, {"sr-only-focusable", false},
	{"x\u00a0sr-only", true}, {"x\u00a0sr-only\u0085y", true}, {"é sr-only", true}, {"sr-only é", true},
	{"a\vd-none", true}, {"a-verylongclassnamethatrunsbeyondsixtyfourlettersandkeepsgoingongoingon hidden", true},
}

func TestHiddenByClassNames(t *testing.T) {
	for _, c := range hiddenClassCases {
		assert.Equal(t, c.hidden, hiddenByClassNamesRef(c.cls), "reference, %q", c.cls)
		assert.Equal(t, c.hidden, hiddenByClassNames(c.cls), "%q", c.cls)
	}
}

func FuzzHiddenByClassNames(f *testing.F) {
	for _, c := range hiddenClassCases {
		f.Add(c.cls)
	}
	f.Fuzz(func(t *testing.T, cls string) {
		assert.Equal(t, hiddenByClassNamesRef(cls), hiddenByClassNames(cls), "%q", cls)
	})
}
