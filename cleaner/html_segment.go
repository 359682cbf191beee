package cleaner

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML front end: the page is parsed, and every block-level element
// with text becomes a block, in document order, carrying what the DOM
// says about it (domFeatures). The blocks then go through the same stages
// as pasted text.

// domFeatures are what the HTML front end knows of a block beyond its text.
type domFeatures struct {
	html        string // the block's sanitized inner HTML
	page        *htmlPage
	elem        int32     // the element that holds the block's text (index into page.elems)
	tag         atom.Atom // that element's tag; 0 for the page itself
	linkChars   int       // characters of text inside links
	leadLink    int       // characters of link text before any other text
	linkDensity float64   // linkChars / characters
	hidden      bool      // inside a hidden element
	liveHidden  bool      // inside an element only the live page hides (html_live.go)
	nonContent  bool      // text of a form control
	image       bool      // an image standing alone
	rule        ruleMark  // the caller's selector that decides it (selectors.go)
}

// htmlPage is the per-call state of the HTML front end that outlives the
// walk: the element table the container scoring runs on.
type htmlPage struct {
	elems     []elemInfo
	selectors []string // each element's CSS selector (segment_selector.go)
	base      *url.URL
	resolved  map[string]string // safeURL(base, ref) by ref (sanitize.go)
	prepared  bool
	doms      []domFeatures // the chunk newDOM fills (block.go)
}

// elemInfo is one block-level element of the page. Elements are stored in
// document order, so an element's blocks are the range [first, end) and
// its ancestors come before it.
type elemInfo struct {
	node       *html.Node // the element itself (rules and segment selectors)
	tag        atom.Atom
	parent     int32 // -1 for the root
	first, end int32 // the blocks inside it
	own        hint  // what its own names say
	core       bool  // h1, article, main or itemprop=articleBody: page-level content markers
	hasCore    bool  // it or a descendant is core
	hasH1      bool  // it or a descendant is an h1
	mostProse  bool  // it holds most of the page's prose
	semantic   bool  // article, main or itemprop=articleBody
	// Inherited, filled by prepare.
	neg        hint // the innermost negative hint in force, if any
	inSemantic bool // inside a semantic article container
	inContent  bool // inside an element named as content
}

// segmentHTML parses the page and turns it into blocks.
func (r *run) segmentHTML(input []byte) error {
	src, err := decodeHTML(input, r.opts)
	if err != nil {
		return err
	}
	doc, err := parseHTML(src)
	if err != nil {
		// Nested deeper than the parser allows: read it as the text it shows.
		r.src = flattenHTML(string(src))
		r.segmentText()
		return nil
	}
	r.segmentNodes(doc, []*html.Node{doc})
	return nil
}

// walkCtx is what is in force at a point of the walk.
type walkCtx struct {
	hidden     bool
	liveHidden bool // inside a block the live page marked hidden
	inLink     bool
	quote      bool
	listDepth  int
}

type walker struct {
	page   *htmlPage
	rules  *ruleMatches // elements matched by the caller's selectors; nil without
	blocks []block
	side   []block      // hidden or control text met inside a paragraph, emitted after it
	free   []*inlineBuf // buffers of finished block elements, their memory reused
	hints  hintMemo     // what class names say, by value (html_hints.go)
}

// inlineBuf collects the inline content of one block element.
type inlineBuf struct {
	elem      int32
	tag       atom.Atom
	ctx       walkCtx
	text      []byte // reused from block to block; each block's text is copied out
	html      []byte
	open      []string // allowed inline tags open in html
	linkChars int
	leadLink  int  // link characters before the first text outside a link
	unlinked  bool // text outside a link has been met
	brs       int  // consecutive <br>s
	imgs      int
	alt       string // the alt text of the images
	space     bool   // text ends in a space (or is empty)
	live      liveText
}

// blockTags are the elements that start a block of their own; everything
// else is inline content or not shown.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center, atom.Dd, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Hr, atom.Html, atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr,
		atom.Ul, atom.Caption, atom.Picture, atom.Video, atom.Audio, atom.Frameset, atom.Noframes:
		return true
	}
	return false
}

// skipTags are never shown as text.
func isSkipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Head, atom.Title, atom.Meta, atom.Link, atom.Base,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Map, atom.Source,
		atom.Track, atom.Param, atom.Frame, atom.Input, atom.Option, atom.Optgroup, atom.Datalist:
		return true
	}
	return false
}

// controlTags are form controls whose text is listed as non-content; a
// label is the text of a control (a checkbox's long description reads as
// prose, and a sign-up form of them can outweigh a short article).
func isControlTag(a atom.Atom) bool {
	return a == atom.Button || a == atom.Select || a == atom.Textarea || a == atom.Label
}

// walkBlock walks a block-level element: its inline content becomes
// blocks, its block children are walked in turn.
func (w *walker) walkBlock(n *html.Node, parent int32, ctx walkCtx) {
	idx := int32(len(w.page.elems))
	info := elemInfo{node: n, tag: n.DataAtom, parent: parent, first: int32(len(w.blocks))}
	if n.Type == html.ElementNode {
		info.own = elementHintMemo(n, w.hints)
		info.semantic = n.DataAtom == atom.Article || n.DataAtom == atom.Main || attrIs(n, "itemprop", "articleBody")
		info.core = info.semantic || n.DataAtom == atom.H1
	}
	w.page.elems = append(w.page.elems, info)
	switch n.DataAtom {
	case atom.Blockquote:
		ctx.quote = true
	case atom.Ul, atom.Ol, atom.Dl:
		ctx.listDepth++
	}
	buf := w.newBuf(idx, n.DataAtom, ctx)
	defer w.releaseBuf(buf)
	switch {
	case n.DataAtom == atom.Pre:
		w.addPre(n, idx, ctx)
	case n.DataAtom == atom.Table && isDataTable(n):
		w.addTable(n, idx, ctx)
	default:
		w.walkChildren(n, buf, ctx)
		w.flush(buf)
	}
	w.page.elems[idx].end = int32(len(w.blocks))
}

// walkChildren walks the children of n into buf.
func (w *walker) walkChildren(n *html.Node, buf *inlineBuf, ctx walkCtx) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			buf.addText(c.Data, ctx)
		case html.ElementNode:
			w.walkElement(c, buf, ctx)
		}
	}
}

func (w *walker) walkElement(c *html.Node, buf *inlineBuf, ctx walkCtx) {
	a := c.DataAtom
	hidden := isHidden(c)
	switch {
	case a == atom.Template:
		w.walkSide(c, buf, true, false)
		return
	case isSkipTag(a):
		return
	case isControlTag(a):
		w.walkSide(c, buf, ctx.hidden || hidden, true)
		return
	}
	if hidden && !ctx.hidden && liveOnlyHidden(c) {
		ctx.liveHidden, hidden = true, false
	}
	if w.rules != nil && !isBlockTag(a) && w.removeInline(c, buf) {
		return
	}
	if hidden && !ctx.hidden && !isBlockTag(a) {
		w.walkSide(c, buf, true, false)
		return
	}
	if hidden {
		ctx.hidden = true
	}
	switch {
	case isBlockTag(a):
		w.flush(buf)
		w.walkBlock(c, buf.elem, ctx)
	case a == atom.Br:
		buf.brs++
		if buf.brs >= 2 && buf.hasText() {
			w.flush(buf)
			return
		}
		buf.newline()
	case a == atom.Img:
		w.addImage(c, buf)
	default:
		tag := inlineTag(a)
		if a == atom.A {
			ctx.inLink = true
		}
		if tag != "" {
			href := ""
			if a == atom.A {
				href = w.page.resolve(attr(c, "href"))
			}
			buf.openTag(tag, href)
		}
		w.walkChildren(c, buf, ctx)
		if tag != "" {
			buf.closeTag(tag)
		}
	}
}

// walkSide collects the text of a hidden element or form control met in
// inline content into side blocks, listed after the paragraph around it.
func (w *walker) walkSide(n *html.Node, buf *inlineBuf, hidden, control bool) {
	var b strings.Builder
	collectText(&b, n)
	t := collapseSpace(b.String())
	if t == "" {
		return
	}
	blk := block{start: -1, text: t, kind: KindParagraph}
	blk.dom = w.page.newDOM(domFeatures{page: w.page, elem: buf.elem, tag: n.DataAtom, hidden: hidden, nonContent: control})
	w.side = append(w.side, blk)
}

// newBuf returns an empty buffer for a block element, reusing the memory
// of a finished one.
func (w *walker) newBuf(elem int32, tag atom.Atom, ctx walkCtx) *inlineBuf {
	var buf *inlineBuf
	if n := len(w.free); n > 0 {
		buf, w.free = w.free[n-1], w.free[:n-1]
	} else {
		buf = &inlineBuf{}
	}
	buf.reset()
	buf.elem, buf.tag, buf.ctx = elem, tag, ctx
	return buf
}

// releaseBuf hands a finished block element's buffer back for reuse.
func (w *walker) releaseBuf(buf *inlineBuf) { w.free = append(w.free, buf) }

// flush turns the buffer's content into a block.
func (w *walker) flush(buf *inlineBuf) {
	buf.closeAll()
	if text := trimSpaceBytes(buf.text); len(text) > 0 {
		text, html := joinedStrings(text, bytes.TrimSpace(buf.html))
		kind, level := blockKind(buf.tag, buf.ctx)
		blk := block{start: -1, text: text, kind: kind, level: levelOf(level)}
		blk.dom = w.page.newDOM(domFeatures{html: html, page: w.page, elem: buf.elem, tag: buf.tag, linkChars: buf.linkChars, leadLink: buf.leadLink, hidden: buf.ctx.hidden, liveHidden: buf.live.hidden(buf.ctx)})
		w.blocks = append(w.blocks, blk)
	} else if buf.imgs > 0 && buf.alt != "" {
		// An image standing alone, its alt text as its text.
		blk := block{start: -1, text: buf.alt, kind: KindImage}
		blk.dom = w.page.newDOM(domFeatures{html: string(bytes.TrimSpace(buf.html)), page: w.page, elem: buf.elem, tag: atom.Img, hidden: buf.ctx.hidden, liveHidden: buf.live.hidden(buf.ctx), image: true})
		w.blocks = append(w.blocks, blk)
	}
	w.blocks = append(w.blocks, w.side...)
	w.side = w.side[:0]
	buf.reset()
}

// joinedStrings returns a and b as strings that share one allocation: a
// block's text and its HTML live and die together.
func joinedStrings(a, b []byte) (string, string) {
	var sb strings.Builder
	sb.Grow(len(a) + len(b))
	sb.Write(a)
	sb.Write(b)
	s := sb.String()
	return s[:len(a)], s[len(a):]
}

// blockKind maps the element that holds a block to its kind.
func blockKind(tag atom.Atom, ctx walkCtx) (Kind, int) {
	switch tag {
	case atom.H1:
		return KindHeading, 1
	case atom.H2:
		return KindHeading, 2
	case atom.H3:
		return KindHeading, 3
	case atom.H4:
		return KindHeading, 4
	case atom.H5:
		return KindHeading, 5
	case atom.H6:
		return KindHeading, 6
	case atom.Li, atom.Dt, atom.Dd:
		return KindListItem, ctx.listDepth
	case atom.Figcaption, atom.Caption:
		return KindCaption, 0
	}
	if ctx.quote {
		return KindQuote, 0
	}
	return KindParagraph, 0
}

func (b *inlineBuf) hasText() bool { return len(bytes.TrimSpace(b.text)) > 0 }

func (b *inlineBuf) reset() {
	b.text = b.text[:0]
	b.html = b.html[:0]
	b.open = b.open[:0]
	b.linkChars, b.leadLink, b.brs, b.imgs = 0, 0, 0, 0
	b.unlinked = false
	b.alt = ""
	b.space = true
	b.live = liveText{}
}

// addText appends a text node, white space folded as a browser shows it.
func (b *inlineBuf) addText(s string, ctx walkCtx) {
	if s == "" {
		return
	}
	if containsSoftHyphen(s) {
		s = dropSoftHyphens(s)
	}
	n := 0
	for rest := s; ; {
		var f string
		if f, rest = nextField(rest); f == "" {
			break
		}
		if n > 0 || isSpace(firstRune(s)) {
			b.addSpace()
		}
		b.text = append(b.text, f...)
		b.html = appendEscaped(b.html, f)
		b.live.add(ctx)
		switch {
		case !ctx.inLink:
			b.unlinked = true
		case b.unlinked:
			b.linkChars += runeCount(f)
		default:
			c := runeCount(f)
			b.linkChars += c
			b.leadLink += c
		}
		b.space = false
		b.brs = 0
		n++
	}
	if n == 0 || isSpace(lastRune(s)) {
		b.addSpace()
	}
}

func (b *inlineBuf) addSpace() {
	if !b.space {
		b.text = append(b.text, ' ')
		b.html = append(b.html, ' ')
		b.space = true
	}
}

func (b *inlineBuf) newline() {
	if b.hasText() {
		b.text = append(b.text, '\n')
		b.html = append(b.html, "<br>"...)
		b.space = true
	}
}

// openTag opens an inline tag in the HTML, with its safe address when it
// is a link (what inlineAttrs renders, written in place).
func (b *inlineBuf) openTag(tag, href string) {
	b.html = append(b.html, '<')
	b.html = append(b.html, tag...)
	if href != "" {
		b.html = append(b.html, ` href="`...)
		b.html = appendEscaped(b.html, href)
		b.html = append(b.html, '"')
	}
	b.html = append(b.html, '>')
	b.open = append(b.open, tag)
}

func (b *inlineBuf) closeTag(tag string) {
	for i := len(b.open) - 1; i >= 0; i-- {
		if b.open[i] == tag {
			for j := len(b.open) - 1; j >= i; j-- {
				b.writeClose(b.open[j])
			}
			b.open = b.open[:i]
			return
		}
	}
}

func (b *inlineBuf) writeClose(tag string) {
	b.html = append(b.html, "</"...)
	b.html = append(b.html, tag...)
	b.html = append(b.html, '>')
}

func (b *inlineBuf) closeAll() {
	for j := len(b.open) - 1; j >= 0; j-- {
		b.writeClose(b.open[j])
	}
	b.open = b.open[:0]
}

// addImage adds an image to the inline content, or as an image block when
// it stands alone.
func (w *walker) addImage(n *html.Node, buf *inlineBuf) {
	src := w.page.resolve(imageSrc(n))
	if src == "" {
		return
	}
	alt := collapseSpace(attr(n, "alt"))
	buf.html = append(buf.html, `<img src="`...)
	buf.html = appendEscaped(buf.html, src)
	buf.html = append(buf.html, `" alt="`...)
	buf.html = appendEscaped(buf.html, alt)
	buf.html = append(buf.html, `">`...)
	buf.imgs++
	if alt != "" && buf.alt == "" {
		buf.alt = alt
	}
}

// addPre adds preformatted text as one code block, white space kept.
func (w *walker) addPre(n *html.Node, idx int32, ctx walkCtx) {
	var b strings.Builder
	collectText(&b, n)
	text := strings.Trim(b.String(), "\n\r")
	if trimSpace(text) == "" {
		return
	}
	blk := block{start: -1, text: text, kind: KindCode}
	blk.dom = w.page.newDOM(domFeatures{html: html.EscapeString(text), page: w.page, elem: idx, tag: atom.Pre, hidden: ctx.hidden, liveHidden: ctx.liveHidden})
	w.blocks = append(w.blocks, blk)
}

// addTable adds a data table as one block: rows on lines, cells spaced.
func (w *walker) addTable(n *html.Node, idx int32, ctx walkCtx) {
	var rows []string
	linkChars := 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isSkipTag(c.DataAtom) || isHidden(c) {
				continue
			}
			if c.DataAtom == atom.Tr {
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) && !isHidden(td) {
						var b strings.Builder
						collectText(&b, td)
						if t := collapseSpace(b.String()); t != "" {
							cells = append(cells, t)
						}
						linkChars += linkTextChars(td)
					}
				}
				if len(cells) > 0 {
					rows = append(rows, strings.Join(cells, "  "))
				}
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	text := strings.Join(rows, "\n")
	if text == "" {
		return
	}
	blk := block{start: -1, text: text, kind: KindTable}
	blk.dom = w.page.newDOM(domFeatures{html: w.sanitizeChildren(n), page: w.page, elem: idx, tag: atom.Table, hidden: ctx.hidden, liveHidden: ctx.liveHidden, linkChars: linkChars})
	w.blocks = append(w.blocks, blk)
}

// isDataTable tells a table of data from a table used for layout: a data
// table holds no block structure of its own and has rows and columns.
func isDataTable(n *html.Node) bool {
	if attrIs(n, "role", "presentation") {
		return false
	}
	rows, cols, header := 0, 0, false
	var bad bool
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && !bad; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.Div, atom.P, atom.Ul, atom.Ol, atom.Article, atom.Section, atom.H1, atom.H2,
				atom.H3, atom.Form, atom.Iframe, atom.Blockquote:
				bad = true
				return
			case atom.Th, atom.Thead, atom.Caption:
				header = true
			case atom.Tr:
				rows++
				n := 0
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						n++
					}
				}
				cols = max(cols, n)
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return !bad && cols >= 2 && (rows >= 2 || header)
}

func tagHint(a atom.Atom) hint {
	switch a {
	case atom.Nav:
		return hintMenu
	case atom.Aside:
		return hintSidebar
	}
	return hintFooter
}

// flattenHTML reads markup the parser rejects (nested too deep) with the
// tokenizer: the text, one line per block tag.
func flattenHTML(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b bytes.Buffer
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(collapseSpace(string(z.Text())))
				b.WriteByte(' ')
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				skip++
			}
			if isBlockTag(a) || a == atom.Br {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if (a == atom.Script || a == atom.Style) && skip > 0 {
				skip--
			}
			if isBlockTag(a) {
				b.WriteByte('\n')
			}
		}
	}
}
