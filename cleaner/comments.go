package cleaner

import (
	"slices"
	"strings"
)

// commentWords: one of them is in every comment marker (a cheap test
// before the regular expressions).
var commentWords = []string{"say", "said", "wrote", "write", "comment", "respons", "repl", "reaction", "rating", "ago", "leave", "post", "add", "join", "report", "flag", "like", "permalink", "vote"}

// commentWordsOther: the same for the markers in other languages.
var commentWordsOther = []string{"komment", "koment", "coment", "reacties", "yorum", "hozzászól", "коментар", "комментар", "antwort", "répon", "respon", "rispond", "odpowi", "beantwoord", "svar", "vastaa", "yanıtla", "cevapla", "odpov", "odgovor", "răspun", "válasz", "відповісти", "ответить", "balas", "返信", "回复", "답글", "sagt", "schreibt", "meint", "dit", "dice", "disse", "scrive", "napisał", "zegt", "skriver", "kirjoitti", "yazdı"}

// Comment sections: after the article many pages show readers' comments,
// which are prose and would pass for more of the article. They are told
// by their scaffolding: "jane says:", "34 responses to …", "Rating: 12
// votes", "2 days ago at 07:51 am". "Reply" and "Report" are weak
// markers: embedded tweets have them too, so they only add to a strong one. Where such lines cluster after some
// prose, the comment section starts, and nothing from there on is body.
//
// The strong markers are alternatives of one expression, grouped here by
// what every alternative of a group has, so that a line is matched only
// against the groups it can match (commentShape): one that ends in a
// colon, one with a digit, one with "comment" or "a reply"/"join the",
// one with "ago".
var (
	commentColonMarkers = []string{
		`\S.{0,80}\s(?:says|said|wrote|writes|commented):`, // "joetoronto says:"
		// The same in the languages of the phrase lists: "anna sagt:".
		`\S.{0,80}\s(?:sagt|schreibt|meint|dit|dice|disse|scrive|napisał|napisała|zegt|skriver|kirjoitti|yazdı)\s?:`,
	}
	commentDigitMarkers = []string{
		`\[?\s*\d[\d,.]*k?\s+(?:responses?|comments?|replies|reactions)\b.{0,80}`, // "34 responses to …", "[ 167 comments ]"
		`comments?\s*\(\d+\)`,
		`rating:\s*[+-]?\d+\s+votes?`,
		// "Komentarze(9)", "12 Kommentare zu „…“".
		`(?:kommentare?|komentarz[ey]?|komentáře|komentari|commentaires?|comentarios|comentários|commenti|comentarii|reacties|kommentarer|kommentit|yorumlar|hozzászólások|коментарі|комментарии)\s*[:(]?\s*\d+\)?`,
		`\d[\d,.]*\s+(?:kommentare?|komentarz[ey]?|komentarzy|komentáře|commentaires?|comentarios?|comentários?|commenti|comentarii|reacties|kommentarer|yorum|antworten|réponses|respuestas|respostas|risposte|odpowiedzi)\b.{0,80}`,
	}
	commentWordMarkers = []string{
		`(?:top rated|best|newest|oldest|all|view|show|load|read|hide)(?: all)?(?: \d+)? comments?(?: \(\d+\))?`,
		`(?:leave|post|add|write) a (?:comment|reply)|join the (?:conversation|discussion)`,
	}
	commentAgoMarkers = []string{
		`(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?)?`,
	}
)

// commentMarkerRE is the expression of a whole line that is one of the
// alternatives, in any case.
func commentMarkerRE(alts ...[]string) *lazyRegexp {
	return lazyREFunc(func() string { return `(?i)^(?:` + strings.Join(slices.Concat(alts...), "|") + `)$` })
}

var (
	reColonCommentMarker = commentMarkerRE(commentColonMarkers)
	reDigitCommentMarker = commentMarkerRE(commentDigitMarkers)
	reWordCommentMarker  = commentMarkerRE(commentWordMarkers)
	reAgoCommentMarker   = commentMarkerRE(commentAgoMarkers)
)

// weakCommentWords are the weak markers, alone on their line or with a
// count.
var weakCommentWords = []string{"reply", "report", "flag", "like", "permalink", "upvote", "downvote",
	"antworten", "antwort", "melden", "répondre", "signaler", "responder", "responda", "denunciar", "rispondi", "segnala", "odpowiedz", "zgłoś", "beantwoorden", "svara", "svar", "vastaa", "yanıtla", "cevapla", "odpovědět", "odpovedať", "odgovori", "răspunde", "válasz", "відповісти", "ответить", "balas", "返信", "回复", "답글"}

var reWeakCommentMarker = lazyREFunc(func() string {
	return `(?i)^(?:` + strings.Join(weakCommentWords, "|") + `)(?:\s+\d+)?$`
})

const (
	// commentMarkersMin / commentWindow: this many marker lines within
	// this many blocks make a comment section; one "Reply" under a quoted
	// tweet does not.
	commentMarkersMin = 3
	commentWindow     = 40
	// proseBeforeComments: comments follow an article, so some prose
	// (in characters) must come first.
	proseBeforeComments = 400
)

// commentHeadingLookback: a "Comments" heading stands a few lines above the
// first comment's scaffolding (the first commenter's name and comment).
const commentHeadingLookback = 8

// commentsHeading returns where the section whose first marker is at i
// starts: at a "Comments" heading shortly before it, if there is one.
func (r *run) commentsHeading(i int) int {
	for j := i - 1; j >= 0 && j >= i-commentHeadingLookback; j-- {
		if b := &r.blocks[j]; b.f.phrase == ReasonComments && (b.f.phraseHow == matchLine || b.f.phraseHow == matchSection) {
			return j
		}
	}
	return i
}

// findComments sets where the comment section starts (len(blocks) when
// there is none). Runs after classify.
func (r *run) findComments() {
	r.commentsFrom = len(r.blocks)
	if r.mode != ModeText {
		return
	}
	markers, strong := r.commentMarkers()
	prose, m := 0, 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if prose >= proseBeforeComments && commentsCountHeading(b) {
			r.commentsFrom = i
			return
		}
		for m < len(markers) && markers[m] < i {
			m++
		}
		if m < len(markers) && markers[m] == i && strong[i] && prose >= proseBeforeComments {
			n := 0
			for k := m; k < len(markers) && markers[k] < i+commentWindow; k++ {
				n++
			}
			if n >= commentMarkersMin && !r.articleAfterMarker(i, markers[m+1:]) {
				r.commentsFrom = r.commentsHeading(i)
				return
			}
		}
		if b.final.keep && b.final.class >= classNearGood {
			prose += b.f.chars
		}
	}
}

// commentLine is what findComments makes of a short line.
type commentLine uint8

const (
	commentNone   commentLine = iota
	commentWeak               // a weak marker: "Reply", "Antworten"
	commentStrong             // a strong marker: "12 comments", "anna sagt:"
)

// commentLineKind reads the trimmed line t of the given number of words.
func commentLineKind(t string, words int, scratch *[]byte) commentLine {
	// The markers in other languages carry a count, end in a colon or
	// are a word or two ("Antworten").
	if !commentShape(t) {
		return commentNone
	}
	other := words <= 2 || strings.HasSuffix(t, ":") || strings.ContainsAny(t, "0123456789")
	if !hasCommentWord(t, other, scratch) {
		return commentNone
	}
	if strongCommentMarker(t) {
		return commentStrong
	}
	if reWeakCommentMarker.MatchString(t) {
		return commentWeak
	}
	return commentNone
}

// commentMarkers returns the blocks that are comment markers, in order,
// and which of them are strong.
func (r *run) commentMarkers() (markers []int, strong map[int]bool) {
	var scratch []byte
	strong = map[int]bool{}
	// What a line is depends on its text alone (its words are counted
	// from it): a text seen before, as the menus and share lines of a
	// paste repeat, is read off the first time's answer.
	known := map[string]commentLine{}
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.f.words > prefixMaxWords*2 {
			continue
		}
		kind, ok := known[b.text]
		if !ok {
			kind = commentLineKind(trimSpace(b.text), b.f.words, &scratch)
			known[b.text] = kind
		}
		switch kind {
		case commentStrong:
			markers = append(markers, i)
			strong[i] = true
		case commentWeak:
			markers = append(markers, i)
		}
	}
	return markers, strong
}
