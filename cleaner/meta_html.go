package cleaner

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Metadata of an HTML page, from what the page declares about itself:
// JSON-LD, OpenGraph and other <meta> tags, microdata, <time> and
// <title>, with the visible h1 preferred as the title when it matches.

// pageMeta is every candidate value found, by source.
type pageMeta struct {
	titles              []string // declared titles, best first
	docTitle            string   // <title>
	h1s                 []string
	bylines             []string          // names in byline elements: rel=author, class *author*, *byline*
	kickers             map[string]string // foldKey of an h1 with a kicker → its headline
	authors             []string
	dates               []string
	sites               []string
	urls                []string
	excerpts            []string
	lang                string
	ogType              string
	jsonLDArticleBodies int
}

// readHTMLMeta reads the page's metadata from the elements gathered
// before the walk (segmentNodes).
func (r *run) readHTMLMeta(mn *metaNodes, page *htmlPage) {
	var m pageMeta
	m.readJSONLD(mn.jsonLD)
	m.readMetaTags(mn)
	m.readMicrodata(mn)
	m.readBylines(mn.bylines)
	for _, h := range mn.h1s {
		if isHidden(h) {
			continue
		}
		if t := collapseSpace(nodeText(h)); t != "" {
			m.h1s = append(m.h1s, t)
			if _, headline := h1Kicker(h); headline != "" {
				if m.kickers == nil {
					m.kickers = map[string]string{}
				}
				m.kickers[foldKey(t)] = headline
			}
		}
	}
	if mn.headTitle != nil {
		m.docTitle = collapseSpace(nodeText(mn.headTitle))
	}
	if m.docTitle == "" && mn.title != nil {
		m.docTitle = collapseSpace(nodeText(mn.title))
	}
	r.meta.site = first(m.sites)
	host := hostOf(first(m.urls))
	if host == "" && page.base != nil {
		host = page.base.Hostname()
	}
	title, site := m.pickTitle(host)
	r.meta.title = dropKicker(title, m.kickers)
	if r.meta.site == "" {
		r.meta.site = site
	}
	r.meta.sites = newSiteNames(host, append(append([]string{}, m.sites...), r.meta.site)...)
	for _, a := range append(m.authors, m.bylines...) {
		if list := strings.Split(a, authorListSep); len(list) > 1 {
			a = joinAuthors(list, m.lang)
		}
		if a = normalizeAuthor(a); plausibleAuthor(a, r.meta.sites) {
			r.meta.byline = a
			break
		}
	}
	r.meta.date, r.meta.published = splitTimestamp(first(m.dates))
	if u := first(m.urls); u != "" {
		r.meta.url = safeURL(page.base, u)
	}
	r.meta.excerpt = first(m.excerpts)
	if m.lang != "" {
		r.lang = m.lang
	}
}

// metaNodes are the elements metadata is read from, gathered in one walk
// of the page, each list in document order.
type metaNodes struct {
	root      *html.Node   // the first html element
	jsonLD    []*html.Node // script[type="application/ld+json"]
	metas     []*html.Node // meta
	canonical *html.Node   // the first link[rel="canonical"]
	headlines []*html.Node // [itemprop~="headline"]
	authors   []*html.Node // [itemprop~="author"]
	dates     []*html.Node // [itemprop~="datePublished"], time[pubdate], time[datetime]
	bylines   []*html.Node // a[rel~="author"], [class*="author"], [class*="byline"]
	h1s       []*html.Node
	headTitle *html.Node // the first title in the head
	title     *html.Node // the first title anywhere
	base      *html.Node // the first base no deeper than findElementMaxDepth (baseURL)
}

// gather walks n, depth levels below the document, and its descendants.
func (mn *metaNodes) gather(n *html.Node, inHead bool, depth int) {
	if n.Type == html.ElementNode {
		if n.DataAtom == atom.Base && mn.base == nil && depth <= findElementMaxDepth {
			mn.base = n
		}
		switch n.Data {
		case "html":
			if mn.root == nil {
				mn.root = n
			}
		case "head":
			inHead = true
		case "script":
			if v, ok := attrOK(n, "type"); ok && v == "application/ld+json" {
				mn.jsonLD = append(mn.jsonLD, n)
			}
		case "meta":
			mn.metas = append(mn.metas, n)
		case "link":
			if v, ok := attrOK(n, "rel"); ok && v == "canonical" && mn.canonical == nil {
				mn.canonical = n
			}
		case "h1":
			mn.h1s = append(mn.h1s, n)
		case "title":
			if mn.title == nil {
				mn.title = n
			}
			if inHead && mn.headTitle == nil {
				mn.headTitle = n
			}
		}
		if isBylineElement(n) {
			mn.bylines = append(mn.bylines, n)
		}
		if v, ok := attrOK(n, "itemprop"); ok {
			if hasField(v, "headline") {
				mn.headlines = append(mn.headlines, n)
			}
			if hasField(v, "author") {
				mn.authors = append(mn.authors, n)
			}
			if hasField(v, "datePublished") {
				mn.dates = append(mn.dates, n)
			}
		}
		if n.Data == "time" && (len(mn.dates) == 0 || mn.dates[len(mn.dates)-1] != n) {
			if _, ok := attrOK(n, "pubdate"); ok {
				mn.dates = append(mn.dates, n)
			} else if _, ok := attrOK(n, "datetime"); ok {
				mn.dates = append(mn.dates, n)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		mn.gather(c, inHead, depth+1)
	}
}

// hasField reports whether the space-separated list v holds word.
func hasField(v, word string) bool {
	for f := range strings.FieldsSeq(v) {
		if f == word {
			return true
		}
	}
	return false
}

// attrOK returns an attribute's value and whether it is set, whatever its
// namespace, as CSS attribute selectors see it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrOr returns an attribute's value, or def when it is not set.
func attrOr(n *html.Node, key, def string) string {
	if v, ok := attrOK(n, key); ok {
		return v
	}
	return def
}

// nodeText is all the text under n, scripts included, as the DOM's
// textContent.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// findFirst returns the first descendant of n (not n) that match accepts.
func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && match(c) {
			return c
		}
		if f := findFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

func first(s []string) string {
	for _, v := range s {
		if v = collapseSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// add appends the non-empty, trimmed values.
func add(dst *[]string, vals ...string) {
	for _, v := range vals {
		if v = collapseSpace(html.UnescapeString(v)); v != "" {
			*dst = append(*dst, v)
		}
	}
}

// readMetaTags reads OpenGraph, Twitter, Dublin Core and plain <meta>.
func (m *pageMeta) readMetaTags(mn *metaNodes) {
	metas := map[string]string{}
	for _, n := range mn.metas {
		key := strings.ToLower(strings.TrimSpace(attrOr(n, "property", attrOr(n, "name", attrOr(n, "itemprop", attrOr(n, "http-equiv", ""))))))
		if key == "" {
			continue
		}
		if _, seen := metas[key]; !seen {
			metas[key] = attrOr(n, "content", "")
		}
	}
	add(&m.titles, metas["og:title"], metas["twitter:title"], metas["dc.title"], metas["headline"])
	for _, k := range []string{"author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"} {
		if v := metas[k]; v != "" && !strings.Contains(v, "://") {
			add(&m.authors, strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by "))
		}
	}
	for _, k := range []string{"article:published_time", "datepublished", "date", "pubdate", "publish-date", "publishdate",
		"dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:article:published_time", "article.published"} {
		if iso := normDate(metas[k]); iso != "" {
			m.dates = append(m.dates, iso)
		}
	}
	add(&m.sites, metas["og:site_name"], metas["application-name"], metas["publisher"])
	canonical := ""
	if mn.canonical != nil {
		canonical = attrOr(mn.canonical, "href", "")
	}
	add(&m.urls, canonical, metas["og:url"])
	add(&m.excerpts, metas["og:description"], metas["description"], metas["twitter:description"])
	m.ogType = strings.ToLower(metas["og:type"])
	lang := ""
	if mn.root != nil {
		lang = attrOr(mn.root, "lang", attrOr(mn.root, "xml:lang", ""))
	}
	if lang == "" {
		lang = metas["content-language"]
	}
	if lang == "" {
		lang = metas["og:locale"]
	}
	m.lang = primaryLang(lang)
}

// primaryLang returns the primary subtag of a language tag: "en-GB" → "en".
func primaryLang(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, c := range tag {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return tag
}

// readMicrodata reads itemprop values: headline, author, datePublished.
func (m *pageMeta) readMicrodata(mn *metaNodes) {
	for _, n := range mn.headlines {
		if n.Data != "meta" {
			add(&m.titles, nodeText(n))
		}
	}
	for _, n := range mn.authors {
		if n.Data == "meta" || n.Data == "link" {
			continue
		}
		name := findFirst(n, func(c *html.Node) bool { v, ok := attrOK(c, "itemprop"); return ok && hasField(v, "name") })
		if name != nil {
			add(&m.authors, attrOr(name, "content", nodeText(name)))
		} else {
			add(&m.authors, nodeText(n))
		}
		break
	}
	for _, n := range mn.dates {
		v := attrOr(n, "datetime", attrOr(n, "content", nodeText(n)))
		if iso := normDate(v); iso != "" {
			m.dates = append(m.dates, iso)
			break
		}
	}
}

// jsonLDArticleTypes are the schema.org types of an article.
var jsonLDArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "techarticle": true, "scholarlyarticle": true, "report": true,
	"socialmediaposting": true, "liveblogposting": true, "webpage": true, "review": true,
}

// readJSONLD reads the first article object of the page's JSON-LD.
func (m *pageMeta) readJSONLD(scripts []*html.Node) {
	for _, s := range scripts {
		v, err := parseJSON(nodeText(s))
		if err != nil {
			continue
		}
		obj := findArticleObject(v, 0)
		if obj == nil {
			continue
		}
		add(&m.titles, str(obj["headline"]), str(obj["name"]))
		m.authors = append(m.authors, names(obj["author"])...)
		for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
			if iso := normDate(str(obj[k])); iso != "" {
				m.dates = append(m.dates, iso)
				break
			}
		}
		if pub, ok := obj["publisher"].(map[string]any); ok {
			add(&m.sites, str(pub["name"]))
		}
		add(&m.urls, str(obj["url"]))
		add(&m.excerpts, str(obj["description"]))
		if str(obj["articleBody"]) != "" {
			m.jsonLDArticleBodies++
		}
		return
	}
}

// jsonLDMaxDepth bounds the search through nested JSON-LD (@graph lists).
const jsonLDMaxDepth = 6

// findArticleObject returns the first object whose @type is an article
// type, preferring a news or blog article over a plain web page.
func findArticleObject(v any, depth int) map[string]any {
	if depth > jsonLDMaxDepth {
		return nil
	}
	var fallback map[string]any
	visit := func(x any) map[string]any {
		switch t := x.(type) {
		case []any:
			for _, e := range t {
				if o := findArticleObject(e, depth+1); o != nil {
					if !isType(o, "webpage") {
						return o
					}
					if fallback == nil {
						fallback = o
					}
				}
			}
		case map[string]any:
			if isArticleType(t) {
				if !isType(t, "webpage") {
					return t
				}
				fallback = t
			}
			if g, ok := t["@graph"]; ok {
				return findArticleObject(g, depth+1)
			}
		}
		return nil
	}
	if o := visit(v); o != nil {
		return o
	}
	return fallback
}

func isArticleType(o map[string]any) bool {
	for _, t := range types(o) {
		if jsonLDArticleTypes[strings.ToLower(t)] {
			return true
		}
	}
	return false
}

func isType(o map[string]any, name string) bool {
	for _, t := range types(o) {
		if strings.EqualFold(t, name) {
			return true
		}
	}
	return false
}

func types(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, str(e))
		}
		return out
	}
	return nil
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return collapseSpace(html.UnescapeString(s))
	}
	return ""
}

// authorListSep joins the authors of a JSON-LD list until the page's
// language is known.
const authorListSep = "\x1f"

// names reads JSON-LD authors: a string, an object with a name, or a
// list of either.
func names(v any) []string {
	switch t := v.(type) {
	case string:
		if !strings.Contains(t, "://") {
			return []string{collapseSpace(t)}
		}
	case map[string]any:
		if isType(t, "Organization") || isType(t, "NewsMediaOrganization") {
			return nil // the publisher, not who wrote it
		}
		if n := str(t["name"]); n != "" {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, names(e)...)
		}
		if len(out) > 1 {
			return []string{strings.Join(out, authorListSep)} // joined in the page's language later
		}
		return out
	}
	return nil
}

// dateLayouts are the machine-readable forms pages declare dates in.
var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05 -0700", time.RFC1123Z, time.RFC1123,
}

// normDate normalises a declared date: RFC 3339 when it has a time and a
// zone, else YYYY-MM-DD; "" when it is not a date.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for i, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return ""
			}
			if i < 4 || strings.Contains(l, "0700") || strings.Contains(l, "MST") {
				return t.Format(time.RFC3339)
			}
			return t.Format("2006-01-02")
		}
	}
	if iso, ok := findAnyDate(s); ok {
		return iso
	}
	return ""
}

// pickTitle chooses the title and, when the title carried one, the site
// name it took off. Declared titles and h1s that are only the site's name
// (a logo heading, og:title set to the site) are passed over; a declared
// title that a visible h1 repeats is preferred, and the h1 wins when it
// says the same, since that is the headline the body repeats. Site and
// section affixes are taken off ("Headline | Site", "Section | Headline").
func (m *pageMeta) pickTitle(host string) (title, site string) {
	sites := newSiteNames(host, m.sites...)
	docHead, docSite, docParts := stripAffixParts(m.docTitle, sites)
	// An h1 that is a part the <title> adds to the headline is the site's
	// logo: its name.
	for _, p := range docParts {
		if docSite == "" && confirmedByH1(p, m.h1s) {
			docSite = p
		}
	}
	if docSite != "" {
		sites = newSiteNames(host, append(append([]string{}, m.sites...), docSite)...)
	}
	docSiteKey := foldKey(docSite)
	isName := func(s string) bool {
		k := foldKey(s)
		for _, n := range sites.names {
			if k == n {
				return true
			}
		}
		return false
	}
	var titles, h1s []string
	for _, t := range m.titles {
		if !isName(t) {
			titles = append(titles, t)
		}
	}
	for _, h := range m.h1s {
		if k := foldKey(h); !isName(h) && (docSiteKey == "" || !strings.HasPrefix(k, docSiteKey+" ")) {
			h1s = append(h1s, h)
		}
	}
	title = first(titles)
	for _, t := range titles {
		if confirmedByH1(t, h1s) {
			title = t
			break
		}
	}
	switch {
	case title == "" && len(h1s) == 1:
		return h1s[0], docSite
	case title == "" && docHead != "":
		return docHead, docSite
	case title == "":
		return first(h1s), docSite
	}
	key := foldKey(title)
	for _, h := range h1s {
		hk := foldKey(h)
		if hk == "" {
			continue
		}
		if hk == key || strings.Contains(key, hk) && len(hk)*2 >= len(key) {
			return h, firstNonEmpty(docSite, affixOf(title, sites))
		}
		if strings.Contains(hk, key) {
			// The h1 says more: a site or section affix, or a kicker.
			if head, part := stripAffix(h, sites); foldKey(head) == key {
				return head, firstNonEmpty(docSite, part)
			}
			return h, docSite
		}
	}
	head, part := stripAffix(title, sites)
	return head, firstNonEmpty(part, docSite)
}

// confirmedByH1 reports whether a visible h1 says the same as t.
func confirmedByH1(t string, h1s []string) bool {
	k := foldKey(t)
	for _, h := range h1s {
		if foldKey(h) == k {
			return true
		}
	}
	return false
}

func affixOf(t string, sites siteNames) string {
	_, part := stripAffix(t, sites)
	return part
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
