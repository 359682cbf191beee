package cleaner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// features are the measurements the classifier decides on. They are
// computed once per block and hold no text the rules need to re-read, so
// the classifier can be tested from feature values alone.
type features struct {
	// Ordered by size, the small fields last: no padding inside (a long
	// paste has hundreds of thousands of blocks).
	key         string  // folded words, for phrases and duplicates
	chars       int     // characters
	words       int     // words (a CJK character counts as one)
	stop        int     // stop words
	stopDensity float64 // stop / words
	capShare    float64 // share of words that start with a capital
	upperShare  float64 // share of letters in upper case
	digitShare  float64 // share of characters that are digits
	latinShare  float64 // share of letters that are Latin
	separators  int     // menu separators: | • · » › / and tabs
	terminal    bool    // ends like a sentence: . ! ? … or a closing quote after one
	startsLower bool    // starts with a lower-case letter
	crumb       bool    // ends or starts with a breadcrumb arrow: » › > «
	url         bool    // contains a URL
	domainOnly  bool    // the whole block is a domain name
	placeholder bool    // template placeholder or bare JavaScript value
	engagement  bool    // only counters: "12 comments"
	countOnly   bool    // only a number
	dateOnly    bool    // only a date or timestamp
	dateMeta    bool    // a short line around a date: "Nov 18, 2019 at 9:24 pm ET • 2 min read"
	relTime     bool    // only a relative time: "2 hours ago"
	pointer     bool    // "Read more: <headline>"
	byline      bool    // "By Jane Doe"
	tweetCredit bool    // "— Jane Doe (@janedoe) November 18, 2019"
	caption     bool    // carries a photo credit: "(AP Photo/Jane Doe)"
	authorBio   bool    // "Jane Doe is a reporter for…"
	authorNote  bool    // "Jane Doe ist Redakteurin bei…", "Hallo, ich bin Anna"
	table       bool    // a table of several rows
	phrase      Reason  // the junk phrase the block matches, if any
	phraseHow   phraseHow
}

func (r *run) computeFeatures() {
	// A block's features are a function of its text and the run's stop
	// words, and of whether it is a table: a paste repeats its menus,
	// share lines, headlines and footers, and the blocks of one text
	// (and table-ness) share one features value, measured once, from
	// the first of them. Nothing writes to features once measured.
	//
	// The first pass finds the distinct texts; the features are then a
	// slice of their own, one a distinct text, that the blocks point
	// into, so that they take no room once the pipeline is done
	// (assemble drops them before it makes the segments) and none for
	// the repeats: on 10 MB of pastes repeated seven times that is
	// 3 MB instead of 21.
	//
	// Tables have a map of their own: keyed by the text alone, a map
	// hashes with the runtime's string hash, several times faster than
	// the generic hash of a struct key (text and table-ness).
	seen := make(map[string]int32)
	var seenTables map[string]int32
	owner := make([]int32, len(r.blocks)) // the distinct text of each block
	var firsts []int32                    // the first block of each distinct text
	for i := range r.blocks {
		b := &r.blocks[i]
		m := seen
		if b.kind == KindTable {
			if seenTables == nil {
				seenTables = make(map[string]int32)
			}
			m = seenTables
		}
		u, ok := m[b.text]
		if !ok {
			u = int32(len(firsts))
			m[b.text] = u
			firsts = append(firsts, int32(i))
		}
		owner[i] = u
	}
	// The keys of a chunk share one buffer, sized for them up front (a
	// key is rarely longer than its text): one allocation, not one a
	// block. A long paste's distinct texts are measured in chunks, in
	// parallel (parallel.go).
	stop := newWordSet(r.stop.set)
	feats := make([]features, len(firsts))
	forChunks(chunksOf(len(firsts)), func(_ int, c span) {
		kb := keyBuffer{stop: stop}
		size := 0
		for _, i := range firsts[c.lo:c.hi] {
			size += len(r.blocks[i].text)
		}
		kb.keys.Grow(size)
		for u := c.lo; u < c.hi; u++ {
			b := &r.blocks[firsts[u]]
			feats[u] = measureInto(b.text, &kb)
			feats[u].table = b.kind == KindTable
		}
	})
	for i := range r.blocks {
		r.blocks[i].f = &feats[owner[i]]
	}
}

// keyBuffer holds what measureInto reuses from block to block: the
// run's stop words, the buffer it folds a block's words into, and the
// keys of the blocks, one after another, in a strings.Builder (which
// never changes bytes once written, so a key taken from it stays as it
// was).
type keyBuffer struct {
	stop    *wordSet
	scratch []byte
	keys    strings.Builder
}

// key copies b into the shared buffer and returns it as a string.
func (kb *keyBuffer) key(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	start := kb.keys.Len()
	kb.keys.Write(b)
	return kb.keys.String()[start:]
}

// measure computes the features of one text.
func measure(text string, sw stopWords) features {
	kb := keyBuffer{stop: newWordSet(sw.set)}
	return measureInto(text, &kb)
}

// measureInto is measure with the stop words and the buffers of the
// run.
func measureInto(text string, kb *keyBuffer) features {
	// One pass for the folded words, the stop words, the letters, and
	// the word lists the patterns below need (found: bits of the
	// featureLists).
	var f features
	key, n, digits, found, opens := f.scan(kb.scratch[:0], text, kb.stop)
	kb.scratch = key
	f.words, f.key = n, kb.key(key)
	if f.words > 0 {
		f.stopDensity = float64(f.stop) / float64(f.words)
	}
	first, _ := utf8.DecodeRuneInString(text)
	f.startsLower = unicode.IsLower(first)
	f.terminal = endsSentence(text)
	trimmed := strings.TrimSpace(text)
	f.crumb = strings.HasSuffix(trimmed, "»") || strings.HasSuffix(trimmed, "›") ||
		strings.HasSuffix(trimmed, " >") || strings.HasPrefix(trimmed, "«") || strings.HasPrefix(trimmed, "‹")
	// Each regular expression runs only where a cheap test says it can
	// match: Go's regexps are linear but slow on long case-insensitive
	// alternations, and these run on every line of the input.
	f.url = found&listURL != 0 && reURL.MatchString(text)
	f.domainOnly = !strings.ContainsAny(trimmed, " \t") && strings.IndexByte(trimmed, '.') > 0 && reDomain.MatchString(trimmed)
	f.placeholder = found&listTemplate != 0 && mayBePlaceholder(text) && rePlaceholder.MatchString(text) ||
		f.words <= 1 && reBareValue.MatchString(trimmed)
	f.engagement = digits > 0 && f.words <= prefixMaxWords && startsWithAny(trimmed, "0123456789") && reEngagement.MatchString(trimmed)
	f.countOnly = digits > 0 && f.words <= 2 && startsWithAny(trimmed, "0123456789.,") && reCount.MatchString(trimmed)
	f.dateOnly = digits > 0 && f.words <= dateLineMaxWords && isDateLine(trimmed)
	f.relTime = f.words <= 4 && endsWithAgo(trimmed) && reRelTime.MatchString(trimmed)
	if digits > 0 && f.words <= dateMetaMaxWords && !f.terminal && !f.dateOnly {
		_, f.dateMeta = findAnyDate(trimmed)
	}
	f.pointer = f.words <= pointerMaxWords && !f.terminal && mayBePointer(trimmed) && rePointer.MatchString(trimmed)
	f.tweetCredit = strings.Contains(text, "(@") && reTweetCredit.MatchString(trimmed)
	f.authorBio = f.words <= authorBioMaxWords && found&listBio != 0 && mayBeAuthorBio(trimmed) && reAuthorBio.MatchString(trimmed)
	f.authorNote = f.words <= authorBioMaxWords && !f.authorBio && found&listNote != 0 && noteShaped(f.key) && reAuthorNote.MatchString(trimmed)
	f.caption = f.words <= captionMaxWords && found&listCaption != 0 && mayBeCaption(text, found) && reCaption.MatchString(text) ||
		f.words <= captionOtherMaxWords && found&listCaptionOther != 0 && reCaptionOther.MatchString(text)
	f.byline = f.words <= bylineMaxWords && startsWithAny(trimmed, "bvpdBVPD") && reByline.MatchString(trimmed)
	f.phrase, f.phraseHow, _ = matchPhraseOpens(f.key, f.words, opens)
	return f
}

// Exact cheap tests in front of the anchored patterns of patterns.go: each
// is a necessary condition for its pattern to match, read off the pattern
// (Go's (?i) also folds ſ to s and the Kelvin sign to k, so a letter that
// could be one of those is left to the pattern).

// startsWithAny reports whether s starts with one of the ASCII bytes in set.
func startsWithAny(s, set string) bool {
	return s != "" && strings.IndexByte(set, s[0]) >= 0
}

// endsWithAgo: reRelTime ends with "ago", in any case.
func endsWithAgo(s string) bool {
	return len(s) >= 3 && strings.EqualFold(s[len(s)-3:], "ago")
}

// mayBePointer: rePointer starts, in each of its languages, with one of
// these ASCII letters or with a letter beyond ASCII (à lire, читайте,
// اقرأ), then with one of its first words (opensPointer), and has one
// of its separators.
func mayBePointer(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && strings.IndexByte("rsamwldvpczbRSAMWLDVPCZB", s[0]) < 0 || !opensPointer(s) {
		return false
	}
	return strings.ContainsAny(s, ":»›|–—-")
}

// mayBePlaceholder: each branch of rePlaceholder opens with one of these.
func mayBePlaceholder(s string) bool {
	return strings.Contains(s, "{{") || strings.Contains(s, "${") || strings.Contains(s, "[object Object]") ||
		strings.Contains(s, "<%") || strings.Contains(s, "{%")
}

// mayBeCaption: each branch of reCaption needs one of these: a slash
// (the agency credits), "file photo", "photo" and a colon, "©", "via ",
// "getty images" or "shutterstock", in any case (found holds the
// listCaptionStrong and listPhoto bits). The case-folding branches also
// match ſ for s and the Kelvin sign for k, which lower-casing does not
// give: a line with either is left to the pattern.
func mayBeCaption(s string, found uint64) bool {
	return strings.IndexByte(s, '/') >= 0 || found&listCaptionStrong != 0 ||
		found&listPhoto != 0 && strings.IndexByte(s, ':') >= 0 ||
		strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// pointerOpeners are the first words of rePointer's phrases, or the
// start they share ("le" for lea, lee, leia, leggi, lees, les, lesen).
var pointerOpeners = []string{"read", "see", "also", "related", "more", "watch", "listen", "recommended", "don",
	"le", "auch", "siehe", "mehr", "à", "lire", "voir", "veja", "bekijk", "zobacz", "przeczytaj", "czytaj",
	"läs", "læs", "lue", "čtěte", "přečtěte", "čítajte", "ayrıca", "mire", "puedes", "ver", "mira", "saiba",
	"citește", "pročitajte", "читайте", "baca", "اقرأ"}

// opensPointer: rePointer starts with one of pointerOpeners, in any case
// as (?i) folds it.
func opensPointer(s string) bool {
	if s == "" {
		return false
	}
	// An ASCII start folds only to its two cases (the openers are
	// lower-case, and none starting beyond ASCII folds into it): only the
	// openers with that first letter are tried.
	openers := pointerOpeners
	if s[0] < utf8.RuneSelf {
		openers = pointerOpenersByFirst[lowerASCII(s[0])]
	}
	for _, p := range openers {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// pointerOpenersByFirst: the pointerOpeners that start with each ASCII
// byte.
var pointerOpenersByFirst = func() (t [utf8.RuneSelf][]string) {
	for _, p := range pointerOpeners {
		if p[0] < utf8.RuneSelf {
			t[p[0]] = append(t[p[0]], p)
		}
	}
	return t
}()

// hasPrefixFold reports whether s starts with p, each character compared
// as a case-insensitive regular expression compares it (the characters
// of its simple case folding orbit: s, S and ſ are one).
func hasPrefixFold(s, p string) bool {
	for _, pc := range p {
		if s != "" && s[0] < utf8.RuneSelf && pc < utf8.RuneSelf {
			// Two ASCII characters: equal in either case (an ASCII
			// letter's other folds are beyond ASCII).
			if lowerASCII(s[0]) != lowerASCII(byte(pc)) {
				return false
			}
			s = s[1:]
			continue
		}
		c, size := utf8.DecodeRuneInString(s)
		if size == 0 || !foldEqual(c, pc) {
			return false
		}
		s = s[size:]
	}
	return true
}

func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// mayBeAuthorBio: each branch of reAuthorBio has, as one of the first
// five runs of non-space characters (\s-separated, as its words are),
// one of these words, in this case.
func mayBeAuthorBio(s string) bool {
	for k := 0; k < 5 && s != ""; k++ {
		end := strings.IndexAny(s, " \t\n\f\r")
		if end < 0 {
			end = len(s)
		}
		switch s[:end] {
		case "is", "was", "has", "covers", "writes", "journalist", "reporter", "writer", "editor", "columnist":
			return true
		}
		s = strings.TrimLeft(s[end:], " \t\n\f\r")
	}
	return false
}

// Cheap tests before the regular expressions: words one of which a match
// must contain.
var (
	bioWords          = []string{"reporter", "writer", "journalist", "editor", "correspondent", "columnist", "contributor", "author", "freelance", "critic", "blogger", "producer", "anchor", "photographer", "intern", "fellow", "blog", "column"}
	captionWords      = []string{"photo", "getty", "reuters", "afp", "epa", "xinhua", "©", "shutterstock", "(ap"}
	captionWordsOther = []string{"foto", "bild", "quelle", "imagen", "fuente", "crédit", "źródło", "fot."}
	noteWords         = []string{"ich bin", "i'm", "i’m", "i am", "je suis", "soy ", "sono ", "jestem", "redakteur", "journalist", "autor", "reporter", "ressort", "volontär", "chefredakt", "herausgeber", "blogger", "gründer", "founder", "editor", "expert", "periodista", "journaliste", "jornalista", "giornalista", "dziennikar", "redaktor"}
)

// featureLists are the bits of the lists featureWords finds.
const (
	listBio uint64 = 1 << iota
	listNote
	listCaption
	listCaptionOther
	listURL
	listCaptionStrong
	listPhoto
	// listTemplate is no list: scan sets it for a text with one of
	// the bytes mayBePlaceholder's strings start with ({ $ [ <).
	listTemplate uint64 = 1 << 63
)

// featureWords finds, in one pass, the word lists the features' patterns
// need, in the order of featureLists; urlWords are the cheap test before
// reURL.
var featureWords = sync.OnceValue(func() *foldMatcher {
	return newFoldMatcher(bioWords, noteWords, captionWords, captionWordsOther, urlWords,
		captionStrongWords, []string{"photo"})
})

var (
	urlWords           = []string{"http", "www."}
	captionStrongWords = []string{"file photo", "©", "via ", "getty images", "shutterstock"}
)

// captionOtherMaxWords: a caption with a credit in brackets is a sentence
// or two; a paragraph that ends with one is article text with its photo's
// credit pasted on.
const captionOtherMaxWords = 30

// dateMetaMaxWords: a date with a time, a place, an author or a reading
// time; a longer line with a date is a sentence or a headline.
const dateMetaMaxWords = 12

// pointerMaxWords: "Read more: " and a headline.
const pointerMaxWords = 30

// dateLineMaxWords: a date line is a dozen words at most ("Updated 0339
// GMT (1139 HKT) November 19, 2019").
const dateLineMaxWords = 16

func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？:;؟۔．", r)
}
