package cleaner

import (
	"strings"
	"testing"
)

// foldLists are the lists of featureWords, and lists that stress the
// automaton: words inside words, a word that is a suffix of another,
// non-ASCII words and the empty word.
var foldLists = [][]string{
	bioWords, noteWords, captionWords, captionWordsOther, urlWords,
	{"he", "she", "his", "hers"}, {"aab", "ab", "b"}, {"i̇st", "ſ", "k", "é", "\ufffd"}, {""},
}

var foldCases = []string{
	"", "Jane Doe is a reporter", "ushers", "aaab", "İSTANBUL", "\u212aelvin", "ÉCOLE", "bad \xff byte",
	"I’m Anna", "(AP Photo/Jane)", "Foto: dpa", "HTTP://X", "WWW.example", "a©b", "SHE SELLS", "ſ",
}

// checkFoldMatch: the matcher answers containsAny(strings.ToLower(s), list)
// for each list.
func checkFoldMatch(t *testing.T, m *foldMatcher, s string) {
	t.Helper()
	got := m.match(s)
	lower := strings.ToLower(s)
	for i, list := range foldLists {
		if want := containsAny(lower, list); want != (got&(1<<i) != 0) {
			t.Fatalf("%q, list %d %q: got %v, want %v", s, i, list, !want, want)
		}
	}
	// scan feeds the same automaton of featureWords.
	var f features
	key, _, _, found, opens := f.scan(nil, s, newWordSet(nil))
	// and tells whether a word may open a contains phrase
	if hasURLWord(s) != containsAny(lower, urlWords) {
		t.Fatalf("%q: hasURLWord says %v", s, hasURLWord(s))
	}
	var anyOpens bool
	for _, w := range strings.Fields(string(key)) {
		anyOpens = anyOpens || phrases().opens.has(w)
	}
	if opens != anyOpens {
		t.Fatalf("%q: scan says %v for the phrase openers", s, opens)
	}
	want := featureWords().match(s)
	if n := len(words(s)); n > listMaxWords {
		want &= listURL // the only list read past listMaxWords words
		found &= listURL | listTemplate
	}
	if found&^listTemplate != want {
		t.Fatalf("%q: scan found %b, match %b", s, found, want)
	}
	if tpl := strings.ContainsAny(s, "{$[<"); tpl != (found&listTemplate != 0) {
		t.Fatalf("%q: scan says %v for the template bytes", s, !tpl)
	}
}

func TestFoldMatcher(t *testing.T) {
	m := newFoldMatcher(foldLists...)
	long := strings.Repeat("word ", listMaxWords)
	for _, s := range append(foldCases, featureCases...) {
		checkFoldMatch(t, m, s)
		checkFoldMatch(t, m, long+s)
		checkFoldMatch(t, m, s+" "+long+s)
	}
	// The lists are read up to listMaxWords words, no further.
	for _, limit := range []int{authorBioMaxWords, captionMaxWords, captionOtherMaxWords} {
		if limit > listMaxWords {
			t.Errorf("a list is read up to %d words, listMaxWords is %d", limit, listMaxWords)
		}
	}
}

func FuzzFoldMatcher(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	m := newFoldMatcher(foldLists...)
	f.Fuzz(func(t *testing.T, s string) { checkFoldMatch(t, m, s) })
}
