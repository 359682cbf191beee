package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMetaMatch(t *testing.T) {
	for _, c := range []struct {
		name      string
		match     func(string, string) bool
		want, got string
		ok        bool
	}{
		{"title folds case and space", titleMatch, "The  Quiet\u00a0Harbour", "the quiet harbour", true},
		{"title with a site affix is wrong", titleMatch, "The Quiet Harbour", "The Quiet Harbour | Coast Daily", false},
		{"author contained in the gold", authorMatch, "Mara Lindqvist, Jon Ebbe", "mara lindqvist", true},
		{"gold contained in the author", authorMatch, "Mara Lindqvist", "By Mara Lindqvist", true},
		{"no author is not right", authorMatch, "Mara Lindqvist", "", false},
		{"other author", authorMatch, "Mara Lindqvist", "Jon Ebbe", false},
		{"date same day", dateMatch, "2024-03-09", "2024-03-09", true},
		{"date with a time is the same day", dateMatch, "2024-03-09", "2024-03-09T23:30:00+01:00", true},
		{"date on the next day", dateMatch, "2024-03-09", "2024-03-10", false},
		{"no date", dateMatch, "2024-03-09", "", false},
		{"date not ISO", dateMatch, "2024-03-09", "9 March 2024", false},
	} {
		t.Run(c.name, func(t *testing.T) { assert.Equal(t, c.ok, c.match(c.want, c.got)) })
	}
}

func TestScoreMeta(t *testing.T) {
	var gold map[string]goldDoc
	require.NoError(t, json.Unmarshal([]byte(`{
		"a": {"with": ["x"], "title": "Harbour", "author": "", "date": "2024-03-09"},
		"b": {"with": ["x"], "title": "Ferry", "author": ["Mara Lindqvist", "Jon Ebbe"], "date": ""},
		"c": {"with": ["x"]}
	}`), &gold))
	pages := []page{
		{id: "a", title: "harbour", by: "Staff", date: "2024-03-09"},
		{id: "b", title: "Ferry | Coast Daily", by: "Jon Ebbe", date: "2024-03-01"},
		{id: "c", title: "Anything", by: "Anyone", date: "2024-01-01"},
	}
	m, ok := scoreMeta(gold, pages)
	require.True(t, ok)
	assert.Equal(t, fieldScore{expected: 2, right: 1}, m.title)
	assert.Equal(t, fieldScore{expected: 1, right: 1, none: 1, falsePos: 1}, m.author)
	assert.Equal(t, fieldScore{expected: 1, right: 1, none: 1, falsePos: 1}, m.date)

	_, ok = scoreMeta(map[string]goldDoc{"a": {Body: "text"}}, []page{{id: "a", title: "T"}})
	assert.False(t, ok, "body gold without metadata")
}

func TestScorePageSnippets(t *testing.T) {
	g := goldDoc{With: []string{"the tide  came in", "gulls"}, Without: []string{"Subscribe now"}}
	s := scorePage(g, "At dawn the tide\ncame in.\nSubscribe now")
	assert.Equal(t, pageScore{snippet: true, annotated: true, tp: 1, fn: 1, fp: 1}, s)
	p, r, f1 := aggregate([]page{{score: s}})
	assert.InDelta(t, 0.5, p, 1e-9)
	assert.InDelta(t, 0.5, r, 1e-9)
	assert.InDelta(t, 0.5, f1, 1e-9)
}

func TestScorePageBody(t *testing.T) {
	g := goldDoc{Body: "one two three four five"}
	s := scorePage(g, "one two three four five")
	assert.Equal(t, 1.0, s.p)
	assert.Equal(t, 1.0, s.r)
	s = scorePage(g, "one two three four five six")
	assert.InDelta(t, 2.0/3, s.p, 1e-9, "2 of 3 shingles are the gold's")
	assert.Equal(t, 1.0, s.r)
	_, _, f1 := aggregate([]page{{score: scorePage(g, "")}})
	assert.Equal(t, 0.0, f1)
}

func TestParseScore(t *testing.T) {
	p, r, f1, err := parseScore([]byte("docs 5  snippets 9 with, 9 without  precision 0.899  recall 0.903  accuracy 0.901\n  worst F1 0.000\nF1 0.901\n"))
	require.NoError(t, err)
	assert.Equal(t, []float64{0.899, 0.903, 0.901}, []float64{p, r, f1})
	_, _, _, err = parseScore([]byte("score: no such file"))
	assert.Error(t, err)
}

func TestFloors(t *testing.T) {
	fl, err := parseFloors("multi.html.f1=0.9, multi.html.author_fp_max=0.2\ndev.text.recall=0.95 dev.html.title=0.5")
	require.NoError(t, err)
	require.Len(t, fl, 4)
	results := []runResult{
		{corpus: "multi", input: "html", f1: 0.8996, meta: metaScore{author: fieldScore{none: 10, falsePos: 3}}},
		{corpus: "dev", input: "text", recall: 0.96},
		{corpus: "dev", input: "html", f1: 0.97},
	}
	assert.Equal(t, []string{
		"dev HTML: title cannot be measured",
		"multi HTML: authors on 0.300 of the pages without one, above 0.200",
	}, checkFloors(fl, results), "0.8996 prints as 0.900 and holds 0.9")
	assert.Empty(t, checkFloors(fl, nil), "absent corpora are skipped")

	for _, bad := range []string{"multi.html=0.9", "multi.pdf.f1=0.9", "multi.html.speed=0.9", "multi.html.f1=high", "multi.html.f1=2"} {
		_, err := parseFloors(bad)
		assert.Error(t, err, bad)
	}
}
