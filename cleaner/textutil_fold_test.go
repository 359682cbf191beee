package cleaner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestAppendFoldKeyMatchesWords checks the one-pass fold against
// strings.Join(words(s), " "), which it replaces on the hot path.
func TestAppendFoldKeyMatchesWords(t *testing.T) {
	cases := []string{
		"", "   ", "Hello, World!", "It's the writers' strike’s end’’ ok'", "'quoted' words",
		"ÉCOLE Straße İstanbul ΣΟΦΊΑ", "日本語のテキストと English mixed 한국어", "a1b2 3.14 x-y",
		"bad \xff\xfe bytes", "tab\tseparated\nlines", "ǅungla ﬁne", "’leading apostrophe",
		"إِنَّ الْكِتَابَ فِي الْمَكْتَبَةِ", "e\u0301cole de\u0301cision", "\u0301 a mark alone", "Wein\u00adwirt\u00adschaft \u00ad alone",
	}
	for _, s := range cases {
		want := strings.Join(words(s), " ")
		got, n := appendFoldKey(nil, s)
		assert.Equal(t, want, string(got), "%q", s)
		assert.Equal(t, len(words(s)), n, "%q: word count", s)
		assert.Equal(t, want, foldKey(s), "%q", s)
	}
}

// FuzzAppendFoldKey holds the fold to words on any input.
func FuzzAppendFoldKey(f *testing.F) {
	f.Add("Strike talks break off’ between Hollywood's actors, 日本 and İ")
	f.Fuzz(func(t *testing.T, s string) {
		got, n := appendFoldKey(nil, s)
		if want := strings.Join(words(s), " "); string(got) != want || n != len(words(s)) {
			t.Fatalf("%q: got %q (%d), want %q (%d)", s, got, n, want, len(words(s)))
		}
	})
}

// countWordsByRune is countWords as it was before its ASCII fast path:
// the reference the fast path must agree with.
func countWordsByRune(s string) int {
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

// countWordsByTables is countWords as it was before its tables for two-
// byte runes and general punctuation: every non-ASCII rune through
// unicode's tables. The reference the tables must agree with.
func countWordsByTables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
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

// FuzzCountWords holds countWords to the rune-by-rune reference (which
// knows no combining marks: the seeds have none) and to the one without
// its tables.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"", "It's the writers' strike’s end", "日本語 text 한국어", "a1 b2\xff 'x' ’y’", "ÉCOLE Straße"} {
		f.Add(s)
		if got, want := countWords(s), countWordsByRune(s); got != want {
			f.Fatalf("%q: %d words, want %d", s, got, want)
		}
	}
	for _, s := range []string{"фи\u0301лин ’x’ “quoted” — dash\u2070", "\xe2\x80", "\xe2\x81\xb0a", "\xc2", "\xc3\xa9\xcc\x81b", "a\u0301b \u0301c",
		"שָׁלוֹם עוֹלָם", "فِي الحَدِيقَةِ", "Ünïcödé\u00a0text\u2009here", "\xe2\x80\x99s it’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), countWordsByTables(s); got != want {
			t.Fatalf("%q: %d words, want %d", s, got, want)
		}
	})
}

// TestCountWordsTwoByteRunes: every rune below U+0800 and in U+2000–U+206F,
// alone, after a letter and before one, counts as the reference counts.
func TestCountWordsTwoByteRunes(t *testing.T) {
	for _, block := range [][2]rune{{0x80, 0x800}, {0x1ff0, 0x2100}} {
		for r := block[0]; r < block[1]; r++ {
			for _, s := range []string{string(r), "a" + string(r), string(r) + "b", "a" + string(r) + "b"} {
				if got, want := countWords(s), countWordsByTables(s); got != want {
					t.Fatalf("%q (%U): %d words, want %d", s, r, got, want)
				}
			}
		}
	}
}

// TestGeneralPunctuationEndsWords: appendFoldKey's shortcut for
// U+2000–U+206F holds for every character there but the apostrophe.
func TestGeneralPunctuationEndsWords(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		assert.Equal(t, r, unicode.ToLower(r), "%U", r) // scan feeds it to the automaton as it is
		if r == '’' {
			continue
		}
		assert.False(t, isWordRune(r) || isMark(r) || r == softHyphen || isCJK(r), "%U", r)
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r), "%U", r)
		assert.Equal(t, r, unicode.ToLower(r), "%U", r)
		s := "ab" + string(r) + "Cd" + string(r)
		got, n := appendFoldKey(nil, s)
		assert.Equal(t, strings.Join(words(s), " "), string(got), "%U", r)
		assert.Equal(t, len(words(s)), n, "%U", r)
	}
}
