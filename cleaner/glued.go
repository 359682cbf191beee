package cleaner

import (
	"unicode"
	"unicode/utf8"
)

// Glued headlines: copying a page often loses the line break between a
// headline and its sub-headline, leaving "…actors and studiosStrike talks
// have broken off…". A lower-case letter followed by a capital inside a
// word marks the seam; camel-case names (iPhone, YouTube, McDonald) are
// told apart by the shape of the pieces around the seam.
const (
	// gluedMinWords: both sides of a seam read as a headline or a
	// sentence of at least this many words.
	gluedMinWords = 3
	// gluedMinLowerRun: the word before the seam starts with at least
	// this many lower-case letters ("studios" in "studiosStrike"), which
	// camel-case brand names (YouTube, PayPal, iPhone) do not.
	gluedMinLowerRun = 3
	// gluedMinRepeats: a seam after a capitalised word is trusted when the
	// text before it stands glued this many times.
	gluedMinRepeats = 2
	// capitalSeamMinRun / capitalSeamMinWords: a capitalised word glued to
	// the next has a longer tail than brand names (MacBook, YouTube,
	// PlayStation), after a whole headline.
	capitalSeamMinRun   = 4
	capitalSeamMinWords = 5
)

// splitGlued splits blocks at glued headline seams, keeping spans.
func (r *run) splitGlued() {
	if r.mode != ModeText {
		return
	}
	// A seam after a capitalised word ("…and StudiosStrike talks…",
	// German "FlussDie") looks like a brand name (JavaScript, PlayStation)
	// on its own; it counts where the text before it repeats, as a glued
	// headline does on every copy.
	capSeams := make([]int, len(r.blocks))
	capKeys := make([]string, len(r.blocks))
	repeats := map[string]int{}
	for i := range r.blocks {
		if seam := capitalSeam(r.blocks[i].text); seam > 0 {
			capSeams[i], capKeys[i] = seam, foldKey(r.blocks[i].text[:seam])
			repeats[capKeys[i]]++
		}
	}
	// The seams first, so the blocks are copied only when one splits, and
	// into a slice of the final size.
	seams, splits := capSeams, 0 // reused: capSeams[i] is read before seams[i] is written
	for i := range r.blocks {
		seam := 0
		if b := &r.blocks[i]; b.kind == KindParagraph {
			seam = gluedSeam(b.text)
			if seam <= 0 && capSeams[i] > 0 && repeats[capKeys[i]] >= gluedMinRepeats {
				seam = capSeams[i]
			}
		}
		seams[i] = seam
		if seam > 0 {
			splits++
		}
	}
	if splits == 0 {
		return
	}
	out := make([]block, 0, len(r.blocks)+splits)
	for i, b := range r.blocks {
		seam := seams[i]
		if seam <= 0 {
			out = append(out, b)
			continue
		}
		left, right := b, b
		left.end = b.start + seam
		left.text = b.text[:seam]
		left.glued = true
		right.start = left.end
		right.text = b.text[seam:]
		right.blankBefore = false
		right.glued = true
		out = append(out, left, right)
	}
	r.blocks = out
}

// gluedSeam returns the byte offset of the first glued seam in s, or 0.
func gluedSeam(s string) int {
	wordStart := 0
	lowerRun := 0 // lower-case letters since the word start, -1 once broken
	prev := ' '
	for i, c := range s {
		switch {
		case unicode.IsSpace(c):
			wordStart = i + utf8.RuneLen(c)
			lowerRun = 0
		case unicode.IsLower(c):
			if lowerRun >= 0 {
				lowerRun++
			}
		case unicode.IsUpper(c):
			if unicode.IsLower(prev) && lowerRun >= gluedMinLowerRun && i > wordStart &&
				capitalWord(s[i:]) && countWords(s[:i]) >= gluedMinWords && countWords(s[i:]) >= gluedMinWords {
				return i
			}
			lowerRun = -1
		default:
			lowerRun = -1
		}
		prev = c
	}
	return 0
}

// capitalWord reports whether s starts with a capital followed by lower-case
// letters up to the end of the word ("Strike talks", not "ElementById").
func capitalWord(s string) bool {
	n := 0
	for i, c := range s {
		if i == 0 {
			continue
		}
		if !unicode.IsLetter(c) {
			break
		}
		if !unicode.IsLower(c) {
			return false
		}
		n++
	}
	return n >= 1
}

// capitalSeam returns the offset of the first seam after a capitalised
// word of at least capitalSeamMinRun lower-case letters ("StudiosStrike
// talks", not "MacBook"), with a headline of capitalSeamMinWords before
// it, or 0.
func capitalSeam(s string) int {
	wordStart, lowerRun := 0, 0
	prev := ' '
	for i, c := range s {
		switch {
		case unicode.IsSpace(c):
			wordStart, lowerRun = i+utf8.RuneLen(c), 0
		case unicode.IsLower(c):
			lowerRun++
		case unicode.IsUpper(c) && unicode.IsLower(prev) && i > wordStart && lowerRun >= capitalSeamMinRun && capitalWord(s[i:]) &&
			countWords(s[:i]) >= capitalSeamMinWords && countWords(s[i:]) >= gluedMinWords:
			return i
		default:
			lowerRun = 0
		}
		prev = c
	}
	return 0
}
