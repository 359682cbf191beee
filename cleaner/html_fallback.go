package cleaner

// A second candidate for the body of an HTML page. The first is the
// element whose blocks weigh the most; it fails where a page sets its
// article's paragraphs straight into a wide column that also holds the
// teasers, the "most read" box and the comments: that column weighs less
// than its article, so a small teaser or a side box wins. The second
// candidate ignores the tree: it is the heaviest run of consecutive
// blocks, as for pasted text (a maximum-sum subarray over the same
// weights). When it outweighs the element by far and reaches beyond it,
// the run is the body.
const (
	// runFallbackRatio: the run must outweigh the element by this factor
	// to replace it. A run always weighs at least as much as any element
	// (an element is one run among others), and runs that merely trim
	// the element's edges or add a stray paragraph next to it weigh a
	// little more; a fifth more is a paragraph or two of prose the
	// element leaves out.
	runFallbackRatio = 1.2
)

// proseRun returns the blocks [lo, hi) of the heaviest run of blocks, and
// whether it replaces the element [elo, ehi) that weighs elemScore. A run
// inside the element does not: the element's own verdicts deal with the
// junk at its edges, and its short blocks (a list closing the article)
// belong to it.
func (r *run) proseRun(prefix []float64, elemScore float64, elo, ehi int) (lo, hi int, ok bool) {
	w := make([]float64, len(prefix)-1)
	for i := range w {
		w[i] = prefix[i+1] - prefix[i]
	}
	lo, last, s := maxSubarray(w)
	hi = last + 1
	if lo >= elo && hi <= ehi {
		return lo, hi, false
	}
	return lo, hi, s > runFallbackRatio*elemScore
}

// shortTextMinProse: an element holding this many paragraphs of prose
// and no teaser headline is a short text (a recipe's steps, a notice),
// not one card of a list of teasers, which has a summary or two.
const shortTextMinProse = 3

// holdsShortText reports whether element e is such a short text.
func (r *run) holdsShortText(e elemInfo) bool {
	prose := 0
	for i := e.first; i < e.end; i++ {
		b := &r.blocks[i]
		if isTeaser(b) {
			return false
		}
		if b.final.keep && b.final.class >= classNearGood && b.kind != KindHeading {
			prose++
		}
	}
	return prose >= shortTextMinProse
}

// articleRunMin: this many paragraphs of good prose in a row, with no
// teaser headline between them, are an article's text: a list of teasers
// alternates a headline and a summary of a paragraph or two.
const articleRunMin = 3

// hasProseRun reports whether blocks [lo, hi) hold articleRunMin
// paragraphs of good prose in a row.
func (r *run) hasProseRun(lo, hi int) bool {
	n := 0
	for i := lo; i < hi; i++ {
		b := &r.blocks[i]
		switch {
		case b.final.keep && b.final.class == classGood && b.kind == KindParagraph:
			n++
			if n >= articleRunMin {
				return true
			}
		case b.domOf().hidden || b.domOf().image:
		default:
			n = 0
		}
	}
	return false
}
