package main

import (
	"regexp"
	"strings"
)

// Metadata accuracy, as issue 8 defines it: over the pages whose expected
// value is non-empty, the share the cleaner gets right — title exactly
// after case and space folding, author when one contains the other, date
// on the same day — and, over the pages annotated as having none, how
// many get a value anyway (false positives). Pages without the field in
// the gold are not counted.

type fieldScore struct {
	expected int // pages whose gold value is non-empty
	right    int
	none     int // pages annotated as having none
	falsePos int // of those, pages where the cleaner gave a value
}

func (f fieldScore) accuracy() float64 { return ratio(float64(f.right), float64(f.expected)) }

func (f fieldScore) fpShare() float64 { return ratio(float64(f.falsePos), float64(f.none)) }

type metaScore struct{ title, author, date fieldScore }

// fold lowercases and collapses every run of Unicode space to one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func titleMatch(want, got string) bool { return fold(want) == fold(got) }

func authorMatch(want, got string) bool {
	w, g := fold(want), fold(got)
	if w == "" || g == "" {
		return false
	}
	return strings.Contains(w, g) || strings.Contains(g, w)
}

var reDay = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:$|[T ])`)

// day is the YYYY-MM-DD a date value starts with, or "".
func day(s string) string {
	m := reDay.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return m[1]
}

func dateMatch(want, got string) bool {
	w := day(want)
	return w != "" && w == day(got)
}

func (f *fieldScore) add(want *metaValue, got string, match func(string, string) bool) {
	switch {
	case want == nil:
	case strings.TrimSpace(string(*want)) == "":
		f.none++
		if strings.TrimSpace(got) != "" {
			f.falsePos++
		}
	default:
		f.expected++
		if match(string(*want), got) {
			f.right++
		}
	}
}

// scoreMeta scores the pages' metadata; ok is false when the gold has no
// metadata at all.
func scoreMeta(gold map[string]goldDoc, pages []page) (m metaScore, ok bool) {
	for _, p := range pages {
		g, found := gold[p.id]
		if !found {
			continue
		}
		m.title.add(g.Title, p.title, titleMatch)
		m.author.add(g.Author, p.by, authorMatch)
		m.date.add(g.Date, p.date, dateMatch)
	}
	ok = m.title.expected+m.title.none+m.author.expected+m.author.none+m.date.expected+m.date.none > 0
	return m, ok
}
