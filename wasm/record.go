//go:build js && wasm

package main

import (
	"github.com/seed15afa100/articlecleaner/cleaner"
)

// The Record is converted to JavaScript by hand rather than through
// encoding/json and JSON.parse: that would serialise the article's four
// renderings into one string and parse it again, and it would tie the
// binary to encoding/json (about 130 KB brotli when nothing else needs it).
// The field names and the omitted empty fields follow the JSON tags of
// cleaner.Record exactly; record_test.go checks the two against each other.

// recordValue is the Record as the value js.ValueOf turns into a plain
// object.
func recordValue(r cleaner.Record) map[string]any {
	m := map[string]any{
		"title": r.Title, "byline": r.Byline, "date": r.Date, "site": r.Site,
		"lang": r.Lang, "mode": string(r.Mode), "pageType": string(r.PageType),
		"text": r.Text, "markdown": r.Markdown, "html": r.HTML,
		"stats": map[string]any{
			"wordsKept":      r.Stats.WordsKept,
			"wordsRemoved":   r.Stats.WordsRemoved,
			"readingMinutes": r.Stats.ReadingMinutes,
		},
	}
	setString(m, "url", r.URL)
	setString(m, "excerpt", r.Excerpt)
	setString(m, "published", r.Published)
	removed := make([]any, len(r.Removed))
	for i, x := range r.Removed {
		removed[i] = removedValue(x)
	}
	m["removed"] = removed
	segs := make([]any, len(r.Segments))
	for i, s := range r.Segments {
		segs[i] = segmentValue(s)
	}
	m["segments"] = segs
	if r.Rules != nil {
		m["rules"] = rulesValue(r.Rules)
	}
	return m
}

func removedValue(x cleaner.Removed) map[string]any {
	m := map[string]any{
		"id": x.ID, "text": x.Text, "reason": x.Reason.String(), "why": x.Why, "segment": x.Segment,
	}
	setBool(m, "inline", x.Inline)
	setSpan(m, x.Span)
	setString(m, "selector", x.Selector)
	setString(m, "rule", x.Rule)
	return m
}

func segmentValue(s cleaner.Segment) map[string]any {
	m := map[string]any{
		"id": s.ID, "kind": s.Kind.String(), "text": s.Text, "kept": s.Kept,
	}
	if s.Level != 0 {
		m["level"] = s.Level
	}
	setString(m, "html", s.HTML)
	setSpan(m, s.Span)
	if s.Reason != cleaner.ReasonNone {
		m["reason"] = s.Reason.String()
	}
	if s.Initial != cleaner.ReasonNone {
		m["initial"] = s.Initial.String()
	}
	setBool(m, "restored", s.Restored)
	setString(m, "selector", s.Selector)
	setString(m, "rule", s.Rule)
	if len(s.Cuts) > 0 {
		cuts := make([]any, len(s.Cuts))
		for i, c := range s.Cuts {
			cm := map[string]any{
				"id": c.ID, "start": c.Start, "end": c.End, "text": c.Text, "reason": c.Reason.String(),
			}
			setSpan(cm, c.Span)
			setBool(cm, "restored", c.Restored)
			cuts[i] = cm
		}
		m["cuts"] = cuts
	}
	return m
}

func setString(m map[string]any, k, v string) {
	if v != "" {
		m[k] = v
	}
}

func setBool(m map[string]any, k string, v bool) {
	if v {
		m[k] = true
	}
}

func setSpan(m map[string]any, sp *cleaner.Span) {
	if sp != nil {
		m["span"] = map[string]any{"start": sp.Start, "end": sp.End}
	}
}
