package cleaner

import (
	"slices"
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
	// Only a block with a lower-case letter right before a capital can
	// have a seam (lowerUpper): the others, nearly all, are read once.
	var cands []gluedCand
	// A seam after a capitalised word ("…and StudiosStrike talks…",
	// German "FlussDie") looks like a brand name (JavaScript, PlayStation)
	// on its own; it counts where the text before it repeats, as a glued
	// headline does on every copy.
	repeats := map[string]int{}
	for i := range r.blocks {
		if t := r.blocks[i].text; lowerUpper(t) {
			c := gluedCand{i: i}
			if c.capSeam = capitalSeam(t); c.capSeam > 0 {
				c.capKey = foldKey(t[:c.capSeam])
				repeats[c.capKey]++
			}
			cands = append(cands, c)
		}
	}
	// The seams first, so that the blocks move only when one splits.
	var seams []gluedCand // i and the seam, in block order
	for _, c := range cands {
		b := &r.blocks[c.i]
		if b.kind != KindParagraph {
			continue
		}
		seam := gluedSeam(b.text)
		if seam <= 0 && c.capSeam > 0 && repeats[c.capKey] >= gluedMinRepeats {
			seam = c.capSeam
		}
		if seam > 0 {
			seams = append(seams, gluedCand{i: c.i, capSeam: seam})
		}
	}
	if len(seams) == 0 {
		return
	}
	// Each split block becomes two: the blocks move up in place, from the
	// last, into the room segmentText left (gluedSlack), or into a new
	// slice when there is not enough.
	n := len(r.blocks)
	r.blocks = slices.Grow(r.blocks, len(seams))[:n+len(seams)]
	// The blocks between two seams move with one copy (a bulk move, not
	// one write barrier a field), and those before the first seam stay.
	w, next := len(r.blocks), n // next: the first block already moved
	for k := len(seams) - 1; k >= 0; k-- {
		i := seams[k].i
		w -= next - (i + 1)
		copy(r.blocks[w:], r.blocks[i+1:next])
		next = i
		b := r.blocks[i]
		seam := seams[k].capSeam
		left, right := b, b
		left.end = b.start + seam
		left.text = b.text[:seam]
		left.glued = true
		right.start = left.end
		right.text = b.text[seam:]
		right.blankBefore = false
		right.glued = true
		w -= 2
		r.blocks[w], r.blocks[w+1] = left, right
	}
}

// gluedCand is a block that may hold a seam: its index, the offset of
// its seam after a capitalised word (capitalSeam) and the folded text
// before that seam.
type gluedCand struct {
	i       int
	capSeam int
	capKey  string
}

// gluedSlack is the share of room segmentText leaves after the blocks for
// splitGlued (one block in gluedSlack), so that splitting a few glued
// headlines moves blocks in place instead of copying every block of a
// long paste. Glued seams are rare: a few hundred in 190,000 lines of
// the dev pastes.
const gluedSlack = 64

// lowerUpper reports whether s has a lower-case letter right before an
// upper-case one, which every seam of gluedSeam and capitalSeam has: the
// cheap test in front of them. ASCII is tested byte by byte; other runes
// are decoded as the range loop of those functions decodes them.
func lowerUpper(s string) bool {
	// ASCII pairs first: the loop most lines finish in.
	nonASCII := len(s) > 0 && s[0] >= utf8.RuneSelf
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			nonASCII = true
		} else if c-'A' < 26 && s[i-1]-'a' < 26 {
			return true
		}
	}
	if !nonASCII {
		return false
	}
	// A pair with a rune outside ASCII, decoded as a range loop decodes.
	prevLower := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if prevLower && 'A' <= c && c <= 'Z' {
				return true
			}
			prevLower = 'a' <= c && c <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
		i += size
	}
	return false
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
