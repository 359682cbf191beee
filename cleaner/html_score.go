package cleaner

import "golang.org/x/net/html/atom"

// Preparing the element table for the classifier, once the blocks have
// their features: how much prose each element holds, and which names are
// in force.
const (
	// proseMinWords: a block with this many words, not mostly links, is
	// counted as prose when deciding what an element holds.
	proseMinWords = 10
	// proseMinCJKChars: the same for scripts without spaces.
	proseMinCJKChars = 30
	// coreProseShare: an element holding this share of the page's prose
	// holds the article, whatever its names say ("content-with-sidebar").
	coreProseShare = 0.5
	// adMaxProse: an advertisement says what it sells in a line or two;
	// an element named as one that holds this much prose (several
	// paragraphs) is an article section with an unlucky name
	// ("section--ads" around a product review).
	adMaxProse = 600
	// layoutMinElems: a name borne by this many separate elements that
	// hold prose, together most of the page's, is the layout's name for
	// its blocks; a real sidebar is one element, or two.
	layoutMinElems = 3
)

// prepare fills the inherited fields of the element table. A negative
// name is in force unless the element holds the page's core content: the
// h1, a semantic article container, or most of the page's prose.
func (p *htmlPage) prepare(blocks []block, cjk bool) {
	p.prepared = true
	prefix := make([]int, len(blocks)+1)
	for i := range blocks {
		prefix[i+1] = prefix[i]
		if isProse(&blocks[i], cjk) {
			prefix[i+1] += blocks[i].f.chars
		}
	}
	total := float64(prefix[len(blocks)])
	for i := len(p.elems) - 1; i >= 0; i-- {
		e := &p.elems[i]
		if e.core {
			e.hasCore = true
		}
		if total > 0 && float64(prefix[e.end]-prefix[e.first]) >= coreProseShare*total {
			e.mostProse = true
		}
		if e.tag == atom.H1 {
			e.hasH1 = true
		}
		if e.parent >= 0 {
			pe := &p.elems[e.parent]
			pe.hasCore = pe.hasCore || e.hasCore
			pe.hasH1 = pe.hasH1 || e.hasH1
		}
	}
	layout := layoutHints(p.elems, prefix, total)
	for i := range p.elems {
		e := &p.elems[i]
		if e.parent >= 0 {
			pe := &p.elems[e.parent]
			e.neg, e.inSemantic, e.inContent = pe.neg, pe.inSemantic, pe.inContent
		}
		if e.own.negative() && !layout[e.own] && !e.hasCore && !e.mostProse && e.tag != atom.Body && e.tag != atom.Html && !(e.own == hintAd && prefix[e.end]-prefix[e.first] >= adMaxProse) {
			e.neg = e.own
		}
		switch e.tag {
		case atom.Nav, atom.Aside, atom.Footer:
			if !e.hasCore && e.neg == hintNone {
				e.neg = tagHint(e.tag)
			}
		}
		e.inSemantic = e.inSemantic || e.semantic
		e.inContent = e.inContent || e.own == hintContent
	}
}

// isProse reports a block that reads as running text by its size alone.
func isProse(b *block, cjk bool) bool {
	if b.domOf().hidden || b.domOf().nonContent || b.f.chars == 0 || b.domOf().linkChars*2 >= b.f.chars {
		return false
	}
	if cjk {
		return b.f.chars >= proseMinCJKChars
	}
	return b.f.words >= proseMinWords
}

// layoutHints returns the weak negative names (sidebar, menu, footer,
// byline) that, summed over the separate elements bearing them, cover
// most of the page's prose: a page builder's name for every block of its
// layout ("builder-widget" around each column of text), not page
// furniture. Strong names (comments, related) stay in force: a long
// comment thread can hold more prose than its article. prefix holds the
// prose characters before each block.
func layoutHints(elems []elemInfo, prefix []int, total float64) (layout [hintCount]bool) {
	if total == 0 {
		return layout
	}
	var covered, count [hintCount]int
	var end [hintCount]int32 // the end of the last element counted, per name
	for i := range elems {
		e := &elems[i]
		if h := e.own; h.negative() && !h.strong() && e.first >= end[h] {
			covered[h] += prefix[e.end] - prefix[e.first]
			end[h] = e.end
			if prefix[e.end] > prefix[e.first] {
				count[h]++
			}
		}
	}
	for h := range covered {
		layout[h] = float64(covered[h]) >= coreProseShare*total && count[h] >= layoutMinElems
	}
	return layout
}
