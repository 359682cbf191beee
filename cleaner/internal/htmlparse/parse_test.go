package htmlparse

import (
	"strings"
	"testing"
)

// The fork must give the tree x/net/html gives, node for node, and must
// not write to its input.

// checkParse parses src with the fork and with x/net/html and fails
// when the trees or the errors differ, or when src changed.
func checkParse(t *testing.T, src []byte) {
	t.Helper()
	if d := Compare(src, Parse); d != "" {
		t.Fatalf("%s\n%q", d, src)
	}
}

// parseCases are inputs where a tokenizer or tree builder goes wrong
// easily.
var parseCases = []string{
	``,
	`plain`,
	`<p>a<b>b<i>c</p>d</i>`,
	`<DIV CLASS=X Id="y">A</DiV>`,
	`<p id=a ID=b Id=c>dup</p>`,
	`<p a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9 j=10 k=11 l=12 m=13 n=14 o=15 p=16 q=17 r=18 A=19 s=20 B=21>many</p>`,
	`<a href="?a=1&amp;b=2&copy=3&notit;&not=x&notin;&amp&lt5&#x41;&#65&#0;&#xD800;&bogus;&;&">x</a>`,
	`<p>&amp;&lt;&gt&nbsp&notit;&notin;&copy2&#x1F600;&#128512&#x110000;&ampx;&AMP;&fjlig;&semi;&&#;&#x;</p>`,
	`<a title='&notit; &noti &not= &not&amp;'>x</a><b title="&fjlig;&semi&semi;&ThickSpace;&nvlt;">y</b>`,
	`<img alt="a&#13;b&#x0d;c" title="x` + "\r\n" + `y">`,
	"<p>a\r\nb\rc\n\r</p>\r\n<textarea>\r\nx&amp;\r</textarea>",
	"<p>a\x00b</p><svg>\x00<desc>\x00</desc></svg><!--\x00--><script>\x00</script><x\x00y a\x00=b\x00>",
	"<p>\xff\xfe invalid \xc3\x28 utf-8 \xed\xa0\x80</p><a \xff=\xfe>",
	`<svg><![CDATA[a<b]]><foreignObject><p>x</p><![CDATA[y]]></foreignObject></svg><math><mi><![CDATA[z]]></mi><annotation-xml encoding="text/html"><p>h</p></annotation-xml></math>`,
	`<![CDATA[not allowed]]><svg viewBox="0 0 1 1" XLINK:HREF=a xml:lang=en><clipPath><feBlend/></clipPath></svg>`,
	`<table><tr><td>a<table>b<tr>c</table></td></tr>d<p>e</table>`,
	`<table><caption>x<p>y</caption><colgroup><col></colgroup><tbody><tr><th>z</table>`,
	`<select><option>a<optgroup>b<select>c</select><textarea>d</textarea></select>`,
	`<frameset><frame></frameset><noframes>x</noframes>`,
	`<template><tr><td>a</template><template><col></template>`,
	`<script>if (a<b) { document.write("</scr"+"ipt>"); } <!-- <script> </script> --></script>x`,
	`<script><!--<script></script>--></script><script><!--a--!></script><style>a</style ><title>&amp;<b></title>`,
	`<script>unclosed`, `<style>unclosed`, `<title>unclosed`, `<textarea>unclosed &amp;`, `<plaintext>a<b>&amp;</plaintext>`,
	`<iframe><p>x</iframe><noembed><b>y</noembed><xmp><i>z</xmp><noscript><p>w</noscript>`,
	`<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd"><p>x`,
	`<!doctype><!DOCTYPE`, `<!DOCT`, `<!--`, `<!-->`, `<!--->`, `<!-- a --!>`, `<!-- a --!`, `<!-- a --`, `<!-- a -`, `<?xml version="1.0"?>`, `</>`, `</ p>`, `</3>`, `<`, `<a`, `<a b`, `<a b=`, `<a b="`, `<a b='c`, `<a b=c`, `<a/b/c>`, `<br/>`, `<p a=/>`, `<a =b>`, `<a b = c d= "e">`,
	`<b><p><i>x</b>y</i>z</p>`,
	`<a><p><a>x</a></p></a><nobr><nobr>y</nobr>`,
	`<b><b><b><b>x</b></b></b></b><b id=1><b id=1><b id=1><b id=1>y`,
	`<html><head><body></body></html><p>after`,
	`<head><noscript><link><p>x</noscript></head>`,
	`<ul><li>a<li>b<dd>c<dt>d</ul><h1><h2>x</h1>`,
	`<body><form><form><input type=hidden></form><isindex>`,
	`<math><mtext><svg><title>t</title></svg></mtext></math><svg><font color=red>x</font></svg>`,
	`<body a=1><body b=2><html c=3>`,
	"<p>\t\n\f \r</p>",
	`<!-- a &amp; b --><!DOCTYPE html &amp;><title>&amp;</title><textarea>&lt;</textarea><xmp>&amp;</xmp>`,
	// Script data and raw text ends (the cases of the former script and
	// style set-aside in the cleaner).
	`<SCRIPT type="text/javascript">x</SCRIPT ><Style>y</sTyle>`,
	"<script>\r\nx\r\r\n</script><p>t</p>",
	`<script>a = "</scripts>"; b = "</scrip"; c="</ script>";</script/><p>t</p>`,
	`<script><!-- x </script><p>t</p><script><!-- x --> y</script>`,
	`<script><!--<script>x</script>still script</script> y --></script><p>t</p>`,
	`<script><!--<script >--x--></script><script><!--<scripty>x</script><script><!- x</script>`,
	`<script data-a="x>y" data-b='</script>' c=d>x</script><script src="a.js"/>x</script>`,
	`<svg><style>s<b>x</b></style><script>y</script></svg><title>a <script>x</script></title>`,
	`<frameset><script>x</script></frameset>`,
}

func TestParseSame(t *testing.T) {
	for _, src := range parseCases {
		checkParse(t, []byte(src))
	}
}

// TestParseDeep: nesting beyond the parser's limit fails in both.
func TestParseDeep(t *testing.T) {
	for _, n := range []int{510, 511, 512, 513, 600} {
		checkParse(t, []byte(strings.Repeat("<div>", n)+"x"))
	}
}

func FuzzParse(f *testing.F) {
	for _, src := range parseCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) { checkParse(t, []byte(src)) })
}
