package cleaner

import (
	"embed"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Stop-word lists, one word a line, one file a language (ISO 639-1 name).
//
//go:embed words/*.txt
var wordFiles embed.FS

// stopLists parses the embedded lists once; the result is never modified.
var stopLists = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	entries, _ := wordFiles.ReadDir("words")
	for _, e := range entries {
		data, _ := wordFiles.ReadFile("words/" + e.Name())
		set := map[string]bool{}
		for _, w := range strings.Split(string(data), "\n") {
			if w = strings.TrimSpace(w); w != "" && !strings.HasPrefix(w, "#") {
				set[w] = true
			}
		}
		out[strings.TrimSuffix(e.Name(), ".txt")] = set
	}
	return out
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
}

func (s stopWords) has(w string) bool { return s.set[w] }

// detectLanguage picks the language and its stop-word list.
func (r *run) detectLanguage() {
	var sample []string
	letters, cjk := 0, 0
	for i := range r.blocks {
		for _, c := range r.blocks[i].text {
			if unicode.IsLetter(c) {
				letters++
				if isCJK(c) {
					cjk++
				}
			}
		}
		if len(sample) < langSampleWords {
			sample = append(sample, words(r.blocks[i].text)...)
		}
	}
	if letters > 0 && float64(cjk) >= cjkMinShare*float64(letters) {
		r.lang = cjkLanguage(r.blocks)
		r.stop = stopWords{cjk: true}
		return
	}
	lists := stopLists()
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	sort.Strings(names) // ties go to the first name: deterministic
	best, bestHits := "", 0
	for _, n := range names {
		hits := 0
		for _, w := range sample {
			if lists[n][w] {
				hits++
			}
		}
		if hits > bestHits {
			best, bestHits = n, hits
		}
	}
	if len(sample) == 0 || float64(bestHits) < langMinShare*float64(len(sample)) {
		return
	}
	if r.lang == "" {
		r.lang = best
	}
	r.stop = stopWords{set: lists[best], known: true}
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
