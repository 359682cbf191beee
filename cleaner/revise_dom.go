package cleaner

import "strings"

// Revision of HTML blocks with their context. The article is the element
// of the page whose blocks weigh the most (prose for, junk against): a
// tree version of the text front end's heaviest run, so the body is
// always one subtree of the page. Inside it, short blocks stay (subheads,
// list items, dialogue) and prose rejected only for its shape comes back;
// outside it, everything goes.
const (
	// domShortWeight: what a short block costs. Less than a short line of
	// pasted text, because in HTML menus are caught by their markup and
	// links, and a subhead or a list item must not split an article.
	domShortWeight = 1
	// domJunkShare: the share of a junk block's weight in pasted text
	// that it costs in HTML, where junk inside the article's element
	// (a share bar, a related link) is removed by its own markup and
	// need not push the body out to a smaller element.
	domJunkShare = 1.0
	// narrowMinScore: the article holding the h1 is taken for the whole
	// body only when it holds at least this much prose (a paragraph or
	// two); a header-only article is the headline's wrapper.
	narrowMinScore = 300
)

// reviseDOM revises HTML blocks; it reports false when the blocks have no
// DOM (a page read as text because the parser rejected it).
func (r *run) reviseDOM() bool {
	if len(r.blocks) == 0 || r.blocks[0].domOf().page == nil {
		return false
	}
	page := r.blocks[0].domOf().page
	teasers := r.teaserProse()
	prefix := r.domPrefix(teasers)
	best, bestScore := page.heaviest(prefix)
	if teasers != nil && bestScore < listMaxBodyScore {
		// No element holds an article without teasers: either the
		// article and its teasers share one container, or the page is a
		// list of teasers and they are its content.
		prefix = r.domPrefix(nil)
		best, bestScore = page.heaviest(prefix)
		if best >= 0 && r.proseWeight(page.elems[best], teasers) < listMaxBodyScore {
			teasers = nil
		}
	}
	if best < 0 || bestScore <= 0 {
		r.bodyStart, r.bodyEnd = 0, len(r.blocks)-1
		r.keepWhatIsLeft()
		return true
	}
	runLo, runHi, useRun := r.proseRun(prefix, bestScore, int(page.elems[best].first), int(page.elems[best].end))
	best = page.narrowToHeadlined(best, prefix)
	if bestScore < listMaxBodyScore && (!useRun || prefix[runHi]-prefix[runLo] < listMaxBodyScore) && !r.holdsShortText(page.elems[best]) {
		if teasers := page.teaserElement(r.blocks); teasers >= 0 {
			best = teasers
			r.meta.pageType = PageList
			useRun = false
		}
	}
	lo, hi := int(page.elems[best].first), int(page.elems[best].end)
	if useRun {
		lo, hi = runLo, runHi
	}
	r.bodyStart, r.bodyEnd = lo, hi-1
	outsideProse := r.outsideProse(lo, hi)
	for i := range r.blocks {
		b := &r.blocks[i]
		inside := i >= lo && i < hi
		switch {
		case !inside && b.final.keep && b.final.class >= classNearGood:
			b.remove(ReasonOutsideBody)
		case !inside && b.final.keep:
			b.remove(r.furnitureReason(i))
		case !inside:
		case teasers != nil && teasers[i] && b.final.keep:
			b.remove(ReasonRelatedLinks)
		case !b.final.keep && (shapeOnly(b.final.reason) || isLineList(b)):
			b.setKeep(classNearGood)
		case !b.final.keep && isUnlinkedMenu(b) && shortKeepable(b.f, r.stop):
			b.setKeep(classShort)
		case !b.final.keep && b.final.reason == ReasonDuplicate && outsideProse[b.f.key]:
			// The copy kept by dedupe is outside the body (a lede
			// repeated in the page's header): this one is the article's.
			delete(outsideProse, b.f.key)
			b.setKeep(b.first.class)
		case b.final.keep && b.final.class == classShort && !b.domOf().image && b.kind != KindHeading && !shortKeepable(b.f, r.stop):
			b.remove(r.furnitureReason(i))
		}
	}
	r.markListPage(lo, hi)
	return true
}

// domPrefix returns the prefix sums of the blocks' weights; teaser
// summaries, when marked, weigh as the junk they are.
func (r *run) domPrefix(teasers []bool) []float64 {
	prefix := make([]float64, len(r.blocks)+1)
	for i := range r.blocks {
		w := r.domWeight(&r.blocks[i])
		if teasers != nil && teasers[i] {
			w = -domJunkShare * clamp(float64(r.blocks[i].f.chars), badMinWeight, badMaxWeight)
		}
		prefix[i+1] = prefix[i] + w
	}
	return prefix
}

// proseWeight is what the kept prose of element e weighs, teasers left
// out.
func (r *run) proseWeight(e elemInfo, teasers []bool) float64 {
	w := 0.0
	for i := e.first; i < e.end; i++ {
		if b := &r.blocks[i]; b.final.keep && b.final.class >= classNearGood && !teasers[i] {
			w += r.domWeight(b)
		}
	}
	return w
}

// heaviest returns the element whose blocks weigh the most, the smallest
// of equals, and its weight; -1 when no element holds a block.
func (p *htmlPage) heaviest(prefix []float64) (int, float64) {
	best, bestScore := -1, 0.0
	for i, e := range p.elems {
		if e.end <= e.first {
			continue
		}
		s := prefix[e.end] - prefix[e.first]
		if best < 0 || s > bestScore || s == bestScore && e.end-e.first < p.elems[best].end-p.elems[best].first {
			best, bestScore = i, s
		}
	}
	return best, bestScore
}

// listMaxBodyScore: a page whose heaviest element weighs less than this
// (two or three sentences) has no article; if it has teasers, it is a
// list of them.
const listMaxBodyScore = 400

// teaserElement returns the smallest element holding all the page's
// teaser headlines that no markup rule removed, or -1 when there are too
// few of them for a list.
func (p *htmlPage) teaserElement(blocks []block) int {
	first, last, n := -1, -1, 0
	for i := range blocks {
		if b := &blocks[i]; isTeaser(b) && b.first.reason == ReasonLinkDense {
			if first < 0 {
				first = i
			}
			last = i
			n++
		}
	}
	if n < listMinTeasers {
		return -1
	}
	best := -1
	for i, e := range p.elems {
		if int(e.first) <= first && int(e.end) > last && (best < 0 || e.end-e.first <= p.elems[best].end-p.elems[best].first) {
			best = i
		}
	}
	return best
}

// A list page (a section front, search results, a tag page) is teasers:
// headlines that are links, each with a line or two of summary. Its body
// is no article, so the page is marked a list and the teasers are kept as
// the best guess at its content, headlines included.
const (
	// listMinTeasers: fewer linked headlines in the body can be an
	// article's "related" box.
	listMinTeasers = 6
	// listTeaserShare: teasers make up at least this share of the body's
	// blocks of three or more words.
	listTeaserShare = 0.5
	// listProsePerTeaser: a list has at most one summary paragraph per
	// teaser; an article has more paragraphs of prose than that.
	listProsePerTeaser = 2
	// teaserMinLinkDensity: a teaser headline is a link, all of it.
	teaserMinLinkDensity = 0.8
	// teaserMinWords: a headline, not a "More" button.
	teaserMinWords = 3
)

func (r *run) markListPage(lo, hi int) {
	teasers, texts, prose := 0, 0, 0
	for i := lo; i < hi; i++ {
		b := &r.blocks[i]
		if b.domOf().hidden || b.f.words < teaserMinWords {
			continue
		}
		texts++
		if b.final.keep && b.final.class == classGood {
			prose++
		}
		if isTeaser(b) {
			teasers++
		}
	}
	if r.meta.pageType != PageList && (teasers < listMinTeasers || float64(teasers) < listTeaserShare*float64(texts) || teasers < listProsePerTeaser*prose || r.hasProseRun(lo, hi)) {
		return
	}
	r.meta.pageType = PageList
	for i := lo; i < hi; i++ {
		if b := &r.blocks[i]; isTeaser(b) && b.final.reason == ReasonLinkDense {
			b.setKeep(classNearGood)
		}
	}
}

func isTeaser(b *block) bool {
	return b.f.words >= teaserMinWords && b.domOf().linkDensity >= teaserMinLinkDensity && !b.domOf().hidden
}

// outsideProse returns the texts of the prose blocks outside the body
// [lo, hi) that are still kept, and so will be removed as outside it.
func (r *run) outsideProse(lo, hi int) map[string]bool {
	var out map[string]bool
	for i := range r.blocks {
		if b := &r.blocks[i]; (i < lo || i >= hi) && b.final.keep && b.final.class >= classNearGood {
			if out == nil {
				out = map[string]bool{}
			}
			out[b.f.key] = true
		}
	}
	return out
}

// lineListMinLines: a block of this many lines, each with a figure (but
// for a label ending in a colon first), is a schedule or a list of
// results set with line breaks ("June 9 – Tampa, FL"), not a menu,
// however capitalised its words.
const lineListMinLines = 3

// isLineList reports such a block, removed as a menu for its capitals.
func isLineList(b *block) bool {
	if b.first.reason != ReasonMenu || b.domOf().linkDensity >= linkDenseMin || b.domOf().page.elems[b.domOf().elem].neg != hintNone {
		return false
	}
	lines := 0
	for ln := range strings.SplitSeq(b.text, "\n") {
		if !strings.ContainsAny(ln, "0123456789") && (lines > 0 || !strings.HasSuffix(ln, ":")) {
			return false // a line without a figure, other than a label heading the list
		}
		lines++
	}
	return lines >= lineListMinLines
}

// isUnlinkedMenu reports a line the text rules take for a menu or a
// breadcrumb ("Dates: Hamburg | Bremen | Hanover") with no link in it and
// no name of page furniture around it: inside the article, the markup
// says it is text, as for isLineList.
func isUnlinkedMenu(b *block) bool {
	return b.final.reason == ReasonMenu && b.domOf().linkChars == 0 && b.domOf().page.elems[b.domOf().elem].neg == hintNone
}

// shapeOnly reports reasons given for a block's shape alone, which the
// markup overrules inside the article: a subhead in capitals, a line of
// names with few stop words.
func shapeOnly(r Reason) bool {
	return r == ReasonAllCaps || r == ReasonBoilerplate
}

// domWeight is what a block adds to, or takes from, its element's score.
func (r *run) domWeight(b *block) float64 {
	if !b.final.keep {
		switch b.final.reason {
		case ReasonDuplicate, ReasonTitle, ReasonHidden, ReasonNonContent:
			return 0
		}
		if shapeOnly(b.final.reason) || isLineList(b) {
			return -domShortWeight
		}
		return -domJunkShare * clamp(float64(b.f.chars), badMinWeight, badMaxWeight)
	}
	switch b.final.class {
	case classGood:
		return float64(b.f.chars)
	case classNearGood:
		return nearGoodShare * float64(b.f.chars)
	}
	if b.domOf().image {
		return 0
	}
	return -domShortWeight
}

// narrowToHeadlined handles a page of several articles: when the chosen
// element holds more than one semantic article and exactly one of them
// holds the page's h1, that one is the article and the others are
// teasers of other stories.
func (p *htmlPage) narrowToHeadlined(best int, prefix []float64) int {
	e := p.elems[best]
	count, with := 0, -1
	for i := best + 1; i < len(p.elems) && p.elems[i].first < e.end; i++ {
		c := &p.elems[i]
		if !c.semantic || c.end <= c.first || p.insideSemantic(int32(i), int32(best)) {
			continue
		}
		count++
		if c.hasH1 {
			if with >= 0 {
				return best
			}
			with = i
		}
	}
	if count < 2 || with < 0 || prefix[p.elems[with].end]-prefix[p.elems[with].first] < narrowMinScore {
		return best
	}
	return with
}

// insideSemantic reports whether element i has a semantic ancestor below
// element top.
func (p *htmlPage) insideSemantic(i, top int32) bool {
	for a := p.elems[i].parent; a > top; a = p.elems[a].parent {
		if p.elems[a].semantic {
			return true
		}
	}
	return false
}
