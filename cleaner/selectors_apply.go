package cleaner

import (
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Applying the caller's rules (compiled in selectors.go) to one page: the
// matches, handed down the element tree to the blocks; Content; the
// refusal of Remove rules that would leave nothing; the blocks set aside
// before the pipeline and put back before assembly; Keep's last word.

// match finds the elements each rule matches under roots (the roots
// included). It is nil-safe: without rules there is nothing to match.
func (ru *callerRules) match(roots []*html.Node) *ruleMatches {
	if ru == nil {
		return nil
	}
	m := &ruleMatches{at: map[*html.Node]ruleMark{}, content: map[*html.Node]bool{}}
	ru.report.Effects = make([]RuleEffect, len(ru.list))
	for i, rl := range ru.list {
		ru.report.Effects[i] = RuleEffect{Action: rl.action, Selector: rl.text}
		n := 0
		for _, root := range roots {
			for _, el := range matchUnder(root, rl.sel) {
				n++
				switch mark := (ruleMark{idx: uint16(i)}); rl.action {
				case RuleContent:
					m.content[el] = true
				case RuleRemove:
					if _, ok := m.at[el]; !ok {
						mark.kind = ruleRemove
						m.at[el] = mark
					}
				case RuleKeep:
					if old, ok := m.at[el]; !ok || old.kind != ruleKeep {
						mark.kind = ruleKeep
						m.at[el] = mark
					}
				}
			}
		}
		ru.report.Effects[i].Elements = n
	}
	ru.m = m
	return m
}

// matchUnder returns the elements under root, root included, that sel
// matches, in document order.
func matchUnder(root *html.Node, sel cascadia.SelectorGroup) []*html.Node {
	var out []*html.Node
	if root.Type == html.ElementNode && sel.Match(root) {
		out = append(out, root)
	}
	return append(out, cascadia.QueryAll(root, sel)...)
}

// removeInline takes an inline element that a Remove rule matched out of
// the paragraph around it: its text becomes a block of its own, listed
// after the paragraph and removed by the rule.
func (w *walker) removeInline(n *html.Node, buf *inlineBuf) bool {
	mark, ok := w.rules.at[n]
	if !ok || mark.kind != ruleRemove {
		return false
	}
	var b strings.Builder
	collectText(&b, n)
	if t := collapseSpace(b.String()); t != "" {
		blk := block{start: -1, text: t, kind: KindParagraph}
		blk.dom = w.page.newDOM(domFeatures{page: w.page, elem: buf.elem, tag: n.DataAtom, rule: mark})
		w.side = append(w.side, blk)
	}
	return true
}

// walkRoots walks several trees (a selection of elements) as the
// children of one synthetic root.
func (w *walker) walkRoots(roots []*html.Node) {
	w.page.elems = append(w.page.elems, elemInfo{parent: -1})
	for _, n := range roots {
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			w.walkBlock(n, 0, walkCtx{})
		}
	}
	w.page.elems[0].end = int32(len(w.blocks))
}

// markRules hands each element's rule down to the blocks inside it (the
// innermost matched element decides) and applies Content. It reports
// whether the Remove rules would leave nothing.
func (r *run) markRules(page *htmlPage) bool {
	ru := r.rules
	if ru == nil || ru.m == nil {
		return false
	}
	marks := make([]ruleMark, len(page.elems))
	inContent := make([]bool, len(page.elems))
	for i, e := range page.elems { // parents come before their children
		if e.parent >= 0 {
			marks[i], inContent[i] = marks[e.parent], inContent[e.parent]
		}
		if m, ok := ru.m.at[e.node]; ok && e.node != nil {
			marks[i] = m
		}
		if e.node != nil && ru.m.content[e.node] {
			inContent[i] = true
		}
	}
	inside := 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.domOf().rule.kind == ruleNone {
			b.dom.rule = marks[b.domOf().elem]
		}
		if inContent[b.domOf().elem] {
			inside++
		}
	}
	ru.applyContent(r.blocks, inContent, inside)
	return removesAll(r.blocks)
}

// applyContent marks the blocks outside the Content elements, or says
// why Content was not used.
func (ru *callerRules) applyContent(blocks []block, inContent []bool, inside int) {
	if ru.content < 0 {
		return
	}
	sel := ru.list[ru.content].text
	eff := &ru.report.Effects[ru.content]
	switch {
	case eff.Elements == 0:
		ru.note(fmt.Sprintf("The content selector %q matched nothing on this page: the article was found automatically.", sel))
		return
	case inside == 0:
		ru.note(fmt.Sprintf("The content selector %q matched only elements without text: the article was found automatically.", sel))
		return
	}
	ru.report.ContentUsed = true
	eff.Segments = inside
	for i := range blocks {
		b := &blocks[i]
		switch {
		case inContent[b.domOf().elem]:
			b.dom.rule.inContent = true
		case b.domOf().rule.kind != ruleKeep:
			b.dom.rule = ruleMark{kind: ruleOutside, idx: uint16(ru.content)}
		}
	}
}

// removesAll reports whether the Remove marks leave no visible block: a
// rule such as "body" or "*" is a mistake, and an empty article would
// hide the page rather than clean it.
func removesAll(blocks []block) bool {
	removed, left := 0, 0
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.domOf().rule.kind == ruleRemove:
			removed++
		case b.domOf().rule.kind != ruleOutside && !b.domOf().hidden && !b.domOf().nonContent:
			left++
		}
	}
	return removed > 0 && left == 0
}

// refuseRemoves takes the Remove rules back, and says so.
func (ru *callerRules) refuseRemoves() {
	for n, m := range ru.m.at {
		if m.kind == ruleRemove {
			delete(ru.m.at, n)
		}
	}
	ru.report.Notes = nil // the next walk says again what Content did
	ru.report.RemoveRefused = true
}

func (ru *callerRules) note(s string) { ru.report.Notes = append(ru.report.Notes, s) }

// refusedNote says why the Remove rules were not applied.
const refusedNote = "The remove selectors would remove every piece of this page, so they were not applied: the article was found automatically."

// setAside takes the blocks that Remove rules and Content remove out of
// the pipeline, and renumbers the elements' block ranges to match.
func (r *run) setAside(page *htmlPage) {
	ru := r.rules
	if ru == nil || ru.m == nil {
		return
	}
	renum := make([]int32, len(r.blocks)+1)
	kept := make([]block, 0, len(r.blocks))
	for i, b := range r.blocks {
		renum[i] = int32(len(kept))
		if k := b.domOf().rule.kind; k == ruleRemove || k == ruleOutside {
			ru.aside = append(ru.aside, asideBlock{at: len(kept), b: b})
			continue
		}
		kept = append(kept, b)
	}
	renum[len(r.blocks)] = int32(len(kept))
	for i := range page.elems {
		e := &page.elems[i]
		e.first, e.end = renum[e.first], renum[e.end]
	}
	r.blocks = kept
}

// putBack returns the blocks set aside to their places, removed.
func (r *run) putBack() {
	ru := r.rules
	if len(ru.aside) == 0 {
		return
	}
	out := make([]block, 0, len(r.blocks)+len(ru.aside))
	j := 0
	for i := 0; i <= len(r.blocks); i++ {
		for ; j < len(ru.aside) && ru.aside[j].at == i; j++ {
			b := ru.aside[j].b
			reason := ReasonSelector
			if b.domOf().rule.kind == ruleOutside {
				reason = ReasonOutsideBody
			}
			b.first, b.final = drop(classBad, reason), drop(classBad, reason)
			out = append(out, b)
		}
		if i < len(r.blocks) {
			out = append(out, r.blocks[i])
		}
	}
	r.blocks = out
}

// enforceRules gives the rules the last word over every stage, and counts
// what they did.
func (r *run) enforceRules() {
	ru := r.rules
	if ru == nil {
		return
	}
	if ru.m == nil {
		ru.note("Selectors apply to HTML input only; this input was read as text.")
		return
	}
	if ru.report.RemoveRefused {
		ru.note(refusedNote)
	}
	r.putBack()
	for i := range r.blocks {
		b := &r.blocks[i]
		mark := b.domOf().rule
		switch mark.kind {
		case ruleRemove:
			ru.report.Removed++
			ru.report.Effects[mark.idx].Segments++
		case ruleOutside:
			ru.report.Outside++
		case ruleNone:
			if mark.inContent && !b.final.keep && b.final.reason == ReasonOutsideBody {
				// The caller named the article's root: no part of it is
				// outside the article, though junk inside it still goes.
				b.final = keep(b.final.class)
			}
		case ruleKeep:
			if !b.final.keep {
				b.final = keep(b.final.class)
				ru.report.Kept++
				ru.report.Effects[mark.idx].Segments++
			}
		}
	}
}

// ruleText is the selector that decided a block, or "".
func (r *run) ruleText(b *block) string {
	if r.rules == nil || b.domOf().rule.kind == ruleNone {
		return ""
	}
	return r.rules.list[b.domOf().rule.idx].text
}

// rulesReport is the report for the Article; nil without rules.
func (r *run) rulesReport() *RulesReport {
	if r.rules == nil {
		return nil
	}
	rep := r.rules.report
	if rep.Effects == nil {
		rep.Effects = []RuleEffect{}
	}
	return &rep
}
