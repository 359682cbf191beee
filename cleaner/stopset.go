package cleaner

import "strings"

// wordSet is a stop-word list made for the look-up of every word of a
// text: an open-addressing table hashed with FNV-1a, at most half full,
// which answers a word longer than every listed one without hashing it.
// It holds the words a stopWords set maps to true; built once a run from
// r.stop (a list has a few hundred words at most: a few KB, a microsecond
// or two), never modified.
type wordSet struct {
	words    string   // the listed words, one after another
	slots    []uint64 // a power of two of them: offset<<32 | length in words; 0 is an empty slot
	maxLen   int      // the longest word
	hasEmpty bool     // whether the empty word is listed
}

// newWordSet builds the set of the words set maps to true.
func newWordSet(set map[string]bool) *wordSet {
	s := &wordSet{}
	n, size := 0, 0
	for w, ok := range set {
		if ok {
			n++
			size += len(w)
			s.maxLen = max(s.maxLen, len(w))
		}
	}
	slots := 2
	for slots < 2*n {
		slots <<= 1
	}
	s.slots = make([]uint64, slots)
	mask := uint64(slots - 1)
	var b strings.Builder
	b.Grow(size)
	for w, ok := range set {
		if !ok {
			continue
		}
		if w == "" {
			s.hasEmpty = true
			continue
		}
		h := hashWord(w) & mask
		for s.slots[h] != 0 {
			h = (h + 1) & mask
		}
		s.slots[h] = uint64(b.Len())<<32 | uint64(len(w))
		b.WriteString(w)
	}
	s.words = b.String()
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return wordSetHas(s, w) }

// hasBytes is has for a word in bytes.
func (s *wordSet) hasBytes(w []byte) bool { return wordSetHas(s, w) }

func wordSetHas[T string | []byte](s *wordSet, w T) bool {
	if len(w) > s.maxLen || len(w) == 0 {
		return len(w) == 0 && s.hasEmpty
	}
	mask := uint64(len(s.slots) - 1)
	for h := hashWord(w) & mask; ; h = (h + 1) & mask {
		slot := s.slots[h]
		if slot == 0 {
			return false
		}
		if off, n := slot>>32, slot&(1<<32-1); n == uint64(len(w)) && s.words[off:off+n] == string(w) {
			return true
		}
	}
}

// hashWord is FNV-1a over the bytes of w.
func hashWord[T string | []byte](w T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// wordLangs is a map from words to bit sets (stopTables.langs) made like wordSet for the
// look-up of every word of a text (the language detection's sample): an
// open-addressing table hashed with FNV-1a, at most half full, which
// answers a word longer than every listed one without hashing it. Built
// once, never modified.
type wordLangs struct {
	set  wordSet
	bits []uint64 // the bits of the word in the same slot of set.slots
}

// newWordLangs builds the table of m's words with bits.
func newWordLangs(m map[string]uint64) *wordLangs {
	in := make(map[string]bool, len(m))
	for w, b := range m {
		in[w] = b != 0
	}
	t := &wordLangs{set: *newWordSet(in)}
	t.bits = make([]uint64, len(t.set.slots))
	for i, slot := range t.set.slots {
		if slot != 0 {
			off, n := slot>>32, slot&(1<<32-1)
			t.bits[i] = m[t.set.words[off:off+n]]
		}
	}
	return t
}

// get returns the bits of w, 0 when it is not listed.
func (t *wordLangs) get(w []byte) uint64 {
	s := &t.set
	if len(w) > s.maxLen || len(w) == 0 {
		return 0
	}
	mask := uint64(len(s.slots) - 1)
	for h := hashWord(w) & mask; ; h = (h + 1) & mask {
		slot := s.slots[h]
		if slot == 0 {
			return 0
		}
		if off, n := slot>>32, slot&(1<<32-1); n == uint64(len(w)) && s.words[off:off+n] == string(w) {
			return t.bits[h]
		}
	}
}
