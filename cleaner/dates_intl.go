package cleaner

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dates written with month names in other languages, for the metadata
// only ("5. Oktober 2013", "5 de octubre de 2013", "12 października
// 2021", "Oktober 5, 2013"): the block rules keep reading English dates
// alone, so these names never change what is kept.

// localMonths maps month names (full, and the abbreviations that are not
// ordinary words) to their number, for German, French, Spanish, Italian,
// Portuguese, Dutch, Polish (genitive, as dates use it), Swedish, Danish,
// Norwegian, Czech (genitive), Finnish (partitive) and Turkish.
var localMonths = map[string]int{
	// de
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
	"august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
	// fr
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	// es
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// it
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	// pt
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "dezembro": 12,
	// nl
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// pl
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
	"sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	// sv, da, no (the other names are spelled as above)
	"maj": 5, "augusti": 8, "desember": 12,
	// cs
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
	"srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	// fi
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
	"kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
	"marraskuuta": 11, "joulukuuta": 12,
	// tr
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
	"ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	// abbreviations with a full stop: "5. Okt. 2013", "5 janv. 2013"
	"jan.": 1, "feb.": 2, "febr.": 2, "mär.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12, "janv.": 1, "févr.": 2, "avr.": 4,
	"juil.": 7, "déc.": 12, "ene.": 1, "dic.": 12,
}

var (
	// "5. Oktober 2013", "5 de octubre de 2013", "le 5 octobre 2013", and a
	// time glued to the year by a copy ("3 de mayo de 202221:25")
	reLocalDayMonth = lazyREFunc(func() string {
		return `(?:^|[^\p{L}\p{N}])(\d{1,2})\.?\s+(?:de\s+)?(` + localMonthAlt() + `)\s*(?:de\s+|,\s*)?((?:19|20)\d{2})(?:[^\p{N}]|$|\d{1,2}[:.]\d{2})`
	})
	// "Oktober 5, 2013", "octubre 5 de 2013"
	reLocalMonthDay = lazyREFunc(func() string {
		return `(?:^|[^\p{L}])(` + localMonthAlt() + `)\s+(\d{1,2}),?\s+(?:de\s+)?((?:19|20)\d{2})(?:[^\p{N}]|$)`
	})
	// reCJKDate: "2019年6月24日", "2019년 6월 24일".
	reCJKDate = lazyRE(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
)

// localMonthAlt is the month names of localMonths as one alternation.
func localMonthAlt() string {
	names := make([]string, 0, len(localMonths))
	for n := range localMonths {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so that "juni" does not stop "junio" short.
	sortByLenDesc(names)
	return strings.Join(names, "|")
}

// localMonthNames finds the names of localMonths in lower-cased text.
var localMonthNames = sync.OnceValue(func() *foldMatcher {
	names := make([]string, 0, len(localMonths))
	for n := range localMonths {
		names = append(names, n)
	}
	return newFoldMatcher(names)
})

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) > len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// localDateMaxBytes bounds the text the multilingual patterns run on: a
// date line, not a paragraph (their alternation is long).
const localDateMaxBytes = 200

// findAnyDate returns the first date in s, in English (findDate) or with
// a month name of another language, or written in CJK.
func findAnyDate(s string) (string, bool) {
	if iso, _, _, ok := findDate(s); ok {
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
	// alternation is much faster than a case-folding one. Both need
	// one of the names, which localMonthNames finds without lower-casing.
	if localMonthNames().match(s) == 0 {
		return "", false
	}
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

// splitTimestamp splits a declared date into its day as the page states
// it (the date part of an RFC 3339 time, in the page's own offset, not
// converted to UTC) and the full timestamp when there is one.
func splitTimestamp(s string) (day, stamp string) {
	if len(s) <= len("2006-01-02") {
		return s, ""
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		return "", ""
	}
	return s[:len("2006-01-02")], s
}

var (
	// reLeadDate: a day-first numeric date and a dash opening a paragraph.
	reLeadDate = lazyRE(`^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*[–—-]\s`)
	// reGluedNumericDate: a day-first date with a four-digit year glued to
	// the word before it by a copy ("eröffnet20.10.2021").
	reGluedNumericDate = lazyRE(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[^\d]|$)`)
)

// gluedNumericDate reads a day-first numeric date with a four-digit year
// wherever it stands in s.
func gluedNumericDate(s string) (string, bool) {
	m := reGluedNumericDate.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	iso := isoDate(m[3], m[2], m[1])
	return iso, iso != ""
}

// hasYear reports whether s holds a year from 1900 to 2099: a cheap test
// before the long patterns.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
