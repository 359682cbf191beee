package cleaner

// A comment link above the article: pages put "Write a comment" or
// "Leave a comment" by the headline, a link down to the form, and the same
// marker again under the article, where the comments begin. Between the
// two stands the whole article, far more prose than one comment holds, so
// a marker followed by that much prose before the next marker does not
// start the comment section: the next one may.

// commentGapMax: the prose (in characters) a comment runs to at most
// before the next comment's scaffolding: long comments run to a few
// paragraphs; a news article runs longer.
const commentGapMax = 2000

// articleAfterMarker reports whether more than commentGapMax characters
// of kept prose stand between the marker at i and the next marker (or the
// end, when none follows).
func (r *run) articleAfterMarker(i int, next []int) bool {
	end := len(r.blocks)
	if len(next) > 0 {
		end = next[0]
	}
	prose := 0
	for j := i + 1; j < end; j++ {
		if b := &r.blocks[j]; b.final.keep && b.final.class >= classNearGood {
			prose += b.f.chars
		}
	}
	return prose > commentGapMax
}
