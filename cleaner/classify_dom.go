package cleaner

// DOM rules of the context-free classifier: what the page's markup says
// about a block decides before its text is looked at. They run for HTML
// blocks only, ahead of the text rules.

// linkDenseMin: a block with at least this share of its characters inside
// links is navigation or a list of headlines. Prose with inline links
// stays far below it (a linked name or two per sentence).
const linkDenseMin = 0.5

// domRule is one named DOM classifier rule.
type domRule struct {
	name string
	fn   func(b *block) (verdict, bool)
}

// domRules run in order; the first that decides wins.
var domRules = []domRule{
	{"hidden", domHidden},
	{"control", domControl},
	{"hint", domHint},
	{"link-dense", domLinkDense},
	{"image", domImage},
}

// classifyDOM runs the DOM rules over an HTML block.
func (r *run) classifyDOM(b *block) (verdict, bool) {
	if b.domOf().page == nil {
		return verdict{}, false
	}
	if !b.domOf().page.prepared {
		b.domOf().page.prepare(r.blocks, r.stop.cjk)
	}
	if b.f.chars > 0 {
		b.dom.linkDensity = float64(b.dom.linkChars) / float64(b.f.chars)
	}
	for _, rl := range domRules {
		if v, ok := rl.fn(b); ok {
			return v, true
		}
	}
	return verdict{}, false
}

func domHidden(b *block) (verdict, bool) {
	if b.domOf().hidden {
		return drop(classBad, ReasonHidden), true
	}
	return verdict{}, false
}

func domControl(b *block) (verdict, bool) {
	if b.domOf().nonContent {
		return drop(classBad, ReasonNonContent), true
	}
	return verdict{}, false
}

// domHint removes blocks inside an element named as page furniture.
func domHint(b *block) (verdict, bool) {
	if h := b.domOf().page.elems[b.domOf().elem].neg; h.negative() {
		return drop(classBad, hintReasons[h]), true
	}
	return verdict{}, false
}

func domLinkDense(b *block) (verdict, bool) {
	if b.domOf().linkDensity >= linkDenseMin {
		return drop(classBad, ReasonLinkDense), true
	}
	return verdict{}, false
}

// domImage: an image has no text to judge; its place decides.
func domImage(b *block) (verdict, bool) {
	if b.domOf().image {
		return keep(classShort), true
	}
	return verdict{}, false
}
