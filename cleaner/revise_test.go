package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMaxSubarray(t *testing.T) {
	cases := []struct {
		name          string
		w             []float64
		lo, hi        int
		best          float64
		wantNoneFound bool
	}{
		{"empty", nil, 0, -1, -1, true},
		{"all junk", []float64{-12, -30, -12}, 0, -1, -1, true},
		{"one paragraph", []float64{-12, 200, -12}, 1, 1, 200, false},
		{"body across a short line", []float64{-12, -12, 150, -12, 180, -12, -400, 90}, 2, 4, 318, false},
		{"a barrier splits the body", []float64{100, -400, 90}, 0, 0, 100, false},
		{"the heavier run wins", []float64{100, -400, 90, 90}, 2, 3, 180, false},
		{"ties go to the earliest run", []float64{50, -50, 50}, 0, 0, 50, false},
		{"ties go to the shortest run", []float64{50, 0, 0}, 0, 0, 50, false},
		{"zeros inside the body do not end it", []float64{50, 0, 60}, 0, 2, 110, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lo, hi, best := maxSubarray(c.w)
			assert.Equal(t, c.lo, lo, "lo")
			assert.Equal(t, c.hi, hi, "hi")
			assert.Equal(t, c.best, best, "best")
			assert.Equal(t, c.wantNoneFound, best <= 0)
		})
	}
}

func TestClamp(t *testing.T) {
	assert.Equal(t, 12.0, clamp(3, 12, 150))
	assert.Equal(t, 150.0, clamp(900, 12, 150))
	assert.Equal(t, 40.0, clamp(40, 12, 150))
}

func TestWeight(t *testing.T) {
	r := &run{}
	cases := []struct {
		name string
		b    block
		want float64
	}{
		{"good prose counts its length", block{f: &features{chars: 300}, final: keep(classGood)}, 300},
		{"near-good counts a share", block{f: &features{chars: 100}, final: keep(classNearGood)}, nearGoodShare * 100},
		{"short line costs", block{f: &features{chars: 10}, final: keep(classShort)}, -shortWeight},
		{"a title costs nothing", block{f: &features{chars: 60}, final: drop(classBad, ReasonTitle)}, 0},
		{"a duplicate costs nothing", block{f: &features{chars: 600}, final: drop(classBad, ReasonDuplicate)}, 0},
		{"a one-word button costs the minimum", block{f: &features{chars: 4}, final: drop(classBad, ReasonShare)}, -badMinWeight},
		{"a long notice costs at most the maximum", block{f: &features{chars: 900}, final: drop(classBad, ReasonCookie)}, -badMaxWeight},
		{"a section break is a barrier", block{f: &features{chars: 8, phraseHow: matchSection}, final: drop(classBad, ReasonComments)}, -barrierWeight},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, r.weight(&c.b))
		})
	}
}

func TestShortKeepable(t *testing.T) {
	en, cjk := englishStop(), stopWords{cjk: true}
	assert.True(t, shortKeepable(&features{words: 2}, en), "two words: a subheading or dialogue")
	assert.True(t, shortKeepable(&features{words: 1, terminal: true}, en), `"Yes."`)
	assert.False(t, shortKeepable(&features{words: 1}, en), "a lone word")
	assert.False(t, shortKeepable(&features{}, en))
	assert.True(t, shortKeepable(&features{chars: 2}, cjk))
	assert.False(t, shortKeepable(&features{chars: 1}, cjk))
}

// TestReviseNoProse: input without any prose keeps what no rule removed
// rather than returning nothing.
func TestReviseNoProse(t *testing.T) {
	a, err := CleanString("Milk\nEggs\nBread\n{{item}}", Options{Mode: ModeText})
	assert.NoError(t, err)
	assert.Equal(t, "Milk\n\nEggs\n\nBread", a.Text())
	assert.Equal(t, PageArticle, a.PageType)
	assert.Equal(t, ReasonPlaceholder, a.Segments[3].Reason)
}

func TestReviseNothingKept(t *testing.T) {
	a, err := CleanString("{{PageTitle}}\nLoading...\n12 comments\nShare", Options{Mode: ModeText})
	assert.NoError(t, err)
	assert.Equal(t, PageEmpty, a.PageType)
	assert.Empty(t, a.Text())
	assert.Len(t, a.Removed(), 4)
}
