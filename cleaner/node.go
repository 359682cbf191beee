package cleaner

import (
	"errors"
	"fmt"
	"net/url"

	"golang.org/x/net/html"
)

// CleanNode cleans a page that is already parsed: a document or an element
// of one, as Go scrapers hold it (goquery's Document and Selection wrap
// these nodes). Nothing is serialized or parsed again, and the tree is not
// changed. The article is looked for under n; the page's metadata (title,
// byline, date, site, <base>) is read from the whole document n belongs
// to. Options.Mode must be empty or "html"; Charset and MaxInputBytes do
// not apply, the tree being already decoded.
func CleanNode(n *html.Node, opts Options) (*Article, error) {
	return CleanNodes([]*html.Node{n}, opts)
}

// CleanNodes is CleanNode for several elements of one document (a
// selection of many), cleaned as one page in the order given. An element
// inside another one of the list is cleaned twice; the second copy is
// removed as a duplicate.
func CleanNodes(nodes []*html.Node, opts Options) (*Article, error) {
	rules, err := opts.compile()
	if err != nil {
		return nil, err
	}
	if opts.Mode == ModeText {
		return nil, fmt.Errorf("%w: mode %q: a parsed node is HTML", ErrOptions, opts.Mode)
	}
	roots := make([]*html.Node, 0, len(nodes))
	for _, n := range nodes {
		switch {
		case n == nil:
			return nil, fmt.Errorf("%w: a nil node", ErrEmpty)
		case n.Type == html.DocumentNode || n.Type == html.ElementNode:
			roots = append(roots, n)
		}
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%w: %w", ErrEmpty, errNoElement)
	}
	doc := roots[0]
	for doc.Parent != nil {
		doc = doc.Parent
	}
	r := &run{opts: opts, mode: ModeHTML, rules: rules}
	r.segmentNodes(doc, roots)
	return r.finish(nil, (*run).assemble), nil
}

// errNoElement says CleanNodes was given no document or element node.
var errNoElement = errors.New("no document or element node")

// segmentNodes turns the trees under roots into blocks; doc is the
// document they belong to, read for the page's metadata.
func (r *run) segmentNodes(doc *html.Node, roots []*html.Node) {
	// One walk gathers the elements metadata is read from, the <base>
	// among them.
	var mn metaNodes
	mn.gather(doc, false, 0)
	base := baseURL(mn.base, r.opts.URL)
	matches := r.rules.match(roots)
	page := r.walkHTML(roots, base, matches)
	if r.markRules(page) {
		// Remove rules that would remove everything are not applied:
		// the page is walked again without them.
		r.rules.refuseRemoves()
		page = r.walkHTML(roots, base, matches)
		r.markRules(page)
	}
	page.nameElements(r.blocks)
	r.setAside(page)
	r.readHTMLMeta(&mn, page)
}

// walkHTML walks the trees into r.blocks.
func (r *run) walkHTML(roots []*html.Node, base *url.URL, matches *ruleMatches) *htmlPage {
	page := &htmlPage{base: base}
	w := &walker{page: page, rules: matches, hints: hintMemo{}}
	if len(roots) == 1 {
		w.walkBlock(roots[0], -1, walkCtx{})
	} else {
		w.walkRoots(roots)
	}
	r.blocks = w.blocks
	return page
}
