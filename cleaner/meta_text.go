package cleaner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// metadata found in the input.
type metadata struct {
	title, byline, date, site, url, excerpt string
	published                               string    // the declared timestamp (date may be the printed day instead)
	sites                                   siteNames // what the page calls its site: never an author
	// titleAt is the index of the headline's first block, plus one; 0
	// when no block holds it. Date and byline lines stand below it.
	titleAt  int
	pageType PageType
}

// Metadata from text: the headline, the author line and the date are lines
// of the page; finding them also names why those lines left the body.
const (
	// titleLookback: the headline stands at most this many lines above
	// the first paragraph (past a byline, date, share bar and dek).
	titleLookback = 12
	// titleMinWords / titleMaxWords: the shape of a headline.
	titleMinWords = 3
	titleMaxWords = 30
	// titleMaxRepeats: a page shows its headline two or three times
	// (heading, breadcrumb, share text); a line repeated more often is a
	// recurring label, not the headline.
	titleMaxRepeats = 3
	// metaLineMaxWords / metaLinesIntoBody: near the top of the body, a
	// line this short with a date in it is the article's date line, and
	// may stand in the body's first lines.
	metaLineMaxWords  = 20
	metaLinesIntoBody = 2
)

func (r *run) extractMetadata() {
	r.findTitle() // with a title from the page's metadata, this only removes its copies
	r.findDate()
	r.findByline()
}

// findTitle picks the headline: a glued headline that repeats, else a line
// that repeats, else the headline-shaped line just above the body. Every
// copy of it leaves the body as the title.
func (r *run) findTitle() {
	title := r.meta.title
	if title == "" {
		title = r.gluedHeadline()
	}
	short := ""
	if title == "" {
		title, short = r.scoredHeadline(0, titleLookback)
	}
	if title == "" {
		title = r.headlineOpeningBody()
	}
	if title == "" {
		title = r.nearestHeadline()
	}
	if title == "" {
		title = short
	}
	if title == "" {
		title, _ = r.scoredHeadline(titleLookback+1, titleFarLookback)
	}
	inBody := false
	if title == "" {
		title, _ = r.scoredHeadline(-titleIntoBody, -1)
		inBody = true
	}
	if title == "" {
		return
	}
	r.meta.title = title
	key := foldKey(title)
	for i := range r.blocks {
		if r.blocks[i].f.key == key && r.meta.titleAt == 0 {
			r.meta.titleAt = i + 1
		}
		// A headline found inside the body stays there: the body's start
		// was taken above it, and its copies in the body may be text.
		if r.blocks[i].f.key == key && !(inBody && r.blocks[i].final.keep) {
			r.blocks[i].remove(ReasonTitle)
		}
	}
}

// titleGluedMinRepeats: a headline glued onto its sub-headline shows up
// at several seams; a piece split off once is as likely a label glued to
// the next one ("Wer wir sind", "Heft bestellen").
const titleGluedMinRepeats = 2

// gluedHeadline returns the headline-shaped piece split off most often at a
// glued seam, as it first appears; of equals, the one that appears first.
// A piece the lead does not echo is a label glued to its neighbours
// ("Submit A News TipABC13 Merchandise"), however often it repeats.
func (r *run) gluedHeadline() string {
	count := map[string]int{}
	var order []*block
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.glued || !headlineShaped(b) || !notMetaLine(b) {
			continue
		}
		if count[b.f.key] == 0 {
			order = append(order, b)
		}
		count[b.f.key]++
	}
	best, bestN := "", titleGluedMinRepeats-1
	lead := r.leadWords(r.bodyStart - 1)
	for _, b := range order {
		if count[b.f.key] > bestN && r.leadRepeats(b.text, lead) {
			best, bestN = trimSpace(b.text), count[b.f.key]
		}
	}
	return best
}

// headlineOpeningBody returns the first line of the input when the body
// follows it, or the body's first line, when it is shaped like a headline
// (in title case or followed by a paragraph of prose), though the lead
// does not repeat its words ("The last bus home").
func (r *run) headlineOpeningBody() string {
	if r.bodyStart == 1 {
		if b := &r.blocks[0]; titleCandidate(b) {
			return r.crumbTitle(trimSpace(b.text))
		}
	}
	if r.bodyStart >= r.bodyEnd || r.bodyStart+1 >= len(r.blocks) {
		return ""
	}
	b, next := &r.blocks[r.bodyStart], &r.blocks[r.bodyStart+1]
	if b.final.keep && titleCandidate(b) &&
		(b.f.capShare >= 0.5 || next.final.keep && next.final.class == classGood) {
		return r.crumbTitle(trimSpace(b.text))
	}
	return ""
}

// headlineShaped: a few words, not a sentence ending in a full stop, not
// starting in lower case.
func headlineShaped(b *block) bool {
	f := b.f
	if f.words < titleMinWords || f.words > titleMaxWords || f.startsLower || f.dateOnly || f.byline || f.placeholder || f.url || f.tweetCredit {
		return false
	}
	t := strings.TrimRightFunc(trimSpace(b.text), func(r rune) bool { return strings.ContainsRune(`"'”’)`, r) })
	last, _ := utf8.DecodeLastRuneInString(t)
	return last != '.' && last != ':' && last != ',' && last != ';' && f.phrase == ReasonNone
}

// findDate takes the date from a date glued before the text, a date line
// near the top of the body, or a byline with a date in it.
func (r *run) findDate() {
	if r.meta.date != "" {
		// The date the page prints by the article is the date as the page
		// states it: it wins over the declared one, which may be a day off
		// (a timestamp in UTC) or another date (modified, not published).
		if printed := r.printedDate(); printed != "" {
			r.meta.date = printed
		}
		return
	}
	// A date glued before the first kept paragraph: "date 2023-10-12 Pick…"
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep {
			continue
		}
		if m := reGluedDate.FindStringSubmatchIndex(b.text); m != nil {
			if iso, _, _, ok := findDate(b.text[m[2]:m[3]]); ok {
				r.meta.date = iso
				b.setCuts(append(b.cutList(), cut{start: m[0], end: m[1], reason: ReasonDateline}))
				return
			}
		}
		break
	}
	r.meta.date = r.printedDate()
}

// otherStoryDate reports a date line after the body that heads another
// story: the line after it is a headline the body does not hold ("12 de
// marzo de 2022", then the next story's headline).
func (r *run) otherStoryDate(i int) bool {
	if i+1 >= len(r.blocks) {
		return false
	}
	next := &r.blocks[i+1]
	switch next.final.reason {
	case ReasonOutsideBody, ReasonRelatedLinks:
		return headlineShaped(next) && !next.f.terminal
	}
	return false
}

// printedDate is the date on the date line nearest the start of the body,
// looking above first; near the start, any short line with a date ("Nov
// 18, 2019 at 9:24 pm ET • 2 min read", "By Jane Doe - 11/19/19 06:56 AM
// EST", "5. Oktober 2013").
func (r *run) printedDate() string {
	best, bestDist := "", len(r.blocks)+1
	for i := range r.blocks {
		b := &r.blocks[i]
		near, nearDist := r.metaNear(i)
		if !near && i >= r.bodyStart && i <= r.bodyStart+metaLinesIntoBody {
			// "29.11.2022 – Mehrfach hatte die Branche…": an agency
			// dateline opens the first paragraph.
			if m := reLeadDate.FindStringSubmatch(b.text); m != nil {
				if iso := isoDate(m[3], m[2], m[1]); iso != "" {
					near, nearDist = true, i-r.bodyStart
				}
			}
		}
		if b.final.reason != ReasonDateline && b.final.reason != ReasonByline && !near {
			continue
		}
		if i > r.bodyEnd && r.otherStoryDate(i) {
			continue
		}
		dateLine := b.final.reason == ReasonDateline || b.final.reason == ReasonByline
		iso, ok := "", false
		if near || dateLine && b.f.words <= metaLineMaxWords {
			iso, ok = findAnyDate(b.text)
		} else {
			iso, _, _, ok = findDate(b.text)
		}
		if !ok && (near || dateLine) {
			iso, ok = slashDate(b.text, r.lang)
		}
		if !ok && near {
			iso, ok = gluedNumericDate(b.text) // "Erstellt am09.02.2022"
		}
		if !ok {
			continue
		}
		dist := r.bodyStart - i
		if dist < 0 {
			dist = -dist * 2 // below the start: a footer or a comment date is less likely the article's
		}
		if near {
			dist = nearDist
		}
		if dist < bestDist {
			best, bestDist = iso, dist
		}
	}
	return best
}

// findByline takes the author from a byline near the body ("By …",
// "Von …", "Autor: …"), passing over the site's own name.
func (r *run) findByline() {
	if r.meta.byline != "" {
		return
	}
	best, bestDist := "", len(r.blocks)+1
	for i := range r.blocks {
		b := &r.blocks[i]
		near, nearDist := r.metaNear(i)
		// After the body: "Posted by Jane on March 3, 2024" ends many posts.
		after := i > r.bodyEnd && i <= r.bodyEnd+bylineAfterBody && b.f.words <= metaLineMaxWords
		// Below a dek or a picture: a line that is a byline and nothing
		// else ("Von Jane Doe", "Text von Jane Doe, Illustration von …").
		lead := false
		if !near && i > r.bodyStart && i <= r.bodyStart+bylineIntoBody && b.f.words <= bylineMaxWords {
			if name, labelled := authorLead(b.text); name != "" && (labelled || countWords(name)+1 == b.f.words) {
				lead = true
			}
		}
		// Anywhere outside comments and lists of other stories, a labelled
		// byline ("Verfasst von: …", "Posted by …") or a date line with a
		// name ("Veröffentlicht am 9. Juli 2016 von …"), after any nearer.
		labelled := false
		if !near && !after && !lead && b.f.words <= metaLineMaxWords && b.final.reason != ReasonComments && b.final.reason != ReasonRelatedLinks {
			if name, l := authorLead(b.text); name != "" && l || authorInDateLine(b.text) != "" {
				labelled = true
			}
		}
		if b.final.reason != ReasonByline && !near && !after && !lead && !labelled {
			continue
		}
		name := ""
		if m := reByline.FindStringSubmatch(trimSpace(b.text)); m != nil {
			name = strings.TrimRightFunc(m[1], func(c rune) bool { return c == ',' || unicode.IsSpace(c) })
		} else if near {
			name = bylineName(b.text)
		}
		if name == "" {
			name = authorFromLine(b.text) // "Von Jane Doe", "Autor: Jane Doe", "Posted by Jane Doe"
		}
		if name == "" {
			name = authorInDateLine(b.text) // "October 19, 2019 by Jane"
		}
		if name == "" || !plausibleAuthor(name, r.meta.sites) {
			continue
		}
		dist := r.bodyStart - i
		if dist < 0 {
			dist = -dist * 2
		}
		if near {
			dist = nearDist
		}
		if after {
			dist = i - r.bodyEnd + titleLookback // after any byline above the body
		}
		if labelled {
			dist += len(r.blocks) / 2 // after every byline near the article
		}
		if dist < bestDist {
			best, bestDist = name, dist
		}
	}
	r.meta.byline = best
}

// bylineAfterBody: a byline below the article stands in its first lines.
// bylineIntoBody: a byline stands at most this many lines into the body
// (past a dek, a picture and its caption).
const (
	bylineAfterBody = 3
	bylineIntoBody  = 6
)

// bylineMaxNameWords: "Jane Doe and John Roe" fits.
const bylineMaxNameWords = 6

// bylineName reads the name after "By" in a line that goes on with a date
// or a place: "By Umair Irfan Updated Nov 13, 2019", "… by Joe Rossignol".
func bylineName(s string) string {
	m := reByName.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	var name []string
	for _, w := range strings.Fields(s[m[2]:]) {
		w = strings.TrimRight(w, ",;|•·")
		if w == "and" || w == "&" {
			name = append(name, w)
			continue
		}
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) || hasMonthName(w) && len(w) <= 9 || bylineStop[strings.ToLower(w)] || len(name) >= bylineMaxNameWords {
			break
		}
		name = append(name, w)
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	for len(name) > 0 && (name[len(name)-1] == "and" || name[len(name)-1] == "&") {
		name = name[:len(name)-1]
	}
	if len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}

// bylineStop ends a name: what follows a byline on the same line.
var bylineStop = map[string]bool{"updated": true, "published": true, "posted": true, "on": true, "at": true,
	"in": true, "for": true, "-": true, "–": true, "—": true, "|": true, "•": true, "·": true}

// metaAfterTitle: below the headline, its date and byline lines come
// within this many blocks (past a dek, a picture and its credit).
const metaAfterTitle = 8

// metaNear reports whether block i stands where the article's date and
// byline lines stand, and how far from there: above the start of the
// body or just into it, or just below the headline, which anchors them
// better when the body's start is off (an HTML page whose text is
// scattered, a teaser above the article).
func (r *run) metaNear(i int) (bool, int) {
	if r.blocks[i].f.words > metaLineMaxWords {
		return false, 0
	}
	if t := r.meta.titleAt - 1; t >= 0 && i > t && i <= t+metaAfterTitle {
		return true, i - t - 1
	}
	if i >= r.bodyStart-titleLookback && i <= r.bodyStart+metaLinesIntoBody {
		d := r.bodyStart - i
		if d < 0 {
			d = -d * 2
		}
		return true, d
	}
	return false, 0
}
