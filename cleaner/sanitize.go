package cleaner

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The sanitizer: segment HTML is built from an allow-list of tags and
// attributes, so nothing else can reach Article.HTML. Links and images
// keep only http, https and mailto addresses (relative ones resolved
// against the page's base); everything else loses its attributes, and
// unknown elements are unwrapped to their text.

// inlineTags are the inline elements kept as markup.
var inlineTags = map[atom.Atom]string{
	atom.A: "a", atom.Em: "em", atom.Strong: "strong", atom.B: "b", atom.I: "i", atom.U: "u",
	atom.S: "s", atom.Code: "code", atom.Sub: "sub", atom.Sup: "sup", atom.Small: "small",
	atom.Mark: "mark", atom.Abbr: "abbr", atom.Q: "q", atom.Cite: "cite", atom.Del: "del",
	atom.Ins: "ins", atom.Kbd: "kbd", atom.Var: "var", atom.Samp: "samp",
}

// tableTags are the table parts kept inside a table segment.
var tableTags = map[atom.Atom]string{
	atom.Thead: "thead", atom.Tbody: "tbody", atom.Tfoot: "tfoot", atom.Tr: "tr",
	atom.Th: "th", atom.Td: "td", atom.Caption: "caption",
}

// inlineTag returns the allowed name of an inline element, or "" to
// unwrap it.
func inlineTag(a atom.Atom) string { return inlineTags[a] }

// inlineAttrs returns the allowed attributes of an inline element,
// rendered: only a link's safe address.
func (w *walker) inlineAttrs(n *html.Node, a atom.Atom) string {
	if a != atom.A {
		return ""
	}
	if href := w.page.resolve(attr(n, "href")); href != "" {
		return ` href="` + html.EscapeString(href) + `"`
	}
	return ""
}

// resolve returns a safe absolute (or, without a base, relative) address,
// or "" when the address is unsafe or unreadable.
// Addresses are cached per page: menus, share bars and teasers repeat
// theirs, and parsing one costs more than looking it up.
func (p *htmlPage) resolve(ref string) string {
	if u, ok := p.resolved[ref]; ok {
		return u
	}
	u := safeURL(p.base, ref)
	if p.resolved == nil {
		p.resolved = map[string]string{}
	}
	p.resolved[ref] = u
	return u
}

// safeURL resolves ref against base and keeps it only when its scheme is
// http, https or mailto.
func safeURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if plainAbsoluteURL(ref) {
		return ref // what parsing it gives (checkPlainURL)
	}
	return safeURLParsed(base, ref)
}

// safeURLParsed is safeURL by parsing ref, without plainAbsoluteURL's
// shortcut.
func safeURLParsed(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") && base == nil {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
	case "":
		if u.Opaque != "" || strings.Contains(u.Path, ":") && !strings.HasPrefix(u.Path, "/") {
			return ""
		}
	default:
		return ""
	}
	return u.String()
}

// plainAbsoluteURL reports an http or https address that url.Parse,
// ResolveReference and String give back unchanged, whatever the base: a
// lower-case scheme, then only letters, digits and "-._~/?=&+,;", no
// empty path segment and no segment starting with a dot (a page's links
// are mostly such, and parsing each costs more than this look).
func plainAbsoluteURL(ref string) bool {
	var rest string
	switch {
	case strings.HasPrefix(ref, "https://"):
		rest = ref[len("https://"):]
	case strings.HasPrefix(ref, "http://"):
		rest = ref[len("http://"):]
	default:
		return false
	}
	if rest == "" || rest[0] == '/' || rest[0] == '?' {
		return false
	}
	query := false
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '~',
			c == '=', c == '&', c == '+', c == ',', c == ';':
		case c == '?':
			query = true
		case c == '.':
			if !query && i > 0 && rest[i-1] == '/' {
				return false
			}
		case c == '/':
			if !query && i+1 < len(rest) && rest[i+1] == '/' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// baseURL is the page's <base href> resolved against the given address,
// or the address itself; baseElem is the page's first <base> element
// (findElement(doc, atom.Base, 0), which metaNodes.gather finds on its
// walk), or nil.
func baseURL(baseElem *html.Node, pageURL string) *url.URL {
	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			base = u
		}
	}
	if n := baseElem; n != nil {
		if href := strings.TrimSpace(attr(n, "href")); href != "" {
			if u, err := url.Parse(href); err == nil {
				if base != nil {
					u = base.ResolveReference(u)
				}
				if u.Scheme == "http" || u.Scheme == "https" {
					return u
				}
			}
		}
	}
	return base
}

// findElementMaxDepth bounds the search for <base> (metaNodes.gather):
// it sits in <head>.
const findElementMaxDepth = 8

// sanitizeChildren renders the children of a table (or any element) with
// the allow-list: table parts, inline markup, line breaks and images.
func (w *walker) sanitizeChildren(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.sanitizeNode(&b, c)
	}
	return strings.TrimSpace(b.String())
}

func (w *walker) sanitizeNode(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(html.EscapeString(n.Data))
		return
	case html.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	if isSkipTag(a) || isControlTag(a) || a == atom.Template || isHidden(n) {
		return
	}
	switch a {
	case atom.Br:
		b.WriteString("<br>")
		return
	case atom.Img:
		if src := w.page.resolve(imageSrc(n)); src != "" {
			b.WriteString(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(collapseSpace(attr(n, "alt"))) + `">`)
		}
		return
	}
	tag, attrs := tableTags[a], ""
	if tag == "" {
		tag = inlineTags[a]
		attrs = w.inlineAttrs(n, a)
	} else if a == atom.Td || a == atom.Th {
		for _, k := range []string{"colspan", "rowspan"} {
			if v := strings.TrimSpace(attr(n, k)); v != "" && isDigits(v) && len(v) <= 3 {
				attrs += " " + k + `="` + v + `"`
			}
		}
	}
	if tag != "" {
		b.WriteString("<" + tag + attrs + ">")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.sanitizeNode(b, c)
	}
	if tag != "" {
		b.WriteString("</" + tag + ">")
	}
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
