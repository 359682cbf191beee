package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordSetMatchesMap: every list's words are in its set, and words of
// other lists, prefixes, longer words and the empty word answer as the
// map does; so do their languages in stopTables.index.
func TestWordSetMatchesMap(t *testing.T) {
	lists := stopLists()
	var probes []string
	for _, set := range lists.sets {
		for w := range set {
			probes = append(probes, w, w[:len(w)/2], w+"s", w+"'", "x"+w)
		}
	}
	probes = append(probes, "", "the", "THE", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
	for name, set := range lists.sets {
		ws := newWordSet(set)
		for _, w := range probes {
			assert.Equal(t, set[w], ws.has(w), "%s: %q", name, w)
			assert.Equal(t, set[w], ws.hasBytes([]byte(w)), "%s: %q", name, w)
		}
	}
	for _, w := range probes {
		assert.Equal(t, lists.langs[w], lists.index.get([]byte(w)), "languages of %q", w)
	}
	assert.Equal(t, uint64(5), newWordLangs(map[string]uint64{"a": 5, "b": 0}).get([]byte("a")))
	assert.Zero(t, newWordLangs(map[string]uint64{"a": 5, "b": 0}).get([]byte("b")))
	assert.Zero(t, newWordLangs(nil).get([]byte("a")))
	odd := map[string]bool{"": true, "a": true, "b": false}
	ws := newWordSet(odd)
	assert.True(t, ws.has(""))
	assert.True(t, ws.has("a"))
	assert.False(t, ws.has("b"))
	assert.False(t, newWordSet(nil).has(""))
	assert.False(t, newWordSet(nil).has("the"))
}

// FuzzWordSet: any word answers as the English list's map does, and its
// languages as stopTables.langs does.
func FuzzWordSet(f *testing.F) {
	set := stopLists().sets["en"]
	ws := newWordSet(set)
	f.Add("the")
	f.Add("strike")
	f.Fuzz(func(t *testing.T, w string) {
		if set[w] != ws.has(w) {
			t.Fatalf("%q: set %v, wordSet %v", w, set[w], ws.has(w))
		}
		if want, got := stopLists().langs[w], stopLists().index.get([]byte(w)); want != got {
			t.Fatalf("%q: languages %b, wordLangs %b", w, want, got)
		}
	})
}
