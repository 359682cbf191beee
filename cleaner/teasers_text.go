package cleaner

import "strings"

// Teaser lists in pasted text: after an article, pages list other stories,
// each a headline and a one-paragraph summary (sometimes with a byline or
// a date between). The summaries are prose, so on weight alone the body
// would run on through them. A run of such pairs is told by its rhythm:
// headline, one short paragraph, headline, one short paragraph… An article
// with subheadings has several paragraphs under each.
const (
	// teaserMinPairs: three headline-summary pairs in a row make a list.
	teaserMinPairs = 3
	// teaserMaxSummaryChars: a teaser's summary is a sentence or two;
	// the paragraphs of a list article run longer.
	teaserMaxSummaryChars = 250
	// teaserShare: what a teaser's prose counts for in the body's weight:
	// nothing, so a list of them never carries the body on.
	teaserShare = 0
	// teaserDatedMaxSummaryChars: a teaser with a date line between its
	// headline and its summary ("Tuesday November 19, 2019") shows the
	// story's whole lead paragraph, several sentences. An article's
	// subheading has no date under it, so the date is what tells the pair
	// from a section of the article, and the summary may run this long.
	teaserDatedMaxSummaryChars = 700
)

// teaserBlocks marks the blocks of teaser runs.
func (r *run) teaserBlocks() []bool {
	n := len(r.blocks)
	out := make([]bool, n)
	type pair struct{ head, end int }
	var pairs []pair
	flush := func() {
		if len(pairs) >= teaserMinPairs {
			for _, p := range pairs {
				for k := p.head; k <= p.end; k++ {
					out[k] = true
				}
			}
		}
		pairs = pairs[:0]
	}
	for i := 0; i < n; {
		if end := r.introducedList(i); end > i {
			flush()
			i = end
			continue
		}
		p, ok := r.teaserAt(i)
		if !ok {
			flush()
			i++
			continue
		}
		if len(pairs) > 0 && pairs[len(pairs)-1].end+1 != p.head {
			flush()
		}
		pairs = append(pairs, pair{p.head, p.end})
		i = p.end + 1
	}
	flush()
	for i, g := range r.gluedTeasers() {
		out[i] = out[i] || g
	}
	return out
}

// introducedList returns the index after the list that the kept line i
// announces with a colon ("The new services include:"); the
// headline-shaped lines that follow are the article's
// list, not headlines of other stories. It returns i itself when line i
// announces nothing.
func (r *run) introducedList(i int) int {
	b := &r.blocks[i]
	if !b.final.keep || !strings.HasSuffix(trimSpace(b.text), ":") {
		return i
	}
	j := i + 1
	for j < len(r.blocks) && headlineShaped(&r.blocks[j]) && !r.blocks[j].f.terminal {
		j++
	}
	return j
}

// teaserAt reads a teaser starting at block i: a headline, metadata lines
// at most, then one short prose paragraph that is not followed by more
// prose.
func (r *run) teaserAt(i int) (struct{ head, end int }, bool) {
	var t struct{ head, end int }
	head, kicked := i, false
	if i+1 < len(r.blocks) && kickerLine(&r.blocks[i]) && headlineShaped(&r.blocks[i+1]) {
		i, kicked = i+1, true // "REINDEER GAMES" over the headline
	}
	b := &r.blocks[i]
	if b.kind != KindParagraph && b.kind != KindHeading || !headlineShaped(b) {
		return t, false
	}
	j, dated := i+1, false
	for j < len(r.blocks) && j <= i+2 && metaLine(&r.blocks[j]) {
		dated = dated || dateMetaLine(&r.blocks[j])
		j++
	}
	if j >= len(r.blocks) || b.f.terminal && !((dated || kicked) && questionOrExclamation(b.text)) {
		// a headline is no sentence, but a dated or kicked one may ask
		// or exclaim
		return t, false
	}
	maxSummary := teaserMaxSummaryChars
	if dated {
		maxSummary = teaserDatedMaxSummaryChars
	}
	s := &r.blocks[j]
	if !s.final.keep || s.final.class < classNearGood || s.f.chars > maxSummary {
		return t, false
	}
	if j+1 < len(r.blocks) {
		if next := &r.blocks[j+1]; next.final.keep && next.final.class >= classNearGood && !headlineShaped(next) {
			return t, false // a paragraph follows: a section of an article
		}
	}
	t.head, t.end = head, j
	return t, true
}

// metaLine reports a byline, date or counter line between a teaser's
// headline and its summary.
func metaLine(b *block) bool {
	switch b.final.reason {
	case ReasonByline, ReasonDateline, ReasonEngagement:
		return true
	}
	return b.f.words <= 4 && !b.f.terminal ||
		b.f.words <= teaserSourceMaxWords && !b.f.terminal && hasDomain(b.text) // "1 digg example.org Long Reads"
}

// teaserSourceMaxWords: a teaser's source line (a count, the source's
// domain and a tag or two) is short.
const teaserSourceMaxWords = 8

// kickerLine reports the short all-capitals line over a teaser's headline
// ("REINDEER GAMES", "'A NATIONAL TRAGEDY'").
func kickerLine(b *block) bool {
	return b.f.upperShare >= allCapsMinShare && b.f.words <= allCapsMaxWords && b.f.chars >= 3 && !b.f.terminal
}

// hasDomain reports a word shaped like a domain name ("example.org").
func hasDomain(s string) bool {
	if strings.IndexByte(s, '.') < 0 {
		return false // every domain has a dot (reDomain): no words to split
	}
	for _, w := range strings.Fields(s) {
		if reDomain.MatchString(strings.TrimRight(w, ".,;:)")) {
			return true
		}
	}
	return false
}

// dateMetaLine reports a date line between a teaser's headline and its
// summary.
func dateMetaLine(b *block) bool {
	return b.final.reason == ReasonDateline || b.f.relTime || b.f.dateMeta
}

// questionOrExclamation reports a line that ends with a question or an
// exclamation mark (quotes and brackets after it aside).
func questionOrExclamation(s string) bool {
	t := strings.TrimRightFunc(trimSpace(s), func(r rune) bool { return strings.ContainsRune(`"'”’»)`, r) })
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "？") || strings.HasSuffix(t, "！")
}
