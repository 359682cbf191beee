package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Authors: who wrote the article, from a byline in any of the languages
// the cleaner reads ("By", "Von", "Par", "Por", "Di", "Door", "Przez",
// "Autor:", "Posted by", "Geschrieben von"…), and what is not an author:
// the site's own name, a domain, an e-mail address, a company, or a
// placeholder a publishing system fills in ("admin", "Unknown").

// reAuthorLead is the word or phrase that opens a byline, and the name
// that follows it. The name is read word by word by authorName.
var reAuthorLead = lazyRE(`(?i)^(?:(` +
	`(?:written|posted|published|reported|text|story|words)\s+by|` +
	`(?:geschrieben|verfasst|erstellt|eingestellt|ver(?:ö|oe)ffentlicht|gepostet|text|ein\s+(?:beitrag|artikel|kommentar))\s+von|` +
	`(?:publié|écrit|rédigé|posté|texte)\s+par|` +
	`(?:escrito|publicado|redactado|texto)\s+por|` +
	`(?:scritto|pubblicato|testo)\s+da|` +
	`(?:autor(?:in|a|es|en)?|author|auteur(?:e)?|autore|yazar|text|texte|texto|testo|tekst|redakce|redaktion|redacción|rédaction|interview)\s*[:：]` +
	`)[\s:]*|(?:by|von|par|por|di|door|av|af|przez|napisa(?:ł|la|ła))[\s:]+)`)

// reAuthorMid finds a byline's opening inside a date line: "October 19,
// 2019 by Jane", "Veröffentlicht am 12. Juni 2017 von gizzmo".
var reDateDashName = lazyRE(`^\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s+[-–—|·•]\s+(\p{Lu}[^\d]{2,60})$`)

// reAuthorMid finds the opening inside a date line (see authorInDateLine).
var reAuthorMid = lazyRE(`(?i)(?:^|\s)(?:by|von|par|por|door|przez)\s+`)

// authorParticles are lower-case words inside names: "Ursula von der
// Leyen", "Vincent van Gogh", "Maria da Silva".
var authorParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "du": true, "dos": true, "das": true, "del": true, "la": true, "le": true, "zu": true, "y": true, "e": true}

// authorJoiners join several names: "Jane Doe und John Roe".
var authorJoiners = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "i": true, "en": true,
	"och": true, "og": true, "oraz": true, "&": true}

const (
	// authorMaxWords: "Jane Doe und John Roe" and a few more.
	authorMaxWords = 9
	// authorMaxBytes: a longer "name" is a sentence.
	authorMaxBytes = 80
)

// authorFromLine reads the name in a byline line: the words after an
// opening such as "Von" or "Autor:" that look like a name, up to what
// follows it (a date, a separator, "am", "le", a lower-case word).
func authorFromLine(s string) string {
	name, _ := authorLead(s)
	return name
}

// authorLead is authorFromLine that also says whether the opening was a
// label ("Autor:", "Posted by", "Text von") rather than a bare "By".
func authorLead(s string) (name string, labelled bool) {
	s = strings.TrimSpace(s)
	if !mayOpenAuthorLead(s) {
		return "", false
	}
	m := reAuthorLead.FindStringSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	// After a labelled opening ("Author:", "Posted by") a user name may be
	// in lower case ("oradmin"); after a bare "by" that is prose.
	labelled = m[2] >= 0
	rest := s[m[1]:]
	// "By oradmin": a bare opening and one user name, nothing else.
	handle := labelled || len(strings.Fields(rest)) == 1 && m[1] > 0
	return authorName(rest, handle), labelled
}

// authorInDateLine reads the name after "by", "von"… inside a line that
// carries a date; a user name in lower case counts there.
func authorInDateLine(s string) string {
	if !hasYear(s) || !strings.ContainsAny(s, "0123456789") {
		return "" // no date, no date line
	}
	if !isDigit(strings.TrimSpace(s)[0]) && !hasMidLead(strings.ToLower(s)) {
		return "" // neither "date - name" nor an opening inside the line
	}
	// "11.12.2019 - Jane Doe": a date, a dash and a name, nothing else.
	if m := reDateDashName.FindStringSubmatch(s); m != nil {
		if name := authorName(m[1], false); name != "" && foldKey(name) == foldKey(m[1]) && countWords(name) >= 2 {
			return name
		}
	}
	if _, ok := findAnyDate(s); !ok {
		return ""
	}
	for _, m := range reAuthorMid.FindAllStringIndex(s, -1) {
		if name := authorName(s[m[1]:], true); name != "" {
			return name
		}
	}
	return ""
}

// authorName reads a name from the start of s: capitalised words, with
// the particles and joiners between them, and a list separated by
// commas; it ends at any other word or mark. With handle, a first word
// in lower case is a user name ("oradmin") and the whole name.
func authorName(s string, handle bool) string {
	var name []string
	names := 0
	fields := strings.Fields(s)
	capitalised := func(w string) bool {
		clean := strings.TrimRight(w, ",;|•·:")
		c, _ := utf8.DecodeRuneInString(clean)
		lower := strings.ToLower(clean)
		return unicode.IsUpper(c) && !isMonthWord(lower) && !bylineStop[lower]
	}
words:
	for i, w := range fields {
		clean := strings.TrimRight(w, ",;|•·:")
		lower := strings.ToLower(clean)
		c, _ := utf8.DecodeRuneInString(clean)
		if len(name) > 0 && name[len(name)-1] == "," {
			// A list goes on with a full name ("Jane Doe, John Roe"), not
			// a place or a role ("Jane Doe, Hamburg", "…, Illustration von").
			if i+1 >= len(fields) || !capitalised(w) || !capitalised(fields[i+1]) || clean != w {
				break
			}
		}
		switch {
		case clean == "" || strings.ContainsAny(c0(clean), "0123456789"):
		case handle && len(name) == 0 && unicode.IsLower(c) && !bylineStop[lower] && !authorJoiners[lower] && !authorParticles[lower]:
			name = append(name, clean)
			names++
			break words
		case len(name) > 0 && (authorJoiners[lower] || authorParticles[lower]):
			name = append(name, clean)
			continue
		case capitalised(w):
			name = append(name, clean)
			names++
			if len(name) >= authorMaxWords {
				break words
			}
			switch strings.TrimLeft(w[len(clean):], " ") {
			case "":
				continue
			case ",":
				name = append(name, ",") // a list: "Jane Doe, John Roe"
				continue
			}
		}
		break words
	}
	// Trailing joiners, particles and commas belong to what follows.
	for len(name) > 0 {
		l := strings.ToLower(name[len(name)-1])
		if !authorJoiners[l] && !authorParticles[l] && l != "," {
			break
		}
		name = name[:len(name)-1]
	}
	out := strings.ReplaceAll(strings.Join(name, " "), " ,", ",")
	if names == 0 || len(out) > authorMaxBytes {
		return ""
	}
	return out
}

// notAuthors are what publishing systems put where no author is known.
var notAuthors = map[string]bool{"admin": true, "administrator": true, "publisher": true, "unknown": true,
	"no author": true, "anonymous": true, "anonym": true, "anónimo": true, "anonimo": true, "anonyme": true,
	"guest": true, "gast": true, "user": true, "webmaster": true, "editor": true, "author": true, "autor": true,
	// labels of author boxes and comment forms
	"name": true, "nom": true, "nombre": true, "nome": true, "naam": true, "imię": true, "follow": true, "folgen": true,
	"mehr": true, "more": true, "authors": true, "autoren": true, "auteurs": true, "autores": true, "autori": true,
	"sponsored": true, "sponsored content": true, "gesponserte inhalte": true, "anzeige": true, "werbung": true}

// creditWords end a picture credit, not an author: "Jane Doe Foto".
var creditWords = map[string]bool{"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "bilder": true, "image": true}

// authorMinLetters: a name of fewer letters is an agency's or an
// editor's code ("JF", "dpa"), not who wrote the article.
const authorMinLetters = 4

// companySuffixes end the name of a company or an association, which
// publishes a page rather than writes it.
var companySuffixes = []string{"gmbh", "ag", "e v", "ev", "inc", "ltd", "llc", "s a", "sa", "se", "kg", "mbh", "co", "corp", "plc", "s l", "sl", "srl", "bv", "nv", "ab", "as", "oy"}

// plausibleAuthor reports whether name can be a person (or a named
// author) rather than the site, a company, an address or a placeholder.
func plausibleAuthor(name string, sites siteNames) bool {
	name = strings.TrimSpace(name)
	k := foldKey(name)
	if k == "" || len(name) > authorMaxBytes*2 || notAuthors[k] {
		return false
	}
	if strings.ContainsAny(name, "@/") || strings.Contains(name, "[at]") || strings.Contains(strings.ToLower(name), "www.") || looksLikeDomain(name) {
		return false
	}
	for _, suf := range companySuffixes {
		if strings.HasSuffix(k, " "+suf) {
			return false
		}
	}
	// A name is capitalised words, with particles and joiners between
	// them: "deinen Hochzeitsbloggern", "Edited by Jane Doe" are phrases.
	fields0 := strings.Fields(name)
	if len(fields0) > 1 {
		for _, f := range fields0 {
			c, _ := utf8.DecodeRuneInString(f)
			lower := strings.ToLower(strings.Trim(f, ",.;:"))
			if unicode.IsLower(c) && !authorParticles[lower] && !authorJoiners[lower] {
				return false
			}
		}
		if creditWords[strings.ToLower(fields0[len(fields0)-1])] {
			return false
		}
	}
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < authorMinLetters {
		return false
	}
	joined := strings.ReplaceAll(k, " ", "")
	for _, n := range sites.names {
		if k == n || joined == strings.ReplaceAll(n, " ", "") || strings.HasPrefix(k, n+" ") || strings.HasPrefix(n, k+" ") {
			return false
		}
	}
	// The host: "Automobilwoche" on automobilwoche.de, "Diakonie
	// Deutschland" on diakonie.de are the site; "Gregory Szorc" on
	// gregoryszorc.com is the person whose site it is, and "creeny" on
	// creeny.blogs.example the user whose blog it is.
	fields := strings.Fields(k)
	if d := sites.domain; len(fields) == 1 && len(d) >= 3 && strings.HasPrefix(joined, d) {
		return false
	}
	for _, h := range sites.host {
		h = strings.ReplaceAll(h, "-", "")
		if joined == h {
			continue
		}
		for _, f := range fields {
			if len(f) >= affixHostMinLabel && f == h {
				return false
			}
		}
	}
	return true
}

// andWords join two authors in a byline, by language.
var andWords = map[string]string{"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e",
	"nl": "en", "pl": "i", "sv": "och", "da": "og", "no": "og", "cs": "a"}

// joinAuthors writes a list of authors as a byline: "Jane Doe and John
// Roe" (in the page's language), "Jane Doe, John Roe, Max Mustermann".
func joinAuthors(names []string, lang string) string {
	if len(names) == 2 {
		and := andWords[lang]
		if and == "" {
			and = "and"
		}
		return names[0] + " " + and + " " + names[1]
	}
	return strings.Join(names, ", ")
}

// normalizeAuthor takes the opening off a declared author ("Von Jane
// Doe", "Eingestellt von Jane Doe") and spaces its commas.
func normalizeAuthor(a string) string {
	a = collapseSpace(a)
	if name := authorFromLine(a); name != "" {
		a = name
	}
	parts := strings.Split(a, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, ", ")
}

// c0 is the first character of s.
func c0(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// englishMonths are the full English month names.
var englishMonths = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// isMonthWord reports whether a lower-case word is a month's name or
// abbreviation in a language the dates read ("Julia" is not "jul").
func isMonthWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	_, abbr := monthNum[w]
	_, local := localMonths[w]
	_, localAbbr := localMonths[w+"."]
	return abbr || local || localAbbr || englishMonths[w]
}

// midLeads are the openings reAuthorMid finds, for a cheap test first.
var midLeads = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true, "przez": true}

func hasMidLead(lower string) bool {
	for _, w := range strings.Fields(lower) {
		if midLeads[w] {
			return true
		}
	}
	return false
}

// mayOpenAuthorLead is the cheap test in front of reAuthorLead, which
// runs on every short line of a paste: each of its openings starts with
// one of authorLeadPairs, its first two letters in either case. A text
// with a byte beyond ASCII in its first two is left to the pattern (é of
// "écrit", and what (?i) folds: ſ for s, the Kelvin sign for k).
func mayOpenAuthorLead(s string) bool {
	if len(s) < 2 {
		return false // every opening has two letters at least
	}
	if s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf {
		return true
	}
	a, b := lowerASCII(s[0]), lowerASCII(s[1])
	for i := 0; i+1 < len(authorLeadPairs); i += 3 {
		if authorLeadPairs[i] == a && authorLeadPairs[i+1] == b {
			return true
		}
	}
	return false
}

// authorLeadPairs are the first two letters of reAuthorLead's openings,
// space-separated: written, posted, published, reported, text, story,
// words, geschrieben, verfasst, erstellt, eingestellt, ein, escrito,
// scritto, autor/author/auteur, yazar, interview, by, von, par, di,
// door, av, af, przez, napisał.
const authorLeadPairs = "wr po pu re te st wo ge ve er ei es sc au ya in by vo pa di do av af pr na"
