package cleaner

import (
	"iter"
	"slices"
)

// CleanLazy is Clean for long inputs whose result is read once, or a few
// times, and let go: the Article it returns leaves Segments nil, and its
// segments are made from the cleaner's blocks one at a time, every time
// they are read, instead of being all held in memory. They are read
// through AllSegments, and through Text, Markdown, HTML, Record,
// BareRecord, Stats, Kept, Removed, AllRemoved and Restore, which give
// what they give for Clean's Article of the same input and options.
// Pasted text is not copied (as with CleanString): the segments' Text
// share input's bytes.
//
// On 10 MB of pasted text, the segments are about 28 MB and the blocks
// they are made from 19 MB: Clean's result holds both until the blocks
// are collected, CleanLazy's only the blocks. The command line cleans a
// single input with it.
func CleanLazy(input string, opts Options) (*Article, error) {
	r, err := newRunString(input, opts)
	if err != nil {
		return nil, err
	}
	return r.finish(nil, (*run).lazyArticle), nil
}

// lazyArticle is assemble for CleanLazy: the article whose segments are
// made when read.
func (r *run) lazyArticle() *Article {
	a := r.article()
	r.runs = nil // a cache of the pipeline's, not needed to make segments
	a.lazy = &lazySegments{r: r}
	return a
}

// lazySegments makes a CleanLazy article's segments from the run.
type lazySegments struct {
	r *run
	// restored holds the IDs Restore put back, applied to the segments
	// as they are made: what Restore does to Clean's segments in place.
	restored map[int]bool
}

// lazySpanChunk is how many segments' spans all allocates at a time:
// one allocation every lazySpanChunk segments, not one a segment, for
// a chunk of 4 KB that a segment kept by the caller keeps alive.
const lazySpanChunk = 256

// all yields the segments in order, each made as it is reached.
func (l *lazySegments) all(yield func(Segment) bool) {
	m := l.r.newSegmenter()
	var spans []Span
	for i := range l.r.blocks {
		var span *Span
		if m.withSpans {
			if len(spans) == 0 {
				spans = make([]Span, min(lazySpanChunk, len(l.r.blocks)-i))
			}
			span, spans = &spans[0], spans[1:]
		}
		s := m.segment(i, span)
		if l.restored != nil {
			l.restore(&s)
		}
		if !yield(s) {
			return
		}
	}
}

// restore puts back what Restore did in s.
func (l *lazySegments) restore(s *Segment) {
	if !s.Kept && l.restored[s.ID] {
		s.Kept, s.Restored = true, true
	}
	for j := range s.Cuts {
		if l.restored[s.Cuts[j].ID] {
			s.Cuts[j].Restored = true
		}
	}
}

// AllSegments yields the article's segments in order: Segments, or for an
// Article from CleanLazy, each made when it is reached.
func (a *Article) AllSegments() iter.Seq[Segment] {
	if a.lazy != nil && a.Segments == nil {
		return a.lazy.all
	}
	return slices.Values(a.Segments)
}

// restoreLazy is Restore for an Article from CleanLazy: it counts what
// Restore would put back in the segments as they are now, and records
// the IDs for the segments made from then on.
func (a *Article) restoreLazy(want map[int]bool) int {
	n := 0
	for s := range a.AllSegments() {
		if !s.Kept && want[s.ID] {
			n++
		}
		for _, c := range s.Cuts {
			if !c.Restored && want[c.ID] {
				n++
			}
		}
	}
	if a.lazy.restored == nil {
		a.lazy.restored = make(map[int]bool, len(want))
	}
	for id := range want {
		a.lazy.restored[id] = true
	}
	return n
}
