package cleaner

import (
	"iter"
	"slices"
)

// Span is a byte range [Start, End) of the input: of its bytes as given
// when they are UTF-8, else of the UTF-8 text it was decoded to (input in
// UTF-16 or in the encoding named by Options.Charset).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// PageType says what kind of page the input was.
type PageType string

// The page types.
const (
	PageArticle PageType = "article" // one article: the usual case
	PageList    PageType = "list"    // an index of teasers; the segments are a best guess
	PageEmpty   PageType = "empty"   // nothing worth keeping was found
)

// Article is the result of Clean: metadata and every segment of the input
// in document order, kept or removed, so nothing is lost silently.
type Article struct {
	Title    string    `json:"title"`
	Byline   string    `json:"byline"`
	Date     string    `json:"date"` // YYYY-MM-DD: the day as the page states it, in its own time zone
	Site     string    `json:"site"`
	Lang     string    `json:"lang"` // BCP 47 primary tag, e.g. "en"; empty when unknown
	URL      string    `json:"url,omitempty"`
	Excerpt  string    `json:"excerpt,omitempty"`
	Mode     Mode      `json:"mode"`     // the front end used: text or html
	PageType PageType  `json:"pageType"` // article, list or empty
	Segments []Segment `json:"segments"`
	// Rules says what Options.Content, Remove and Keep did; nil when
	// there were none.
	Rules *RulesReport `json:"rules,omitempty"`

	// Published is the full RFC 3339 timestamp when the page declares one;
	// Date is its day, unless the page prints another by the article.
	Published string `json:"published,omitempty"`

	// lazy makes the segments of an Article from CleanLazy (lazy.go).
	lazy *lazySegments
}

// Segment is one block of the input: a paragraph, heading, list item…
type Segment struct {
	ID    int    `json:"id"`
	Kind  Kind   `json:"kind"`
	Level int    `json:"level,omitempty"` // heading level 1–6, list nesting depth
	Text  string `json:"text"`            // the text: for text input exactly the input at Span; for HTML, its visible text
	// HTML is the segment's sanitized inner HTML (HTML input only).
	HTML string `json:"html,omitempty"`
	// Span locates the segment in the input (text input only).
	Span *Span `json:"span,omitempty"`
	Kept bool  `json:"kept"`
	// Reason says why a removed segment was removed.
	Reason Reason `json:"reason,omitempty"`
	// Initial is the context-free verdict, before revision with
	// neighbours and deduplication; it shows why a block changed.
	Initial Reason `json:"initial,omitempty"`
	// Restored is set when the caller put the segment back.
	Restored bool `json:"restored,omitempty"`
	// Cuts are pieces removed from inside a kept segment, such as a site
	// name pasted onto the end of a paragraph.
	Cuts []Cut `json:"cuts,omitempty"`
	// Selector is a short CSS selector of the element that holds the
	// segment in the page (HTML input only), for making rules.
	Selector string `json:"selector,omitempty"`
	// Rule is the caller's selector (Options.Content, Remove or Keep)
	// that decided the segment, if one did.
	Rule string `json:"rule,omitempty"`
}

// Cut is a piece removed from inside a segment.
type Cut struct {
	ID       int    `json:"id"`
	Start    int    `json:"start"` // byte offsets into the segment's Text
	End      int    `json:"end"`
	Text     string `json:"text"`
	Span     *Span  `json:"span,omitempty"` // in the input (text input only)
	Reason   Reason `json:"reason"`
	Restored bool   `json:"restored,omitempty"`
}

// Removed is one removed piece in the flat list of an article's removals.
type Removed struct {
	ID      int    `json:"id"`
	Text    string `json:"text"`
	Reason  Reason `json:"reason"`
	Why     string `json:"why"`     // the reason in plain words
	Segment int    `json:"segment"` // the segment it was, or was cut from
	Inline  bool   `json:"inline,omitempty"`
	Span    *Span  `json:"span,omitempty"`
	// Selector and Rule are the segment's (see Segment).
	Selector string `json:"selector,omitempty"`
	Rule     string `json:"rule,omitempty"`
}

// Stats counts words kept and removed.
type Stats struct {
	WordsKept      int `json:"wordsKept"`
	WordsRemoved   int `json:"wordsRemoved"`
	ReadingMinutes int `json:"readingMinutes"`
}

// readingWordsPerMinute is a common adult silent-reading speed for
// non-fiction (Brysbaert 2019 measured 238 wpm on average).
const readingWordsPerMinute = 238

// Kept returns the kept segments in order.
func (a *Article) Kept() []Segment {
	var out []Segment
	for s := range a.AllSegments() {
		if s.Kept {
			out = append(out, s)
		}
	}
	return out
}

// Removed returns every removed piece in document order: whole segments
// and cuts from inside kept segments.
func (a *Article) Removed() []Removed {
	return slices.Collect(a.AllRemoved())
}

// AllRemoved yields what Removed returns one piece at a time, without a
// slice of them all: the command line streams a long paste's removals.
func (a *Article) AllRemoved() iter.Seq[Removed] {
	return func(yield func(Removed) bool) {
		for s := range a.AllSegments() {
			if !s.Kept {
				if !yield(Removed{ID: s.ID, Text: s.Text, Reason: s.Reason, Why: s.Reason.Describe(), Segment: s.ID, Span: s.Span,
					Selector: s.Selector, Rule: s.Rule}) {
					return
				}
				continue
			}
			for _, c := range s.Cuts {
				if c.Restored {
					continue
				}
				if !yield(Removed{ID: c.ID, Text: c.Text, Reason: c.Reason, Why: c.Reason.Describe(), Segment: s.ID, Inline: true, Span: c.Span,
					Selector: s.Selector}) {
					return
				}
			}
		}
	}
}

// Restore puts the segments and cuts with the given IDs back; unknown IDs
// are ignored. It reports how many were restored.
func (a *Article) Restore(ids ...int) int {
	want := make(map[int]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	n := 0
	if a.lazy != nil && a.Segments == nil {
		n = a.restoreLazy(want)
	}
	for i := range a.Segments {
		s := &a.Segments[i]
		if !s.Kept && want[s.ID] {
			s.Kept, s.Restored = true, true
			n++
		}
		for j := range s.Cuts {
			if !s.Cuts[j].Restored && want[s.Cuts[j].ID] {
				s.Cuts[j].Restored = true
				n++
			}
		}
	}
	if n > 0 && a.PageType == PageEmpty && len(a.Kept()) > 0 {
		a.PageType = PageArticle
	}
	return n
}

// Stats counts the words kept and removed.
func (a *Article) Stats() Stats {
	var st Stats
	for s := range a.AllSegments() {
		if s.Kept {
			st.WordsKept += countWords(s.visibleText())
			for _, c := range s.Cuts {
				if !c.Restored {
					st.WordsRemoved += countWords(c.Text)
				}
			}
		} else {
			st.WordsRemoved += countWords(s.Text)
		}
	}
	st.ReadingMinutes = (st.WordsKept + readingWordsPerMinute - 1) / readingWordsPerMinute
	return st
}

// visibleText is the segment's text with its unrestored cuts taken out.
func (s Segment) visibleText() string {
	if len(s.Cuts) == 0 {
		return s.flat(s.Text)
	}
	var b []byte
	last := 0
	for _, c := range s.Cuts {
		if c.Restored || c.Start < last || c.End > len(s.Text) {
			continue
		}
		b = append(b, s.Text[last:c.Start]...)
		last = c.End
	}
	b = append(b, s.Text[last:]...)
	return s.flat(trimSpace(string(b)))
}

// flat folds line breaks inside a segment, except in code, and drops soft
// hyphens (softhyphen.go) outside code.
func (s Segment) flat(t string) string {
	switch s.Kind {
	case KindCode:
		return t
	case KindTable:
		return dropSoftHyphens(t)
	}
	return dropSoftHyphens(foldLines(t))
}
