package cleaner

import "strings"

// The labels stage: a heading or a label line promises something after
// it. When the body ends on one (nothing it could introduce follows), or
// a label ending in a colon is followed by a block that was removed, the
// label is left over from furniture the earlier stages took away — "Related
// articles", "About the author", "Tagged:", "More information:" — and it
// goes too. Decided by shape and place alone: kind, length, punctuation,
// and what is kept after the block.

// labelMaxWords: a label is a few words ("Verwandte Artikel", "Über den
// Autor", "Das Thema könnte dich auch interessieren:"); a line of more is a
// sentence even without a full stop.
const labelMaxWords = 6

// labelMaxDigitShare: a label is words; a short line of digits at the end
// is data (a phone number, an address, a price) the article gives.
const labelMaxDigitShare = 0.2

// trailingHeadingMaxWords: a heading with nothing after it is dropped up
// to this length; a longer one is more likely a closing line of text set
// in bold than a section title.
const trailingHeadingMaxWords = 14

// maxTrailingLabels bounds how many blocks the end of the body loses, so a
// body of short lines (a poem, a list of opening hours) is never eaten
// from the end.
const maxTrailingLabels = 3

// dropLabels runs both label rules on the kept blocks.
func (r *run) dropLabels() {
	r.dropTrailingNotes()
	r.dropTrailingLabels()
	r.dropOrphanLabels()
}

// dropTrailingLabels removes the headings and label lines the body ends
// on.
func (r *run) dropTrailingLabels() {
	prose := r.firstKeptSentence()
	removed := 0
	for i := len(r.blocks) - 1; i > prose && prose >= 0 && removed < maxTrailingLabels; i-- {
		b := &r.blocks[i]
		if !b.final.keep || b.kind == KindImage || b.domOf().image {
			continue
		}
		if !trailingLabel(b) || r.inLineRun(i) {
			return
		}
		b.remove(ReasonBoilerplate)
		removed++
	}
}

// trailingLabel reports a block that only makes sense with something after
// it: a heading, or a short line of words that is no sentence. A comma
// makes a line part of a sentence or a sign-off ("Anna, die Redaktion"),
// not a label.
func trailingLabel(b *block) bool {
	switch b.kind {
	case KindHeading:
		return b.f.words <= trailingHeadingMaxWords
	case KindParagraph:
		return b.f.words <= labelMaxWords && b.f.digitShare < labelMaxDigitShare &&
			!strings.Contains(b.text, ",") && (!b.f.terminal || endsWithColon(b.text))
	case KindListItem:
		return b.f.words <= labelMaxWords && endsWithColon(b.text)
	}
	return false
}

// dropOrphanLabels removes a short line ending in a colon whose next block
// was removed: what it introduced is gone.
func (r *run) dropOrphanLabels() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.f.words > labelMaxWords || !endsWithColon(b.text) {
			continue
		}
		if b.kind != KindParagraph && b.kind != KindHeading && b.kind != KindListItem {
			continue
		}
		if next := r.nextTextBlock(i); next >= 0 && !r.blocks[next].final.keep {
			b.remove(ReasonShortLine)
		}
	}
}

// nextTextBlock returns the index of the first block after i that is not
// an image, or -1.
func (r *run) nextTextBlock(i int) int {
	for j := i + 1; j < len(r.blocks); j++ {
		if b := &r.blocks[j]; b.kind != KindImage && !b.domOf().image {
			return j
		}
	}
	return -1
}

// endsWithColon reports text whose last visible character is a colon.
func endsWithColon(s string) bool {
	s = strings.TrimRight(s, " \t\n\u00a0")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// inLineRun reports a short line that is not a heading and not a colon
// label, preceded by a kept line of the same kind and shape: a run of such lines
// at the end is data the article lists (results, opening hours), not a
// label.
func (r *run) inLineRun(i int) bool {
	b := &r.blocks[i]
	if b.kind == KindHeading || endsWithColon(b.text) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		p := &r.blocks[j]
		if !p.final.keep || p.kind == KindImage || p.domOf().image {
			continue
		}
		return p.kind == b.kind && p.f.words <= labelMaxWords && !p.f.terminal
	}
	return false
}

// firstKeptSentence returns the first kept block that is a sentence longer
// than a label, or -1: a label trails an article, so without one before it
// (a page of one short line) nothing is a trailing label.
func (r *run) firstKeptSentence() int {
	for i := range r.blocks {
		if b := &r.blocks[i]; b.final.keep && b.f.terminal && b.f.words > labelMaxWords {
			return i
		}
	}
	return -1
}
