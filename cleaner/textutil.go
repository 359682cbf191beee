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
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf { // ASCII, most of most texts: no table look-ups
			i++
			switch {
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
				if !in {
					n++
				}
				in = true
			case r == '\'' && in:
			default:
				in = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isCJK(r):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' && in || r == '’' && in || in && isMark(r):
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
// apostrophes). Combining marks inside a word (Arabic vowel signs) are
// part of it but dropped from it: word lists are written without them.
func words(s string) []string {
	var out []string
	start, marks := -1, false
	for i, r := range s {
		mark := start >= 0 && (isMark(r) || r == softHyphen)
		inner := (r == '\'' || r == '’' || mark) && start >= 0
		marks = marks || mark
		if unicode.IsLetter(r) && !isCJK(r) || unicode.IsDigit(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, foldWord(s[start:i], marks))
			start, marks = -1, false
		}
		if isCJK(r) {
			out = append(out, string(r))
		}
	}
	if start >= 0 {
		out = append(out, foldWord(s[start:], marks))
	}
	return out
}

// foldWord lower-cases a word, drops trailing apostrophes and, when it has
// any, its combining marks.
func foldWord(w string, marks bool) string {
	w = strings.ToLower(strings.TrimRight(w, "'’"))
	if marks {
		w = strings.Map(func(r rune) rune {
			if isMark(r) || r == softHyphen {
				return -1
			}
			return r
		}, w)
	}
	return w
}

// isMark reports a combining mark: Arabic and Hebrew vowel signs, Indic
// vowel signs, decomposed accents. Inside a word it is part of the word.
func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Mc) }

// isCJK reports Han, Hiragana, Katakana and Hangul characters.
func isCJK(r rune) bool {
	return r >= 0x2e80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// foldKey normalises text for duplicate detection: lower case, letters and
// digits only, single spaces.
func foldKey(s string) string {
	b, _ := appendFoldKey(nil, s)
	return string(b)
}

// appendFoldKey appends foldKey(s) to dst and returns it with the number
// of words: the same as strings.Join(words(s), " "), in one pass and
// without a string per word (ASCII words are lower-cased in place).
func appendFoldKey(dst []byte, s string) ([]byte, int) {
	n, start := 0, -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) || (r == '\'' || r == '’' || r >= utf8.RuneSelf && (isMark(r) || r == softHyphen)) && start >= 0 {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			dst = appendFoldWord(dst, n, s[start:i])
			n++
			start = -1
		}
		if r >= utf8.RuneSelf && isCJK(r) {
			if n > 0 {
				dst = append(dst, ' ')
			}
			dst = utf8.AppendRune(dst, r)
			n++
		}
		i += size
	}
	if start >= 0 {
		dst = appendFoldWord(dst, n, s[start:])
		n++
	}
	return dst, n
}

// isWordRune is a letter outside the CJK scripts or a digit: what words
// runs together into one word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) && !isCJK(r) || unicode.IsDigit(r)
}

// appendFoldWord appends w lower-cased, without trailing apostrophes,
// after a space unless it is the first word.
func appendFoldWord(dst []byte, n int, w string) []byte {
	if n > 0 {
		dst = append(dst, ' ')
	}
	w = strings.TrimRight(w, "'’")
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, foldWord(w, true)...) // lower case, combining marks dropped
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
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
