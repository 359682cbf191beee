package cleaner

import (
	"bytes"
	"embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Stop-word lists, one word a line, one file a language (ISO 639-1 name);
// lines starting with "#" are the header naming the list's source and
// license, and comments.
//
//go:embed words/*.txt
var wordFiles embed.FS

// stopTables is the parsed stop-word lists; built once, never modified.
type stopTables struct {
	names []string                   // language names, sorted
	sets  map[string]map[string]bool // language → its stop words
	langs map[string]uint64          // word → the languages listing it, one bit each; spaced scripts only
	latin map[string]bool            // languages whose list is written in Latin letters
	index *wordLangs                 // langs, for the look-up of every sampled word
}

// cjkLists are the languages written without spaces: their lists hold
// single characters, the units words() splits those scripts into, and the
// script alone tells them apart (see cjkLanguage), so they take no part
// in the detection by stop words.
var cjkLists = map[string]bool{"ja": true, "ko": true, "zh": true}

var stopLists = sync.OnceValue(func() *stopTables {
	t := &stopTables{sets: map[string]map[string]bool{}, langs: map[string]uint64{}, latin: map[string]bool{}}
	entries, _ := wordFiles.ReadDir("words")
	for _, e := range entries {
		t.names = append(t.names, strings.TrimSuffix(e.Name(), ".txt"))
	}
	sort.Strings(t.names) // ties go to the first name: deterministic
	for bit, name := range t.names {
		data, _ := wordFiles.ReadFile("words/" + name + ".txt")
		set := map[string]bool{}
		for _, w := range strings.Split(string(data), "\n") {
			if w = strings.TrimSpace(w); w != "" && !strings.HasPrefix(w, "#") {
				set[w] = true
				if !cjkLists[name] {
					t.langs[w] |= 1 << bit
				}
			}
		}
		t.sets[name] = set
		t.latin[name] = latinList(set)
	}
	t.index = newWordLangs(t.langs)
	return t
})

// Language detection by stop words: cheap, deterministic and good enough
// to pick the stop-word list the classifier uses.
const (
	// langSampleWords: a few thousand words decide the language.
	langSampleWords = 5000
	// langMinShare: below this share of stop words no list fits (the
	// share in running prose is 30–50% for the listed languages).
	langMinShare = 0.08
	// cjkMinShare: the share of CJK characters among letters that marks
	// a Chinese, Japanese or Korean text.
	cjkMinShare = 0.3
)

// stopWords is the list the classifier uses for this input.
type stopWords struct {
	set   map[string]bool
	known bool // false: no list fits; density signals are not used
	cjk   bool // a script without spaces: lengths are counted in characters
	latin bool // the list is written in Latin letters
}

func (s stopWords) has(w string) bool { return s.set[w] }

// detectLanguage picks the language and its stop-word list from the
// first langSampleWords words: one look-up a word, whatever the number of
// languages.
func (r *run) detectLanguage() {
	t := stopLists()
	hits := make([]int, len(t.names))
	sampled, letters, cjk := 0, 0, 0
	var key []byte // the block's folded words, one buffer for all blocks
	for i := range r.blocks {
		if sampled >= langSampleWords {
			break
		}
		l, c := countLetters(r.blocks[i].text)
		letters += l
		cjk += c
		key, _ = appendFoldKey(key[:0], r.blocks[i].text)
		for rest := key; len(rest) > 0; {
			w := rest
			if sp := bytes.IndexByte(rest, ' '); sp >= 0 {
				w, rest = rest[:sp], rest[sp+1:]
			} else {
				rest = nil
			}
			sampled++
			for bits, k := t.index.get(w), 0; bits != 0; bits, k = bits>>1, k+1 {
				if bits&1 != 0 {
					hits[k]++
				}
			}
		}
	}
	if letters > 0 && float64(cjk) >= cjkMinShare*float64(letters) {
		r.lang = cjkLanguage(r.blocks)
		r.stop = stopWords{set: t.sets[r.lang], cjk: true}
		return
	}
	best := -1
	for k := range hits {
		if best < 0 || hits[k] > hits[best] {
			best = k
		}
	}
	if best < 0 || sampled == 0 || float64(hits[best]) < langMinShare*float64(sampled) {
		return
	}
	if r.lang == "" {
		r.lang = t.names[best]
	}
	name := t.names[best]
	r.stop = stopWords{set: t.sets[name], known: true, latin: t.latin[name]}
}

// countLetters counts the letters of s and the CJK ones among them; ASCII
// is counted by table, a byte at a time.
func countLetters(s string) (letters, cjk int) {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			letters += int(asciiLetter[b])
			i++
			continue
		}
		c, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsLetter(c) {
			letters++
			if isCJK(c) {
				cjk++
			}
		}
	}
	return letters, cjk
}

// asciiLetter is 1 for the ASCII letters.
var asciiLetter = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	return t
}()

// latinList reports whether most words of a stop list are written in
// Latin letters.
func latinList(set map[string]bool) bool {
	n := 0
	for w := range set {
		if c, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Latin, c) {
			n++
		}
	}
	return 2*n > len(set)
}

// cjkLanguage tells Japanese (kana) and Korean (Hangul) from Chinese.
func cjkLanguage(blocks []block) string {
	kana, hangul := 0, 0
	for i := range blocks {
		for _, c := range blocks[i].text {
			switch {
			case unicode.Is(unicode.Hiragana, c) || unicode.Is(unicode.Katakana, c):
				kana++
			case unicode.Is(unicode.Hangul, c):
				hangul++
			}
		}
	}
	switch {
	case kana > 0 && kana >= hangul:
		return "ja"
	case hangul > 0:
		return "ko"
	}
	return "zh"
}
