package cleaner

import (
	"strings"
	"unicode/utf8"
)

// Byte-level helpers of the HTML walk: the text of every node of the page
// passes through them, so they test ASCII bytes by table and decode a rune
// only beyond ASCII. Each keeps exactly the answer of the rune-by-rune
// reference it replaces (html_text_test.go compares them).

// asciiSpace marks the ASCII bytes isSpace accepts (those of
// unicode.IsSpace: tab, newline, vertical tab, form feed, carriage return,
// space).
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceAt reports whether the character at s[i] is white space (isSpace)
// and its width in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return isSpace(r), w
}

// nextField returns the first run of non-space characters of s and what
// follows it; f is "" when s holds none. It splits as
// strings.FieldsFunc(s, isSpace) does.
func nextField(s string) (f, rest string) {
	i := 0
	for i < len(s) {
		sp, w := spaceAt(s, i)
		if !sp {
			break
		}
		i += w
	}
	if i == len(s) {
		return "", ""
	}
	start := i
	for i < len(s) {
		sp, w := spaceAt(s, i)
		if sp {
			return s[start:i], s[i:]
		}
		i += w
	}
	return s[start:], ""
}

// appendEscaped appends s to dst escaped as html.EscapeString does,
// without building the escaped copy.
func appendEscaped(dst []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		if e := htmlEscapes[s[i]]; e != "" {
			dst = append(dst, s[last:i]...)
			dst = append(dst, e...)
			last = i + 1
		}
	}
	return append(dst, s[last:]...)
}

// htmlEscapes are what html.EscapeString writes for the characters it
// escapes.
var htmlEscapes = [256]string{'&': "&amp;", '\'': "&#39;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\r': "&#13;"}

// trimSpaceBytes is trimSpace for bytes: isSpace characters cut from both
// ends.
func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 {
		if c := b[0]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			b = b[1:]
			continue
		}
		r, w := utf8.DecodeRune(b)
		if !isSpace(r) {
			break
		}
		b = b[w:]
	}
	for len(b) > 0 {
		if c := b[len(b)-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			b = b[:len(b)-1]
			continue
		}
		r, w := utf8.DecodeLastRune(b)
		if !isSpace(r) {
			break
		}
		b = b[:len(b)-w]
	}
	return b
}

// collapseSpace folds runs of white space into one space and trims: what
// strings.Join(strings.FieldsFunc(s, isSpace), " ") gives, returning s
// itself when it is folded already.
func collapseSpace(s string) string {
	folded := true
	for i, prevSpace := 0, true; i < len(s); {
		sp, w := spaceAt(s, i)
		if sp && (prevSpace || s[i] != ' ') {
			folded = false
			break
		}
		prevSpace = sp
		i += w
	}
	if folded && (s == "" || s[len(s)-1] != ' ') {
		return s
	}
	b := make([]byte, 0, len(s))
	for rest := s; ; {
		var f string
		if f, rest = nextField(rest); f == "" {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, f...)
	}
	return string(b)
}

// containsSoftHyphen reports whether s holds U+00AD ("\xc2\xad"), as
// strings.ContainsRune does. In wasm ContainsRune of a non-ASCII rune
// encodes the rune into a new string on every call, once per text node;
// IndexByte is assembly there.
func containsSoftHyphen(s string) bool {
	for {
		i := strings.IndexByte(s, 0xad)
		if i < 0 {
			return false
		}
		if i > 0 && s[i-1] == 0xc2 {
			return true
		}
		s = s[i+1:]
	}
}
