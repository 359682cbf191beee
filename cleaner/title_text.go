package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Choosing the headline of pasted text. A page shows many headline-shaped
// lines (section names, "Sharing is caring!", other stories); the
// article's own headline announces what its opening says, so candidates
// near the start of the body are scored by how much of their wording the
// lead paragraphs repeat.
const (
	// titleLeadBlocks: the lead is this many prose blocks from the body's
	// start.
	titleLeadBlocks = 3
	// titleMinOverlap: the share of a candidate's content words that the
	// lead must contain; headlines are paraphrased, so not all of them.
	titleMinOverlap = 0.3
	// titleDistanceCost: each line between a candidate and the body costs
	// this much of its score; the headline stands close above the text.
	titleDistanceCost = 0.02
	// titleRepeatBonus: a line the page shows two or three times (heading,
	// breadcrumb, share text) is more likely the headline.
	titleRepeatBonus = 0.15
	// titleMinContentWords: "News" or "Opinion" says too little to judge.
	titleMinContentWords = 2
)

// Short headlines ("Muffin Grundrezept", "Hope!") have one or two words:
// the shape of a menu item. One counts as a candidate only just above the
// body (titleShortMaxLines) and when the lead repeats every content word
// of it, and only when no other rule finds a headline.
const titleShortMaxLines = 3

// titleFarLookback: when no line within titleLookback is a headline, a
// headline further up (above a long share bar, a picture gallery, a menu
// opened by the copy) is looked for up to this many lines above the body.
const titleFarLookback = 45

// titleIntoBody: when nothing above the body reads as its headline, the
// body's start may have been taken a few lines too high (a kicker, a dek
// or a credit read as prose): a headline this many lines into the body
// counts, each line there costing twice a line above.
const titleIntoBody = 6

// titleQuotedBonus: a line the page quotes elsewhere ("2 Kommentare zu
// „…“", "4 thoughts on “…”") is the name of the post: as strong a sign
// as the lead repeating a good share of its words.
const titleQuotedBonus = 0.3

// A line in capitals above the body is more often a kicker, a section
// label or a pull quote ("VANLIFE IN SCHWEDEN") than the headline, which
// pages set in capitals by style sheet, not in the text a copy takes:
// such a line (titleCapsShare of its letters in upper case) loses
// titleCapsCost of its score.
const (
	titleCapsShare = 0.8
	titleCapsCost  = 0.2
)

// scoredHeadline returns the best headline candidate from far to near
// lines above the body (near: 0 for the body's first line), or "", and
// apart the best short one, which only counts when nothing else is found.
func (r *run) scoredHeadline(near, far int) (title, short string) {
	if r.bodyStart >= len(r.blocks) {
		return "", ""
	}
	// Only the lines of the window can be the title: the repeats and
	// the quotations are counted for their keys alone (windowKeys).
	hi, lo := min(r.bodyStart-near, r.bodyEnd, len(r.blocks)-1), max(0, r.bodyStart-far)
	repeats := r.windowKeys(lo, hi)
	quoted := r.quotedKeys(repeats)
	leadAbove := r.leadWords(r.bodyStart - 1)
	best, bestScore := "", 0.0
	bestShort, bestShortScore := "", 0.0
	bestAt := -1
	for i := hi; i >= lo; i-- {
		b := &r.blocks[i]
		short := i < r.bodyStart && r.bodyStart-i <= titleShortMaxLines && shortHeadline(b)
		if !short && !headlineShaped(b) || statement(b) && !r.stop.cjk || !notMetaLine(b) || pagerLink(b.text) || r.captionOver(i) {
			continue
		}
		if i >= r.bodyStart && !(b.final.keep && r.bodyStart < r.bodyEnd) {
			continue
		}
		cw := r.contentWords(b.text)
		if len(cw) < titleMinContentWords && !(short && len(cw) > 0) {
			continue
		}
		lead := leadAbove
		if i >= r.bodyStart {
			lead = r.leadWords(i) // the candidate stands in the body: the lead follows it
		}
		shared := 0
		for w := range cw {
			if sharesStem(w, lead) {
				shared++
			}
		}
		dist := r.bodyStart - i
		if dist < 0 {
			dist *= -2 // into the body, where its own subheads stand
		}
		score := float64(shared)/float64(len(cw)) - titleDistanceCost*float64(dist)
		if n := repeats[b.f.key]; n >= 2 && n <= titleMaxRepeats {
			score += titleRepeatBonus
		}
		if quoted[b.f.key] {
			score += titleQuotedBonus
		}
		if b.f.upperShare >= titleCapsShare {
			score -= titleCapsCost
		}
		switch {
		case short:
			if shared == len(cw) && score > bestShortScore {
				bestShort, bestShortScore = trimSpace(b.text), score
			}
		case float64(shared) >= titleMinOverlap*float64(len(cw)) && score > bestScore:
			best, bestScore, bestAt = r.crumbTitle(trimSpace(b.text)), score, i
		}
	}
	if best != "" && bestAt > 0 {
		if h := r.headlineOverDek(bestAt, leadAbove); h != "" {
			best = h
		}
	}
	return best, bestShort
}

// captionOver reports whether block i is a picture's caption: its credit
// line follows it ("© Jane Doe", "Foto: Jane Doe").
func (r *run) captionOver(i int) bool {
	if i+1 >= len(r.blocks) {
		return false
	}
	next := &r.blocks[i+1]
	// "von Jane Doe Foto: © Agentur" is the article's byline with the
	// credit of its picture: the headline stands above it.
	return next.final.reason == ReasonPhotoCredit && !next.f.byline && authorFromLine(trimSpace(next.text)) == ""
}

// pagerLink reports a link to the previous or next post, an arrow before
// or after its title ("← Das F-Wort – Teil 2", "Next story →").
func pagerLink(s string) bool {
	s = trimSpace(s)
	for _, a := range []string{"←", "→", "<", ">", "⟵", "⟶"} {
		if strings.HasPrefix(s, a) || strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}

// titleDekHeadMinWords / titleDekHeadMinContent / titleDekRatio: a
// headline over its dek has this many words and content words at least (a
// shorter line is a kicker, which the headline follows, or a label such
// as "Kostenlos bis 19:34 Uhr"; a kicker in capitals does not count
// either), and the dek is this much longer.
const (
	titleDekHeadMinWords   = 5
	titleDekHeadMinContent = 3
	titleDekRatio          = 1.5
)

// headlineOverDek returns the line just above block i when that is the
// headline and block i its dek: shorter, headline-shaped, and echoed by
// the lead too. A dek repeats the lead's wording more than the headline
// does, so it often scores higher; it stands below the headline.
func (r *run) headlineOverDek(i int, lead map[string]bool) string {
	b, up := &r.blocks[i], &r.blocks[i-1]
	if up.f.words < titleDekHeadMinWords || float64(b.f.words) < titleDekRatio*float64(up.f.words) || up.f.upperShare >= titleCapsShare || !titleCandidate(up) || pagerLink(up.text) || !r.leadRepeats(up.text, lead) {
		return ""
	}
	if len(r.contentWords(up.text)) < titleDekHeadMinContent {
		return ""
	}
	return r.crumbTitle(trimSpace(up.text))
}

// mayHaveQuote reports whether s may hold one of the opening marks of
// quotePairs: a straight quote, or the first byte of “ „ (0xe2) or « »
// (0xc2) in UTF-8.
func mayHaveQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, 0xe2) >= 0 || strings.IndexByte(s, 0xc2) >= 0
}

// quotePairs: the quotation marks a page puts around a post's name.
var quotePairs = [][2]string{{"“", "”"}, {"„", "“"}, {"«", "»"}, {"»", "«"}, {`"`, `"`}}

// windowKeys counts, for the key of each block from lo to hi, the blocks
// of the run with that key. Only the blocks whose key has the length of
// one of them are looked up.
func (r *run) windowKeys(lo, hi int) map[string]int {
	counts := make(map[string]int, max(0, hi-lo+1))
	var lengths []bool // lengths[n]: a key of the window is n bytes long
	for i := lo; i <= hi; i++ {
		k := r.blocks[i].f.key
		counts[k] = 0
		if len(k) >= len(lengths) {
			lengths = append(lengths, make([]bool, len(k)+1-len(lengths))...)
		}
		lengths[len(k)] = true
	}
	for i := range r.blocks {
		k := r.blocks[i].f.key
		if len(k) >= len(lengths) || !lengths[len(k)] {
			continue
		}
		if n, ok := counts[k]; ok {
			counts[k] = n + 1
		}
	}
	return counts
}

// quotedKeys returns the folded text of every quotation of three words or
// more in the short lines outside the body (a comment section's heading,
// a link to the post): the body's own quotations are what someone said.
// Only the quotations that are one of keys are kept (nil: all).
func (r *run) quotedKeys(keys map[string]int) map[string]bool {
	out := map[string]bool{}
	for i := range r.blocks {
		if i >= r.bodyStart && i <= r.bodyEnd || r.blocks[i].f.words > titleMaxWords {
			continue
		}
		t := r.blocks[i].text
		if !mayHaveQuote(t) {
			continue
		}
		for _, q := range quotePairs {
			rest := t
			for {
				a := strings.Index(rest, q[0])
				if a < 0 {
					break
				}
				rest = rest[a+len(q[0]):]
				z := strings.Index(rest, q[1])
				if z < 0 {
					break
				}
				if ws := words(rest[:z]); len(ws) >= titleMinWords {
					k := strings.Join(ws, " ")
					if _, ok := keys[k]; ok || keys == nil {
						out[k] = true
					}
				}
				rest = rest[z+len(q[1]):]
			}
		}
	}
	return out
}

// shortHeadline: one or two words, starting in upper case, not ending
// like a label or a sentence ("Menu:", "Home.").
func shortHeadline(b *block) bool {
	f := b.f
	if f.words < 1 || f.words >= titleMinWords || f.startsLower || f.dateOnly || f.byline || f.placeholder || f.url || f.countOnly || f.phrase != ReasonNone {
		return false
	}
	t := trimSpace(b.text)
	last, _ := utf8.DecodeLastRuneInString(t)
	return last != '.' && last != ':' && last != ',' && last != ';' && !strings.ContainsAny(t, "|»›>/")
}

// leadRepeats reports whether the lead holds at least titleMinOverlap of
// the content words of s.
func (r *run) leadRepeats(s string, lead map[string]bool) bool {
	cw := r.contentWords(s)
	shared := 0
	for w := range cw {
		if sharesStem(w, lead) {
			shared++
		}
	}
	return len(cw) > 0 && float64(shared) >= titleMinOverlap*float64(len(cw))
}

// sharesStem reports whether w, or a word it starts or that starts it, is
// in the set: a crude stemming that pairs "north" and "northern", "low"
// and "lowest", as headlines paraphrase their text.
func sharesStem(w string, set map[string]bool) bool {
	if set[w] {
		return true
	}
	for v := range set {
		short, long := v, w
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 3 && len(long)-len(short) <= 4 && long[:len(short)] == short {
			return true
		}
	}
	return false
}

// leadWords returns the content words of the first prose blocks of the
// body after block skip.
func (r *run) leadWords(skip int) map[string]bool {
	out := map[string]bool{}
	n := 0
	for i := max(r.bodyStart, skip+1); i <= r.bodyEnd && i < len(r.blocks) && n < titleLeadBlocks; i++ {
		b := &r.blocks[i]
		if !b.final.keep || b.final.class < classNearGood {
			continue
		}
		for w := range r.contentWords(b.text) {
			out[w] = true
		}
		n++
	}
	return out
}

// contentWords returns the distinct words of s that carry meaning: not
// stop words, and of three letters or more (any CJK character).
func (r *run) contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		c, _ := utf8.DecodeRuneInString(w)
		if isCJK(c) || utf8.RuneCountInString(w) >= 3 && !r.stop.has(w) {
			out[w] = true
		}
	}
	return out
}

// titleNearestMaxLines: with no candidate the lead confirms, the
// headline is the headline-shaped line nearest above the body, past the
// dek, date, byline, share bar and picture credit, at most this many
// lines up. titleNearestMinWords: there, a shorter line is as likely a
// section name or a menu item.
const (
	titleNearestMaxLines = 8
	titleNearestMinWords = 3
)

// nearestHeadline returns the headline-shaped line nearest above the body,
// or "". Lists of other stories, cookie, legal and comment lines are not
// headlines; a menu item can be, when the headline closes a menu run.
func (r *run) nearestHeadline() string {
	for i := r.bodyStart - 1; i >= 0 && i >= r.bodyStart-titleNearestMaxLines; i-- {
		b := &r.blocks[i]
		switch b.final.reason {
		case ReasonRelatedLinks, ReasonCookie, ReasonLegal, ReasonComments, ReasonNewsletter, ReasonReadMore, ReasonPlaceholder, ReasonWidget:
			continue
		}
		if b.f.dateOnly || b.f.byline || b.f.relTime || b.f.dateMeta || b.f.words < titleNearestMinWords {
			continue
		}
		if headlineShaped(b) && (!statement(b) || r.stop.cjk) && notMetaLine(b) && len(r.contentWords(b.text)) >= titleMinContentWords {
			return r.crumbTitle(trimSpace(b.text))
		}
	}
	return ""
}

// statement reports whether a block ends like a statement: terminal, but
// not with the question or exclamation mark a headline may end with
// ("Was bringen Therapien bei Krebs?").
func statement(b *block) bool {
	if !b.f.terminal {
		return false
	}
	t := strings.TrimRightFunc(trimSpace(b.text), func(r rune) bool { return strings.ContainsRune(`"'”’»«“)`, r) })
	last, _ := utf8.DecodeLastRuneInString(t)
	if first, _ := utf8.DecodeRuneInString(trimSpace(b.text)); strings.ContainsRune(`"'„“”«»‚‘`, first) && t != trimSpace(b.text) {
		return true // a quoted question or exclamation is what someone said
	}
	return last != '?' && last != '!'
}

// titleCandidate: headline-shaped, not a statement, not a date or byline
// line.
func titleCandidate(b *block) bool {
	return headlineShaped(b) && !statement(b) && notMetaLine(b)
}

// notMetaLine reports whether a line is neither a date line nor a byline
// in any language the metadata reads ("15 Mai 2019 à 06h00",
// "Veröffentlicht am 17. Dezember 2019 von Jane Doe"), nor glued
// interface words ("Copy Link URLCopied!").
func notMetaLine(b *block) bool {
	t := trimSpace(b.text)
	if b.f.caption || b.final.reason == ReasonPhotoCredit || strings.Contains(t, "©") || reTitleCredit.MatchString(t) || reTitleEndCredit.MatchString(t) {
		return false // a picture's caption or credit
	}
	if _, ok := findAnyDate(t); ok || reTitleStamp.MatchString(t) || reTitleReadTime.MatchString(t) {
		return false
	}
	if authorFromLine(t) != "" {
		return false
	}
	return !gluedWords(t)
}

// gluedWords reports a lower-case letter followed directly by a capital
// inside a word twice or more: interface labels run together by a copy
// ("Contact UsABC13 News TeamCareers"), not a headline.
func gluedWords(s string) bool {
	n := 0
	var prev rune
	for _, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			n++
		}
		prev = r
	}
	return n >= 2
}

// reTitleCredit: a caption's opening or its credit at the end ("Foto:
// …", "Symbolbild: …", "… (mlharing / iStock.com)").
var reTitleCredit = lazyRE(`(?i)^(?:foto|fotos|photo|bild|symbolbild|abb\.|image|imagen|crédit|credit)\s*:|\([^()]*(?:/|\.com)[^()]*\)\s*$`)

// crumbTitle is crumbTail, and a trail's last step of any length when the
// page shows that step as a line of its own ("Home / Essays / Aggression
// Fotografie" above "Aggression Fotografie"): the page's name for itself.
// A slash joins steps then too, as it does not on its own (it joins the
// parts of a headline: "Lehrer / Schüler").
func (r *run) crumbTitle(s string) string {
	if t := crumbTail(s); t != s {
		return t
	}
	for _, sep := range append(crumbSeparators, " / ") {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			continue
		}
		tail := strings.TrimSpace(s[i+len(sep):])
		if tail == "" {
			continue
		}
		key := foldKey(tail)
		for j := range r.blocks {
			if r.blocks[j].f.key == key {
				return tail
			}
		}
	}
	return s
}

// reTitleStamp: a clock time ("@ 18:13", "15:33 Uhr") or a year glued to
// the next field by a copy ("28. Juli 201928. Juli 2019AuthorJane"): a
// post's date line, which the date reader may not parse, not a headline.
var reTitleStamp = lazyRE(`\b\d{1,2}:\d{2}\b|(?:19|20)\d\d(?:\d|\p{Lu})`)

// reTitleReadTime: a reading time ("Lesezeit von 4 Minuten", "4 Min.
// Lesedauer", "5 min read") stands by the date line.
var reTitleReadTime = lazyRE(`(?i)\b(?:lesezeit|lesedauer|reading time|min read|mins read|minute read|temps de lecture|tiempo de lectura|tempo de leitura|czas czytania)\b`)

// reTitleEndCredit: a caption that ends with its picture's credit ("… im
// Kreis Fulda. - Foto: Jane Doe", "… Berliinissä. KUVA: JANE DOE").
var reTitleEndCredit = lazyRE(`(?i)[.!?]\s*(?:[-–—|]\s*)?(?:foto|fotos|photo|photos|bild|kuva|crédit|credit)\s*:\s*[^:.!?]{2,60}$`)

// crumbSeparators join the steps of a breadcrumb trail.
var crumbSeparators = []string{" » ", " › ", " > ", " → "}

// crumbTail returns the last step of a breadcrumb trail that ends with
// the headline ("Start » Blogposts » Das Hafenfest fällt aus", "Sie sind
// hier: > Das Hafenfest fällt aus"), or s itself.
func crumbTail(s string) string {
	for _, sep := range crumbSeparators {
		if i := strings.LastIndex(s, sep); i >= 0 {
			if tail := strings.TrimSpace(s[i+len(sep):]); countWords(tail) >= titleMinWords {
				return tail
			}
		}
	}
	return s
}
