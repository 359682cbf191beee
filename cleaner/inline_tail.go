package cleaner

import (
	"strings"
)

// Cheap exact tests in front of cutInline's end-anchored regular
// expressions. Each is a necessary condition for its pattern to match, so
// the result is the same, but most paragraphs are turned away by a look
// at their last few bytes instead of a backtracking search through their
// tail.

// reSpaceSet is what \s matches in Go's regular expressions.
const reSpaceSet = " \t\n\f\r"

// mayEndWithDomain reports whether reTrailingDomain can match s: the text
// ends, before white space, with a dot and one of its top-level domains.
func mayEndWithDomain(s string) bool {
	s = strings.TrimRight(s, reSpaceSet)
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 {
		return false
	}
	return asciiFoldedIn(s[dot+1:], "com", "org", "net", "uk", "co", "io", "news", "info", "tv", "us", "ca", "au", "de", "fr")
}

// mayEndWithReadMore reports whether reTrailingReadMore can match s: the
// text ends, before white space and closing marks, with the last word of
// one of its phrases.
func mayEndWithReadMore(s string) bool {
	s = strings.TrimRight(s, reSpaceSet)
	s = strings.TrimRight(s, ":.…»›>")
	s = strings.TrimRight(s, reSpaceSet)
	const longest = len("reading")
	tail := s[max(0, len(s)-longest-1):]
	for i := 0; i < len(tail); i++ {
		if tail[i] >= 0x80 {
			return true // case folding reaches beyond ASCII (ſ, K): leave it to the pattern
		}
	}
	lower := strings.ToLower(tail)
	for _, w := range []string{"more", "reading", "story", "article"} {
		if strings.HasSuffix(lower, w) {
			return true
		}
	}
	return false
}

// mayEndBracketed reports whether reSourceTagBracketed can match s: the
// text ends, before white space, with a closing bracket.
func mayEndBracketed(s string) bool {
	s = strings.TrimRight(s, reSpaceSet)
	return s != "" && (s[len(s)-1] == ')' || s[len(s)-1] == ']')
}

// mayEndWithLabel reports whether reSourceTagLabel can match s: after its
// label's colon the text runs to the end without a sentence mark, so
// after the last colon too.
func mayEndWithLabel(s string) bool {
	c := strings.LastIndexByte(s, ':')
	return c >= 0 && !strings.ContainsAny(s[c+1:], ".!?")
}

// mayEndWithVia reports whether reSourceTagVia can match s: "via" or
// "h/t", in any case, after the last sentence mark (the names after it
// run to the end without one). Those letters fold only within ASCII.
func mayEndWithVia(s string) bool {
	s = s[strings.LastIndexAny(s, ".!?")+1:]
	for i := 0; i+3 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'v':
			if s[i+1]|0x20 == 'i' && s[i+2]|0x20 == 'a' {
				return true
			}
		case 'h':
			if s[i+1] == '/' && s[i+2]|0x20 == 't' {
				return true
			}
		}
	}
	return false
}

// asciiFoldedIn reports whether s equals one of words ignoring case as
// (?i) does: strings.EqualFold folds by the same Unicode orbits (ſ to s,
// K (Kelvin) to k), so s beyond ASCII is compared, not let through.
func asciiFoldedIn(s string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// matchIf is re.FindStringSubmatchIndex(s) where may holds, else nil.
func matchIf(may bool, re *lazyRegexp, s string) []int {
	if !may {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}
