package cleaner

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// reCommentMarkerReference is the strong-marker expression as one, as
// it was before its alternatives were grouped: strongCommentMarker must
// give its answer.
var reCommentMarkerReference = regexp.MustCompile(`(?i)^(?:` +
	`\S.{0,80}\s(?:says|said|wrote|writes|commented):` + // "joetoronto says:"
	`|\[?\s*\d[\d,.]*k?\s+(?:responses?|comments?|replies|reactions)\b.{0,80}` + // "34 responses to …", "[ 167 comments ]"
	`|(?:top rated|best|newest|oldest|all|view|show|load|read|hide)(?: all)?(?: \d+)? comments?(?: \(\d+\))?` +
	`|comments?\s*\(\d+\)` +
	`|rating:\s*[+-]?\d+\s+votes?` +
	`|(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?)?` +
	`|(?:leave|post|add|write) a (?:comment|reply)|join the (?:conversation|discussion)` +
	// The same in the languages of the phrase lists: "Komentarze(9)",
	// "12 Kommentare zu „…“", "anna sagt:".
	`|(?:kommentare?|komentarz[ey]?|komentáře|komentari|commentaires?|comentarios|comentários|commenti|comentarii|reacties|kommentarer|kommentit|yorumlar|hozzászólások|коментарі|комментарии)\s*[:(]?\s*\d+\)?` +
	`|\d[\d,.]*\s+(?:kommentare?|komentarz[ey]?|komentarzy|komentáře|commentaires?|comentarios?|comentários?|commenti|comentarii|reacties|kommentarer|yorum|antworten|réponses|respuestas|respostas|risposte|odpowiedzi)\b.{0,80}` +
	`|\S.{0,80}\s(?:sagt|schreibt|meint|dit|dice|disse|scrive|napisał|napisała|zegt|skriver|kirjoitti|yazdı)\s?:` +
	`)$`)

// commentShape may only turn away lines that neither comment-marker
// expression matches.
func requireShape(t *testing.T, s string) {
	t.Helper()
	strong := reCommentMarkerReference.MatchString(s)
	require.Equal(t, strong, strongCommentMarker(s), "strong marker: %q", s)
	if strong || reWeakCommentMarker.MatchString(s) {
		require.True(t, commentShape(s), "a marker turned away: %q", s)
	}
}

func TestCommentShape(t *testing.T) {
	for _, s := range []string{"joetoronto says:", "34 responses to “A story”", "[ 167 comments ]", "View all comments",
		"Show comments", "Comments (12)", "Rating: 12 votes", "a day ago", "an hour ago", "one week ago", "Leave a Reply",
		"Post a comment", "Join the conversation", "JOIN THE DISCUSSION", "Reply", "Report", "Permalink", "Beantwoorden",
		"Reply 3", "like\t12", "Kommentare 4", "anna sagt:", "Antworten", "Flag"} {
		require.True(t, reCommentMarkerReference.MatchString(s) || reWeakCommentMarker.MatchString(s), "not a marker: %q", s)
		require.True(t, commentShape(s), "%q", s)
	}
	for _, s := range []string{"An ordinary sentence about the weather.", "Share this story", "Home", "Subscribe now"} {
		if len(s) > weakCommentMaxLen {
			require.False(t, commentShape(s), "%q", s)
		}
	}
	dir := devCorpus()
	if dir == "" {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, ln := range strings.Split(string(b), "\n") {
			requireShape(t, trimSpace(ln))
		}
	}
}

func FuzzCommentShape(f *testing.F) {
	for _, s := range []string{"joetoronto says:", "a day ago", "Leave a Reply", "Reply 3", "Permalink", "Home", "x ago y", "Comments(2)", "li\u212Ae", "\u017Fvar", "Ответить", "返信 3", "odpovedať", "zgłoś"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		requireShape(t, s)
	})
}

func FuzzHasCommentWord(f *testing.F) {
	for _, s := range []string{"Jane says:", "12 Kommentare", "ANTWORT", "Répondre", "plain line", "KOMMENT", "ſay"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	var scratch []byte
	f.Fuzz(func(t *testing.T, s string, other bool) {
		lower := strings.ToLower(s)
		want := containsAny(lower, commentWords) || other && containsAny(lower, commentWordsOther)
		require.Equal(t, want, hasCommentWord(s, other, &scratch), "%q other=%v", s, other)
	})
}

// commentShape finds the words of commentShapeWords by ASCII case only:
// their letters must have no other case variant.
func TestCommentShapeWordsFoldASCII(t *testing.T) {
	for _, w := range commentShapeWords {
		for _, c := range w {
			require.Equal(t, strings.ToLower(string(c)), string(c), "lower-case: %q", w)
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				require.Equal(t, unicode.ToUpper(c), f, "%q in %q folds to %q", c, w, f)
			}
		}
	}
}

func TestCommentWordMasks(t *testing.T) {
	require.LessOrEqual(t, len(commentASCIIWords), 64, "one bit a word")
	n := len(commentWords)
	for _, w := range commentWordsOther {
		if commentIsASCII(w) {
			n++
		}
	}
	require.Len(t, commentASCIIWords, n)
}
