package cleaner

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// trimSpace trims Unicode white space, including no-break spaces.
func trimSpace(s string) string { return strings.TrimFunc(s, isSpace) }

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// countWords counts runs of letters and digits; a CJK character counts as
// a word of its own, since those scripts do not separate words by spaces.
// ASCII, the two-byte runes (Latin, Greek, Cyrillic, Hebrew, Arabic…) and
// general punctuation (’ “ ” – —) are classified without unicode's
// tables: the command line counts the words of a whole long paste for
// its statistics.
func countWords(s string) int {
	n, in := 0, false
	var two *[twoByteRunes]uint8
	for i := 0; i < len(s); {
		c := s[i]
		if asciiWordByte[c] { // an ASCII word: read to its end at once
			if !in {
				n++
			}
			in = true
			for i++; i < len(s) && asciiWordByte[s[i]]; i++ {
			}
			continue
		}
		if c < utf8.RuneSelf {
			in = in && c == '\''
			i++
			continue
		}
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 { // U+0080–U+07FF
			if two == nil {
				two = twoByteClasses()
			}
			switch two[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)] {
			case runeWord:
				if !in {
					n++
				}
				in = true
			case runeMark: // inside a word, part of it
			default:
				in = false
			}
			i += 2
			continue
		}
		if c == 0xe2 && i+2 < len(s) && (s[i+1] == 0x80 || s[i+1] == 0x81 && s[i+2] <= 0xaf) && s[i+2]&0xc0 == 0x80 {
			// U+2000–U+206F, general punctuation: no letter, digit or
			// mark; the apostrophe ’ goes on a word.
			in = in && s[i+1] == 0x80 && s[i+2] == 0x99
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isCJK(r):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' && in || in && isMark(r):
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

// asciiWordByte marks the ASCII letters and digits.
var asciiWordByte = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// twoByteRunes is how many runes UTF-8 writes in one or two bytes.
const twoByteRunes = 0x800

// The classes of twoByteClasses.
const (
	runeOther = iota
	runeWord  // a letter or a digit
	runeMark  // a combining mark (isMark), not a letter or digit
)

// twoByteClasses classifies the runes below U+0800 as countWords reads
// them, made on first use (not at start-up, which the browser waits for).
var twoByteClasses = sync.OnceValue(func() *[twoByteRunes]uint8 {
	var t [twoByteRunes]uint8
	for r := rune(0); r < twoByteRunes; r++ {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t[r] = runeWord
		case isMark(r):
			t[r] = runeMark
		}
	}
	return &t
})

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
// without a string per word (ASCII words are lower-cased as they are
// copied; a word with other characters is folded by foldWord's rules at
// its end).
func appendFoldKey(dst []byte, s string) ([]byte, int) {
	dst = slices.Grow(dst, len(s)) // the key of ASCII text is never longer
	n, start := 0, -1
	at, wide := 0, false // where the word's folded bytes start; whether it has non-ASCII
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || c == '\'' && start >= 0 {
				if start < 0 {
					start, wide = i-1, false
					if n > 0 {
						dst = append(dst, ' ')
					}
					at = len(dst)
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
				continue
			}
			if start >= 0 {
				if wide {
					dst = foldWide(dst, at, s[start:i-1])
				} else {
					dst = trimApostrophes(dst, at)
				}
				n++
				start = -1
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2000 && r <= 0x206f && r != '’' {
			// General punctuation (spaces, dashes, quotes other than
			// the apostrophe, invisible formatting): none is a letter,
			// a digit, a mark or CJK, so each only ends a word.
			if start >= 0 {
				if wide {
					dst = foldWide(dst, at, s[start:i])
				} else {
					dst = trimApostrophes(dst, at)
				}
				n++
				start = -1
			}
			i += size
			continue
		}
		if isWordRune(r) || (r == '’' || isMark(r) || r == softHyphen) && start >= 0 {
			if start < 0 {
				start = i
				if n > 0 {
					dst = append(dst, ' ')
				}
				at = len(dst)
			}
			wide = true
			i += size
			continue
		}
		if start >= 0 {
			dst = endFoldWord(dst, at, s[start:i], wide)
			n++
			start = -1
		}
		if isCJK(r) {
			if n > 0 {
				dst = append(dst, ' ')
			}
			dst = utf8.AppendRune(dst, r)
			n++
		}
		i += size
	}
	if start >= 0 {
		dst = endFoldWord(dst, at, s[start:], wide)
		n++
	}
	return dst, n
}

// endFoldWord finishes the word w whose folded bytes start at dst[at:]:
// an ASCII word is there already, lower-cased, and loses its trailing
// apostrophes; a wider one is written anew by foldWide.
func endFoldWord(dst []byte, at int, w string, wide bool) []byte {
	if !wide {
		return trimApostrophes(dst, at)
	}
	return foldWide(dst, at, w)
}

// trimApostrophes drops the trailing apostrophes of the word at dst[at:].
func trimApostrophes(dst []byte, at int) []byte {
	for len(dst) > at && dst[len(dst)-1] == '\'' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// foldWide writes w at dst[at:] as foldWord(w, true) would: without
// trailing apostrophes, each character lower-cased, combining marks and
// soft hyphens dropped.
func foldWide(dst []byte, at int, w string) []byte {
	dst = dst[:at]
	for { // strings.TrimRight(w, "'’"), without its search of the cut set
		if strings.HasSuffix(w, "'") {
			w = w[:len(w)-1]
		} else if strings.HasSuffix(w, "’") {
			w = w[:len(w)-len("’")]
		} else {
			break
		}
	}
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if r = unicode.ToLower(r); !isMark(r) && r != softHyphen {
			dst = utf8.AppendRune(dst, r)
		}
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

// isWordRune is a letter outside the CJK scripts or a digit: what words
// runs together into one word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) && !isCJK(r) || unicode.IsDigit(r)
}
