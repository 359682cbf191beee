package cleaner

import "strings"

// Position: a page's comment form ("Leave a reply" and "Your email address
// will not be published", "Schreibe einen Kommentar" and "Deine
// E-Mail-Adresse wird nicht veröffentlicht") follows the article it
// belongs to. What comes after it is the comment section and the sidebar:
// other stories' teasers, which are prose and may outweigh a short
// article. So when the heaviest run of blocks lies after a comment form
// and there is an article before it, the article before it is the body.
// A bare "Comments" heading is not enough: comment counters and links
// ("Kommentare: 10") stand near the headline, and in Chinese the same
// word labels an opinion piece.

const (
	// bodyBeforeCommentsMin: the weight (in characters of prose) the run
	// before the form needs to be an article and not a teaser or a
	// site's tagline: two or three sentences (a sentence shorter than
	// goodMinChars weighs half its length).
	bodyBeforeCommentsMin = 100
	// commentFormWindow: the form's notice follows its heading within
	// a few lines.
	commentFormWindow = 3
)

// bodyBeforeComments returns the body to use instead of lo..hi: the
// heaviest run before the first comment form that precedes lo, when that
// run is an article.
func (r *run) bodyBeforeComments(w []float64, lo, hi int, total float64) (int, int, float64) {
	for i := 0; i < lo; i++ {
		if !r.commentForm(i) {
			continue
		}
		plo, phi, ptotal := maxSubarray(w[:i])
		if ptotal >= bodyBeforeCommentsMin {
			return plo, phi, ptotal
		}
		break
	}
	return lo, hi, total
}

// commentForm reports whether block i heads a comment form: a comments
// heading followed closely by another line of the form.
func (r *run) commentForm(i int) bool {
	if b := &r.blocks[i]; b.f.phrase != ReasonComments || b.f.phraseHow != matchSection {
		return false
	}
	for j := i + 1; j < len(r.blocks) && j <= i+commentFormWindow; j++ {
		if f := r.blocks[j].f; f.phrase == ReasonComments && f.phraseHow != matchSection {
			return true
		}
	}
	return false
}

// lastProse returns the last block of the body that is prose (near-good
// or better), hi+1 when there is none: the note about the author closes
// an article.
func (r *run) lastProse(lo, hi int) int {
	for i := min(hi, len(r.blocks)-1); i >= lo; i-- {
		if b := &r.blocks[i]; b.final.keep && b.final.class >= classNearGood {
			return i
		}
	}
	return hi + 1
}

// tailAfterSectionShare: a section heading ("Das könnte dich auch
// interessieren", "Related stories") inside the body, with less than this
// share of the body's prose after it, ends the body: what follows is the
// section, a few teasers or the author's box, not more of the article. A
// related box in the middle of a news article has most of it still to
// come.
const tailAfterSectionShare = 0.2

// cutAtSection returns where the body ends: before the last section
// heading inside it that has only a small tail of prose after it.
func (r *run) cutAtSection(w []float64, lo, hi int) int {
	total, after := 0.0, 0.0
	for i := lo; i <= hi; i++ {
		if w[i] > 0 {
			total += w[i]
		}
	}
	for i := hi; i > lo; i-- {
		if w[i] > 0 {
			after += w[i]
		}
		if after > tailAfterSectionShare*total {
			break
		}
		if b := &r.blocks[i]; b.f.phraseHow == matchSection {
			return i - 1
		}
	}
	return hi
}

// listRunMin: this many headline-shaped lines in a row are a list (the
// items of an article's list, written without full stops), not headlines
// standing alone.
const listRunMin = 3

// headlineLine is a near-good line shaped like a headline: no sentence end
// and no comma (a sentence pasted without its full stop has clauses).
func headlineLine(b *block) bool {
	return b.final.keep && b.final.class == classNearGood && !b.f.terminal && headlineShaped(b) &&
		!strings.ContainsAny(b.text, ",،、，")
}

// loneHeadline reports a headline-shaped line that is not part of a list:
// the article's headline or another story's, it neither carries the body
// on nor breaks it, so teasers' headlines around the article do not join
// it.
func (r *run) loneHeadline(i int) bool {
	if r.stop.cjk || !headlineLine(&r.blocks[i]) {
		return false
	}
	lo, hi := i, i
	for lo > 0 && headlineLine(&r.blocks[lo-1]) {
		lo--
	}
	for hi+1 < len(r.blocks) && headlineLine(&r.blocks[hi+1]) {
		hi++
	}
	return hi-lo+1 < listRunMin
}
