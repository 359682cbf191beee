package cleaner

import (
	"bytes"
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
	for i := 0; i < len(t); i++ {
		if '0' <= t[i] && t[i] <= '9' { // \d is ASCII
			return true
		}
	}
	// One word alone, as long as the longest weak marker at most (a
	// count after it has a digit, taken above). \s is ASCII white space.
	if len(t) <= weakCommentMaxLen && strings.IndexAny(t, " \t\n\v\f\r") < 0 {
		return true
	}
	for _, w := range commentShapeWords {
		if commentContainsFold(t, w) {
			return true
		}
	}
	return false
}

// commentShapeWords: one of them is in every strong marker without a
// digit or a final colon (see reCommentMarker): "view comments", "a day
// ago", "leave a reply", "join the conversation".
var commentShapeWords = []string{"comment", "ago", " a reply", "join the "}

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
	return commentContainsAny(buf, commentWordBytes) || other && commentContainsAny(buf, commentWordsOtherASCII)
}

// commentWordBytes and commentWordsOtherASCII are commentWords and the
// ASCII words of commentWordsOther, for hasCommentWord.
var commentWordBytes, commentWordsOtherASCII = func() (all, ascii [][]byte) {
	for _, w := range commentWords {
		all = append(all, []byte(w))
	}
	for _, w := range commentWordsOther {
		if commentIsASCII(w) {
			ascii = append(ascii, []byte(w))
		}
	}
	return all, ascii
}()

func commentContainsAny(s []byte, subs [][]byte) bool {
	for _, w := range subs {
		if bytes.Contains(s, w) {
			return true
		}
	}
	return false
}

func commentIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
