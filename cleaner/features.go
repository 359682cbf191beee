package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// features are the measurements the classifier decides on. They are
// computed once per block and hold no text the rules need to re-read, so
// the classifier can be tested from feature values alone.
type features struct {
	chars       int     // characters
	words       int     // words (a CJK character counts as one)
	stop        int     // stop words
	stopDensity float64 // stop / words
	terminal    bool    // ends like a sentence: . ! ? … or a closing quote after one
	startsLower bool    // starts with a lower-case letter
	capShare    float64 // share of words that start with a capital
	upperShare  float64 // share of letters in upper case
	digitShare  float64 // share of characters that are digits
	latinShare  float64 // share of letters that are Latin
	separators  int     // menu separators: | • · » › / and tabs
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
	key         string // folded words, for phrases and duplicates
}

func (r *run) computeFeatures() {
	var scratch []byte
	for i := range r.blocks {
		b := &r.blocks[i]
		b.f = measureInto(b.text, r.stop, &scratch)
		b.f.table = b.kind == KindTable
	}
}

// measure computes the features of one text.
func measure(text string, sw stopWords) features {
	var scratch []byte
	return measureInto(text, sw, &scratch)
}

// measureInto is measure with a buffer the caller reuses from block to
// block for the folded words.
func measureInto(text string, sw stopWords, scratch *[]byte) features {
	f := features{chars: utf8.RuneCountInString(text)}
	key, n := appendFoldKey((*scratch)[:0], text)
	*scratch = key
	f.words = n
	f.key = string(key)
	for rest := f.key; rest != ""; {
		w := rest
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			w, rest = rest[:sp], rest[sp+1:]
		} else {
			rest = ""
		}
		if sw.has(w) {
			f.stop++
		}
	}
	if f.words > 0 {
		f.stopDensity = float64(f.stop) / float64(f.words)
	}
	digits := f.measureLetters(text)
	first, _ := utf8.DecodeRuneInString(text)
	f.startsLower = unicode.IsLower(first)
	f.terminal = endsSentence(text)
	trimmed := strings.TrimSpace(text)
	f.crumb = strings.HasSuffix(trimmed, "»") || strings.HasSuffix(trimmed, "›") ||
		strings.HasSuffix(trimmed, " >") || strings.HasPrefix(trimmed, "«") || strings.HasPrefix(trimmed, "‹")
	// Each regular expression runs only where a cheap test says it can
	// match: Go's regexps are linear but slow on long case-insensitive
	// alternations, and these run on every line of the input.
	lower := strings.ToLower(text)
	f.url = (strings.Contains(lower, "http") || strings.Contains(lower, "www.")) && reURL.MatchString(text)
	f.domainOnly = !strings.ContainsAny(trimmed, " \t") && strings.IndexByte(trimmed, '.') > 0 && reDomain.MatchString(trimmed)
	f.placeholder = strings.ContainsAny(text, "{[<%") && rePlaceholder.MatchString(text) ||
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
	f.authorBio = f.words <= authorBioMaxWords && containsAny(lower, bioWords) && reAuthorBio.MatchString(trimmed)
	f.authorNote = f.words <= authorBioMaxWords && !f.authorBio && noteShaped(f.key) && containsAny(lower, noteWords) && reAuthorNote.MatchString(trimmed)
	f.caption = f.words <= captionMaxWords && containsAny(lower, captionWords) && reCaption.MatchString(text) ||
		f.words <= captionOtherMaxWords && containsAny(lower, captionWordsOther) && reCaptionOther.MatchString(text)
	f.byline = f.words <= bylineMaxWords && startsWithAny(trimmed, "bvpdBVPD") && reByline.MatchString(trimmed)
	f.phrase, f.phraseHow, _ = matchPhrase(f.key, f.words)
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
// اقرأ), and has one of its separators.
func mayBePointer(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && strings.IndexByte("rsamwldvpczbRSAMWLDVPCZB", s[0]) < 0 {
		return false
	}
	return strings.ContainsAny(s, ":»›|–—-")
}

// measureLetters sets the shares of capitalised words, capitals and
// digits, counts menu separators, and returns the number of digits.
func (f *features) measureLetters(text string) int {
	letters, upper, digits, caps, latin := 0, 0, 0, 0, 0
	inWord := false
	for _, c := range text {
		switch {
		case unicode.IsLetter(c):
			letters++
			if c < 0x250 || unicode.Is(unicode.Latin, c) {
				latin++
			}
			if unicode.IsUpper(c) {
				upper++
				if !inWord {
					caps++
				}
			}
			inWord = true
		case unicode.IsDigit(c):
			digits++
			inWord = true
		default:
			inWord = c == '\'' || c == '’' || c == '-' && inWord
			switch c {
			case '|', '•', '·', '»', '›', '\t', '/', '«', '‹':
				f.separators++
			}
		}
	}
	if f.words > 0 {
		f.capShare = float64(caps) / float64(f.words)
	}
	if letters > 0 {
		f.upperShare = float64(upper) / float64(letters)
		f.latinShare = float64(latin) / float64(letters)
	}
	if f.chars > 0 {
		f.digitShare = float64(digits) / float64(f.chars)
	}
	return digits
}

// Cheap tests before the regular expressions: words one of which a match
// must contain.
var (
	bioWords          = []string{"reporter", "writer", "journalist", "editor", "correspondent", "columnist", "contributor", "author", "freelance", "critic", "blogger", "producer", "anchor", "photographer", "intern", "fellow", "blog", "column"}
	captionWords      = []string{"photo", "getty", "reuters", "afp", "epa", "xinhua", "©", "shutterstock", "(ap"}
	captionWordsOther = []string{"foto", "bild", "quelle", "imagen", "fuente", "crédit", "źródło", "fot."}
	noteWords         = []string{"ich bin", "i'm", "i’m", "i am", "je suis", "soy ", "sono ", "jestem", "redakteur", "journalist", "autor", "reporter", "ressort", "volontär", "chefredakt", "herausgeber", "blogger", "gründer", "founder", "editor", "expert", "periodista", "journaliste", "jornalista", "giornalista", "dziennikar", "redaktor"}
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
