package cleaner

// Headlines around read-more links: teaser boxes inside or next to the
// article paste as a headline or two and a "Weiterlesen", "Read more" or
// "Mehr erfahren" line (the link under or over them). Such a short line,
// within a couple of lines of a read-more line and not standing between
// paragraphs of prose, is another story's headline, whatever its language:
// the read-more phrase says so. A short line after the link that leads
// into prose is the article's next subheading, not a headline.

// linkHeadlineReach: how far (in blocks) the headline may stand from its
// read-more line: a headline, a date, the link.
const linkHeadlineReach = 2

// linkHeadlines marks the short kept lines of lo..hi that are headlines of
// other stories (short lines, or headline-shaped ones a little longer);
// prose tells which lines stand between paragraphs.
func (r *run) linkHeadlines(lo, hi int, prose []bool) []bool {
	out := make([]bool, len(r.blocks))
	for i := lo; i <= hi && i < len(r.blocks); i++ {
		b := &r.blocks[i]
		if !b.final.keep || prose[i] || b.f.words < 2 {
			continue
		}
		if b.final.class != classShort && !(b.final.class == classNearGood && headlineShaped(b) && !b.f.terminal) {
			continue // prose, not a headline
		}
		out[i] = r.readMoreNear(i, 1) || r.readMoreNear(i, -1) && !r.leadsIntoProse(i)
	}
	return out
}

// readMoreNear reports a read-more line within linkHeadlineReach blocks of
// i in the direction step, skipping nothing but dates and repeats.
func (r *run) readMoreNear(i, step int) bool {
	for j, n := i+step, 0; j >= 0 && j < len(r.blocks) && n < linkHeadlineReach; j += step {
		b := &r.blocks[j]
		if b.final.reason == ReasonReadMore && (b.f.phraseHow == matchLine || b.f.phraseHow == matchSection) {
			return true
		}
		if !transparent(b.final.reason) {
			n++
		}
	}
	return false
}

// leadsIntoProse reports whether the first block after i that is neither a
// kept short line nor transparent is kept prose.
func (r *run) leadsIntoProse(i int) bool {
	for j := i + 1; j < len(r.blocks); j++ {
		b := &r.blocks[j]
		if b.final.keep && b.final.class == classShort || transparent(b.final.reason) {
			continue
		}
		return b.final.keep && b.final.class >= classNearGood
	}
	return false
}
