package cleaner

// assemble builds the result: metadata and every block as a segment, in
// input order, with IDs that are stable for the same input and options.
func (r *run) assemble() *Article {
	// Nothing reads the blocks' features past the pipeline: dropped,
	// they and the one buffer that holds their keys (about the size of
	// the input) can be collected while the segments are made.
	for i := range r.blocks {
		r.blocks[i].f = nil
	}
	a := &Article{
		Title: dropSoftHyphens(r.meta.title), Byline: dropSoftHyphens(r.meta.byline), Date: r.meta.date, Published: r.meta.published, Site: r.meta.site,
		Lang: r.lang, URL: r.meta.url, Excerpt: r.meta.excerpt, Mode: r.mode, PageType: r.meta.pageType,
		Segments: make([]Segment, 0, len(r.blocks)),
	}
	if a.URL == "" {
		a.URL = r.opts.URL
	}
	withSpans := r.mode == ModeText
	// The segments' spans, in one allocation instead of one a segment.
	var spans []Span
	if withSpans {
		spans = make([]Span, len(r.blocks))
	}
	var sels []string
	if len(r.blocks) > 0 && r.blocks[0].domOf().page != nil {
		sels = r.blocks[0].domOf().page.selectors
	}
	cutID := len(r.blocks)
	kept := 0
	for i := range r.blocks {
		b := &r.blocks[i]
		s := Segment{ID: i, Kind: b.kind, Level: b.level, Text: b.text, HTML: b.domOf().html, Kept: b.final.keep}
		if !s.Kept {
			s.Reason = b.final.reason
			if s.Reason == ReasonNone {
				s.Reason = ReasonBoilerplate
			}
		} else {
			kept++
		}
		s.Initial = b.first.reason
		if sels != nil {
			s.Selector = sels[b.domOf().elem]
			s.Rule = r.ruleText(b)
		}
		if withSpans {
			spans[i] = Span{Start: b.start, End: b.end}
			s.Span = &spans[i]
		}
		for _, c := range b.cuts {
			sc := Cut{ID: cutID, Start: c.start, End: c.end, Text: trimSpace(b.text[c.start:c.end]), Reason: c.reason}
			if withSpans {
				sc.Span = &Span{Start: b.start + c.start, End: b.start + c.end}
			}
			cutID++
			s.Cuts = append(s.Cuts, sc)
		}
		a.Segments = append(a.Segments, s)
	}
	a.Rules = r.rulesReport()
	if a.PageType == "" {
		a.PageType = PageArticle
		if kept == 0 {
			a.PageType = PageEmpty
		}
	}
	return a
}
