package cleaner

import (
	"html"
	"slices"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text renders the article body as plain text: segments separated by one
// blank line, consecutive list items by a line break. The title is not
// part of the body, nor are images (their alt text describes a picture,
// it is not text of the article; Markdown and HTML keep them).
func (a *Article) Text() string {
	var b strings.Builder
	prev := Kind(kindCount)
	for s := range a.AllSegments() {
		if !s.Kept || s.Kind == KindImage {
			continue
		}
		t := s.visibleText()
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			if s.Kind == KindListItem && prev == KindListItem {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		if s.Kind == KindListItem {
			b.WriteString("- ")
		}
		b.WriteString(t)
		prev = s.Kind
	}
	return b.String()
}

// Markdown renders the article with its title and metadata as Markdown.
func (a *Article) Markdown() string {
	var b strings.Builder
	if a.Title != "" {
		b.WriteString("# " + mdEscapeLine(a.Title) + "\n\n")
	}
	if meta := a.metaLine(); meta != "" {
		b.WriteString("*" + mdEscapeInline(meta) + "*\n\n")
	}
	prev := Kind(kindCount)
	for s := range a.AllSegments() {
		if !s.Kept {
			continue
		}
		t := s.visibleText()
		if t == "" {
			continue
		}
		if prev == KindListItem && s.Kind != KindListItem {
			b.WriteString("\n")
		}
		switch s.Kind {
		case KindHeading:
			lvl := s.Level
			if lvl < 2 || lvl > 6 {
				lvl = 2
			}
			b.WriteString(strings.Repeat("#", lvl) + " " + mdEscapeLine(t) + "\n\n")
		case KindListItem:
			b.WriteString("- " + mdEscapeLine(t) + "\n")
		case KindImage:
			if src, alt := imageOf(s.HTML); src != "" {
				b.WriteString("![" + mdEscapeInline(alt) + "](" + mdURL(src) + ")\n\n")
			} else {
				b.WriteString(mdEscapeLine(t) + "\n\n")
			}
		case KindCaption:
			b.WriteString("*" + mdEscapeInline(t) + "*\n\n")
		case KindQuote:
			b.WriteString("> " + mdEscapeLine(t) + "\n\n")
		case KindTable:
			if s.HTML == "" {
				b.WriteString(mdTable(t) + "\n")
				break
			}
			b.WriteString(mdEscapeLine(t) + "\n\n")
		case KindCode:
			fence := "```"
			for strings.Contains(t, fence) {
				fence += "`"
			}
			b.WriteString(fence + "\n" + t + "\n" + fence + "\n\n")
		default:
			b.WriteString(mdEscapeLine(t) + "\n\n")
		}
		prev = s.Kind
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// tableRows splits a copied table into rows of trimmed cells.
func tableRows(t string) [][]string {
	var rows [][]string
	for _, ln := range strings.Split(t, "\n") {
		if trimSpace(ln) == "" {
			continue
		}
		var cells []string
		for _, c := range strings.Split(ln, "\t") {
			cells = append(cells, trimSpace(c))
		}
		rows = append(rows, cells)
	}
	return rows
}

// mdTable renders a copied table as a Markdown pipe table, its first row
// as the header.
func mdTable(t string) string {
	rows := tableRows(t)
	if len(rows) == 0 {
		return ""
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b strings.Builder
	for i, r := range rows {
		b.WriteString("|")
		for c := 0; c < width; c++ {
			cell := ""
			if c < len(r) {
				cell = strings.ReplaceAll(mdEscapeInline(r[c]), "|", `\|`)
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat(" --- |", width) + "\n")
		}
	}
	return b.String()
}

// htmlTableRows renders a copied table's rows as escaped <tr> elements.
func htmlTableRows(t string) string {
	var b strings.Builder
	for _, r := range tableRows(t) {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + html.EscapeString(c) + "</td>")
		}
		b.WriteString("</tr>")
	}
	return b.String()
}

// imageOf returns the src and alt of the first <img> in sanitized HTML.
func imageOf(fragment string) (src, alt string) {
	z := xhtml.NewTokenizer(strings.NewReader(fragment))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return "", ""
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom != atom.Img {
				continue
			}
			for _, at := range t.Attr {
				switch at.Key {
				case "src":
					src = at.Val
				case "alt":
					alt = at.Val
				}
			}
			return src, alt
		}
	}
}

// mdURL makes a URL safe inside Markdown's (…): spaces and parentheses
// are percent-encoded.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

// metaLine joins byline, date and site for display.
func (a *Article) metaLine() string {
	var parts []string
	for _, p := range []string{a.Byline, a.Date, a.Site} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// mdEscapeLine escapes what would turn the start of a line into Markdown
// syntax, and inline syntax anywhere.
func mdEscapeLine(s string) string {
	s = mdEscapeInline(s)
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '=', '|':
		return `\` + s
	}
	// "1. " at the start would become an ordered list.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return s[:i] + `\` + s[i:]
	}
	return s
}

var mdInline = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)

func mdEscapeInline(s string) string { return mdInline.Replace(s) }

// HTML renders the article as sanitized HTML: only allow-listed tags,
// every text escaped; segments from HTML input carry inner HTML that the
// sanitizer has already reduced to the allow-list.
func (a *Article) HTML() string {
	var b strings.Builder
	b.WriteString("<article>\n")
	if a.Title != "" {
		b.WriteString("<h1>" + html.EscapeString(a.Title) + "</h1>\n")
	}
	if meta := a.metaLine(); meta != "" {
		b.WriteString("<p><em>" + html.EscapeString(meta) + "</em></p>\n")
	}
	inList := false
	for s := range a.AllSegments() {
		if !s.Kept {
			continue
		}
		inner := s.HTML
		if inner == "" || len(s.Cuts) > 0 {
			if s.Kind == KindTable {
				inner = htmlTableRows(s.visibleText())
			} else {
				inner = html.EscapeString(s.visibleText())
			}
		}
		if inner == "" {
			continue
		}
		if s.Kind == KindListItem && !inList {
			b.WriteString("<ul>\n")
			inList = true
		} else if s.Kind != KindListItem && inList {
			b.WriteString("</ul>\n")
			inList = false
		}
		open, closeTag := kindTags(s)
		b.WriteString(open + inner + closeTag + "\n")
	}
	if inList {
		b.WriteString("</ul>\n")
	}
	b.WriteString("</article>\n")
	return b.String()
}

// kindTags returns the opening and closing tags for a segment's kind.
func kindTags(s Segment) (string, string) {
	switch s.Kind {
	case KindHeading:
		lvl := s.Level
		if lvl < 2 || lvl > 6 {
			lvl = 2
		}
		t := "h" + string(rune('0'+lvl))
		return "<" + t + ">", "</" + t + ">"
	case KindListItem:
		return "<li>", "</li>"
	case KindQuote:
		return "<blockquote><p>", "</p></blockquote>"
	case KindCode:
		return "<pre><code>", "</code></pre>"
	case KindTable:
		return "<table>", "</table>"
	case KindFigure, KindImage:
		return "<figure>", "</figure>"
	case KindCaption:
		return "<p><small>", "</small></p>"
	}
	return "<p>", "</p>"
}

// Record is the flat, serialisable view of an article: what the CLI
// prints as JSON and what the wasm API returns to JavaScript.
type Record struct {
	Title    string       `json:"title"`
	Byline   string       `json:"byline"`
	Date     string       `json:"date"`
	Site     string       `json:"site"`
	Lang     string       `json:"lang"`
	URL      string       `json:"url,omitempty"`
	Excerpt  string       `json:"excerpt,omitempty"`
	Mode     Mode         `json:"mode"`
	PageType PageType     `json:"pageType"`
	Text     string       `json:"text"`
	Markdown string       `json:"markdown"`
	HTML     string       `json:"html"`
	Removed  []Removed    `json:"removed"`
	Segments []Segment    `json:"segments"`
	Stats    Stats        `json:"stats"`
	Rules    *RulesReport `json:"rules,omitempty"`

	// Published is the full timestamp when the page declares one.
	Published string `json:"published,omitempty"`
}

// Record returns the article's flat view with every rendering filled in.
func (a *Article) Record() Record {
	r := a.BareRecord()
	r.Markdown, r.HTML = a.Markdown(), a.HTML()
	return r
}

// BareRecord is Record without the Markdown and HTML renderings, for
// callers that render them only when asked (the wasm API does).
func (a *Article) BareRecord() Record {
	removed := a.Removed()
	if removed == nil {
		removed = []Removed{}
	}
	segs := a.Segments
	if segs == nil && a.lazy != nil {
		segs = slices.AppendSeq(make([]Segment, 0, len(a.lazy.r.blocks)), a.AllSegments())
	}
	if segs == nil {
		segs = []Segment{}
	}
	return Record{
		Title: a.Title, Byline: a.Byline, Date: a.Date, Site: a.Site, Lang: a.Lang,
		URL: a.URL, Excerpt: a.Excerpt, Mode: a.Mode, PageType: a.PageType,
		Text: a.Text(), Removed: removed, Segments: segs, Stats: a.Stats(), Rules: a.Rules,
		Published: a.Published,
	}
}
