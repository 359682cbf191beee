package cleaner

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// commentShape is the cheap test in front of the comment-marker regular
// expressions of findComments: false only for a line neither can match,
// so that most lines of a long paste are not lower-cased and matched.
// Every strong marker ends in a colon, has a digit, or has "comment",
// "ago", " a reply" or "join the " in it (any case); a weak marker is one
// word of weakCommentWords with at most a count after it. The letters of
// those four words fold only to their ASCII capitals (the expressions
// fold case by unicode.SimpleFold, which gives "ſ" for s and "K" for k,
// but none of them is in the words; a test checks it), so a byte search
// that ignores ASCII case finds them in any text.
func commentShape(t string) bool {
	if t == "" {
		return true // the regular expressions decide, as before
	}
	if t[len(t)-1] == ':' {
		return true
	}
	// One word alone, as long as the longest weak marker at most (a
	// count after it has a digit, taken below). \s is ASCII white space.
	if len(t) <= weakCommentMaxLen && !strings.ContainsAny(t, " \t\n\v\f\r") {
		return true
	}
	// One pass for a digit (\d is ASCII) and the words.
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case '0' <= c && c <= '9':
			return true
		case c == ' ' || c|0x20 == 'a' || c|0x20 == 'c' || c|0x20 == 'j':
			// Only the word that starts with this byte.
			if commentHasPrefixFold(t[i:], commentShapeWordAt[c|0x20]) {
				return true
			}
		}
	}
	return false
}

// commentHasPrefixFold reports whether s starts with the lower-case ASCII
// word w, ASCII letters in any case.
func commentHasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if commentFoldByte(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// commentShapeWords: one of them is in every strong marker without a
// digit or a final colon (see reCommentMarker): "view comments", "a day
// ago", "leave a reply", "join the conversation".
var commentShapeWords = []string{"comment", "ago", " a reply", "join the "}

// commentShapeWordAt is the word of commentShapeWords that starts with
// each byte (no two start alike).
var commentShapeWordAt = func() (t [256]string) {
	for _, w := range commentShapeWords {
		if t[w[0]] != "" {
			panic("commentShapeWords: two words start with " + w[:1])
		}
		t[w[0]] = w
	}
	return t
}()

// weakCommentMaxLen is the length in bytes of the longest text a weak
// marker word matches: each rune counted at its longest case variant
// (unicode.SimpleFold), since the expression ignores case ("K" for k is
// three bytes).
var weakCommentMaxLen = func() int {
	n := 0
	for _, w := range weakCommentWords {
		l := 0
		for _, c := range w {
			m := utf8.RuneLen(c)
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				m = max(m, utf8.RuneLen(f))
			}
			l += m
		}
		n = max(n, l)
	}
	return n
}()

// commentContainsFold reports whether s contains the lower-case ASCII
// word w, ASCII letters in any case.
func commentContainsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if commentFoldByte(s[i]) != w[0] {
			continue
		}
		k := 1
		for k < len(w) && commentFoldByte(s[i+k]) == w[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

func commentFoldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasCommentWord reports whether the line t has one of commentWords in
// it, or, when other is set, one of commentWordsOther, in any case: the
// word test of findComments. An ASCII line is lower-cased into scratch
// rather than into a new string, and only the ASCII words of the other
// languages can be in it; any other line is lower-cased by
// strings.ToLower.
func hasCommentWord(t string, other bool, scratch *[]byte) bool {
	buf := (*scratch)[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			lower := strings.ToLower(t)
			return containsAny(lower, commentWords) || other && containsAny(lower, commentWordsOther)
		}
		buf = append(buf, commentFoldByte(c))
	}
	*scratch = buf
	allowed := commentWordMask
	if other {
		allowed |= commentOtherMask
	}
	for p, c := range buf {
		for m := commentFirstByte[c] & allowed; m != 0; m &= m - 1 {
			if bytes.HasPrefix(buf[p:], commentASCIIWords[bits.TrailingZeros64(m)]) {
				return true
			}
		}
	}
	return false
}

// commentASCIIWords are commentWords and the ASCII words of
// commentWordsOther; commentWordMask and commentOtherMask are the bits of
// each list in commentFirstByte, which has for each byte the bits of the
// words that start with it: hasCommentWord tries at each byte only the
// words that start with it. (At most 64 words: a test checks it.)
var (
	commentASCIIWords                 [][]byte
	commentWordMask, commentOtherMask uint64
	commentFirstByte                  [256]uint64
)

func init() {
	add := func(w string) uint64 {
		bit := uint64(1) << len(commentASCIIWords)
		commentASCIIWords = append(commentASCIIWords, []byte(w))
		commentFirstByte[w[0]] |= bit
		return bit
	}
	for _, w := range commentWords {
		commentWordMask |= add(w)
	}
	for _, w := range commentWordsOther {
		if commentIsASCII(w) {
			commentOtherMask |= add(w)
		}
	}
}

func commentIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// strongCommentMarker reports whether t is a strong comment marker: it
// matches a group of reColonCommentMarker, reDigitCommentMarker,
// reWordCommentMarker and reAgoCommentMarker that it has what every
// marker of has (see commentShape).
func strongCommentMarker(t string) bool {
	if t != "" && t[len(t)-1] == ':' && reColonCommentMarker.MatchString(t) {
		return true
	}
	if strings.ContainsAny(t, "0123456789") && reDigitCommentMarker.MatchString(t) {
		return true
	}
	if (commentContainsFold(t, "comment") || commentContainsFold(t, " a reply") || commentContainsFold(t, "join the ")) &&
		reWordCommentMarker.MatchString(t) {
		return true
	}
	return commentContainsFold(t, "ago") && reAgoCommentMarker.MatchString(t)
}
