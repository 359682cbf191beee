package cleaner

import "strings"

// Revision with context. A pasted page is the article surrounded by page
// furniture, so the article is found as the run of blocks with the most
// prose in it: every block weighs in (prose for, junk against) and the
// heaviest contiguous run is the body (a maximum-sum subarray, linear).
// Inside the body short lines stay (dialogue, subheadings); outside it
// everything goes, prose included (teasers, footers).
const (
	// shortWeight: what a short line costs. Menus are runs of short lines;
	// ten of them outweigh a one-line paragraph but not a real one.
	shortWeight = 12
	// textLikeWeight: a short line with figures or punctuation (a list
	// item, a score) costs less than a menu item: lists inside articles
	// should not split the body, though long ones outside it still tip
	// the balance.
	textLikeWeight = 4
	// badMinWeight / badMaxWeight bound what a junk line costs: a
	// one-word button costs like a short line, a long cookie notice more,
	// but never so much that one notice splits an article in two.
	badMinWeight = 12
	badMaxWeight = 150
	// barrierWeight: what a section break such as "Related stories" or
	// "Comments" costs: the body rarely continues past one.
	barrierWeight = 400
	// nearGoodShare: near-good prose counts for this share of its length.
	nearGoodShare = 0.5
	// textLikeMinWords / menuCapShare: menu items are short and
	// capitalised word by word ("Home", "World News", "Sign In").
	textLikeMinWords = 3
	menuCapShare     = 0.75
	// proseBeforeCopyright / afterCopyrightShare: a copyright notice after
	// some prose closes the article; prose after it is other stories and
	// counts for little. (A "Related" heading does not close it: news
	// sites put related boxes inside the article.)
	proseBeforeCopyright = 300
	afterCopyrightShare  = 0.2
	// menuRunMin: this many short or junk lines in a row make a menu.
	menuRunMin = 3
)

func (r *run) revise() {
	if r.mode == ModeHTML && r.reviseDOM() {
		return
	}
	for i := r.commentsFrom; i < len(r.blocks); i++ {
		if b := &r.blocks[i]; b.final.keep || commentScaffold(b.final.reason) {
			b.remove(ReasonComments)
		}
	}
	w := make([]float64, r.commentsFrom)
	teasers := r.teaserBlocks()
	proseSoFar, closed := 0.0, false
	for i := range w {
		b := &r.blocks[i]
		w[i] = r.weight(b)
		if r.loneHeadline(i) {
			w[i] = 0
		}
		if closed && w[i] > 0 {
			w[i] *= afterCopyrightShare
		}
		if teasers[i] && w[i] > 0 {
			w[i] *= teaserShare
		}
		if w[i] > 0 {
			proseSoFar += w[i]
		}
		if b.final.reason == ReasonLegal && copyrightLine(b.f.key) && proseSoFar >= proseBeforeCopyright {
			closed = true
		}
	}
	lo, hi, total := maxSubarray(w)
	lo, hi, total = r.bodyBeforeComments(w, lo, hi, total)
	lo, hi, total = r.bodyBeforeSection(w, lo, hi, total)
	if total > 0 {
		lo = r.leadAbove(lo)
	}
	hi = r.cutAtSection(w, lo, hi)
	hi = r.trailingData(hi, len(w))
	r.bodyStart, r.bodyEnd = lo, hi
	if total <= 0 {
		r.bodyStart, r.bodyEnd = 0, len(r.blocks)-1
		r.keepWhatIsLeft()
		return
	}
	prose := r.proseNeighbours(lo, hi)
	lastProse := r.lastProse(lo, hi)
	headlines := r.linkHeadlines(lo, hi, prose)
	cards := r.storyCards(lo, hi)
	related, relatedReason := r.sectionAfter(hi)
	for i := range r.blocks {
		b := &r.blocks[i]
		inside := i >= lo && i <= hi
		switch {
		case !b.final.keep:
			// decided by a pattern or as a repeat
		case !inside && i > related:
			b.remove(relatedReason)
		case !inside && teasers[i]:
			b.remove(ReasonRelatedLinks)
		case !inside && b.final.class >= classNearGood:
			b.remove(ReasonOutsideBody)
		case !inside:
			b.remove(r.furnitureReason(i))
		case b.f.authorBio && i > (lo+hi)/2:
			// "Jane Doe is a reporter for…" in the second half of the
			// body is the note about the author, not the article.
			b.remove(ReasonAuthorBio)
		case b.f.authorNote && i >= lastProse:
			// the same in other languages, as the body's last
			// paragraph
			b.remove(ReasonAuthorBio)
		case headlines[i], cards[i]:
			b.remove(ReasonRelatedLinks)
		case b.kind == KindTable:
			// a table inside the body is part of it
		case b.final.class == classShort && (!shortKeepable(b.f, r.stop) || !textLike(b.f) && !prose[i]):
			b.remove(r.furnitureReason(i))
		}
	}
}

// trailingData extends the body over a list of figures that closes the
// article ("England (Group A): 10th appearance", a tour's dates), with the
// heading that may introduce it: such lists cost a little weight each, so
// the heaviest run stops before them, yet they belong to the article.
func (r *run) trailingData(hi, end int) int {
	i := hi + 1
	if i >= end {
		return hi
	}
	if b := &r.blocks[i]; b.final.keep && b.f.words <= listHeadingMaxWords && !b.f.terminal {
		i++ // "Qualified teams"
	}
	n := 0
	for ; i+n < end && dataLine(&r.blocks[i+n]); n++ {
	}
	if n < trailingDataMin {
		return hi
	}
	return i + n - 1
}

// trailingDataMin: three lines make a list; listHeadingMaxWords: the
// heading that introduces one is short.
const (
	trailingDataMin     = 3
	listHeadingMaxWords = 6
)

// dataLine is a short kept line that carries figures or a label and a
// value: a list item of data, not a menu entry or a headline.
func dataLine(b *block) bool {
	if !b.final.keep || b.final.class != classShort || b.f.words < textLikeMinWords {
		return false
	}
	colon := strings.IndexByte(b.text, ':')
	return b.f.digitShare > 0 || colon > 0 && colon < len(strings.TrimSpace(b.text))-1
}

// sectionAfter returns the first section heading after the body and what
// follows it: links to other stories after "More stories" or "Related
// articles", comments after "Comments". len(blocks) when there is none.
func (r *run) sectionAfter(hi int) (int, Reason) {
	for i := hi + 1; i < len(r.blocks); i++ {
		if b := &r.blocks[i]; b.f.phraseHow == matchSection {
			switch b.f.phrase {
			case ReasonComments, ReasonAuthorBio:
				return i, b.f.phrase
			}
			return i, ReasonRelatedLinks
		}
	}
	return len(r.blocks), ReasonNone
}

// proseNeighbours reports for each block of the body whether the nearest
// blocks before and after it that are not short lines are kept prose
// within the body: a short line between paragraphs is part of the text,
// one next to junk or at the body's edge is not. Two passes, linear.
func (r *run) proseNeighbours(lo, hi int) []bool {
	out := make([]bool, len(r.blocks))
	decisive := func(b *block) bool {
		return dataLine(b) || !(b.final.keep && b.final.class == classShort || transparent(b.final.reason))
	}
	isProse := func(b *block) bool { return b.final.keep && (b.final.class >= classNearGood || dataLine(b)) }
	before := false // the last decisive block before i was prose
	for i := lo; i <= hi && i < len(r.blocks); i++ {
		out[i] = before
		if b := &r.blocks[i]; decisive(b) {
			before = isProse(b)
		}
	}
	after := false
	for i := min(hi, len(r.blocks)-1); i >= lo; i-- {
		out[i] = out[i] && after
		if b := &r.blocks[i]; decisive(b) {
			after = isProse(b)
		}
	}
	return out
}

// weight is what a block adds to, or takes from, the body.
func (r *run) weight(b *block) float64 {
	if !b.final.keep {
		switch {
		case b.f.relTime, b.f.dateMeta:
			// "2H ago", "Nov 5, 2019 at 9:24 pm": the stamps of teasers
			// and sources come in lists around the article
			return -shortWeight
		case transparent(b.final.reason):
			return 0
		case b.f.pointer:
			// "Read also: <headline>" stands between the paragraphs
			// of the article it points away from: it costs like one
			// short line, not by its length.
			return -shortWeight
		case b.f.phraseHow == matchSection, b.final.reason == ReasonLegal && copyrightLine(b.f.key):
			return -barrierWeight
		}
		return -clamp(float64(b.f.chars), badMinWeight, badMaxWeight)
	}
	if b.kind == KindTable {
		return 0
	}
	switch b.final.class {
	case classGood:
		return float64(b.f.chars)
	case classNearGood:
		return nearGoodShare * float64(b.f.chars)
	}
	if textLike(b.f) {
		return -textLikeWeight
	}
	return -shortWeight
}

// textLike tells a short line that carries information (a list item, a
// score, "England (Group A): 10th appearance") from a menu item or a
// label, which is a few capitalised words without punctuation or figures.
func textLike(f *features) bool {
	return f.words >= textLikeMinWords && (f.capShare < menuCapShare || f.digitShare > 0 || f.terminal)
}

// keepWhatIsLeft handles input with no prose at all (a short note, a list):
// rather than return nothing, it keeps every block no rule removed.
func (r *run) keepWhatIsLeft() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.final.keep && b.f.words == 0 {
			b.remove(ReasonShortLine)
		}
	}
}

// shortKeepable reports whether a short line inside the body is text:
// a sentence, a subheading or a line of dialogue, not a lone word.
func shortKeepable(f *features, sw stopWords) bool {
	if sw.cjk {
		return f.chars >= 2
	}
	return f.words >= 2 || f.terminal && f.words >= 1
}

// shortRuns gives each block the length of the run of short or junk
// blocks it stands in (0 for prose).
func (r *run) shortRuns() []int {
	out := make([]int, len(r.blocks))
	for i := 0; i < len(r.blocks); {
		j := i
		for j < len(r.blocks) && r.blocks[j].final.class <= classShort {
			j++
		}
		for k := i; k < j; k++ {
			out[k] = j - i
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// furnitureReason names what a removed short line around the body is: a
// menu when it stands in a run of short lines, else boilerplate.
func furnitureReason(run int) Reason {
	if run >= menuRunMin {
		return ReasonMenu
	}
	return ReasonBoilerplate
}

// commentScaffold reasons are what a comment's name, time and buttons are
// taken for on their own; inside a comment section they are comments.
func commentScaffold(r Reason) bool {
	switch r {
	case ReasonDateline, ReasonByline, ReasonEngagement, ReasonMenu, ReasonBoilerplate,
		ReasonShortLine, ReasonDuplicate, ReasonWidget, ReasonAllCaps:
		return true
	}
	return false
}

// copyrightLine reports a copyright notice, which closes the article: what
// follows it is the page's footer or other stories.
func copyrightLine(key string) bool {
	return strings.HasPrefix(key, "copyright") || strings.Contains(key, "rights reserved")
}

// transparent reasons mark blocks that say nothing about their neighbours:
// repeats and metadata lines.
func transparent(r Reason) bool {
	switch r {
	case ReasonDuplicate, ReasonTitle, ReasonByline, ReasonDateline:
		return true
	}
	return false
}

// maxSubarray returns the bounds and sum of the contiguous run with the
// largest sum (Kadane); ties go to the earliest, shortest run.
func maxSubarray(w []float64) (lo, hi int, best float64) {
	best = -1
	cur, start := 0.0, 0
	lo, hi = 0, -1
	for i, x := range w {
		if cur <= 0 {
			cur, start = x, i
		} else {
			cur += x
		}
		if cur > best {
			best, lo, hi = cur, start, i
		}
	}
	return lo, hi, best
}

func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

// furnitureReason names what removed block i around the body is; the run
// lengths are computed once per call of Clean.
func (r *run) furnitureReason(i int) Reason {
	if r.runs == nil {
		r.runs = r.shortRuns()
	}
	return furnitureReason(r.runs[i])
}

// subheadingMaxWords: a subheading is a short line.
const subheadingMaxWords = 12

// markHeadings gives pasted text its subheadings: a short kept line that
// is no sentence, between kept paragraphs of the body, heads the section
// that follows it.
func (r *run) markHeadings() {
	if r.mode != ModeText {
		return
	}
	for i := 1; i+1 < len(r.blocks); i++ {
		b := &r.blocks[i]
		if !b.final.keep || b.kind != KindParagraph || b.f.words > subheadingMaxWords || b.f.terminal ||
			b.f.startsLower || dataLine(b) || strings.HasSuffix(strings.TrimSpace(b.text), ":") {
			continue
		}
		if r.keptProse(i-1, -1) && r.keptProse(i+1, +1) {
			b.kind, b.level = KindHeading, 2
		}
	}
}

// keptProse reports whether the nearest kept block from i in direction
// step is a paragraph of prose.
func (r *run) keptProse(i, step int) bool {
	for ; i >= 0 && i < len(r.blocks); i += step {
		if b := &r.blocks[i]; b.final.keep {
			return b.kind == KindParagraph && b.final.class >= classNearGood
		}
	}
	return false
}
