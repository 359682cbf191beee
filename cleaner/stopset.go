package cleaner

// wordSet is a stop-word list made for the look-up of every word of a
// text: an open-addressing table hashed with FNV-1a, a quarter full,
// which answers a word longer than every listed one without hashing it.
// It holds the words a stopWords set maps to true; built once a run from
// r.stop (a list has a few hundred words at most), never modified.
type wordSet struct {
	slots    []string // a power of two of them; "" is an empty slot
	maxLen   int      // the longest word
	hasEmpty bool     // whether the empty word is listed
}

// newWordSet builds the set of the words set maps to true.
func newWordSet(set map[string]bool) *wordSet {
	s := &wordSet{}
	n := 0
	for w, ok := range set {
		if ok {
			n++
			s.maxLen = max(s.maxLen, len(w))
		}
	}
	size := 4
	for size < 4*n {
		size <<= 1
	}
	s.slots = make([]string, size)
	mask := uint64(size - 1)
	for w, ok := range set {
		if !ok {
			continue
		}
		if w == "" {
			s.hasEmpty = true
			continue
		}
		h := hashWord(w) & mask
		for s.slots[h] != "" {
			h = (h + 1) & mask
		}
		s.slots[h] = w
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if len(w) > s.maxLen || w == "" {
		return w == "" && s.hasEmpty
	}
	mask := uint64(len(s.slots) - 1)
	for h := hashWord(w) & mask; ; h = (h + 1) & mask {
		switch s.slots[h] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// hashWord is FNV-1a over the bytes of w.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}
