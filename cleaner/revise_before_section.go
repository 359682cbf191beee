package cleaner

// Position: a section heading that opens the page's tail ("Sur le même
// sujet", "Meistgelesene Artikel", "Related stories") ends the article.
// After it come teasers, sign-up and login forms and the footer, and their
// prose (a newsletter's consent text, a login form's help) may outweigh a
// short article. So when the heaviest run of blocks lies wholly after such
// a heading and the heaviest run before the last one of them is an
// article of its own, not much lighter, the run before it is the body.

const (
	// bodyBeforeSectionMin: the weight (characters of prose) the run
	// before the heading needs to be an article and not a teaser or a
	// tagline: a paragraph.
	bodyBeforeSectionMin = 150
	// bodyBeforeSectionShare: the run before the heading must weigh at
	// least this share of the run after it: a dek or a cookie notice
	// before a related box at the top does not displace a long article.
	bodyBeforeSectionShare = 0.25
)

// bodyBeforeSection returns the body to use instead of lo..hi: the
// heaviest run before the last section heading that precedes lo, when
// that run is an article of comparable weight.
func (r *run) bodyBeforeSection(w []float64, lo, hi int, total float64) (int, int, float64) {
	for i := lo - 1; i > 0; i-- {
		if r.blocks[i].f.phraseHow != matchSection {
			continue
		}
		plo, phi, ptotal := maxSubarray(w[:i])
		if ptotal >= bodyBeforeSectionMin && ptotal >= bodyBeforeSectionShare*total {
			return plo, phi, ptotal
		}
		break
	}
	return lo, hi, total
}
