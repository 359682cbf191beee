package cleaner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// scan is the one pass the features stage makes over a block's text. It
// appends the folded words to dst, exactly as appendFoldKey does (the
// same rules, kept in step with it by the tests against the reference
// stage), and gathers in the same loop the letters' measurements: the
// characters, the shares of capitalised words, capitals, digits and
// Latin letters, the menu separators, and the word lists of featureWords
// found in the lower-cased text, the stop words among the words, and
// listTemplate when the text has a
// byte a template placeholder starts with. It returns the key, its
// number of words, the number of digits, the lists found, and whether a
// word of the key may open a contains phrase (phraseTable.opens: when
// none does, matchPhrase need not look for one). Of a text longer than
// listMaxWords words only listURL is found (the other lists are read for
// shorter blocks alone).
func (f *features) scan(dst []byte, text string, stop *wordSet) (key []byte, n, digits int, found uint64, opens bool) {
	dst = slices.Grow(dst, len(text)) // the key of ASCII text is never longer
	m := featureWords()
	pt := phrases()
	found = m.always
	st := 0 // the row of m's state
	var lowered [utf8.UTFMax]byte
	chars, letters, upper, caps, latin := 0, 0, 0, 0, 0
	inWord := false                 // inside a word as capShare counts words
	start, at, wide := -1, 0, false // the key's word: where it starts in text and in dst; has non-ASCII
	lists := true                   // whether the automaton still runs (see listMaxWords)
	for i := 0; i < len(text); {
		chars++
		if lists && n > listMaxWords {
			lists = false
		}
		if c := text[i]; c < utf8.RuneSelf {
			i++
			folded := c
			switch {
			case 'a' <= c && c <= 'z':
				letters++
				latin++
				inWord = true
			case 'A' <= c && c <= 'Z':
				letters++
				latin++
				upper++
				if !inWord {
					caps++
				}
				inWord = true
				folded = c + 'a' - 'A'
			case '0' <= c && c <= '9':
				digits++
				inWord = true
			default:
				inWord = c == '\'' || c == '-' && inWord
				switch c {
				case '|', '\t', '/':
					f.separators++
				case '{', '$', '[', '<':
					found |= listTemplate
				}
			}
			if lists {
				row := m.next[st+int(m.class[folded])]
				st = int(row &^ foldHit)
				if row&foldHit != 0 {
					found |= m.hit(row)
				}
			}
			// The key: letters, digits and inner apostrophes make words.
			if 'a' <= folded && folded <= 'z' || '0' <= c && c <= '9' || c == '\'' && start >= 0 {
				if start < 0 {
					start, wide = i-1, false
					if n > 0 {
						dst = append(dst, ' ')
					}
					at = len(dst)
				}
				dst = append(dst, folded)
			} else if start >= 0 {
				if wide {
					dst = foldWide(dst, at, text[start:i-1])
				} else {
					dst = trimApostrophes(dst, at)
				}
				opens = opens || pt.opens.hasBytes(dst[at:])
				if stop.hasBytes(dst[at:]) {
					f.stop++
				}
				n++
				start = -1
			}
			continue
		}
		c, size := utf8.DecodeRuneInString(text[i:])
		// General punctuation (U+2000–U+206F: spaces, dashes, quotes,
		// bullets) has no letters, digits, marks or cases: no table
		// look-ups for it.
		punct := c >= 0x2000 && c <= 0x206f
		switch {
		case punct:
			inWord = c == '’'
			if c == '•' || c == '›' || c == '‹' {
				f.separators++
			}
		case unicode.IsLetter(c):
			letters++
			if c < 0x250 || unicode.Is(unicode.Latin, c) {
				latin++
			}
			if unicode.IsUpper(c) {
				upper++
				if !inWord {
					caps++
				}
			}
			inWord = true
		case unicode.IsDigit(c):
			digits++
			inWord = true
		default:
			inWord = c == '’'
			switch c {
			case '•', '·', '»', '›', '«', '‹':
				f.separators++
			}
		}
		// The bytes strings.ToLower writes for c (U+FFFD for an invalid
		// byte), as foldMatcher.match feeds them.
		if lists {
			lower := c
			if !punct {
				lower = unicode.ToLower(c)
			}
			for _, b := range utf8.AppendRune(lowered[:0], lower) {
				row := m.next[st+int(m.class[b])]
				st = int(row &^ foldHit)
				if row&foldHit != 0 {
					found |= m.hit(row)
				}
			}
		}
		// The key, as appendFoldKey makes it.
		switch {
		case punct && c != '’':
			// General punctuation only ends a word (see appendFoldKey).
			if start >= 0 {
				dst = endFoldWord(dst, at, text[start:i], wide)
				opens = opens || pt.opens.hasBytes(dst[at:])
				if stop.hasBytes(dst[at:]) {
					f.stop++
				}
				n++
				start = -1
			}
		case c == '’' && start >= 0 || isWordRune(c) || (isMark(c) || c == softHyphen) && start >= 0:
			if start < 0 {
				start = i
				if n > 0 {
					dst = append(dst, ' ')
				}
				at = len(dst)
			}
			wide = true
		default:
			if start >= 0 {
				dst = endFoldWord(dst, at, text[start:i], wide)
				opens = opens || pt.opens.hasBytes(dst[at:])
				if stop.hasBytes(dst[at:]) {
					f.stop++
				}
				n++
				start = -1
			}
			if isCJK(c) {
				if n > 0 {
					dst = append(dst, ' ')
				}
				at = len(dst)
				dst = utf8.AppendRune(dst, c)
				opens = opens || pt.opens.hasBytes(dst[at:])
				if stop.hasBytes(dst[at:]) {
					f.stop++
				}
				n++
			}
		}
		i += size
	}
	if start >= 0 {
		dst = endFoldWord(dst, at, text[start:], wide)
		opens = opens || pt.opens.hasBytes(dst[at:])
		if stop.hasBytes(dst[at:]) {
			f.stop++
		}
		n++
	}
	if !lists {
		// Past listMaxWords words only urlWords count: looked for
		// anew over the whole text.
		found &^= listURL
		if hasURLWord(text) {
			found |= listURL
		}
	}
	f.chars = chars
	if n > 0 {
		f.capShare = float64(caps) / float64(n)
	}
	if letters > 0 {
		f.upperShare = float64(upper) / float64(letters)
		f.latinShare = float64(latin) / float64(letters)
	}
	if chars > 0 {
		f.digitShare = float64(digits) / float64(chars)
	}
	return dst, n, digits, found, opens
}

// listMaxWords is the longest block, in words, measureInto reads a
// featureLists list for, but for urlWords: authorBioMaxWords (the
// caption lists stop sooner, captionMaxWords and captionOtherMaxWords).
const listMaxWords = authorBioMaxWords

// hasURLWord reports whether strings.ToLower(s) holds one of urlWords,
// read off the bytes of s: the words are ASCII without i or k (the only
// ASCII letters another character lowers to), so lower-casing the ASCII
// letters alone gives the same answer.
func hasURLWord(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		switch s[i] {
		case 'h', 'H':
			if lowerASCII(s[i+1]) == 't' && lowerASCII(s[i+2]) == 't' && lowerASCII(s[i+3]) == 'p' {
				return true
			}
		case 'w', 'W':
			if lowerASCII(s[i+1]) == 'w' && lowerASCII(s[i+2]) == 'w' && s[i+3] == '.' {
				return true
			}
		}
	}
	return false
}
