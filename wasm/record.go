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

// The string crosses in ASCII when few of its bytes would not be: every
// other character escaped (jsonstr.AppendASCII), which JSON.parse reads
// back as the same text. wasm_exec.js makes the string with a
// TextDecoder, which copies ASCII bytes into a string of one byte a
// character, but decodes other UTF-8 into a string of two bytes a
// character, and so are then all the strings JSON.parse makes of it:
// twice the memory for the browser's collector to scavenge, on every
// page. On the dev pages (English, a few curly quotes and dashes a page)
// the crossing took 0.90–1.20 ms instead of 1.50 (median, make
// bench-browser, three runs and the build before in the same hour); on
// the multi pages (most German) 1.2 ms instead of 1.8.
// Where many bytes are beyond ASCII (Cyrillic, Greek, CJK: most of them)
// an escape of six bytes for a character of two or three makes the string
// two to four times longer, and UTF-8 is kept.

// asciiMaxShare: the strings are escaped to ASCII when at most one byte
// in asciiMaxShare of the segments' texts and HTML is beyond it. At that
// share a Latin-script text (two bytes an accented letter) grows by a
// quarter escaped, and its string still takes less memory than the two
// bytes a character of the decoded one; English, German, Spanish, French
// and Polish pages are well under.
const asciiMaxShare = 8

// segmentJSONOverhead is about what a segment's JSON takes beside its
// text and HTML, in its columns: the separators, the kind, kept and
// reason indexes, the span and the selector (measured: 28 bytes a
// segment on a paste, 50 on the median dev page, 59 at the 90th
// percentile), a little over, so that a page's buffer does not grow.
const segmentJSONOverhead = 64

// recordPlan reads a's segments once for what writing its Record needs:
// whether it crosses in ASCII (see above: the segments' texts and HTML
// are nearly all of its bytes), and about how long its JSON is, so that
// the buffer is made once at its size rather than doubled a dozen times
// on a long paste (each time copying what was written). The size counts
// every segment's text and HTML with their overhead, the kept text once
// more in "text", room for the metadata, and in ASCII the escapes (at
// most three bytes for a byte beyond ASCII: \u00e9 for two). Other
// escapes make it a little longer; the buffer then grows once.
func recordPlan(a *cleaner.Article) (size int, ascii bool) {
	size = 1 << 10
	texts, nonASCII, escaped := 0, 0, 0
	for i := range a.Segments {
		s := &a.Segments[i]
		text, html := jsonstr.NonASCII(s.Text), jsonstr.NonASCII(s.HTML)
		texts += len(s.Text) + len(s.HTML)
		nonASCII += text + html
		escaped += 2 * (text + html)
		if s.Kept {
			size += len(s.Text)
			escaped += 2 * text
		}
	}
	size += texts + segmentJSONOverhead*len(a.Segments)
	ascii = nonASCII > 0 && nonASCII*asciiMaxShare <= texts
	if ascii {
		size += escaped
	}
	return size, ascii
}

// recordWriter writes a Record's JSON; with ascii, its strings are
// escaped to ASCII (recordPlan).
type recordWriter struct{ ascii bool }

// str appends s as a JSON string.
func (w recordWriter) str(b []byte, s string) []byte {
	if w.ascii {
		return jsonstr.AppendASCII(b, s)
	}
	return jsonstr.Append(b, s)
}

// field appends key (with its punctuation) and v as a JSON string.
func (w recordWriter) field(b []byte, key, v string) []byte {
	return w.str(append(b, key...), v)
}

// recordJSON appends the Record of a, without markdown and html and with
// "removed":0, as JSON, with its strings in ASCII when ascii is set
// (recordPlan decides).
func recordJSON(b []byte, a *cleaner.Article, ascii bool) []byte {
	w := recordWriter{ascii: ascii}
	b = append(b, '{')
	b = w.field(b, `"title":`, a.Title)
	b = w.field(b, `,"byline":`, a.Byline)
	b = w.field(b, `,"date":`, a.Date)
	b = w.field(b, `,"site":`, a.Site)
	b = w.field(b, `,"lang":`, a.Lang)
	if a.URL != "" {
		b = w.field(b, `,"url":`, a.URL)
	}
	if a.Excerpt != "" {
		b = w.field(b, `,"excerpt":`, a.Excerpt)
	}
	if a.Published != "" {
		b = w.field(b, `,"published":`, a.Published)
	}
	b = w.field(b, `,"mode":`, string(a.Mode))
	b = w.field(b, `,"pageType":`, string(a.PageType))
	b = w.field(b, `,"text":`, a.Text())
	b = append(b, `,"removed":0,"segments":`...)
	b = w.segmentColumnsJSON(b, a.Segments)
	st := a.Stats()
	b = append(b, `,"stats":{`...)
	b = jsonInt(b, `"wordsKept":`, st.WordsKept)
	b = jsonInt(b, `,"wordsRemoved":`, st.WordsRemoved)
	b = jsonInt(b, `,"readingMinutes":`, st.ReadingMinutes)
	b = append(b, '}')
	if a.Rules != nil {
		b = w.rulesJSON(append(b, `,"rules":`...), a.Rules)
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

// The segments cross as columns, not as an array of objects: one array
// per field, with the kinds and reasons as indexes into tables of their
// names, and the fields most segments leave empty as short lists of the
// segments that have them. The loader makes the objects again
// (segmentsOf in web/static/js/columns.js), exactly as encoding/json
// writes cleaner.Segment. On a 5 MB paste (90,000 segments) the JSON is
// half as long, 7.1 MB instead of 15.2, and both writing it and
// JSON.parse take about half as long; a page's Record between a thread
// and another (js/transfer.js) goes as columns too, and a structured
// clone of the columns takes a sixth of the objects' time.
//
//	{"n": count,
//	 "id": [...]                 only when an id is not its index,
//	 "kinds": [names], "kind": [index into kinds],
//	 "level": [...]              0 for none; only when one is set,
//	 "text": [...],
//	 "html": [...]               "" for none; only when one is set,
//	 "span": [start, end, ...]   -1, -1 for none; only when one is set,
//	 "kept": [0 or 1, ...],
//	 "reasons": ["", names], "reason": [index], "initial": [index]
//	                             (0 for none; initial only when one is set),
//	 "restored": [segment index, ...]  only when one is,
//	 "cuts": [[segment index, [cut, ...]], ...]  only when one has cuts,
//	 "selector": [...]           "" for none; only when one is set,
//	 "rule": [[segment index, rule], ...]  only when one has a rule}

// segmentColumnsJSON appends segs as columns (see above).
func (w recordWriter) segmentColumnsJSON(b []byte, segs []cleaner.Segment) []byte {
	var (
		sequential                      = true
		level, html, span, initial, sel bool
		kindIndex                       [256]int // index+1 in kinds, 0 when not yet seen
		reasonIndex                     [256]int // the same for reasons, after ""
		kinds                           []cleaner.Kind
		reasons                         = []cleaner.Reason{cleaner.ReasonNone}
	)
	reasonIndex[cleaner.ReasonNone] = 1
	seeReason := func(r cleaner.Reason) {
		if reasonIndex[r] == 0 {
			reasons = append(reasons, r)
			reasonIndex[r] = len(reasons)
		}
	}
	for i, s := range segs {
		sequential = sequential && s.ID == i
		if kindIndex[s.Kind] == 0 {
			kinds = append(kinds, s.Kind)
			kindIndex[s.Kind] = len(kinds)
		}
		seeReason(s.Reason)
		seeReason(s.Initial)
		level = level || s.Level != 0
		html = html || s.HTML != ""
		span = span || s.Span != nil
		initial = initial || s.Initial != cleaner.ReasonNone
		sel = sel || s.Selector != ""
	}
	b = jsonInt(b, `{"n":`, len(segs))
	if !sequential {
		b = intColumn(b, `,"id":[`, segs, func(s *cleaner.Segment) int { return s.ID })
	}
	b = append(b, `,"kinds":[`...)
	for i, k := range kinds {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonstr.Append(b, k.String())
	}
	b = intColumn(append(b, ']'), `,"kind":[`, segs, func(s *cleaner.Segment) int { return kindIndex[s.Kind] - 1 })
	if level {
		b = intColumn(b, `,"level":[`, segs, func(s *cleaner.Segment) int { return s.Level })
	}
	b = w.stringColumn(b, `,"text":[`, segs, func(s *cleaner.Segment) string { return s.Text })
	if html {
		b = w.stringColumn(b, `,"html":[`, segs, func(s *cleaner.Segment) string { return s.HTML })
	}
	if span {
		b = append(b, `,"span":[`...)
		for i := range segs {
			if i > 0 {
				b = append(b, ',')
			}
			if sp := segs[i].Span; sp != nil {
				b = strconv.AppendInt(b, int64(sp.Start), 10)
				b = strconv.AppendInt(append(b, ','), int64(sp.End), 10)
			} else {
				b = append(b, "-1,-1"...)
			}
		}
		b = append(b, ']')
	}
	b = intColumn(b, `,"kept":[`, segs, func(s *cleaner.Segment) int {
		if s.Kept {
			return 1
		}
		return 0
	})
	b = append(b, `,"reasons":[`...)
	for i, r := range reasons {
		if i > 0 {
			b = append(b, ',')
		}
		if r == cleaner.ReasonNone {
			b = append(b, `""`...)
		} else {
			b = jsonstr.Append(b, r.String())
		}
	}
	b = intColumn(append(b, ']'), `,"reason":[`, segs, func(s *cleaner.Segment) int { return reasonIndex[s.Reason] - 1 })
	if initial {
		b = intColumn(b, `,"initial":[`, segs, func(s *cleaner.Segment) int { return reasonIndex[s.Initial] - 1 })
	}
	b = sparseColumn(b, `,"restored":[`, segs, func(s *cleaner.Segment) bool { return s.Restored }, nil)
	b = sparseColumn(b, `,"cuts":[`, segs, func(s *cleaner.Segment) bool { return len(s.Cuts) > 0 },
		func(b []byte, s *cleaner.Segment) []byte { return w.cutsJSON(b, s.Cuts) })
	if sel {
		b = w.stringColumn(b, `,"selector":[`, segs, func(s *cleaner.Segment) string { return s.Selector })
	}
	b = sparseColumn(b, `,"rule":[`, segs, func(s *cleaner.Segment) bool { return s.Rule != "" },
		func(b []byte, s *cleaner.Segment) []byte { return w.str(b, s.Rule) })
	return append(b, '}')
}

// intColumn appends key (with its punctuation and the opening bracket)
// and the value of every segment, closing the array.
func intColumn(b []byte, key string, segs []cleaner.Segment, value func(*cleaner.Segment) int) []byte {
	b = append(b, key...)
	for i := range segs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(value(&segs[i])), 10)
	}
	return append(b, ']')
}

// sparseColumn appends key (with its punctuation and the opening
// bracket) and, for each segment that has the field, its index, or
// [index, value] with value set, closing the array; with no such segment
// it appends nothing.
func sparseColumn(b []byte, key string, segs []cleaner.Segment, has func(*cleaner.Segment) bool, value func([]byte, *cleaner.Segment) []byte) []byte {
	start := len(b)
	b = append(b, key...)
	n := 0
	for i := range segs {
		s := &segs[i]
		if !has(s) {
			continue
		}
		if n > 0 {
			b = append(b, ',')
		}
		n++
		if value == nil {
			b = strconv.AppendInt(b, int64(i), 10)
			continue
		}
		b = append(strconv.AppendInt(append(b, '['), int64(i), 10), ',')
		b = append(value(b, s), ']')
	}
	if n == 0 {
		return b[:start]
	}
	return append(b, ']')
}

// stringColumn is intColumn for a string field.
func (w recordWriter) stringColumn(b []byte, key string, segs []cleaner.Segment, value func(*cleaner.Segment) string) []byte {
	b = append(b, key...)
	for i := range segs {
		if i > 0 {
			b = append(b, ',')
		}
		b = w.str(b, value(&segs[i]))
	}
	return append(b, ']')
}

// cutsJSON appends a segment's cuts as an array of objects, with the
// fields of cleaner.Cut's JSON.
func (w recordWriter) cutsJSON(b []byte, cuts []cleaner.Cut) []byte {
	b = append(b, '[')
	for i, c := range cuts {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonInt(append(b, '{'), `"id":`, c.ID)
		b = jsonInt(b, `,"start":`, c.Start)
		b = jsonInt(b, `,"end":`, c.End)
		b = w.field(b, `,"text":`, c.Text)
		b = spanJSON(b, c.Span)
		b = w.field(b, `,"reason":`, c.Reason.String())
		if c.Restored {
			b = append(b, `,"restored":true`...)
		}
		b = append(b, '}')
	}
	return append(b, ']')
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
