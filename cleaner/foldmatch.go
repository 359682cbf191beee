package cleaner

import (
	"unicode"
	"unicode/utf8"
)

// foldMatcher answers, for several word lists at once and in one pass
// over a text, which lists have a word that strings.Contains finds in
// strings.ToLower(text): the same answer as containsAny(ToLower(text),
// list) for each list, without lower-casing the text into a new string
// and without one search per word. It is an Aho–Corasick automaton over
// the bytes of the lower-cased text, compiled to a table (one look-up a
// byte); built once, never modified.
type foldMatcher struct {
	class [256]uint8 // byte → column; 0 for bytes in no word
	cols  int        // columns a state has
	// next: row+column → the next state's row (its number times cols,
	// so that a step is one look-up), with foldHit set when a word ends
	// there. The scanning loop starts from row 0 and reads out only on
	// foldHit.
	next   []uint16
	out    []uint64 // state → bit i set when list i has a word ending here
	always uint64   // lists holding the empty word: found in any text
}

// foldHit marks, in foldMatcher.next, a state where a word ends; the
// other bits are the state's row.
const foldHit = 1 << 15

// newFoldMatcher compiles the lists (at most 64, each word as it must
// appear in lower-cased text).
func newFoldMatcher(lists ...[]string) *foldMatcher {
	m := &foldMatcher{}
	// Columns: one per distinct byte of the words, 0 for the others.
	m.cols = 1
	for _, list := range lists {
		for _, w := range list {
			for i := 0; i < len(w); i++ {
				if m.class[w[i]] == 0 {
					m.class[w[i]] = uint8(m.cols)
					m.cols++
				}
			}
		}
	}
	// The trie: goto[state*cols+col], 0 meaning none (the root is never
	// a child).
	var trie []uint16
	trie = append(trie, make([]uint16, m.cols)...)
	m.out = []uint64{0}
	for li, list := range lists {
		for _, w := range list {
			if w == "" {
				m.always |= 1 << li
				continue
			}
			st := 0
			for i := 0; i < len(w); i++ {
				c := int(m.class[w[i]])
				if trie[st*m.cols+c] == 0 {
					trie[st*m.cols+c] = uint16(len(m.out))
					trie = append(trie, make([]uint16, m.cols)...)
					m.out = append(m.out, 0)
				}
				st = int(trie[st*m.cols+c])
			}
			m.out[st] |= 1 << li
		}
	}
	if len(m.out)*m.cols > foldHit {
		panic("foldMatcher: too many states") // the lists are fixed: the tests build them all
	}
	// Breadth first: failure links, outputs along them, and the full
	// transition table (a missing edge goes where the failure state's
	// edge goes).
	m.next = make([]uint16, len(trie))
	fail := make([]uint16, len(m.out))
	queue := make([]int, 0, len(m.out))
	for c := 0; c < m.cols; c++ {
		if s := trie[c]; s != 0 {
			m.next[c] = s
			queue = append(queue, int(s))
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		m.out[st] |= m.out[fail[st]]
		for c := 0; c < m.cols; c++ {
			if s := trie[st*m.cols+c]; s != 0 {
				fail[s] = m.next[int(fail[st])*m.cols+c]
				m.next[st*m.cols+c] = s
				queue = append(queue, int(s))
			} else {
				m.next[st*m.cols+c] = m.next[int(fail[st])*m.cols+c]
			}
		}
	}
	// Rows instead of state numbers, and the word-end mark.
	for i, st := range m.next {
		m.next[i] = st * uint16(m.cols)
		if m.out[st] != 0 {
			m.next[i] |= foldHit
		}
	}
	return m
}

// hit returns the lists whose words end at the state next gave.
func (m *foldMatcher) hit(row uint16) uint64 { return m.out[int(row&^foldHit)/m.cols] }

// match returns the lists found in the lower-cased s, bit i for list i.
// The bytes fed are those of strings.ToLower(s): each character lowered
// by unicode.ToLower, an invalid byte as U+FFFD.
func (m *foldMatcher) match(s string) uint64 {
	found, st := m.always, 0
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			row := m.next[st+int(m.class[c])]
			st = int(row &^ foldHit)
			if row&foldHit != 0 {
				found |= m.hit(row)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
			row := m.next[st+int(m.class[b])]
			st = int(row &^ foldHit)
			if row&foldHit != 0 {
				found |= m.hit(row)
			}
		}
	}
	return found
}
