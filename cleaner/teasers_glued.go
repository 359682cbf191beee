package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glued teasers: menus that show a few stories under each section paste
// each story as its headline glued to its summary, the headline's last
// letter against the summary's first ("…Troy SteakhouseA party of six
// left…", "…On The Rise?Violence is part…"). Each such line is prose by
// length and stop words, so a mega-menu of them outweighs a short
// article. A line that starts with a run of capitalised words glued
// without a space to a sentence is such a teaser; three of them with no
// other prose between make a list of other stories, weighed and removed
// like the headline-summary teasers.

const (
	// gluedHeadMinWords / gluedHeadCapShare: the glued headline is a few
	// words, nearly all capitalised (title case leaves "of", "in"
	// small); a sentence that runs into a camel-case name ("The new
	// PlayStation") has more lower-case words.
	gluedHeadMinWords = 3
	gluedHeadCapShare = 0.75
	// gluedTailMinWords: the summary after the seam is a sentence.
	gluedTailMinWords = 5
	// gluedRunMin: this many glued teasers without other prose between
	// them make a list; one line with a brand name in camel case does not.
	gluedRunMin = 3
)

// gluedTeasers marks the runs of glued teasers.
func (r *run) gluedTeasers() []bool {
	out := make([]bool, len(r.blocks))
	var cur []int
	flush := func() {
		if len(cur) >= gluedRunMin {
			for _, i := range cur {
				out[i] = true
			}
		}
		cur = cur[:0]
	}
	for i := range r.blocks {
		b := &r.blocks[i]
		switch {
		case b.final.keep && b.final.class >= classNearGood && gluedTeaser(b.text):
			cur = append(cur, i)
		case b.final.keep && b.final.class >= classNearGood:
			flush() // other prose between: not one list
		}
	}
	flush()
	return out
}

// gluedTeaser reports a line that starts with a title-case headline glued
// to a sentence.
func gluedTeaser(s string) bool {
	prev := rune(0)
	for k, c := range s {
		if k > gluedHeadMaxBytes {
			break // a headline is short: only seams near the start count
		}
		if prev != 0 && unicode.IsUpper(c) && (unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == '?' || prev == '!') {
			hw := strings.Fields(s[:k])
			if len(hw) >= gluedHeadMinWords && capitalisedShare(hw) >= gluedHeadCapShare &&
				hasWords(s[k:], gluedTailMinWords) {
				return true
			}
		}
		prev = c
	}
	return false
}

// gluedHeadMaxBytes: the glued headline ends within this many bytes of
// the line's start; it also bounds the work per line (linear in the
// input whatever its seams).
const gluedHeadMaxBytes = 240

// hasWords reports whether s has at least n space-separated words,
// reading no further than the n-th.
func hasWords(s string, n int) bool {
	in := false
	for _, c := range s {
		if unicode.IsSpace(c) {
			in = false
			continue
		}
		if !in {
			in = true
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// capitalisedShare is the share of words that start with a capital or a
// digit.
func capitalisedShare(ws []string) float64 {
	n := 0
	for _, w := range ws {
		c, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"'‘“(`))
		if unicode.IsUpper(c) || unicode.IsDigit(c) {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}
