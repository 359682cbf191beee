//go:build js && wasm

package main

import (
	"encoding/json"
	"os"
	"syscall/js"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/jsonstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordValueMatchesJSON checks the hand-written JSON against
// encoding/json's form of the Record (without the renderings, which are
// rendered on demand), field by field, on inputs that fill every field.
func TestRecordValueMatchesJSON(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed/strike-talks.txt")
	if err != nil {
		seed = []byte(seedFallback)
	}
	cases := []struct {
		name    string
		input   string
		opts    cleaner.Options
		restore []int
		ascii   bool // recordPlan: few bytes beyond ASCII
	}{
		{name: "seed", input: string(seed), ascii: string(seed) != seedFallback},
		{name: "seed with URL and restores", input: string(seed), opts: cleaner.Options{URL: "https://example.com/a"}, restore: []int{5, 20}, ascii: string(seed) != seedFallback},
		{name: "cyrillic", input: "Совет собрался в понедельник: порт и вокзал были закрыты после шторма, заявила префект города.\n\nВторой абзац статьи, достаточно длинный, чтобы его оставили как текст."},
		{name: "latin script", input: "Le conseil municipal s’est réuni lundi soir pour voter le budget de la ville 😀, et la séance a duré plus de trois heures.\n\nLe deuxième paragraphe de l’article, assez long pour être gardé comme texte.", ascii: true},
		{name: "html with a declared timestamp", input: `<html><head><title>T</title><meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head><body><h1>Headline here</h1><p>First paragraph of the article, long enough to be kept as text.</p></body></html>`, opts: cleaner.Options{Mode: cleaner.ModeHTML}},
		{name: "escapes", input: "Quote \"this\" \\ back\tslash\u2028line\x01 and <tags> & more, long enough to be kept as the body of a text.\n\nSecond paragraph with more words in it, so it stays too.", ascii: true},
		{name: "html", input: "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><h1>Headline here</h1><p>First paragraph of the article, long enough to be kept as text.</p><ul><li>one item</li></ul></body></html>", opts: cleaner.Options{Mode: cleaner.ModeHTML}},
		{name: "html with rules", input: "<html><body><nav class=menu><a href=/>Home</a></nav><h1>Headline here</h1><p>First paragraph of the article, long enough to be kept as text.</p><div class=promo><p>Subscribe to our newsletter for more articles like this one.</p></div></body></html>",
			opts: cleaner.Options{Content: "#none", Remove: []string{".promo"}, Keep: []string{"nav"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cleaner.Clean([]byte(tc.input), tc.opts)
			require.NoError(t, err)
			a.Restore(tc.restore...)
			rec := a.Record()

			want, err := json.Marshal(rec)
			require.NoError(t, err)
			size, ascii := recordPlan(a)
			got := recordJSON(nil, a, ascii)
			parsed := js.Global().Get("JSON").Call("parse", string(got))
			require.Equal(t, "object", parsed.Type().String(), "JSON.parse takes the string")
			// Escaped to ASCII where it pays (the checks below compare
			// what it parses to with encoding/json's).
			require.Equal(t, tc.ascii, ascii, "recordPlan's ascii")
			require.LessOrEqual(t, len(got), size, "recordPlan's size: the buffer is made once")
			if tc.ascii {
				require.Zero(t, jsonstr.NonASCII(string(got)), "ASCII only")
			}

			var w map[string]any
			var g any
			require.NoError(t, json.Unmarshal(want, &w))
			require.NoError(t, json.Unmarshal(got, &g))
			delete(w, "markdown")
			delete(w, "html")
			// The removed list crosses as 0: the loader rebuilds it from
			// the segments (checked on the corpus by corpus_test.go).
			assert.Equal(t, float64(0), g.(map[string]any)["removed"])
			delete(w, "removed")
			delete(g.(map[string]any), "removed")
			// The segments cross as columns: made objects again as the
			// loader's segmentsOf does.
			g.(map[string]any)["segments"] = segmentsOfColumns(t, g.(map[string]any)["segments"].(map[string]any))
			assert.Equal(t, any(w), g)
		})
	}
}

// segmentsOfColumns is web/static/js/columns.js's segmentsOf in Go, over
// the columns as encoding/json decodes them: the test of the form, which
// corpus_test.go runs through the loader itself on every corpus page.
func segmentsOfColumns(t *testing.T, c map[string]any) []any {
	t.Helper()
	num := func(v any) int { return int(v.(float64)) }
	col := func(name string) []any {
		if v, ok := c[name]; ok {
			return v.([]any)
		}
		return nil
	}
	sparse := func(name string) map[int]any {
		m := map[int]any{}
		for _, p := range col(name) {
			pair := p.([]any)
			m[num(pair[0])] = pair[1]
		}
		return m
	}
	cuts, rules := sparse("cuts"), sparse("rule")
	restored := map[int]bool{}
	for _, i := range col("restored") {
		restored[num(i)] = true
	}
	kinds, reasons := col("kinds"), col("reasons")
	ids, level, html, span, initial, selector := col("id"), col("level"), col("html"), col("span"), col("initial"), col("selector")
	n := num(c["n"])
	out := make([]any, n)
	for i := range n {
		s := map[string]any{"id": float64(i), "kind": kinds[num(col("kind")[i])], "text": col("text")[i], "kept": num(col("kept")[i]) == 1}
		if ids != nil {
			s["id"] = ids[i]
		}
		if level != nil && num(level[i]) != 0 {
			s["level"] = level[i]
		}
		if html != nil && html[i] != "" {
			s["html"] = html[i]
		}
		if span != nil && num(span[2*i]) >= 0 {
			s["span"] = map[string]any{"start": span[2*i], "end": span[2*i+1]}
		}
		if r := num(col("reason")[i]); r != 0 {
			s["reason"] = reasons[r]
		}
		if initial != nil && num(initial[i]) != 0 {
			s["initial"] = reasons[num(initial[i])]
		}
		if restored[i] {
			s["restored"] = true
		}
		if v, ok := cuts[i]; ok {
			s["cuts"] = v
		}
		if selector != nil && selector[i] != "" {
			s["selector"] = selector[i]
		}
		if v, ok := rules[i]; ok {
			s["rule"] = v
		}
		out[i] = s
	}
	require.Len(t, col("text"), n)
	return out
}

// TestReasonsJSON checks the reasons' list the loader reads: every reason
// in order, as [name, plain words].
func TestReasonsJSON(t *testing.T) {
	var pairs [][2]string
	require.NoError(t, json.Unmarshal([]byte(reasonsJSON()), &pairs))
	require.Greater(t, len(pairs), 10)
	for i, p := range pairs {
		r := cleaner.Reason(i)
		assert.Equal(t, [2]string{r.String(), r.Describe()}, p)
	}
	assert.Equal(t, "unknown", cleaner.Reason(len(pairs)).String(), "the list ends at the last reason")
}

// seedFallback stands in when the repository's seed copy is absent.
const seedFallback = " date 2023-10-12 Picketers carry signs on the picket line outside Netflix on Wednesday. Hollywood's writers strike was declared over Tuesday night.\n\nRead more:\n\n{{PageTitle}} Loading news... Failed to load news.\n\nStrike talks break off between Hollywood actors and studios\n"
