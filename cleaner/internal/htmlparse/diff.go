package htmlparse

import (
	"bytes"
	"fmt"
	"strconv"

	"golang.org/x/net/html"
)

// Compare parses src with parse and with x/net/html (scripting off, as the
// cleaner parses) and reports how they differ: parse changed src, the
// errors differ, or the trees do (Diff); "" when they agree. The tests
// hold the fork (Parse) and the cleaner's parseHTML to x/net/html with it,
// here and in the cleaner on its corpora; nothing else links it.
func Compare(src []byte, parse func([]byte) (*html.Node, error)) string {
	orig := bytes.Clone(src)
	want, errWant := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
	got, errGot := parse(src)
	switch {
	case !bytes.Equal(src, orig):
		return "the input changed"
	case (errWant != nil) != (errGot != nil):
		return fmt.Sprintf("errors differ: %v / %v", errWant, errGot)
	case errWant != nil:
		return ""
	}
	if d := Diff(want, got); d != "" {
		return "trees differ at " + d
	}
	return ""
}

// Diff reports where two trees first differ, or "" when they are the
// same node for node (types, names, namespaces, attributes, parent
// links).
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
