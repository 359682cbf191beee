package cleaner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// allowedOutput is every tag Article.HTML may emit, with its attributes.
var allowedOutput = map[string]map[string]bool{
	"article": {}, "h1": {}, "h2": {}, "h3": {}, "h4": {}, "h5": {}, "h6": {}, "p": {}, "ul": {}, "li": {},
	"blockquote": {}, "pre": {}, "figure": {}, "small": {}, "br": {},
	"a": {"href": true}, "img": {"src": true, "alt": true},
	"em": {}, "strong": {}, "b": {}, "i": {}, "u": {}, "s": {}, "code": {}, "sub": {}, "sup": {},
	"mark": {}, "abbr": {}, "q": {}, "cite": {}, "del": {}, "ins": {}, "kbd": {}, "var": {}, "samp": {},
	"table": {}, "thead": {}, "tbody": {}, "tfoot": {}, "tr": {}, "caption": {},
	"th": {"colspan": true, "rowspan": true}, "td": {"colspan": true, "rowspan": true},
	// The parser adds these around a fragment.
	"html": {}, "head": {}, "body": {},
}

// articleProse makes a page whose body is prose around the hostile bit,
// so that the hostile markup lands inside the kept article.
func articleProse(hostile string) string {
	p := "<p>The committee met on Tuesday to discuss the budget for the coming year and agreed, after a long debate, to raise spending on schools and roads.</p>"
	return "<!doctype html><html><head><title>Budget agreed</title></head><body><article><h1>Budget agreed</h1>" +
		p + "<p>Members said the plan " + hostile + " would be published in full next week, once the final figures had been checked by the treasurer.</p>" +
		hostile + p + "</article></body></html>"
}

func TestSanitizerHostileMarkup(t *testing.T) {
	cases := []struct{ name, in string }{
		{"script", `<script>alert(1)</script>`},
		{"onerror", `<img src="x.png" onerror="alert(1)" alt="x">`},
		{"javascript href", `<a href="javascript:alert(1)">link</a>`},
		{"javascript href obfuscated", `<a href=" JaVaScRiPt:alert(1)">link</a><a href="java&#x09;script:alert(1)">two</a>`},
		{"vbscript href", `<a href="vbscript:msgbox(1)">link</a>`},
		{"data src", `<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="d">`},
		{"data href", `<a href="data:text/html,<script>alert(1)</script>">d</a>`},
		{"svg", `<svg onload="alert(1)"><script>alert(1)</script><text>svg text</text></svg>`},
		{"math", `<math><mi xlink:href="javascript:alert(1)">x</mi></math>`},
		{"iframe", `<iframe src="https://evil.example/"></iframe>`},
		{"object embed", `<object data="x.swf"></object><embed src="x.swf">`},
		{"form", `<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button></form>`},
		{"style attr", `<span style="background:url(javascript:alert(1))">styled</span>`},
		{"style element", `<style>body{display:none}</style>`},
		{"event handlers", `<b onclick="alert(1)" onmouseover="alert(2)">bold</b>`},
		{"nested tricks", `<scr<script>ipt>alert(1)</scr</script>ipt><a href="&#106;avascript:alert(1)">x</a>`},
		{"meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`},
		{"base hijack", `<base href="javascript:alert(1)//">`},
		{"link element", `<link rel="stylesheet" href="https://evil.example/x.css">`},
		{"table with handlers", `<table onmouseover="alert(1)"><tr><th style="x">a</th><th>b</th></tr><tr><td colspan="2" onclick="x">c</td></tr><tr><td>d</td><td>e</td></tr></table>`},
		{"srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe>`},
		{"noscript", `<noscript><img src=x onerror=alert(1)></noscript>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Clean([]byte(articleProse(c.in)), Options{Mode: ModeHTML, URL: "https://site.example/a/b.html"})
			require.NoError(t, err)
			require.NotEmpty(t, a.Kept(), "the prose around the markup is kept")
			out := a.HTML()
			assertOnlyAllowed(t, out)
			lower := strings.ToLower(out)
			for _, bad := range []string{"javascript:", "vbscript:", "data:", "<script", "onerror", "onclick", "onload", "style="} {
				assert.NotContains(t, lower, bad)
			}
		})
	}
}

// assertOnlyAllowed parses rendered HTML and checks every element and
// attribute against the allow-list, and every address's scheme.
func assertOnlyAllowed(t *testing.T, out string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		attrs, ok := allowedOutput[n.Data]
		if !assert.True(t, ok, "tag <%s> is not allowed", n.Data) {
			continue
		}
		for _, at := range n.Attr {
			assert.True(t, attrs[at.Key], "attribute %s on <%s> is not allowed", at.Key, n.Data)
			if at.Key == "href" || at.Key == "src" {
				v := strings.ToLower(at.Val)
				assert.True(t, strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "mailto:"),
					"%s=%q is not an http(s) or mailto address", at.Key, at.Val)
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	base := mustURL(t, "https://site.example/a/b.html")
	cases := []struct {
		base *urlT
		in   string
		want string
	}{
		{base, "c.html", "https://site.example/a/c.html"},
		{base, "/root", "https://site.example/root"},
		{base, "//cdn.example/x.png", "https://cdn.example/x.png"},
		{base, "mailto:a@b.example", "mailto:a@b.example"},
		{base, "javascript:alert(1)", ""},
		{base, " javascript:alert(1)", ""},
		{base, "JAVASCRIPT:alert(1)", ""},
		{base, "data:text/html,x", ""},
		{base, "ftp://x.example/", ""},
		{base, "java\tscript:alert(1)", ""},
		{nil, "c.html", "c.html"},
		{nil, "javascript:alert(1)", ""},
		{nil, "", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, safeURL(c.base, c.in), c.in)
	}
	for _, in := range plainURLCases {
		checkPlainURL(t, in)
	}
	assert.True(t, plainAbsoluteURL("https://site.example/a/b.html?x=1&y=2"))
	assert.False(t, plainAbsoluteURL("https://site.example/a/../b.html"))
	assert.False(t, plainAbsoluteURL("HTTPS://site.example/"))
}

var plainURLCases = []string{
	"https://site.example/a/b.html?x=1&y=2", "http://site.example", "https://site.example/", "https://Site.Example/A_b~c",
	"https://site.example/a/./b", "https://site.example/a/../b", "https://site.example/.", "https://site.example//x",
	"https://site.example/a?b=/../c", "https://site.example/a?", "https://site.example?x", "https://site.example.",
	"https://site.example/a/.hidden", "https://site.example/a/b.", "https://-/", "https://a..b/", "https://a/b;c=d,e+f",
	"https://a/%41", "https://a/b c", "https://a/b#c", "https://a:80/", "https://u@a/", "HTTP://a/", "https://.x", "https://x/y/",
}

// checkPlainURL: where plainAbsoluteURL says so, the address is what
// parsing it gives, with or without a base.
func checkPlainURL(t *testing.T, in string) {
	t.Helper()
	if !plainAbsoluteURL(in) {
		return
	}
	for _, base := range []*urlT{nil, mustURL(t, "https://site.example/a/b.html"), mustURL(t, "http://x.example")} {
		if got, want := safeURL(base, in), safeURLParsed(base, in); got != want {
			t.Errorf("%q (base %v): %q, parsing gives %q", in, base, got, want)
		}
	}
}

func FuzzPlainAbsoluteURL(f *testing.F) {
	for _, in := range plainURLCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) { checkPlainURL(t, in) })
}

// findElementRef is the <base> search as first written, a walk of its own
// before the page's: the first element with the tag, no deeper than
// findElementMaxDepth levels.
func findElementRef(n *html.Node, a atom.Atom, depth int) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if depth >= findElementMaxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElementRef(c, a, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// checkGatheredBase: the metadata walk finds the <base> the separate
// search found.
func checkGatheredBase(t *testing.T, src string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return
	}
	var mn metaNodes
	mn.gather(doc, false, 0)
	assert.Same(t, findElementRef(doc, atom.Base, 0), mn.base, "%.200q", src)
}

var gatheredBaseCases = []string{
	`<html><head><base href="https://a.example/x/"><base href="https://b.example/"></head><body><a href="y">y</a></body></html>`,
	`<p>no base</p>`,
	`<body><div><div><div><div><div><base href="https://deepest.example/"></div></div></div></div></div></body>`,
	`<body><div><div><div><div><div><div><base href="https://deep.example/"></div></div></div></div></div></div></body>`,
	`<body><div><div><div><div><div><div><div><base href="https://deeper.example/"></div></div></div></div></div></div></div><base href="https://late.example/"></body>`,
	`<svg><base href="https://svg.example/"></svg><base href="https://html.example/">`,
}

func TestGatheredBase(t *testing.T) {
	for _, s := range gatheredBaseCases {
		checkGatheredBase(t, s)
	}
	files, _ := filepath.Glob("../testdata/html/*.html")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		checkGatheredBase(t, string(data))
	}
}

func FuzzGatheredBase(f *testing.F) {
	for _, s := range gatheredBaseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { checkGatheredBase(t, src) })
}
