//go:build js && wasm

package main

import (
	"strconv"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/jsonstr"
)

// The Record crosses into JavaScript in one step: written here as one JSON
// string, which the loader hands to JSON.parse. Building the object
// property by property through syscall/js cost one call across the
// boundary per field (about 20 ms on a news page); one string and one
// JSON.parse cost well under a millisecond. The writer is by hand rather
// than encoding/json, whose reflection would cost the binary about 130 KB
// brotli for this one use.
//
// Markdown and HTML are not in the string: they are rendered when the
// caller asks for them (render in main.go), so a clean does not pay for
// renderings nobody reads. Nor are the removed pieces: they are a
// projection of the segments (cleaner.Article.Removed: every segment not
// kept, then the cuts of kept segments not restored, each with its text,
// reason, span and selector), so the string carries "removed":0 and the
// loader rebuilds the list from the segments (removedOf in
// web/static/js/loader.js), with the reasons' plain words from
// reasonsJSON, read once. That keeps every removed text from crossing
// twice: the string is about a fifth shorter on a news page, and both the
// writing here and JSON.parse are that much quicker. The field names and
// the omitted empty fields follow the JSON tags of cleaner.Record exactly;
// record_test.go checks the two against each other, and corpus_test.go the
// whole Record, removed list included, on every corpus page.

// recordJSON appends the Record of a, without markdown and html and with
// "removed":0, as JSON.
func recordJSON(b []byte, a *cleaner.Article) []byte {
	b = append(b, '{')
	b = jsonField(b, `"title":`, a.Title)
	b = jsonField(b, `,"byline":`, a.Byline)
	b = jsonField(b, `,"date":`, a.Date)
	b = jsonField(b, `,"site":`, a.Site)
	b = jsonField(b, `,"lang":`, a.Lang)
	if a.URL != "" {
		b = jsonField(b, `,"url":`, a.URL)
	}
	if a.Excerpt != "" {
		b = jsonField(b, `,"excerpt":`, a.Excerpt)
	}
	if a.Published != "" {
		b = jsonField(b, `,"published":`, a.Published)
	}
	b = jsonField(b, `,"mode":`, string(a.Mode))
	b = jsonField(b, `,"pageType":`, string(a.PageType))
	b = jsonField(b, `,"text":`, a.Text())
	b = append(b, `,"removed":0,"segments":[`...)
	for i, s := range a.Segments {
		if i > 0 {
			b = append(b, ',')
		}
		b = segmentJSON(b, s)
	}
	st := a.Stats()
	b = append(b, `],"stats":{`...)
	b = jsonInt(b, `"wordsKept":`, st.WordsKept)
	b = jsonInt(b, `,"wordsRemoved":`, st.WordsRemoved)
	b = jsonInt(b, `,"readingMinutes":`, st.ReadingMinutes)
	b = append(b, '}')
	if a.Rules != nil {
		b = rulesJSON(append(b, `,"rules":`...), a.Rules)
	}
	return append(b, '}')
}

// reasonsJSON is every reason as [name, plain words], in the order of
// their values (the first is the reason of what is kept): the loader
// fills in each removed piece's "why" from it.
func reasonsJSON() string {
	b := []byte{'['}
	for r := cleaner.ReasonNone; ; r++ {
		name := r.String()
		if name == "unknown" { // past the last reason
			break
		}
		if r > cleaner.ReasonNone {
			b = append(b, ',')
		}
		b = jsonstr.Append(append(jsonstr.Append(append(b, '['), name), ','), r.Describe())
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

// selectorJSON appends a segment's selector and the rule that decided it,
// each when set.
func selectorJSON(b []byte, selector, rule string) []byte {
	if selector != "" {
		b = jsonField(b, `,"selector":`, selector)
	}
	if rule != "" {
		b = jsonField(b, `,"rule":`, rule)
	}
	return b
}

func segmentJSON(b []byte, s cleaner.Segment) []byte {
	b = append(b, '{')
	b = jsonInt(b, `"id":`, s.ID)
	b = jsonField(b, `,"kind":`, s.Kind.String())
	if s.Level != 0 {
		b = jsonInt(b, `,"level":`, s.Level)
	}
	b = jsonField(b, `,"text":`, s.Text)
	if s.HTML != "" {
		b = jsonField(b, `,"html":`, s.HTML)
	}
	b = spanJSON(b, s.Span)
	b = append(b, `,"kept":`...)
	b = strconv.AppendBool(b, s.Kept)
	if s.Reason != cleaner.ReasonNone {
		b = jsonField(b, `,"reason":`, s.Reason.String())
	}
	if s.Initial != cleaner.ReasonNone {
		b = jsonField(b, `,"initial":`, s.Initial.String())
	}
	if s.Restored {
		b = append(b, `,"restored":true`...)
	}
	if len(s.Cuts) > 0 {
		b = append(b, `,"cuts":[`...)
		for i, c := range s.Cuts {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '{')
			b = jsonInt(b, `"id":`, c.ID)
			b = jsonInt(b, `,"start":`, c.Start)
			b = jsonInt(b, `,"end":`, c.End)
			b = jsonField(b, `,"text":`, c.Text)
			b = spanJSON(b, c.Span)
			b = jsonField(b, `,"reason":`, c.Reason.String())
			if c.Restored {
				b = append(b, `,"restored":true`...)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = selectorJSON(b, s.Selector, s.Rule)
	return append(b, '}')
}

func spanJSON(b []byte, sp *cleaner.Span) []byte {
	if sp == nil {
		return b
	}
	b = append(b, `,"span":{`...)
	b = jsonInt(b, `"start":`, sp.Start)
	b = jsonInt(b, `,"end":`, sp.End)
	return append(b, '}')
}

// The keys are written with their quotes, colon and the comma before
// them as one literal (`,"text":`): one append instead of four, for the
// thousands of fields of a page's Record.

// jsonInt appends key (with its punctuation) and v.
func jsonInt(b []byte, key string, v int) []byte {
	return strconv.AppendInt(append(b, key...), int64(v), 10)
}

// jsonField appends key (with its punctuation) and v as a JSON string.
func jsonField(b []byte, key, v string) []byte {
	return jsonstr.Append(append(b, key...), v)
}
