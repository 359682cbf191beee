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
	separators  int     // menu separators: | • · » › / and tabs
	crumb       bool    // ends or starts with a breadcrumb arrow: » › > «
	url         bool    // contains a URL
	domainOnly  bool    // the whole block is a domain name
	placeholder bool    // template placeholder or bare JavaScript value
	engagement  bool    // only counters: "12 comments"
	countOnly   bool    // only a number
	dateOnly    bool    // only a date or timestamp
	byline      bool    // "By Jane Doe"
	tweetCredit bool    // "— Jane Doe (@janedoe) November 18, 2019"
	caption     bool    // carries a photo credit: "(AP Photo/Jane Doe)"
	authorBio   bool    // "Jane Doe is a reporter for…"
	table       bool    // a table of several rows
	phrase      Reason  // the junk phrase the block matches, if any
	phraseHow   phraseHow
	key         string // folded words, for phrases and duplicates
}

func (r *run) computeFeatures() {
	for i := range r.blocks {
		b := &r.blocks[i]
		b.f = measure(b.text, r.stop)
		b.f.table = b.kind == KindTable
	}
}

// measure computes the features of one text.
func measure(text string, sw stopWords) features {
	f := features{chars: utf8.RuneCountInString(text)}
	ws := words(text)
	f.words = len(ws)
	f.key = strings.Join(ws, " ")
	caps := 0
	for _, w := range ws {
		if sw.has(w) {
			f.stop++
		}
	}
	if f.words > 0 {
		f.stopDensity = float64(f.stop) / float64(f.words)
	}
	letters, upper, digits := 0, 0, 0
	inWord := false
	for _, c := range text {
		switch {
		case unicode.IsLetter(c):
			letters++
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
	}
	if f.chars > 0 {
		f.digitShare = float64(digits) / float64(f.chars)
	}
	first, _ := utf8.DecodeRuneInString(text)
	f.startsLower = unicode.IsLower(first)
	f.terminal = endsSentence(text)
	trimmed := strings.TrimSpace(text)
	f.crumb = strings.HasSuffix(trimmed, "»") || strings.HasSuffix(trimmed, "›") ||
		strings.HasSuffix(trimmed, " >") || strings.HasPrefix(trimmed, "«") || strings.HasPrefix(trimmed, "‹")
	f.url = reURL.MatchString(text)
	f.domainOnly = reDomain.MatchString(trimmed)
	f.placeholder = rePlaceholder.MatchString(text) || reBareValue.MatchString(trimmed)
	f.engagement = reEngagement.MatchString(trimmed)
	f.countOnly = reCount.MatchString(trimmed)
	f.dateOnly = isDateLine(trimmed)
	f.tweetCredit = reTweetCredit.MatchString(trimmed)
	f.authorBio = f.words <= authorBioMaxWords && reAuthorBio.MatchString(trimmed)
	f.caption = f.words <= captionMaxWords && reCaption.MatchString(text)
	f.byline = f.words <= bylineMaxWords && reByline.MatchString(trimmed)
	f.phrase, f.phraseHow, _ = matchPhrase(f.key, f.words)
	return f
}

// endsSentence reports whether s ends like a sentence, allowing closing
// quotes and brackets after the punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？:;", r)
}
