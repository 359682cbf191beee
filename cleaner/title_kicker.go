package cleaner

import (
	"strings"

	"golang.org/x/net/html"
)

// Kickers: a headline's h1 often starts with a short label in its own
// element, the kicker or overline ("<h1><span>Klimaschutz</span><span>:
// </span><span>Bohren, bis es heiß wird</span></h1>"). The headline is
// what follows it; the label says what the story is filed under.

const (
	// kickerMaxWords: a kicker is a label, a few words.
	kickerMaxWords = 6
	// kickerHeadlineMinWords: what follows must still be a headline
	// ("Lagen-Pyramide mit GA2").
	kickerHeadlineMinWords = 3
)

// h1Kicker returns the kicker and the headline after it when h starts
// with a short element followed by more text, else "", "".
func h1Kicker(h *html.Node) (kicker, headline string) {
	n := h
	// Step into a single element that wraps everything.
	for {
		var only *html.Node
		count := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
				continue
			}
			only = c
			count++
		}
		if count != 1 || only.Type != html.ElementNode {
			break
		}
		n = only
	}
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.CommentNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		first = c
		break
	}
	if first == nil || first.Type != html.ElementNode || first.Data == "a" || first.Data == "br" {
		return "", ""
	}
	kicker = collapseSpace(nodeText(first))
	if w := countWords(kicker); w == 0 || w > kickerMaxWords {
		return "", ""
	}
	var rest strings.Builder
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "br" {
			rest.WriteByte(' ')
			continue
		}
		rest.WriteString(nodeText(c))
		rest.WriteByte(' ')
	}
	headline = strings.Trim(collapseSpace(rest.String()), " :-–—|·")
	if countWords(headline) < kickerHeadlineMinWords {
		return "", ""
	}
	return kicker, headline
}

// dropKicker returns the headline without its kicker when title is an
// h1 that has one (its text, or the kicker and headline with any
// punctuation between them).
func dropKicker(title string, kickers map[string]string) string {
	if h, ok := kickers[foldKey(title)]; ok {
		return h
	}
	return title
}
