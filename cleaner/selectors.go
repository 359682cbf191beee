package cleaner

import (
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// The caller's rules: CSS selectors (Options.Content, Remove and Keep)
// compiled with cascadia once per call, matched once against the parsed
// page, and handed down the element tree to the blocks. Blocks that a
// Remove rule matches, and those outside Content, are set aside before
// the pipeline, as if the page did not have them, and put back in their
// place, removed, before assembly; Keep rules have the last word over the
// pipeline's verdicts.

// Limits on the rules of one call. A site's rules are a handful; these
// bound what a caller can make the matcher do.
const (
	// maxRules: selectors in Content, Remove and Keep together.
	maxRules = 256
	// maxSelectorLen: characters of one selector; real ones are tens.
	maxSelectorLen = 1024
)

// RuleAction says what a caller's selector does.
type RuleAction string

// The actions, named after their Options field.
const (
	RuleContent RuleAction = "content" // the article's root
	RuleRemove  RuleAction = "remove"  // always removed
	RuleKeep    RuleAction = "keep"    // always kept
)

// RuleEffect is what one selector did on the page.
type RuleEffect struct {
	Action   RuleAction `json:"action"`
	Selector string     `json:"selector"`
	// Elements is how many elements it matched.
	Elements int `json:"elements"`
	// Segments is how many segments it decided: removed (remove),
	// kept against the cleaner's own verdict (keep), or found inside
	// the matched elements (content).
	Segments int `json:"segments"`
}

// RulesReport says what the caller's selectors did, so that a rule that
// matched nothing, or was refused, does not go unnoticed.
type RulesReport struct {
	Removed int `json:"removed"` // segments removed by Remove rules
	Kept    int `json:"kept"`    // segments Keep rules saved from removal
	Outside int `json:"outside"` // segments removed as outside Content
	// ContentUsed is set when Content matched elements holding text and
	// extraction worked inside them.
	ContentUsed bool `json:"contentUsed"`
	// RemoveRefused is set when the Remove rules would have removed every
	// piece of the page: they were not applied, and nothing was lost.
	RemoveRefused bool         `json:"removeRefused,omitempty"`
	Effects       []RuleEffect `json:"effects"`
	Notes         []string     `json:"notes,omitempty"` // in plain words
}

// SelectorError is an invalid or unsupported selector in Options. It
// matches ErrOptions with errors.Is.
type SelectorError struct {
	Action   RuleAction
	Selector string
	Problem  string
}

func (e *SelectorError) Error() string {
	return fmt.Sprintf("%v: %s selector %q: %s", ErrOptions, e.Action, e.Selector, e.Problem)
}

// Unwrap makes errors.Is(err, ErrOptions) true.
func (e *SelectorError) Unwrap() error { return ErrOptions }

// ruleKind is what decides a block, from the caller's rules.
type ruleKind uint8

const (
	ruleNone    ruleKind = iota
	ruleRemove           // inside an element of Options.Remove
	ruleKeep             // inside an element of Options.Keep
	ruleOutside          // outside every element of Options.Content
)

// ruleMark is a block's or an element's rule: its kind and the index of
// the selector in rules.list.
type ruleMark struct {
	kind      ruleKind
	idx       uint16
	inContent bool // inside an element of Options.Content, when it is used
}

// callerRule is one compiled selector.
type callerRule struct {
	action RuleAction
	text   string
	sel    cascadia.SelectorGroup
}

// rules are the compiled selectors of one call and what they did.
type callerRules struct {
	list    []callerRule
	content int // the index of the Content rule, or -1
	m       *ruleMatches
	report  RulesReport
	aside   []asideBlock // blocks set aside by setAside
}

// asideBlock is a block set aside, and where it goes back: before the
// block that was at index at of the pipeline's blocks.
type asideBlock struct {
	at int
	b  block
}

// ruleMatches are the elements the rules matched on the page.
type ruleMatches struct {
	at      map[*html.Node]ruleMark // remove and keep; keep wins on one element
	content map[*html.Node]bool
}

// Check reports whether the options are valid, their selectors included,
// without cleaning anything: the error Clean would return for them.
func (o Options) Check() error {
	_, err := o.compile()
	return err
}

// compileRules compiles the options' selectors; nil when there are none.
func compileRules(o Options) (*callerRules, error) {
	if o.Content == "" && len(o.Remove) == 0 && len(o.Keep) == 0 {
		return nil, nil
	}
	if n := len(o.Remove) + len(o.Keep) + 1; n > maxRules {
		return nil, fmt.Errorf("%w: %d selectors, more than the %d allowed", ErrOptions, n, maxRules)
	}
	ru := &callerRules{content: -1}
	add := func(action RuleAction, text string) error {
		sel, err := compileSelector(action, text)
		if err != nil {
			return err
		}
		ru.list = append(ru.list, callerRule{action: action, text: strings.TrimSpace(text), sel: sel})
		return nil
	}
	if o.Content != "" {
		ru.content = 0
		if err := add(RuleContent, o.Content); err != nil {
			return nil, err
		}
	}
	for _, s := range o.Remove {
		if err := add(RuleRemove, s); err != nil {
			return nil, err
		}
	}
	for _, s := range o.Keep {
		if err := add(RuleKeep, s); err != nil {
			return nil, err
		}
	}
	return ru, nil
}

// compileSelector parses one selector (a group such as "aside, .ad" is
// one selector); pseudo-elements and pseudo-classes cascadia does not
// know are errors.
func compileSelector(action RuleAction, text string) (cascadia.SelectorGroup, error) {
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		return nil, &SelectorError{Action: action, Selector: text, Problem: "is empty"}
	case len(t) > maxSelectorLen:
		return nil, &SelectorError{Action: action, Selector: t[:40] + "…",
			Problem: fmt.Sprintf("is %d characters long, more than the %d allowed", len(t), maxSelectorLen)}
	}
	sel, err := cascadia.ParseGroup(t)
	if err != nil {
		return nil, &SelectorError{Action: action, Selector: t, Problem: err.Error()}
	}
	if pc := dynamicPseudoClass(t); pc != "" {
		return nil, &SelectorError{Action: action, Selector: t,
			Problem: ":" + pc + " is not supported: it depends on the user's actions and never matches a page read as HTML"}
	}
	return sel, nil
}

// dynamicPseudoClasses depend on what the user does in a browser; cascadia
// parses them but they never match, so a rule using one is a mistake.
var dynamicPseudoClasses = []string{"hover", "visited", "active", "focus", "target"}

// dynamicPseudoClass returns the first dynamic pseudo-class in sel, or "".
func dynamicPseudoClass(sel string) string {
	low := strings.ToLower(sel)
	for _, pc := range dynamicPseudoClasses {
		for rest := low; ; {
			i := strings.Index(rest, ":"+pc)
			if i < 0 {
				break
			}
			rest = rest[i+1+len(pc):]
			if rest == "" || !isIdentByte(rest[0]) {
				return pc
			}
		}
	}
	return ""
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

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
		blk.dom = domFeatures{page: w.page, elem: buf.elem, tag: n.DataAtom, rule: mark}
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
		if b.dom.rule.kind == ruleNone {
			b.dom.rule = marks[b.dom.elem]
		}
		if inContent[b.dom.elem] {
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
		case inContent[b.dom.elem]:
			b.dom.rule.inContent = true
		case b.dom.rule.kind != ruleKeep:
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
		case b.dom.rule.kind == ruleRemove:
			removed++
		case b.dom.rule.kind != ruleOutside && !b.dom.hidden && !b.dom.nonContent:
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
		if k := b.dom.rule.kind; k == ruleRemove || k == ruleOutside {
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
			if b.dom.rule.kind == ruleOutside {
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
		mark := b.dom.rule
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
	if r.rules == nil || b.dom.rule.kind == ruleNone {
		return ""
	}
	return r.rules.list[b.dom.rule.idx].text
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
