package cleaner

import "math"

// block is the unit every stage works on: one paragraph, line, heading or
// list item, from either front end.
type block struct {
	// The fields are ordered by size, the small ones last, so that a
	// block has no padding inside: a long paste has hundreds of thousands.
	text string // the block's text (for text input, exactly src[start:end])
	// cuts are the pieces removed from inside a kept block, nil when none:
	// few blocks have any, and a pointer takes a third of a slice's room
	// (read and set them through cutList and setCuts).
	cuts  *[]cut
	start int // byte span in the source text; start < 0 when none
	end   int
	// dom is nil for text input: the DOM features take room only in the
	// blocks of an HTML page, with their HTML (read them through domOf).
	dom *domFeatures
	// f is set by the features stage, which every stage after it reads,
	// and dropped by assemble (features.go).
	f *features

	first verdict // context-free verdict from classify
	final verdict // after revise and dedupe

	kind        Kind
	level       uint8 // a heading's level, a list item's depth (see levelOf)
	blankBefore bool  // text input: an empty line came before it
	glued       bool  // split off a line at a glued boundary ("studiosStrike")
}

// maxLevel is the deepest list level a block records: deeper lists (only
// adversarial pages nest hundreds deep) count as that deep.
const maxLevel = math.MaxUint8

// levelOf is a heading level or list depth as a block keeps it.
func levelOf(n int) uint8 {
	return uint8(max(0, min(n, maxLevel)))
}

// cutList returns the block's cuts (nil when none).
func (b *block) cutList() []cut {
	if b.cuts == nil {
		return nil
	}
	return *b.cuts
}

// setCuts sets the block's cuts (none when cs is empty).
func (b *block) setCuts(cs []cut) {
	if len(cs) == 0 {
		b.cuts = nil
		return
	}
	b.cuts = &cs
}

// noDOM is what domOf returns for a block without DOM features (text
// input): the zero value, only ever read.
var noDOM domFeatures

// domOf returns the block's DOM features, the zero value for text input.
// Writes go through b.dom, which only the HTML front end's stages do.
func (b *block) domOf() *domFeatures {
	if b.dom == nil {
		return &noDOM
	}
	return b.dom
}

// domChunk is how many blocks' DOM features newDOM allocates at a time.
const domChunk = 256

// newDOM stores d in the page's chunks and returns where: a pointer that
// stays valid (a chunk is never grown, a full one is replaced), for one
// allocation every domChunk blocks instead of one a block.
func (p *htmlPage) newDOM(d domFeatures) *domFeatures {
	if len(p.doms) == cap(p.doms) {
		p.doms = make([]domFeatures, 0, domChunk)
	}
	p.doms = append(p.doms, d)
	return &p.doms[len(p.doms)-1]
}

// class is jusText's four-way first opinion of a block.
type class uint8

const (
	classBad      class = iota // junk by pattern or shape
	classShort                 // too short to judge alone: decided by context
	classNearGood              // prose-like but not conclusive
	classGood                  // article prose
)

// verdict is a decision on a block: a class and, for removals, a reason.
type verdict struct {
	class  class
	reason Reason
	keep   bool
}

func keep(c class) verdict           { return verdict{class: c, keep: true} }
func drop(c class, r Reason) verdict { return verdict{class: c, reason: r} }
func (b *block) remove(r Reason)     { b.final = verdict{class: b.final.class, reason: r} }
func (b *block) isKept() bool        { return b.final.keep }
func (b *block) setKeep(c class)     { b.final = keep(c) }

// cut is a piece removed from inside a block: byte offsets into its text.
type cut struct {
	start, end int
	reason     Reason
}
