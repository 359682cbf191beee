package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trimSpace trims Unicode white space, including no-break spaces.
func trimSpace(s string) string { return strings.TrimFunc(s, isSpace) }

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// countWords counts runs of letters and digits; a CJK character counts as
// a word of its own, since those scripts do not separate words by spaces.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case isCJK(r):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' && in || r == '’' && in:
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// words splits s into lower-cased words (letters, digits and inner
// apostrophes).
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		inner := (r == '\'' || r == '’') && start >= 0
		if unicode.IsLetter(r) && !isCJK(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(strings.TrimRight(s[start:i], "'’")))
			start = -1
		}
		if isCJK(r) {
			out = append(out, string(r))
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(strings.TrimRight(s[start:], "'’")))
	}
	return out
}

// isCJK reports Han, Hiragana, Katakana and Hangul characters.
func isCJK(r rune) bool {
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// foldKey normalises text for duplicate detection: lower case, letters and
// digits only, single spaces.
func foldKey(s string) string {
	return strings.Join(words(s), " ")
}

// firstInvalidUTF8 returns the offset of the first invalid byte, or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// runeCount counts the characters of s.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// foldLines joins a hard-wrapped or drop-capped text into one line: a
// single capital on its own line is a drop cap and joins without a space.
func foldLines(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	var b strings.Builder
	for i, p := range parts {
		p = trimSpace(p)
		if p == "" {
			continue
		}
		if i > 0 && b.Len() > 0 && !isDropCap(parts[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

func isDropCap(s string) bool {
	s = trimSpace(s)
	return len([]rune(s)) == 1 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// softHyphen (U+00AD) marks where a browser may break a word; it is never
// shown unless the line breaks there, so it is not part of the text.
const softHyphen = "\u00ad"

// dropSoftHyphens removes soft hyphens, which would otherwise split words
// for the word counts and break every search for the visible text.
func dropSoftHyphens(s string) string {
	if !strings.Contains(s, softHyphen) {
		return s
	}
	return strings.ReplaceAll(s, softHyphen, "")
}
