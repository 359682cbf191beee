package cleaner

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// commentShape is the cheap test in front of the comment-marker regular
// expressions of findComments: false only for a line neither can match,
// so that most lines of a long paste are not lower-cased and matched.
// Every strong marker ends in a colon, has a digit, or has "comment",
// "ago", " a reply" or "join the " in it (any case); a weak marker is one
// word of weakCommentWords with at most a count after it. The test is
// made on ASCII lines only, where case folding is ASCII's; any other line
// is a candidate.
func commentShape(t string) bool {
	if t == "" {
		return true // the regular expressions decide, as before
	}
	if t[len(t)-1] == ':' {
		return true
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf || '0' <= c && c <= '9' {
			return true
		}
	}
	// One word alone, as long as the longest weak marker at most (a
	// count after it has a digit, taken above).
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

// weakCommentMaxLen is the length in bytes of the longest weak marker.
var weakCommentMaxLen = func() int {
	n := 0
	for _, w := range weakCommentWords {
		n = max(n, len(w))
	}
	return n
}()

// commentContainsFold reports whether the ASCII text s contains the
// lower-case ASCII word w in any case.
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
