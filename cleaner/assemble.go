package cleaner

import "strings"

// assemble builds the result: metadata and every block as a segment, in
// input order, with IDs that are stable for the same input and options.
func (r *run) assemble() *Article {
	a := r.article()
	a.Segments = make([]Segment, 0, len(r.blocks))
	m := r.newSegmenter()
	// The segments' spans, in one allocation instead of one a segment.
	var spans []Span
	if m.withSpans {
		spans = make([]Span, len(r.blocks))
	}
	for i := range r.blocks {
		var span *Span
		if m.withSpans {
			span = &spans[i]
		}
		a.Segments = append(a.Segments, m.segment(i, span))
	}
	return a
}

// article is the result without its segments: the metadata, the rules'
// report and the page type. It drops the blocks' features first.
func (r *run) article() *Article {
	// Nothing reads the blocks' features past the pipeline: dropped,
	// they and the one buffer that holds their keys (about the size of
	// the distinct text) can be collected while the segments are made.
	for i := range r.blocks {
		r.blocks[i].f = nil
	}
	// The metadata are cloned: read from a page, they may be strings over
	// the parser's copy of it (html_parse.go), which a short title would
	// otherwise keep alive, the whole page, for as long as the Article.
	a := &Article{
		Title: strings.Clone(dropSoftHyphens(r.meta.title)), Byline: strings.Clone(dropSoftHyphens(r.meta.byline)),
		Date: strings.Clone(r.meta.date), Published: strings.Clone(r.meta.published), Site: strings.Clone(r.meta.site),
		Lang: r.lang, URL: strings.Clone(r.meta.url), Excerpt: strings.Clone(r.meta.excerpt), Mode: r.mode, PageType: r.meta.pageType,
	}
	if a.URL == "" {
		a.URL = r.opts.URL
	}
	a.Rules = r.rulesReport()
	if a.PageType == "" {
		a.PageType = PageArticle
		kept := 0
		for i := range r.blocks {
			if r.blocks[i].final.keep {
				kept++
			}
		}
		if kept == 0 {
			a.PageType = PageEmpty
		}
	}
	return a
}

// segmenter makes the segments of a run's blocks, one at a time and in
// order (the cuts' IDs follow the blocks'): assemble makes them all,
// CleanLazy's articles each time they are read (lazy.go).
type segmenter struct {
	r         *run
	withSpans bool     // text input: segments and cuts carry spans
	sels      []string // HTML input: the selector of each element
	cutID     int      // the next cut's ID
}

func (r *run) newSegmenter() segmenter {
	m := segmenter{r: r, withSpans: r.mode == ModeText, cutID: len(r.blocks)}
	if len(r.blocks) > 0 && r.blocks[0].domOf().page != nil {
		m.sels = r.blocks[0].domOf().page.selectors
	}
	return m
}

// segment makes block i's segment, after those of the blocks before it.
// span is where its Span goes, for text input (nil for HTML).
func (m *segmenter) segment(i int, span *Span) Segment {
	b := &m.r.blocks[i]
	s := Segment{ID: i, Kind: b.kind, Level: int(b.level), Text: b.text, HTML: b.domOf().html, Kept: b.final.keep}
	if !s.Kept {
		s.Reason = b.final.reason
		if s.Reason == ReasonNone {
			s.Reason = ReasonBoilerplate
		}
	}
	s.Initial = b.first.reason
	if m.sels != nil {
		s.Selector = m.sels[b.domOf().elem]
		s.Rule = m.r.ruleText(b)
	}
	if span != nil {
		*span = Span{Start: b.start, End: b.end}
		s.Span = span
	}
	for _, c := range b.cutList() {
		sc := Cut{ID: m.cutID, Start: c.start, End: c.end, Text: trimSpace(b.text[c.start:c.end]), Reason: c.reason}
		if m.withSpans {
			sc.Span = &Span{Start: b.start + c.start, End: b.start + c.end}
		}
		m.cutID++
		s.Cuts = append(s.Cuts, sc)
	}
	return s
}
