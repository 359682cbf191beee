package cleaner

// The focus stage: once the body is found, Options.Focus moves the
// verdicts towards precision (less junk, some text lost) or recall (more
// text, some junk kept), as trafilatura's favor_precision and
// favor_recall do. Balanced, the default, only drops captions.
//
// Each rule is decided by the block's place and its verdicts so far:
//
//	balanced   captions go: a photo's description and credit, not the
//	           article's text
//	precision  captions go; after the body's last paragraph of prose, what
//	           is not prose goes too (a trailing subhead, a note, a line
//	           of tags or links kept for its place)
//	recall     captions stay; inside the body, blocks the classifier
//	           kept but context removed come back (short lines, an
//	           author's note), and so do linked list items; outside it,
//	           paragraphs of good prose come back
func (r *run) applyFocus() {
	switch r.opts.Focus {
	case FocusRecall:
		r.favorRecall()
		return
	case FocusPrecision:
		r.trimTrailing()
	}
	r.dropCaptions()
}

// dropCaptions removes kept captions.
func (r *run) dropCaptions() {
	for i := range r.blocks {
		if b := &r.blocks[i]; b.final.keep && b.kind == KindCaption {
			b.remove(ReasonPhotoCredit)
		}
	}
}

// trimTrailing removes the kept blocks that are not prose after the last
// kept block of good prose.
func (r *run) trimTrailing() {
	last := -1
	for i := range r.blocks {
		if b := &r.blocks[i]; b.final.keep && b.final.class == classGood {
			last = i
		}
	}
	if last < 0 {
		return // no prose: nothing tells the article's end
	}
	for i := last + 1; i < len(r.blocks); i++ {
		if b := &r.blocks[i]; b.final.keep && b.final.class < classGood && !b.domOf().image {
			b.remove(r.furnitureReason(i))
		}
	}
}

// favorRecall puts back what the classifier kept and context removed.
func (r *run) favorRecall() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.final.keep {
			continue
		}
		inside := i >= r.bodyStart && i <= r.bodyEnd
		switch {
		case !inside && b.final.reason == ReasonOutsideBody && b.first.keep && b.first.class == classGood:
			b.setKeep(classGood)
		case inside && b.first.keep && contextual(b.final.reason):
			b.setKeep(b.first.class)
		case inside && b.final.reason == ReasonLinkDense && b.kind == KindListItem:
			b.setKeep(classShort)
		}
	}
}

// contextual reports the reasons revise gives a block the classifier kept
// for its place alone; a repeat, the title, the byline and the dateline
// are not among them.
func contextual(r Reason) bool {
	switch r {
	case ReasonDuplicate, ReasonTitle, ReasonByline, ReasonDateline, ReasonNone:
		return false
	}
	return true
}
