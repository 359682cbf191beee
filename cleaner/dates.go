package cleaner

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Dates in text: enough formats to read the dates news pages print, each
// normalised to YYYY-MM-DD.
var (
	reISODate  = lazyRE(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?`)
	reMonthDay = lazyRE(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	reDayMonth = lazyRE(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`)
	// reMonthDayNoYear: "Nov 19" on a timestamp line that omits the year.
	reMonthDayNoYear = lazyRE(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`)
	reClock          = lazyRE(`(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`)
	// reNumericDate: "11/19/19", "19.11.2019" (two- or four-digit years).
	reNumericDate = lazyRE(`\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})\b`)
	// reTimeWords: what may surround a date on a date line.
	reTimeWords = lazyRE(`(?i)\b(?:updated|published|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|et|edt|est|pt|pdt|pst|ct|cdt|cst|hkt|ist|jst|aest|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|date|time|first|created)\b|\d{1,2}[:.]\d{2}|\b\d{3,4}\b|[()|,:•·–—-]`)
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// findDate returns the first date in s as YYYY-MM-DD and where it is.
func findDate(s string) (string, int, int, bool) {
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
	if hasISOShape(s) {
		if m := reISODate.FindStringSubmatchIndex(s); m != nil {
			try(isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]), m)
		}
	}
	// Both patterns below need a month name and a year.
	if !hasMonthName(s) || !hasYear(s) {
		if best == nil {
			return "", 0, 0, false
		}
		return best.iso, best.start, best.end, true
	}
	// "ſ" folds to s in the patterns (sep, st): with it, no shortcut.
	odd := strings.Contains(s, "ſ")
	if odd || monthThenDay(s) {
		if m := reMonthDay.FindStringSubmatchIndex(s); m != nil {
			try(isoDate(s[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(s[m[2]:m[3]])]), s[m[4]:m[5]]), m)
		}
	}
	if odd || dayThenMonth(s) {
		if m := reDayMonth.FindStringSubmatchIndex(s); m != nil {
			try(isoDate(s[m[6]:m[7]], strconv.Itoa(monthNum[strings.ToLower(s[m[4]:m[5]])]), s[m[2]:m[3]]), m)
		}
	}
	if best == nil {
		return "", 0, 0, false
	}
	return best.iso, best.start, best.end, true
}

// slashDate reads a numeric date, "11/19/19" or "19.11.2019": month first
// in English, day first elsewhere, unless the numbers say otherwise.
func slashDate(s, lang string) (string, bool) {
	m := reNumericDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if y < 100 {
		y += 2000
	}
	month, day := b, a
	if lang == "en" && a <= 12 || b > 12 {
		month, day = a, b
	}
	iso := isoDate(strconv.Itoa(y), strconv.Itoa(month), strconv.Itoa(day))
	return iso, iso != ""
}

// hasMonthName reports whether s contains an English month name or its
// abbreviation, case-insensitively: whether strings.ToLower(s) contains
// one of monthNum's names, read off the bytes of s (the names are ASCII
// and hold no i or k, the only ASCII letters another character lowers
// to, so lower-casing the ASCII letters alone gives the same answer).
func hasMonthName(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if !monthInitial[s[i]] {
			continue
		}
		switch uint32(lowerASCII(s[i]))<<16 | uint32(lowerASCII(s[i+1]))<<8 | uint32(lowerASCII(s[i+2])) {
		case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
			'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
			's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
			return true
		}
	}
	return false
}

// monthInitial: the first letters of monthNum's names, in both cases.
var monthInitial = func() (t [256]bool) {
	for _, c := range []byte("jfmasondJFMASOND") {
		t[c] = true
	}
	return t
}()

// lowerASCII lower-cases an ASCII capital and leaves other bytes alone.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isoDate checks and formats a calendar date.
func isoDate(y, m, d string) string {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return ""
	}
	return t.Format("2006-01-02")
}

// dateLineMaxLeftover: words other than the date and time words that a
// date line may hold ("Updated", a place, a time zone abbreviation).
const dateLineMaxLeftover = 2

// isDateLine reports whether s is only a date or timestamp.
func isDateLine(s string) bool {
	if len(s) > 120 {
		return false
	}
	_, a, b, ok := findDate(s)
	if !ok {
		// A numeric date with a four-digit year ("19.11.2019"); two-digit
		// years are too ambiguous to make a line a date line.
		if hasDigitSepDigit(s, "/.") {
			if m := reNumericDate.FindStringSubmatchIndex(s); m != nil && m[7]-m[6] == 4 {
				a, b, ok = m[0], m[1], true
			}
		}
	}
	if !ok {
		// A timestamp without a year needs a time of day to be one:
		// "Updated Nov 19, 6:55 AM". Both patterns need their shape:
		// a digit, a colon or a full stop and a digit for reClock; a
		// month name for reMonthDayNoYear, which matches "ſep" too
		// ((?i) folds ſ to s).
		if !hasDigitSepDigit(s, ":.") || !hasMonthName(s) && !strings.Contains(s, "ſ") || !reClock.MatchString(s) {
			return false
		}
		rest := reMonthDayNoYear.ReplaceAllString(s, " ")
		if rest == s {
			return false
		}
		if n, kept, plain := plainWords(rest); plain && (n <= dateLineMaxLeftover || kept > dateLineMaxLeftover) {
			return n <= dateLineMaxLeftover
		}
		return len(words(reTimeWords.ReplaceAllString(rest, " "))) <= dateLineMaxLeftover
	}
	// Few words around the date already: taking time words away leaves
	// no more; or many that are no time words: they stay (plainWords).
	if n1, kept1, plain1 := plainWords(s[:a]); plain1 {
		if n2, kept2, plain2 := plainWords(s[b:]); plain2 {
			if n1+n2 <= dateLineMaxLeftover {
				return true
			}
			if kept1+kept2 > dateLineMaxLeftover {
				return false
			}
		}
	}
	rest := s[:a] + " " + s[b:]
	rest = reTimeWords.ReplaceAllString(rest, " ")
	return len(words(rest)) <= dateLineMaxLeftover
}

// plainWords counts the words of s (len(words(s))) when s is plain: its
// words are runs of ASCII letters and digits, with no underscore or
// apostrophe in s and no character beyond ASCII that words() could take
// into a word. In plain text reTimeWords' word boundaries are those of
// words(), so replacing its matches by spaces never makes more words:
// it takes whole words away, or the ends of two words around a colon or
// a full stop ("6:55"), or "a.m." and "p.m.". Nor does it take away a
// word with a letter that is not one of its words (or a, m, p): kept
// counts those, the least number of words left.
func plainWords(s string) (n, kept int, plain bool) {
	start := -1
	letter := false
	end := func(i int) {
		if start >= 0 && letter && !timeWord(s[start:i]) {
			kept++
		}
		start, letter = -1, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				if start < 0 {
					n++
					start = i
				}
				letter = letter || c > '9'
			case c == '_' || c == '\'':
				return n, kept, false
			default:
				end(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) || isMark(r) || r == softHyphen || r == '’' || isCJK(r) {
			return n, kept, false
		}
		end(i)
		i += size
	}
	end(len(s))
	return n, kept, true
}

// timeWord reports whether w, in any case, is one of the words of
// reTimeWords, or a letter of "a.m." and "p.m.".
func timeWord(w string) bool {
	if len(w) > len("wednesday") {
		return false
	}
	var buf [len("wednesday")]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	switch string(buf[:len(w)]) {
	case "a", "m", "p", "updated", "published", "posted", "last", "modified", "on", "at", "am", "pm",
		"gmt", "utc", "bst", "cet", "cest", "et", "edt", "est", "pt", "pdt", "pst", "ct", "cdt", "cst", "hkt", "ist", "jst", "aest",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "date", "time", "first", "created":
		return true
	}
	return false
}

// hasDigitSepDigit reports whether s has an ASCII digit, one of the
// bytes of seps and another digit in a row: the shape of reClock
// ("6:55") and reNumericDate ("11/19"), a cheap test before them.
func hasDigitSepDigit(s, seps string) bool {
	for i := 1; i+1 < len(s); i++ {
		if isDigit(s[i-1]) && isDigit(s[i+1]) && strings.IndexByte(seps, s[i]) >= 0 {
			return true
		}
	}
	return false
}

// hasISOShape reports whether s has what reISODate needs: a year from
// 1900 to 2099, a hyphen, two digits, a hyphen, two digits.
func hasISOShape(s string) bool {
	for i := 0; i+5 < len(s); i++ {
		if s[i] == '-' && i >= 4 && s[i+3] == '-' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+4]) && isDigit(s[i+5]) &&
			(s[i-4] == '1' && s[i-3] == '9' || s[i-4] == '2' && s[i-3] == '0') && isDigit(s[i-2]) && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}

// monthAt reports whether s[i:] starts with a name of monthNum, in
// either case of ASCII.
func monthAt(s string, i int) bool {
	if i+3 > len(s) || !monthInitial[s[i]] {
		return false
	}
	switch uint32(lowerASCII(s[i]))<<16 | uint32(lowerASCII(s[i+1]))<<8 | uint32(lowerASCII(s[i+2])) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}

// isRESpace is \s of Go's regular expressions.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipRESpace returns the end of the run of \s at s[i:].
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// monthThenDay: the shape reMonthDay needs, "Nov[ember][.] 19": a month
// name, letters, an optional full stop, spaces and a digit. A byte beyond
// ASCII among the letters is let through ((?i)[a-z] also takes the
// Kelvin sign); the caller lets ſ through.
func monthThenDay(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if !monthAt(s, i) {
			continue
		}
		j := i + 3
		for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
			j++
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			return true
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		if k := skipRESpace(s, j); k > j && k < len(s) && isDigit(s[k]) {
			return true
		}
	}
	return false
}

// dayThenMonth: the shape reDayMonth needs, "19[th][.] [of] Nov": a
// digit, an optional ordinal suffix and full stop, spaces, an optional
// "of" and spaces, and a month name.
func dayThenMonth(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i + 1
		if j+2 <= len(s) {
			switch uint16(lowerASCII(s[j]))<<8 | uint16(lowerASCII(s[j+1])) {
			case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
				j += 2
			}
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		k := skipRESpace(s, j)
		if k == j {
			continue
		}
		if k+2 < len(s) && lowerASCII(s[k]) == 'o' && lowerASCII(s[k+1]) == 'f' && isRESpace(s[k+2]) {
			k = skipRESpace(s, k+2)
		}
		if monthAt(s, k) {
			return true
		}
	}
	return false
}
