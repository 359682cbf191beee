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
