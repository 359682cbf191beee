package cleaner

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The user's own example: a pasted news aggregator page with the glued,
// repeated headline, template placeholders, widget states, crumbs and a
// site name pasted onto a paragraph.
const (
	seedInput    = "../testdata/seed/strike-talks.txt"
	seedExpected = "../testdata/seed/strike-talks.expected.json"
)

type seedWant struct {
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

func loadSeed(t *testing.T) ([]byte, seedWant) {
	t.Helper()
	in, err := os.ReadFile(seedInput)
	require.NoError(t, err)
	data, err := os.ReadFile(seedExpected)
	require.NoError(t, err)
	var want seedWant
	require.NoError(t, json.Unmarshal(data, &want))
	return in, want
}

func TestSeedStrikeTalks(t *testing.T) {
	in, want := loadSeed(t)
	for _, mode := range []Mode{ModeAuto, ModeText} {
		t.Run("mode="+string(mode), func(t *testing.T) {
			opts := Options{Mode: mode}
			a, err := Clean(in, opts)
			require.NoError(t, err)
			require.NoError(t, checkArticle(in, opts, a))

			assert.Equal(t, ModeText, a.Mode)
			assert.Equal(t, PageArticle, a.PageType)
			assert.Equal(t, "Strike talks break off between Hollywood actors and studios", want.Title)
			assert.Equal(t, want.Title, a.Title)
			assert.Equal(t, "2023-10-12", a.Date)
			assert.Equal(t, want.Date, a.Date)

			wantParas := strings.Split(want.Text, "\n\n")
			require.Len(t, wantParas, 6)
			assert.Equal(t, wantParas, strings.Split(a.Text(), "\n\n"), "exactly the six paragraphs, in order")

			// The dek leads the last paragraph once, at its place.
			dek := "Strike talks have broken off between Hollywood actors and studios"
			assert.Equal(t, 1, strings.Count(a.Text(), dek), "the dek appears once")
			assert.True(t, strings.HasPrefix(wantParas[5], dek+"."))

			for _, junk := range []string{"{{PageTitle}}", "Loading news", "Failed to load news", "Read more:",
				"KIRO7Seattle", "headtopics.com", "studiosStrike", "date 2023-10-12"} {
				assert.NotContains(t, a.Text(), junk)
				if junk != "headtopics.com" { // the site name is metadata in Markdown and HTML
					assert.NotContains(t, a.Markdown(), junk)
					assert.NotContains(t, a.HTML(), junk)
				}
			}
			assert.Equal(t, "headtopics.com", a.Site)
			checkSeedRemoved(t, a)
		})
	}
}

// checkSeedRemoved checks that each junk piece is listed as removed with a
// reason that fits it.
func checkSeedRemoved(t *testing.T, a *Article) {
	t.Helper()
	removed := a.Removed()
	find := func(piece string) []Removed {
		var out []Removed
		for _, r := range removed {
			if strings.Contains(r.Text, piece) {
				out = append(out, r)
			}
		}
		return out
	}
	cases := []struct {
		piece  string
		inline bool
		ok     []Reason
	}{
		{"{{PageTitle}}", false, []Reason{ReasonPlaceholder, ReasonWidget}},
		{"Loading news", false, []Reason{ReasonPlaceholder, ReasonWidget}},
		{"Failed to load news", false, []Reason{ReasonPlaceholder, ReasonWidget}},
		{"Read more:", false, []Reason{ReasonReadMore, ReasonMenu, ReasonBoilerplate}},
		{"KIRO7Seattle", false, []Reason{ReasonMenu, ReasonSiteName, ReasonBoilerplate}},
		{"headtopics.com", true, []Reason{ReasonSiteName}},
		{"date 2023-10-12", true, []Reason{ReasonDateline}},
	}
	for _, c := range cases {
		got := find(c.piece)
		if assert.Len(t, got, 1, "%q is removed once", c.piece) {
			assert.Contains(t, c.ok, got[0].Reason, "%q removed as %s", c.piece, got[0].Reason)
			assert.Equal(t, c.inline, got[0].Inline, "%q inline", c.piece)
			assert.Equal(t, got[0].Reason.Describe(), got[0].Why)
		}
	}
	// The glued headline: every copy of the headline leaves as the title,
	// every copy of the dek except the one leading the paragraph as a
	// duplicate. Nothing glued stays.
	titles, deks := 0, 0
	for _, r := range removed {
		switch trimSpace(strings.TrimSuffix(r.Text, ".")) {
		case "Strike talks break off between Hollywood actors and studios":
			assert.Equal(t, ReasonTitle, r.Reason)
			titles++
		case "Strike talks have broken off between Hollywood actors and studios":
			assert.Equal(t, ReasonDuplicate, r.Reason)
			deks++
		}
		assert.NotContains(t, r.Text, "studiosStrike", "the glued seam is split")
	}
	assert.Equal(t, 6, titles, "six copies of the headline")
	assert.Equal(t, 5, deks, "five standalone copies of the dek")
}

// TestSeedRestore puts the pasted site name back and checks it returns
// at the end of its paragraph, and nothing else changes.
func TestSeedRestore(t *testing.T) {
	in, _ := loadSeed(t)
	a, err := Clean(in, Options{})
	require.NoError(t, err)
	var id int
	for _, r := range a.Removed() {
		if r.Text == "headtopics.com" {
			id = r.ID
		}
	}
	require.NotZero(t, id)
	b, err := Clean(in, Options{Restore: []int{id}})
	require.NoError(t, err)
	assert.Contains(t, b.Text(), "artificial intelligence. headtopics.com\n\n")
	assert.Len(t, b.Removed(), len(a.Removed())-1)
	assert.Equal(t, strings.Replace(a.Text(), "artificial intelligence.", "artificial intelligence. headtopics.com", 1), b.Text())
}
