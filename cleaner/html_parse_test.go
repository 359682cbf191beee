package cleaner

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/net/html"
)

// The parse with big script and style bodies set aside (html_parse.go)
// must give the tree the whole page parses to, node for node.

// sameTree reports where two trees first differ, or "".
func sameTree(a, b *html.Node) string {
	switch {
	case a == nil && b == nil:
		return ""
	case a == nil || b == nil:
		return "a node is missing"
	case a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace:
		return "node " + a.Data + " / " + b.Data
	case len(a.Attr) != len(b.Attr):
		return "attributes of " + a.Data
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return "attribute " + a.Attr[i].Key + " of " + a.Data
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := sameTree(ca, cb); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return "children of " + a.Data
	}
	return ""
}

// checkSetAside parses src both ways, setting aside bodies of min bytes
// and more, and reports whether any body was set aside and put back.
func checkSetAside(t *testing.T, src []byte, min int) bool {
	t.Helper()
	want, errWant := parseTree(src)
	got, errGot := parseSettingAside(src, min)
	if (errWant != nil) != (errGot != nil) {
		t.Fatalf("errors differ: %v / %v", errWant, errGot)
	}
	if errWant != nil {
		return false
	}
	if d := sameTree(want, got); d != "" {
		t.Fatalf("trees differ at %s\n%q", d, src)
	}
	spans, bodies := setAsideRaw(src, min)
	if bodies == nil {
		return false
	}
	short, err := io.ReadAll(&asideReader{src: src, spans: spans})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parseTree(short)
	return err == nil && putBackRaw(doc, bodies)
}

var pad = strings.Repeat("var x = 1; // padding\n", 4)

// setAsideCases: pages whose scripts and styles are set aside, and pages
// whose markers land elsewhere (parsed whole); both give the same tree.
var setAsideCases = []struct {
	name     string
	src      string
	setAside bool
}{
	{"plain", `<html><head><script>` + pad + `</script><style>p{}` + pad + `</style></head><body><p>x</p></body></html>`, true},
	{"upper case", `<SCRIPT type="text/javascript">` + pad + `</SCRIPT ><Style>` + pad + `</sTyle>`, true},
	{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A"}` + pad + `</script><p>t</p>`, true},
	{"crlf", "<script>\r\n" + pad + "\r\r\n</script><p>t</p>", true},
	{"end tag lookalikes", `<script>a = "</scripts>"; b = "</scrip"; c="</ script>";` + pad + `</script/><p>t</p>`, true},
	{"escaped", `<script><!-- ` + pad + ` </script><p>t</p>`, true},
	{"escaped end", `<script><!-- x --> ` + pad + `</script><p>t</p>`, true},
	{"double escaped", `<script><!--<script>` + pad + `</script>still script</script> y --></script><p>t</p>`, true},
	{"double escaped dashes", `<script><!--<script >--` + pad + `--></script><p>t</p>`, true},
	{"double escape lookalike", `<script><!--<scripty>` + pad + `</script><p>t</p>`, true},
	{"escape lookalike", `<script><!- ` + pad + `</script><p>t</p>`, true},
	{"attributes", `<script data-a="x>y" data-b='</script>' c=d>` + pad + `</script><p>t</p>`, true},
	{"self-closing", `<script src="a.js"/>` + pad + `</script><p>t</p>`, true},
	{"in table", `<table><tr><td>a</td><script>` + pad + `</script></tr></table>`, true},
	{"in template", `<template><script>` + pad + `</script></template>`, true},
	{"svg style", `<svg><style>` + pad + `<b>x</b></style></svg><p>t</p>`, false},
	{"svg script", `<svg><script>` + pad + `</script></svg>`, false},
	{"in title", `<title>a <script>` + pad + `</script></title>`, false},
	{"in textarea", `<textarea><style>` + pad + `</style></textarea>`, false},
	{"in comment", `<!-- <script>` + pad + `</script> -->`, false},
	{"in attribute", `<a title="<script>` + pad + `</script>">t</a>`, false},
	{"in plaintext", `<plaintext><script>` + pad + `</script>`, false},
	{"frameset", `<frameset><script>` + pad + `</script></frameset>`, false},
	{"unclosed", `<p>t</p><script>` + pad, false},
	{"nul", "<script>\x00" + pad + "</script>", false},
	{"marker in page", "<p>\ufdd0</p><script>" + pad + "</script>", false},
	{"cdata", `<svg><![CDATA[<script>` + pad + `</script>]]></svg>`, false},
}

func TestSetAsideRaw(t *testing.T) {
	for _, tc := range setAsideCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := checkSetAside(t, []byte(tc.src), 1); got != tc.setAside {
				t.Errorf("set aside: %v, want %v", got, tc.setAside)
			}
		})
	}
}

func FuzzSetAsideRaw(f *testing.F) {
	for _, tc := range setAsideCases {
		f.Add(tc.src)
	}
	f.Add(`<script><!--<script></script>--></script>`)
	for _, wrap := range []string{"noscript", "iframe", "xmp", "noembed", "noframes", "select", "math><mi", "svg><foreignObject", "table", "frameset", "head", "template"} {
		f.Add(`<` + wrap + `><script>if (a<b) x--;</script><style>p{}</style></` + wrap + `>`)
	}
	f.Add(`<style>a</style ><script>b</script	>`)
	f.Fuzz(func(t *testing.T, src string) { checkSetAside(t, []byte(src), 1) })
}

// TestSetAsideCorpus compares the trees of every page of the corpora.
func TestSetAsideCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus comparison")
	}
	dirs := []string{filepath.Join("..", "..", "shared", "corpus", "dev"), filepath.Join("..", "..", "shared", "corpus", "multi")}
	n, fast := 0, 0
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
		for _, f := range files {
			page := readGzipPage(t, f)
			src, err := decodeHTML(page, Options{})
			if err != nil {
				continue
			}
			n++
			if checkSetAside(t, src, rawSetAsideMin) {
				fast++
			}
		}
	}
	if n == 0 {
		t.Skip("no corpus at ../../shared/corpus")
	}
	t.Logf("%d pages, %d with bodies set aside", n, fast)
}

// TestAsideReader: the page read with its bodies replaced is the same
// whatever the size of the reads.
func TestAsideReader(t *testing.T) {
	src := []byte(`<p>a</p><script>` + pad + `</script><style>` + pad + `</style><script>` + pad + `</script>`)
	spans, bodies := setAsideRaw(src, 1)
	if len(bodies) != 3 {
		t.Fatalf("%d bodies set aside, want 3", len(bodies))
	}
	want := "<p>a</p><script>\ufdd00\ufdd1</script><style>\ufdd01\ufdd1</style><script>\ufdd02\ufdd1</script>"
	all, err := io.ReadAll(&asideReader{src: src, spans: spans})
	if err != nil || string(all) != want {
		t.Fatalf("%q, %v", all, err)
	}
	one, err := io.ReadAll(iotest.OneByteReader(&asideReader{src: src, spans: spans}))
	if err != nil || string(one) != want {
		t.Fatalf("one byte at a time: %q, %v", one, err)
	}
}
