package cleaner

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Teasers of other stories around an article: a rail of cards, each a
// linked headline with a line or two of summary, or a ticker of items
// that each start with a linked headline and end in a cut-off summary.
// Their summaries read as prose, and a rail of a dozen of them can
// outweigh the article in container scoring, so they are found by their
// shape first and weigh as junk.
const (
	// cardMaxBlocks: a card is small: an image, a kicker, the headline,
	// a byline, a date and the summary.
	cardMaxBlocks = 8
	// cardMaxProse: a card's summary is a paragraph or two; more prose
	// under one linked heading is an article section.
	cardMaxProse = 2
	// teaserRailMin: fewer cards may be an article's own structure (a
	// linked subhead or two).
	teaserRailMin = 3
	// leadLinkMinChars: a linked headline opening a ticker item is a few
	// words at least, not a linked name.
	leadLinkMinChars = 15
)

// teaserProse marks the summaries of teaser cards and ticker items; it
// returns nil when the page has fewer than teaserRailMin of them.
func (r *run) teaserProse() []bool {
	page := r.blocks[0].domOf().page
	var out []bool
	mark := func(i int) {
		if out == nil {
			out = make([]bool, len(r.blocks))
		}
		out[i] = true
	}
	// heads[i] counts linked headlines among blocks [0, i).
	heads := make([]int32, len(r.blocks)+1)
	for i := range r.blocks {
		heads[i+1] = heads[i]
		if isLinkedHeadline(&r.blocks[i]) {
			heads[i+1]++
		}
	}
	units := 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if isTickerItem(b) {
			mark(i)
			units++
			continue
		}
		if !isLinkedHeadline(b) {
			continue
		}
		// The card is the largest element around the headline that holds
		// no other headline and few blocks.
		card := int32(-1)
		for e := b.domOf().elem; e >= 0; e = page.elems[e].parent {
			el := &page.elems[e]
			if el.end-el.first > cardMaxBlocks || heads[el.end]-heads[el.first] != 1 || el.tag == atom.Body {
				break
			}
			card = e
		}
		if card < 0 {
			continue
		}
		el := &page.elems[card]
		prose := 0
		for j := el.first; j < el.end; j++ {
			if isCardProse(&r.blocks[j]) {
				prose++
			}
		}
		if prose == 0 || prose > cardMaxProse {
			continue
		}
		for j := el.first; j < el.end; j++ {
			if isCardProse(&r.blocks[j]) {
				mark(int(j))
			}
		}
		units++
	}
	if units < teaserRailMin {
		return nil
	}
	return out
}

// isLinkedHeadline reports a subheading that is a link to another page.
func isLinkedHeadline(b *block) bool {
	return b.kind == KindHeading && b.level >= 2 && isTeaser(b)
}

func isCardProse(b *block) bool {
	return b.final.keep && b.final.class >= classNearGood && b.kind != KindHeading
}

// isTickerItem reports a block that opens with a linked headline and
// goes on with a summary cut off mid-sentence: "Headline NEW DELHI: The
// government said on…".
func isTickerItem(b *block) bool {
	if b.domOf().leadLink < leadLinkMinChars || b.domOf().linkChars*2 >= b.f.chars || !b.final.keep {
		return false
	}
	t := strings.TrimSpace(b.text)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}
