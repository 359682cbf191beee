package main

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// format is an output format.
type format uint8

// The output formats.
const (
	formatText format = iota
	formatMarkdown
	formatHTML
	formatJSON
)

var formats = []struct {
	name string
	f    format
}{
	{"text", formatText},
	{"markdown", formatMarkdown},
	{"html", formatHTML},
	{"json", formatJSON},
}

func parseFormat(s string) (format, bool) {
	if s == "md" {
		return formatMarkdown, true
	}
	for _, f := range formats {
		if f.name == s {
			return f.f, true
		}
	}
	return 0, false
}

func formatNames() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// jsonLine is one line of -format json. It embeds the core's Record; the
// three fields declared here have the same JSON names as Record's and, being
// shallower, take their place (encoding/json picks the least nested field of
// a name), so that without -full they are left out instead of printed.
type jsonLine struct {
	File  string `json:"file"`
	Error string `json:"error,omitempty"` // set, alone with file, when the input failed
	*cleaner.Record
	Markdown *string           `json:"markdown,omitempty"`
	HTML     *string           `json:"html,omitempty"`
	Segments []cleaner.Segment `json:"segments,omitempty"`
}

// render returns the output for one cleaned article, ending in a newline.
func render(a *cleaner.Article, name string, f format, full bool) ([]byte, error) {
	switch f {
	case formatMarkdown:
		return []byte(a.Markdown()), nil
	case formatHTML:
		return []byte(a.HTML()), nil
	case formatJSON:
		if !full {
			rec := leanRecord(a)
			return marshalLine(jsonLine{File: name, Record: &rec})
		}
		rec := a.Record()
		line := jsonLine{File: name, Record: &rec}
		line.Markdown, line.HTML, line.Segments = &rec.Markdown, &rec.HTML, rec.Segments
		return marshalLine(line)
	}
	return []byte(plainText(a)), nil
}

// leanRecord is the Record without what a line without -full leaves out
// (Markdown, HTML and the segments), so that they are not rendered.
func leanRecord(a *cleaner.Article) cleaner.Record {
	rec := leanRecordWithout(a)
	if removed := a.Removed(); removed != nil {
		rec.Removed = removed
	}
	return rec
}

// leanRecordWithout is leanRecord with no removals (an empty list), for
// writeLeanJSON, which writes them one by one.
func leanRecordWithout(a *cleaner.Article) cleaner.Record {
	return cleaner.Record{
		Title: a.Title, Byline: a.Byline, Date: a.Date, Site: a.Site, Lang: a.Lang,
		URL: a.URL, Excerpt: a.Excerpt, Mode: a.Mode, PageType: a.PageType,
		Text: a.Text(), Removed: []cleaner.Removed{}, Stats: a.Stats(), Rules: a.Rules,
	}
}

// renderError is the JSON line for an input that failed, so that the
// output keeps one line per input.
func renderError(name string, err error) []byte {
	b, mErr := marshalLine(jsonLine{File: name, Error: message(err)})
	if mErr != nil { // cannot happen: two strings always marshal
		return []byte("{}\n")
	}
	return b
}

// marshalLine encodes v as one JSON line without escaping <, > and &, which
// are common in articles and safe in JSON Lines.
func marshalLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// plainText is the title, a line of byline, date and site, and the body.
func plainText(a *cleaner.Article) string {
	var b strings.Builder
	if a.Title != "" {
		b.WriteString(a.Title + "\n")
	}
	var meta []string
	for _, m := range []string{a.Byline, a.Date, a.Site} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, " · ") + "\n")
	}
	body := a.Text()
	if b.Len() > 0 && body != "" {
		b.WriteString("\n")
	}
	if body != "" {
		b.WriteString(body + "\n")
	}
	return b.String()
}
