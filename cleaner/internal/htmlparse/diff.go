package htmlparse

import (
	"strconv"

	"golang.org/x/net/html"
)

// Diff reports where two trees first differ, or "" when they are the
// same node for node (types, names, namespaces, attributes, parent
// links). The tests compare the fork's trees with x/net/html's with it,
// here and in the cleaner on its corpora; nothing else links it.
func Diff(a, b *html.Node) string {
	switch {
	case a == nil && b == nil:
		return ""
	case a == nil || b == nil:
		return "a node is missing"
	case a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace:
		return "node " + strconv.Quote(a.Data) + " / " + strconv.Quote(b.Data)
	case len(a.Attr) != len(b.Attr):
		return "attributes of " + a.Data
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return "attribute " + strconv.Quote(a.Attr[i].Key) + "=" + strconv.Quote(a.Attr[i].Val) + " / " + strconv.Quote(b.Attr[i].Key) + "=" + strconv.Quote(b.Attr[i].Val) + " of " + a.Data
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if ca.Parent != a || cb.Parent != b {
			return "parent of a child of " + a.Data
		}
		if d := Diff(ca, cb); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return "children of " + a.Data
	}
	return ""
}
