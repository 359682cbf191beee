package cleaner

// The lead above the byline: many articles open with a standfirst, then
// the byline, the date and the share buttons, then the text. The lead is
// short and the share buttons under it cost a little, so the heaviest run
// starts below them and the lead is lost. A kept paragraph that stands right above
// the body, with nothing between but the article's own head (a byline or
// a date, and share buttons, counters or a picture credit), is the
// article's lead and joins the body.

// leadGapMax: the byline, the date, the share buttons and a picture
// credit stand between the lead and the text; more is something else.
const leadGapMax = 5

// leadAbove returns where the body starts once the lead above lo joins it:
// lo itself when there is none.
func (r *run) leadAbove(lo int) int {
	head := false // a byline or a date line in the gap
	for i, n := lo-1, 0; i >= 0 && n < leadGapMax; i, n = i-1, n+1 {
		b := &r.blocks[i]
		switch {
		case b.final.keep:
			if head && b.final.class >= classNearGood && b.kind == KindParagraph && leadShaped(b) {
				return i
			}
			return lo
		case b.final.reason == ReasonByline || b.final.reason == ReasonDateline || b.f.dateMeta:
			head = true
		case b.final.reason == ReasonShare, b.final.reason == ReasonEngagement,
			b.final.reason == ReasonPhotoCredit, b.final.reason == ReasonDuplicate, b.f.relTime:
		default:
			return lo
		}
	}
	return lo
}

// leadShaped reports a lead: a sentence or two, not the headline (which
// the metadata takes), a breadcrumb, a line of separated items or a
// picture's caption.
func leadShaped(b *block) bool {
	return !headlineShaped(b) && !b.f.crumb && !b.f.caption && b.f.separators == 0
}
