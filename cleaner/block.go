package cleaner

// block is the unit every stage works on: one paragraph, line, heading or
// list item, from either front end.
type block struct {
	start, end int    // byte span in the source text; start < 0 when none
	text       string // the block's text (for text input, exactly src[start:end])
	kind       Kind
	level      int
	html       string // sanitized inner HTML (HTML input)

	blankBefore bool // text input: an empty line came before it
	glued       bool // split off a line at a glued boundary ("studiosStrike")

	f   features
	dom domFeatures // HTML input only

	first verdict // context-free verdict from classify
	final verdict // after revise and dedupe

	cuts []cut // pieces removed from inside a kept block
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
