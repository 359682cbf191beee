package cleaner

// Position: a page's comment form ("Leave a reply" and "Your email address
// will not be published", "Schreibe einen Kommentar" and "Deine
// E-Mail-Adresse wird nicht veröffentlicht") follows the article it
// belongs to. What comes after it is the comment section and the sidebar:
// other stories' teasers, which are prose and may outweigh a short
// article. So when the heaviest run of blocks lies after a comment form
// and there is an article before it, the article before it is the body.
// A bare "Comments" heading is not enough: comment counters and links
// ("Kommentare: 10") stand near the headline, and in Chinese the same
// word labels an opinion piece.

const (
	// bodyBeforeCommentsMin: the weight (in characters of prose) the run
	// before the form needs to be an article and not a teaser or a
	// site's tagline: two or three sentences (a sentence shorter than
	// goodMinChars weighs half its length).
	bodyBeforeCommentsMin = 100
	// commentFormWindow: the form's notice follows its heading within
	// a few lines.
	commentFormWindow = 3
)

// bodyBeforeComments returns the body to use instead of lo..hi: the
// heaviest run before the first comment form that precedes lo, when that
// run is an article.
func (r *run) bodyBeforeComments(w []float64, lo, hi int, total float64) (int, int, float64) {
	for i := 0; i < lo; i++ {
		if !r.commentForm(i) {
			continue
		}
		plo, phi, ptotal := maxSubarray(w[:i])
		if ptotal >= bodyBeforeCommentsMin {
			return plo, phi, ptotal
		}
		break
	}
	return lo, hi, total
}

// commentForm reports whether block i heads a comment form: a comments
// heading followed closely by another line of the form.
func (r *run) commentForm(i int) bool {
	if b := &r.blocks[i]; b.f.phrase != ReasonComments || b.f.phraseHow != matchSection {
		return false
	}
	for j := i + 1; j < len(r.blocks) && j <= i+commentFormWindow; j++ {
		if f := &r.blocks[j].f; f.phrase == ReasonComments && f.phraseHow != matchSection {
			return true
		}
	}
	return false
}
