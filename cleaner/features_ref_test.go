package cleaner

// The feature stage as it was before its speed work (issue 9): the
// reference the fast paths must agree with, feature for feature
// (features_equal_test.go).

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// measureInto is measure with a buffer the caller reuses from block to
// block for the folded words.
func measureIntoRef(text string, sw stopWords, scratch *[]byte) features {
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
	digits := f.measureLettersRef(text)
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
	f.dateOnly = digits > 0 && f.words <= dateLineMaxWords && isDateLineRef(trimmed)
	f.relTime = f.words <= 4 && endsWithAgo(trimmed) && reRelTime.MatchString(trimmed)
	if digits > 0 && f.words <= dateMetaMaxWords && !f.terminal && !f.dateOnly {
		_, f.dateMeta = findAnyDateRef(trimmed)
	}
	f.pointer = f.words <= pointerMaxWords && !f.terminal && mayBePointer(trimmed) && rePointer.MatchString(trimmed)
	f.tweetCredit = strings.Contains(text, "(@") && reTweetCredit.MatchString(trimmed)
	f.authorBio = f.words <= authorBioMaxWords && containsAnyRef(lower, bioWords) && reAuthorBio.MatchString(trimmed)
	f.authorNote = f.words <= authorBioMaxWords && !f.authorBio && noteShapedRef(f.key) && containsAnyRef(lower, noteWords) && reAuthorNote.MatchString(trimmed)
	f.caption = f.words <= captionMaxWords && containsAnyRef(lower, captionWords) && reCaption.MatchString(text) ||
		f.words <= captionOtherMaxWords && containsAnyRef(lower, captionWordsOther) && reCaptionOther.MatchString(text)
	f.byline = f.words <= bylineMaxWords && startsWithAny(trimmed, "bvpdBVPD") && reByline.MatchString(trimmed)
	f.phrase, f.phraseHow, _ = matchPhraseRef(f.key, f.words)
	return f
}

// findDate returns the first date in s as YYYY-MM-DD and where it is.
func findDateRef(s string) (string, int, int, bool) {
	type hit struct {
		iso        string
		start, end int
	}
	var best *hit
	try := func(iso string, loc []int) {
		if iso != "" && (best == nil || loc[0] < best.start) {
			best = &hit{iso, loc[0], loc[1]}
		}
	}
	// Cheap tests first: the regular expressions are slow on long text.
	if strings.IndexByte(s, '-') >= 0 {
		if m := reISODate.FindStringSubmatchIndex(s); m != nil {
			try(isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), m)
		}
	}
	if !hasMonthNameRef(s) {
		if best == nil {
			return "", 0, 0, false
		}
		return best.iso, best.start, best.end, true
	}
	if m := reMonthDay.FindStringSubmatchIndex(s); m != nil {
		try(isoDate(s[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(s[m[2]:m[3]])]), s[m[4]:m[5]]), m)
	}
	if m := reDayMonth.FindStringSubmatchIndex(s); m != nil {
		try(isoDate(s[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(s[m[4]:m[5]])]), s[m[2]:m[3]]), m)
	}
	if best == nil {
		return "", 0, 0, false
	}
	return best.iso, best.start, best.end, true
}

// hasMonthName reports whether s contains an English month name or its
// abbreviation, case-insensitively.
func hasMonthNameRef(s string) bool {
	lower := strings.ToLower(s)
	for m := range monthNum {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// isDateLine reports whether s is only a date or timestamp.
func isDateLineRef(s string) bool {
	if len(s) > 120 {
		return false
	}
	_, a, b, ok := findDateRef(s)
	if !ok {
		// A numeric date with a four-digit year ("19.11.2019"); two-digit
		// years are too ambiguous to make a line a date line.
		if m := reNumericDate.FindStringSubmatchIndex(s); m != nil && m[7]-m[6] == 4 {
			a, b, ok = m[0], m[1], true
		}
	}
	if !ok {
		// A timestamp without a year needs a time of day to be one:
		// "Updated Nov 19, 6:55 AM".
		if !reClock.MatchString(s) {
			return false
		}
		rest := reMonthDayNoYear.ReplaceAllString(s, " ")
		if rest == s {
			return false
		}
		return len(words(reTimeWords.ReplaceAllString(rest, " "))) <= dateLineMaxLeftover
	}
	rest := s[:a] + " " + s[b:]
	rest = reTimeWords.ReplaceAllString(rest, " ")
	return len(words(rest)) <= dateLineMaxLeftover
}

// findAnyDate returns the first date in s, in English (findDate) or with
// a month name of another language, or written in CJK.
func findAnyDateRef(s string) (string, bool) {
	if iso, _, _, ok := findDateRef(s); ok {
		return iso, true
	}
	if len(s) > localDateMaxBytes || !hasYear(s) {
		return "", false // every pattern below needs a four-digit year
	}
	if strings.ContainsAny(s, "年년") {
		if m := reCJKDate.FindStringSubmatch(s); m != nil {
			if iso := isoDate(m[1], m[2], m[3]); iso != "" {
				return iso, true
			}
		}
	}
	// The patterns run on the lower-cased text: a case-sensitive
	// alternation is much faster than a case-folding one.
	lower := strings.ToLower(s)
	if m := reLocalDayMonth.FindStringSubmatch(lower); m != nil {
		if iso := isoDate(m[3], strconv.Itoa(localMonths[m[2]]), m[1]); iso != "" {
			return iso, true
		}
	}
	if m := reLocalMonthDay.FindStringSubmatch(lower); m != nil {
		if iso := isoDate(m[3], strconv.Itoa(localMonths[m[1]]), m[2]); iso != "" {
			return iso, true
		}
	}
	return "", false
}

// matchPhrase returns the reason of the phrase that marks the line, if any.
func matchPhraseRef(key string, nWords int) (Reason, phraseHow, bool) {
	t := phrases()
	if r, ok := t.line[key]; ok {
		return r, matchLine, true
	}
	if nWords <= prefixMaxWords {
		for _, p := range t.prefix[firstWord(key)] {
			if hasWordPrefix(key, p.text) {
				if p.how == matchSection && nWords > sectionMaxWords && nWords > strings.Count(p.text, " ")+1 {
					// "Related: Why bees are disappearing" points at
					// one story; it does not open a section. A long
					// heading ("Das könnte dich auch interessieren")
					// on its own does.
					return p.reason, matchPrefix, true
				}
				return p.reason, p.how, true
			}
		}
	}
	if nWords > cookieMaxWords {
		return ReasonNone, 0, false
	}
	for i := 0; i < len(key); i++ {
		if i > 0 && key[i-1] != ' ' {
			continue
		}
		for _, p := range t.contains[firstWord(key[i:])] {
			if (nWords <= containsMaxWords || p.reason == ReasonCookie) && hasWordPrefix(key[i:], p.text) {
				return p.reason, matchContains, true
			}
		}
	}
	return ReasonNone, 0, false
}

// noteShaped reports whether a line's folded words could start an author's
// note: an opener first, or one of noteVerbs after one to four words.
func noteShapedRef(key string) bool {
	for n, w := 0, key; n < 5 && w != ""; n++ {
		word := firstWord(w)
		if n == 0 && noteOpeners[word] || n > 0 && noteVerbs[word] {
			return true
		}
		w = strings.TrimPrefix(w[len(word):], " ")
	}
	return false
}

func containsAnyRef(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// measureLetters sets the shares of capitalised words, capitals and
// digits, counts menu separators, and returns the number of digits.
func (f *features) measureLettersRef(text string) int {
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
