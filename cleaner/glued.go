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
	// A long paste's blocks are read in chunks, in parallel (parallel.go),
	// each chunk's candidates in order.
	chunks := chunksOf(len(r.blocks))
	found := make([][]gluedCand, len(chunks))
	forChunks(chunks, func(k int, s span) {
		for i := s.lo; i < s.hi; i++ {
			if t := r.blocks[i].text; lowerUpper(t) {
				c := gluedCand{i: i}
				if c.capSeam = capitalSeam(t); c.capSeam > 0 {
					c.capKey = foldKey(t[:c.capSeam])
				}
				found[k] = append(found[k], c)
			}
		}
	})
	// A seam after a capitalised word ("…and StudiosStrike talks…",
	// German "FlussDie") looks like a brand name (JavaScript, PlayStation)
	// on its own; it counts where the text before it repeats, as a glued
	// headline does on every copy.
	repeats := map[string]int{}
	cands := slices.Concat(found...)
	for _, c := range cands {
		if c.capSeam > 0 {
			repeats[c.capKey]++
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
// cheap test in front of them. ASCII is tested eight bytes at a time,
// the rest decoded as the range loop of those functions decodes it.
func lowerUpper(s string) bool {
	// ASCII pairs first, eight bytes at a time while they are all ASCII
	// (see asciiRange): nearly every line of a paste is read here. prev
	// has the high bit of its first byte set when the byte before the
	// word is a lower-case letter.
	i, prev := 0, uint64(0)
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&swarHigh != 0 {
			break // a byte beyond ASCII: the loops below go on from here
		}
		lower := asciiRange(w, 'a', 'z')
		if (lower<<8|prev)&asciiRange(w, 'A', 'Z') != 0 {
			return true
		}
		prev = lower >> 56
	}
	// Then rune by rune from i, as a range loop decodes (the bytes
	// before i are ASCII, so i starts a rune): the last bytes, and a line
	// with a rune beyond ASCII (a curly quote, a dash) in one pass.
	prevLower := i > 0 && 'a' <= s[i-1] && s[i-1] <= 'z'
	for i < len(s) {
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

// swarHigh is the high bit of each byte of a word.
const swarHigh = 0x8080808080808080

// asciiRange returns the high bit of each byte of w that is in lo..hi,
// every byte of w being ASCII (below 0x80): adding 0x80-lo sets a byte's
// high bit when it is lo or more, adding 0x7f-hi when it is beyond hi,
// and neither sum carries into the next byte.
func asciiRange(w uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	return (w + (0x80-uint64(lo))*ones) &^ (w + (0x7f-uint64(hi))*ones) & swarHigh
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
