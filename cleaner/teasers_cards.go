package cleaner

// Story cards inside the article: news pages set boxes that point to
// other stories between the article's paragraphs. Pasted, a card is its
// section label, the other story's headline, the label and the headline
// again (the picture's caption or link text repeats it), and the story's
// one- or two-sentence summary. The repeated headline, two lines apart at
// most, is what gives the card away: an article does not repeat its
// subheadings. The card's headline, its repeat and the summary under it
// go as links to other stories; the article around it stays.

const (
	// cardRepeatReach: the repeat follows the headline within this many
	// blocks (a label line may stand between them).
	cardRepeatReach = 2
	// cardMaxSummaryChars: a card's summary is a sentence or two.
	cardMaxSummaryChars = 300
)

// storyCards marks the headlines, their repeats and the summaries of
// story cards within lo..hi.
func (r *run) storyCards(lo, hi int) []bool {
	out := make([]bool, len(r.blocks))
	proseBefore := false // kept prose of the body before i
	for i := max(lo, 0); i <= hi && i < len(r.blocks); i++ {
		b := &r.blocks[i]
		if !proseBefore || !b.final.keep || !headlineShaped(b) || b.f.terminal || b.f.key == "" {
			// the article's own headline, repeated, opens the body:
			// a card stands between its paragraphs
			proseBefore = proseBefore || b.final.keep && b.final.class >= classGood
			continue
		}
		rep := -1
		for j := i + 1; j <= i+cardRepeatReach && j < len(r.blocks); j++ {
			c := &r.blocks[j]
			if c.f.key == b.f.key && (c.final.keep || c.final.reason == ReasonDuplicate) {
				// dedupe leaves short repeats to context
				rep = j
				break
			}
			if c.final.keep && c.final.class > classShort {
				break // prose between: not a card
			}
		}
		if rep < 0 {
			continue
		}
		out[i], out[rep] = true, true
		if s := rep + 1; s < len(r.blocks) {
			if sb := &r.blocks[s]; sb.final.keep && sb.final.class >= classNearGood && sb.f.chars <= cardMaxSummaryChars {
				out[s] = true
			}
		}
		i = rep
	}
	return out
}
