package cleaner

import "golang.org/x/net/html"

// What the browser extension learns from the live page. Before a page's
// HTML leaves the tab, the extension's page reader (web/extension/
// read-page.js) marks what the page does not render, which no static
// parser can know (stylesheets, scripts, the window's width), and what is
// hidden only until a click:
//
//	data-articlecleaner="hidden"     not rendered: removed as ReasonHidden
//	data-articlecleaner="collapsed"  hidden until the reader opens it (a
//	                                 closed <details>, an accordion): kept,
//	                                 whatever its hidden, aria-hidden,
//	                                 style or class names say
//
// Any other value, or none, leaves the static rules (isHidden) to decide.
const liveMarkAttr = "data-articlecleaner"

// liveVisibility is what an element's live mark says about it.
type liveVisibility uint8

const (
	liveUnknown   liveVisibility = iota // no mark: the static rules decide
	liveHidden                          // not rendered in the page
	liveCollapsed                       // hidden until a click: article text
)

// liveMark reads n's mark.
func liveMark(n *html.Node) liveVisibility {
	for _, a := range n.Attr {
		if a.Key != liveMarkAttr || a.Namespace != "" {
			continue
		}
		switch a.Val {
		case "hidden":
			return liveHidden
		case "collapsed":
			return liveCollapsed
		}
		return liveUnknown
	}
	return liveUnknown
}

// liveOnlyHidden reports whether only the live page hides n: the static
// rules would show it. Such a block is walked as visible, so that every
// rule and the context decide on it as on the static page, and is dropped
// at the end (dropLiveHidden): the live page's knowledge can take text
// out of the article but never changes what the rest of it looks like.
// An inline element stays in its paragraph, which is dropped when all of
// its text is hidden (liveText).
func liveOnlyHidden(n *html.Node) bool {
	return liveMark(n) == liveHidden && !staticHidden(n)
}

// dropLiveHidden removes what is still kept of the blocks only the live
// page hides, with ReasonHidden.
func (r *run) dropLiveHidden() {
	for i := range r.blocks {
		if b := &r.blocks[i]; b.domOf().liveHidden && b.isKept() {
			b.remove(ReasonHidden)
		}
	}
}

// liveText records whether a block's text was met inside elements only
// the live page hides, outside them, or both: a paragraph whose every
// word the live page hides is hidden, one with a hidden word or two stays
// whole (the static rules judge it as the page's static HTML shows it).
type liveText struct{ hiddenText, shownText bool }

func (l *liveText) add(ctx walkCtx) {
	if ctx.liveHidden {
		l.hiddenText = true
	} else {
		l.shownText = true
	}
}

// hidden reports whether the block holding the text is live-hidden.
func (l liveText) hidden(ctx walkCtx) bool {
	return ctx.liveHidden || (l.hiddenText && !l.shownText)
}
