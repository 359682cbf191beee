package cleaner

import (
	"embed"
	"sort"
	"strings"
	"sync"
)

// All regular expressions of the package live here, in one table.
var (
	// rePlaceholder: template syntax that was never filled in.
	rePlaceholder = lazyRE(`\{\{[^{}]{0,80}\}\}|\$\{[^{}]{0,80}\}|\[object Object\]|<%=?[^%]{0,80}%>|\{%[^%]{0,80}%\}`)
	// reBareValue: a line that is only a JavaScript non-value.
	reBareValue = lazyRE(`^(?:undefined|null|NaN|%s|%d|\{\}|\[\])$`)
	// reEngagement: counters such as "12 comments", "3.4K shares".
	reEngagement = lazyRE(`(?i)^(?:\d[\d.,]*\s*[km]?\s*(?:comments?|shares?|likes?|views?|reads?|replies|reactions?|retweets?|followers?|votes?|points?)\s*)+$`)
	// reCount: a line that is only a number, as left by share counters.
	reCount = lazyRE(`^[\d.,]+\s*[KkMm]?$`)
	// reDomain: a bare domain name such as "headtopics.com".
	reDomain = lazyRE(`(?i)^(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|es|it|nl|ru|in|info|news|tv|me|app|ly|fm|biz)(?:/\S*)?$`)
	// reTweetCredit: the attribution line of an embedded tweet,
	// "— Jane Doe (@janedoe) November 18, 2019": part of the article.
	reTweetCredit = lazyRE(`^[—–-]\s*.{1,80}\(@\w{1,30}\)`)
	// reCaption: a photo caption's credit or file-photo note, as news
	// agencies write them: "(AP Photo/Jane Doe)", "Photo: Jane Doe",
	// "REUTERS/Jane Doe", "© Reuters", "file photo".
	reCaption = lazyRE(`\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)(?: Photo)?/[^)]{1,60}\)|\b(?:REUTERS|AFP|EPA)/\p{Lu}|(?i:\bfile photo\b|\bphoto(?:graph)?\s*(?:by|credit)?:|©\s*\S|\bvia (?:Getty|Reuters|AP)\b|\bGetty Images\b|\bShutterstock\b)`)
	// reCaptionOther: a credit in other languages, "(Foto: Jane Doe)",
	// "Quelle: dpa", "Imagen: Télam", in brackets, opening the line or
	// closing a caption ("Puerto de Montevideo. Foto: Archivo").
	reCaptionOther = lazyRE(`(?i)\((?:foto|fotos|bild|bildquelle|quelle|imagen|fuente|crédits? photos?|źródło|fot\.)\s*:[^)]{1,80}\)` +
		`|^\W{0,3}(?:foto|fotos|bild|bildquelle|quelle|imagen|fuente|crédits? photos?|źródło|fot\.)\s*:\s*\S` +
		`|[.!?]\s+(?:foto|fotos|bild|imagen|fuente|quelle)\s*:\s*[^.]{1,60}\.?$`)
	// reAuthorBio: the note about the author at the end of an article,
	// "Jane Doe is a senior reporter for…", "… writes a daily blog".
	reAuthorBio = lazyRE(`^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:is|was|has been|covers|writes)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|author|freelancer|critic|blogger|producer|anchor|photographer|intern|fellow|blog|column)\b|^(?:[\p{L}-]+\s+){0,4}(?:journalist|reporter|writer|editor|columnist)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:writes|covers|is)\b`)
	// reAuthorNote: the note about the author or the blog's owner in the
	// languages of the phrase lists, and in English with more roles:
	// "Jane Doe ist Redakteurin bei…", "Hallo, ich bin Anna, …", "Jane
	// Doe is the founder of…". Weaker than reAuthorBio, so it only
	// counts at the end of the body.
	reAuthorNote = lazyRE(`(?i:^(?:(?:hallo|hi|hey|servus|moin|hola|salut|ciao|cześć)\s*[,!]?\s*)?(?:ich bin|i['’]m|i am|je suis|soy|sono|jestem)\s)\p{Lu}\p{L}+\s*[,.!]` +
		`|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:ist|war|leitet|schreibt|studierte|arbeitet|is|writes|est|es|é|è|jest)\s[^.]{0,80}?(?i:redakteur|journalist|autor|reporter|ressort|volontär|chefredakt|herausgeber|blogger|gründer|founder|editor|expert|periodista|journaliste|jornalista|giornalista|dziennikar|redaktor)`)
	// reRelTime: a relative timestamp on a teaser, "32M ago", "2 hours ago".
	reRelTime = lazyRE(`(?i)^(?:updated\s+|posted\s+)?(?:\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|years?)\s+ago$`)
	// rePointer: "Read more: <a headline>", a pointer to another story,
	// in the languages of the phrase lists ("Lees ook:", "Zobacz także:",
	// "Baca juga:", "اقرأ أيضا:").
	rePointer = lazyRE(`(?i)^(?:read (?:more|also|next)|see also|also read|related(?: stories| articles?| coverage)?|more on this(?: story)?|watch|listen|recommended|don'?t miss` +
		`|lesen sie (?:auch|mehr)|auch lesen|siehe auch|mehr zum thema|(?:à )?lire aussi|voir aussi|le[ea] también|leia também|veja também|leggi anche` +
		`|lees ook|bekijk ook|zobacz (?:także|też)|(?:prze)?czytaj (?:także|też)|läs (?:också|även)|læs også|les også|lue myös|čtěte také|přečtěte si také|čítajte aj` +
		`|ayrıca (?:okuyun|bakınız)|mire|puedes ver|ver también|mira también|leia mais|saiba mais|citește și|pročitajte još|читайте (?:также|також|тоже)|baca juga|اقرأ أيضاً?)\s*[:»›|–—-]\s*\S`)
	// reByName: "By" before a name anywhere in a short line.
	reByName = lazyRE(`(?:^|\s)(?:[Bb]y|BY)\s+(\p{Lu})`)
	// reURL: an address anywhere in a line.
	reURL = lazyRE(`(?i)\bhttps?://\S+|\bwww\.\S+`)
	// reGluedDate: "date 2023-10-12 " glued before the first paragraph.
	reGluedDate = lazyRE(`(?i)^(?:date|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+`)
	// reByline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
	reByline = lazyRE(`^(?i:by|von|par|por|di|door)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|der|da|di|la|le|,)){0,8})(?:\s*[,|·•–—-]\s*.*)?$`)
)

// Phrase lists: per language, one phrase a line (see phrases/en.txt).
//
//go:embed phrases/*.txt
var phraseFiles embed.FS

// phraseHow says how a phrase is matched against a line's folded words.
type phraseHow uint8

const (
	matchLine     phraseHow = iota // the whole line
	matchPrefix                    // the start of a short line
	matchContains                  // anywhere in a line that is not long prose
	matchSection                   // the start of a short line that opens a section after the article
)

type phrase struct {
	text   string
	how    phraseHow
	reason Reason
}

// phraseTable is the parsed phrase lists, indexed by their first word so
// that matching a line costs a few map look-ups per word, not one search
// per phrase; built once, never modified.
type phraseTable struct {
	line     map[string]Reason
	prefix   map[string][]phrase // by first word, longest first
	contains map[string][]phrase // by first word
	// lineMax is the longest key of line: a longer key is not looked up.
	lineMax int
	// lines, prefixOpens and opens hold the keys of line and the first
	// words of prefix and contains: a key or a word they do not hold
	// costs no look-up (prose has hundreds of words a block, few of them
	// these).
	lines, prefixOpens, opens wordFilter
}

// wordFilter is a set of words that may answer yes for a word not in it
// (about one in fifty, with a few hundred words), never no for a word in
// it.
type wordFilter [wordBits / 64]uint64

func (wf *wordFilter) add(w string) {
	b := wordBit(w)
	wf[b/64] |= 1 << (b % 64)
}

func (wf *wordFilter) has(w string) bool {
	b := wordBit(w)
	return wf[b/64]&(1<<(b%64)) != 0
}

// hasBytes is has for a word in bytes.
func (wf *wordFilter) hasBytes(w []byte) bool {
	var b uint
	if len(w) > 0 {
		b = wordBitOf(w[0], w[len(w)-1], len(w))
	}
	return wf[b/64]&(1<<(b%64)) != 0
}

// wordBits is the size of a wordFilter.
const wordBits = 1 << 14

// wordBit hashes a word by its length and its first and last bytes.
func wordBit(w string) uint {
	if w == "" {
		return 0
	}
	return wordBitOf(w[0], w[len(w)-1], len(w))
}

func wordBitOf(first, last byte, n int) uint {
	return ((uint(first)*31+uint(last))*31 + uint(n)) % wordBits
}

var phraseReasons = map[string]Reason{
	"widget": ReasonWidget, "share": ReasonShare, "cookie": ReasonCookie,
	"newsletter": ReasonNewsletter, "readmore": ReasonReadMore, "ad": ReasonAdvertisement,
	"credit": ReasonPhotoCredit, "legal": ReasonLegal, "comments": ReasonComments,
	"author": ReasonAuthorBio, "menu": ReasonMenu,
}

var phrases = sync.OnceValue(func() *phraseTable {
	t := &phraseTable{line: map[string]Reason{}, prefix: map[string][]phrase{}, contains: map[string][]phrase{}}
	entries, _ := phraseFiles.ReadDir("phrases")
	for _, e := range entries {
		data, _ := phraseFiles.ReadFile("phrases/" + e.Name())
		for _, ln := range strings.Split(string(data), "\n") {
			cols := strings.Split(ln, "\t")
			if len(cols) != 3 || strings.HasPrefix(ln, "#") {
				continue
			}
			reason, ok := phraseReasons[cols[0]]
			if !ok {
				continue
			}
			text := foldKey(cols[2])
			switch cols[1] {
			case "line":
				t.line[text] = reason
			case "prefix":
				t.prefix[firstWord(text)] = append(t.prefix[firstWord(text)], phrase{text, matchPrefix, reason})
			case "contains":
				t.contains[firstWord(text)] = append(t.contains[firstWord(text)], phrase{text, matchContains, reason})
			case "section":
				t.prefix[firstWord(text)] = append(t.prefix[firstWord(text)], phrase{text, matchSection, reason})
			}
		}
	}
	for text := range t.line {
		t.lineMax = max(t.lineMax, len(text))
		t.lines.add(text)
	}
	for w := range t.prefix {
		t.prefixOpens.add(w)
	}
	for w := range t.contains {
		t.opens.add(w)
	}
	for _, ps := range t.prefix {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].text) > len(ps[j].text) })
	}
	return t
})

// Limits for phrase matching: a phrase marks a line as junk only when the
// line is short enough that the phrase is what it is about.
const (
	// prefixMaxWords: "Read more about the election" is a pointer; a
	// twenty-word sentence that starts "Related to this…" is prose.
	prefixMaxWords = 8
	// sectionMaxWords: a section heading is short ("More stories", "Most
	// read in world news"); a longer line starting the same way is a
	// pointer to one story.
	sectionMaxWords = 5
	// containsMaxWords: cookie and newsletter notices run to two or three
	// sentences; longer lines are prose that mentions the phrase.
	containsMaxWords = 40
	// cookieMaxWords: consent notices run long ("This website uses
	// cookies to improve your experience while you navigate…" goes on for
	// a hundred words), and articles rarely say "we use cookies".
	cookieMaxWords = 150
)

// matchPhrase returns the reason of the phrase that marks the line, if any.
func matchPhrase(key string, nWords int) (Reason, phraseHow, bool) {
	return matchPhraseOpens(key, nWords, true)
}

// matchPhraseOpens is matchPhrase for a caller that knows whether a word
// of the key may open a contains phrase: when opens is false, none is
// looked for.
func matchPhraseOpens(key string, nWords int, opens bool) (Reason, phraseHow, bool) {
	t := phrases()
	if len(key) <= t.lineMax && t.lines.has(key) {
		if r, ok := t.line[key]; ok {
			return r, matchLine, true
		}
	}
	if first := firstWord(key); nWords <= prefixMaxWords && t.prefixOpens.has(first) {
		for _, p := range t.prefix[first] {
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
	if nWords > cookieMaxWords || !opens {
		return ReasonNone, 0, false
	}
	// Word by word: the phrases that open with the word at i.
	for i := 0; i < len(key); {
		w, next := key[i:], len(key)
		if sp := strings.IndexByte(w, ' '); sp >= 0 {
			w, next = w[:sp], i+sp+1
		}
		if t.opens.has(w) {
			for _, p := range t.contains[w] {
				if (nWords <= containsMaxWords || p.reason == ReasonCookie) && hasWordPrefix(key[i:], p.text) {
					return p.reason, matchContains, true
				}
			}
		}
		i = next
	}
	return ReasonNone, 0, false
}

// firstWord returns the first space-separated word of a folded key.
func firstWord(key string) string {
	if i := strings.IndexByte(key, ' '); i >= 0 {
		return key[:i]
	}
	return key
}

// hasWordPrefix reports whether key starts with the words of p.
func hasWordPrefix(key, p string) bool {
	return strings.HasPrefix(key, p) && (len(key) == len(p) || key[len(p)] == ' ')
}

// noteVerbs are the verbs reAuthorNote looks for after a name, and
// noteOpeners the words a blog owner's note starts with: a cheap test on
// the folded words before the pattern runs.
var (
	noteVerbs   = map[string]bool{"ist": true, "war": true, "leitet": true, "schreibt": true, "studierte": true, "arbeitet": true, "is": true, "writes": true, "est": true, "es": true, "é": true, "è": true, "jest": true}
	noteOpeners = map[string]bool{"hallo": true, "hi": true, "hey": true, "servus": true, "moin": true, "hola": true, "salut": true, "ciao": true, "cześć": true, "ich": true, "i'm": true, "i’m": true, "i": true, "je": true, "soy": true, "sono": true, "jestem": true}
)

// noteShaped reports whether a line's folded words could start an author's
// note: an opener first, or one of noteVerbs after one to four words.
func noteShaped(key string) bool {
	for n, w := 0, key; n < 5 && w != ""; n++ {
		word := firstWord(w)
		if n == 0 && noteOpeners[word] || n > 0 && noteVerbs[word] {
			return true
		}
		w = strings.TrimPrefix(w[len(word):], " ")
	}
	return false
}
