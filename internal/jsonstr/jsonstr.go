// Package jsonstr appends Go strings as JSON strings, byte for byte as
// encoding/json writes them with HTML escaping off. The CLI's streamed
// JSON lines and the wasm's Record are written by hand (no reflection, one
// buffer), and both need this one piece; it is most of their cost, since
// the strings are most of their bytes.
package jsonstr

import (
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// plain marks the bytes that stand for themselves in a JSON string:
// printable ASCII other than the quote and the backslash. Append copies
// runs of them whole, one table look-up a byte.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// Append appends s to dst as a JSON string: quotes, backslashes and
// control characters escaped (\b \f \n \r \t by name, the others as
// \u00XX), invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped so that
// the string is also valid JavaScript.
func Append(dst []byte, s string) []byte {
	return appendString(dst, s, false)
}

// AppendASCII is Append with every character beyond ASCII escaped too
// (\uXXXX, a surrogate pair beyond the Basic Multilingual Plane): the same
// string to a JSON parser, in ASCII bytes only. (A browser decodes ASCII
// bytes into a string of one byte a character; other UTF-8 takes a
// decoder and makes two bytes a character of every string made from it.)
func AppendASCII(dst []byte, s string) []byte {
	return appendString(dst, s, true)
}

// appendString is Append, or AppendASCII with ascii.
func appendString(dst []byte, s string, ascii bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight plain bytes at a time (see plainWord): most of a text is
		// runs of them, and this is most of the wasm's crossing.
		for i+8 <= len(s) && plainWord(s[i:i+8]) {
			i += 8
		}
		// Then byte by byte up to the byte that is not plain (which the
		// word just tested holds), not back to the words before it.
		for i < len(s) && plain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		case ascii:
			dst = append(dst, s[start:i]...)
			if r > 0xffff {
				r1, r2 := utf16.EncodeRune(r)
				dst = appendU(dst, r1)
				r = r2
			}
			dst = appendU(dst, r)
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// NonASCII counts the bytes of s beyond ASCII.
func NonASCII(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		n += bits.OnesCount64(word(s[i:i+8]) & swarHigh)
	}
	for _, c := range []byte(s[i:]) {
		n += int(c >> 7)
	}
	return n
}

// appendU appends the escape \uXXXX of the UTF-16 code unit r.
func appendU(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// word is the eight bytes of b (len(b) == 8) as a little-endian word.
func word(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Constants of the eight-bytes-at-a-time test (SWAR: "SIMD within a
// register"), one byte of each in every byte of a word.
const (
	swarOnes  = 0x0101010101010101
	swarHigh  = 0x8080808080808080
	swarQuote = swarOnes * '"'
	swarSlash = swarOnes * '\\'
	swarSpace = swarOnes * 0x20
)

// plainWord reports whether all eight bytes of w (len(w) == 8) are plain:
// none is below 0x20, at or above 0x80, a quote or a backslash. A byte
// below 0x20 borrows when 0x20 is taken from it and sets its high bit in
// x-swarSpace (where no byte has its high bit already); a byte equal to
// the quote or the backslash is zero after the XOR, and the same test
// against 0x01 finds it. Borrows across bytes only make it say "not
// plain" when an earlier byte is not, so a true answer is exact.
func plainWord(w string) bool {
	x := word(w)
	if x&swarHigh != 0 {
		return false
	}
	q, b := x^swarQuote, x^swarSlash
	return ((x-swarSpace)|(q-swarOnes)|(b-swarOnes))&swarHigh == 0
}
