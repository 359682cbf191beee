// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package htmlparse

import (
	"bytes"
	"strings"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The strings of a token, made without copying where the input's bytes
// are the string: a tag name or attribute key is its atom's string, and
// text, comments and attribute values with nothing to unescape, no
// newline to convert and no NUL are strings over the input itself
// (unsafe.String; the input is never written to, see Parse). Only text
// that changes is copied. x/net/html's Token copies every one of them
// and converts them in place in its buffer.

// attrScanMax is how many saved attributes readTag compares a new key
// with one by one before it keeps a set of them: tags have a handful of
// attributes, and a map per tag cost more than the comparisons, but a
// tag with thousands must not be quadratic.
const attrScanMax = 16

// NewTokenizer returns a Tokenizer for the whole input src, which is
// assumed to be UTF-8 and must not change while the tokens (and the
// strings taken from them) are in use.
func NewTokenizer(src []byte) *Tokenizer {
	return &Tokenizer{buf: src}
}

// Token returns the current Token, as x/net/html's Tokenizer.Token does.
func (z *Tokenizer) Token() Token {
	t := Token{Type: z.tt}
	switch z.tt {
	case TextToken, CommentToken, DoctypeToken:
		t.Data = z.text()
	case StartTagToken, SelfClosingTagToken, EndTagToken:
		if z.data.start < z.data.end {
			name := z.buf[z.data.start:z.data.end]
			t.DataAtom, t.Data = z.name(name)
			if z.tt != EndTagToken && len(z.attr) > 0 {
				t.Attr = z.attrs()
			}
		}
	}
	return t
}

// str is the string over b, without a copy.
func str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// text is the unescaped text of a text, comment or doctype token
// (x/net/html's Tokenizer.Text).
func (z *Tokenizer) text() string {
	s := z.buf[z.data.start:z.data.end]
	nul := (z.convertNUL || z.tt == CommentToken) && bytes.IndexByte(s, 0) >= 0
	cr := bytes.IndexByte(s, '\r') >= 0
	amp := !z.textIsRaw && bytes.IndexByte(s, '&') >= 0
	if !nul && !cr && !amp {
		return str(s)
	}
	t := str(s)
	if nul || cr {
		b := convertNewlines(bytes.Clone(s))
		if nul {
			b = bytes.ReplaceAll(b, []byte("\x00"), []byte("\ufffd"))
		}
		t = string(b)
	}
	if amp {
		t = html.UnescapeString(t)
	}
	return t
}

// name is the atom and lower-cased string of a tag name or attribute key
// (x/net/html's lower and atom.String, after NULs are replaced).
func (z *Tokenizer) name(b []byte) (atom.Atom, string) {
	if needsLower(b) {
		z.scratch = append(z.scratch[:0], b...)
		if bytes.IndexByte(b, 0) >= 0 {
			z.scratch = bytes.ReplaceAll(z.scratch, []byte("\x00"), []byte("\ufffd"))
		}
		b = lower(z.scratch)
		if a := atom.Lookup(b); a != 0 {
			return a, a.String()
		}
		return 0, string(b)
	}
	if a := atom.Lookup(b); a != 0 {
		return a, a.String()
	}
	return 0, str(b)
}

// needsLower reports whether b has an upper-case ASCII letter or a NUL.
func needsLower(b []byte) bool {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' || c == 0 {
			return true
		}
	}
	return false
}

// lower lower-cases the ASCII letters of b in place.
func lower(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// attrSlab is how many attributes attrs allocates at once: one
// allocation for the attributes of many tags.
const attrSlab = 256

// attrs are the current start tag's attributes (x/net/html's TagAttr).
// They are taken from a slab, capped at their length, so that appending
// to one tag's attributes (the parser does) cannot overwrite another's.
func (z *Tokenizer) attrs() []Attribute {
	n := len(z.attr)
	if cap(z.attrSlab)-len(z.attrSlab) < n {
		z.attrSlab = make([]Attribute, 0, max(n, attrSlab))
	}
	k := len(z.attrSlab)
	z.attrSlab = z.attrSlab[:k+n]
	out := z.attrSlab[k : k+n : k+n]
	for i, x := range z.attr {
		_, out[i].Key = z.name(z.buf[x[0].start:x[0].end])
		out[i].Val = attrVal(z.buf[x[1].start:x[1].end])
	}
	return out
}

// attrVal is an attribute's value as x/net/html gives it: NULs replaced,
// newlines converted, character references unescaped.
func attrVal(s []byte) string {
	nul := bytes.IndexByte(s, 0) >= 0
	cr := bytes.IndexByte(s, '\r') >= 0
	amp := bytes.IndexByte(s, '&') >= 0
	if !nul && !cr && !amp {
		return str(s)
	}
	t := str(s)
	if nul || cr {
		b := bytes.Clone(s)
		if nul {
			b = bytes.ReplaceAll(b, []byte("\x00"), []byte("\ufffd"))
		}
		t = string(convertNewlines(b))
	}
	if amp {
		t = unescapeAttr(t)
	}
	return t
}

// attrSeen reports whether the current tag already has an attribute
// whose key is key's, ignoring ASCII case (x/net/html keeps the first).
func (z *Tokenizer) attrSeen(key span) bool {
	k := z.buf[key.start:key.end]
	if len(z.attr) < attrScanMax {
		for _, x := range z.attr {
			if equalFoldASCII(z.buf[x[0].start:x[0].end], k) {
				return true
			}
		}
		return false
	}
	if len(z.attrNames) == 0 {
		if z.attrNames == nil {
			z.attrNames = make(map[string]bool)
		}
		for _, x := range z.attr {
			z.attrNames[string(lower(bytes.Clone(z.buf[x[0].start:x[0].end])))] = true
		}
	}
	lk := string(lower(bytes.Clone(k)))
	if z.attrNames[lk] {
		return true
	}
	z.attrNames[lk] = true // it is saved next
	return false
}

// equalFoldASCII reports whether a and b are equal once their ASCII
// letters are lower-cased.
func equalFoldASCII(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		c, d := a[i], b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// convertNewlines converts "\r" and "\r\n" in s to "\n".
// The conversion happens in place, but the resulting slice may be shorter.
func convertNewlines(s []byte) []byte {
	for i, c := range s {
		if c != '\r' {
			continue
		}

		src := i + 1
		if src >= len(s) || s[src] != '\n' {
			s[i] = '\n'
			continue
		}

		dst := i
		for src < len(s) {
			if s[src] == '\r' {
				if src+1 < len(s) && s[src+1] == '\n' {
					src++
				}
				s[dst] = '\n'
			} else {
				s[dst] = s[src]
			}
			src++
			dst++
		}
		return s[:dst]
	}
	return s
}

// unescapeAttr unescapes an attribute value as x/net/html's
// unescape(b, true) does, through html.UnescapeString (so that the
// entity table is not linked twice). In an attribute, a named reference
// without ';' followed by '=' stays as it is, and a name is decoded only
// when it is a whole entity name: outside attributes, "&notit;" decodes
// its prefix "&not" and keeps "it;", in an attribute it stays. Numeric
// references decode the same in both.
func unescapeAttr(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		end := len(s)
		if j := strings.IndexByte(s[i+1:], '&'); j >= 0 {
			end = i + 1 + j
		}
		b.WriteString(unescapeAttrRef(s[i:end]))
		i = end
	}
	return b.String()
}

// unescapeAttrRef unescapes the character reference that seg starts
// with; seg has no other '&' (what follows a reference up to the next
// '&' is copied as it is by x/net/html's unescape).
func unescapeAttrRef(seg string) string {
	if len(seg) <= 1 || seg[1] == '#' {
		return html.UnescapeString(seg)
	}
	// The name, as unescapeEntity reads it: letters and digits, and a
	// closing ';' if there is one.
	i := 1
	for i < len(seg) {
		c := seg[i]
		i++
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if c != ';' {
			i--
		}
		break
	}
	name := seg[1:i]
	if name == "" {
		return seg
	}
	semi := name[len(name)-1] == ';'
	if !semi && i < len(seg) && seg[i] == '=' {
		return seg
	}
	r := html.UnescapeString(seg[:i])
	if r == seg[:i] || !wholeName(r, name, semi) {
		return seg
	}
	return r + seg[i:]
}

// wholeName reports whether r, what html.UnescapeString made of "&"+name
// (and not "&"+name itself), decoded the whole name and not a prefix of
// it. A prefix's decoding keeps the rest of the name: it ends in ';' when
// the name does, else in a letter or digit. No whole name decodes to text
// ending so, except "semi;" (";"): the names without ';' are the legacy
// Latin-1 ones (none decodes to a letter or a digit), and of the names
// with ';' only "semi;" decodes to ';'. FuzzParse checks this against
// x/net/html.
func wholeName(r, name string, semi bool) bool {
	last := r[len(r)-1]
	if semi {
		return name == "semi;" || last != ';'
	}
	return !('a' <= last && last <= 'z' || 'A' <= last && last <= 'Z' || '0' <= last && last <= '9')
}
