package cleaner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// dedupeRun builds a run of kept prose blocks from texts; a text starting
// with "!" is a block an earlier stage already removed.
func dedupeRun(texts []string) *run {
	en := englishStop()
	r := &run{mode: ModeText, stop: en}
	for _, t := range texts {
		b := block{start: -1, end: -1, final: keep(classGood)}
		if strings.HasPrefix(t, "!") {
			t = t[1:]
			b.final = drop(classBad, ReasonMenu)
		}
		b.text = t
		b.f = new(measure(t, en))
		r.blocks = append(r.blocks, b)
	}
	return r
}

// duplicates runs dedupe and returns the indexes it marked as duplicates.
func duplicates(texts []string) []int {
	r := dedupeRun(texts)
	r.dedupe()
	var out []int
	for i, b := range r.blocks {
		if b.final.reason == ReasonDuplicate {
			out = append(out, i)
		}
	}
	return out
}

const (
	dekShort = "Strike talks have broken off between Hollywood actors and studios"
	dekLong  = "Strike talks have broken off between Hollywood actors and studios. The alliance of studios said the two sides are far apart."
	other1   = "The writers did have their own false start in negotiations, however."
	other2   = "A month before the successful talks, the initial attempt to restart ended after just a few days."
)

func TestDedupe(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  []int
	}{
		{"exact repeat: the first stays", []string{other1, other2, other1}, []int{2}},
		{"punctuation and case do not hide a repeat", []string{other1, strings.ToUpper(strings.TrimSuffix(other1, "."))}, []int{1}},
		{"short exact repeats", []string{"Home", "News", "Home"}, []int{2}},
		{"contained before the longer: the longer stays", []string{dekShort, other1, dekLong}, []int{0}},
		{"contained after the longer", []string{dekLong, other1, dekShort}, []int{2}},
		{"not only neighbours", []string{dekShort, other1, other2, other1 + " " + other2, dekShort + ".", dekLong}, []int{0, 1, 2, 4}},
		{"many copies around the longest", []string{dekShort, dekShort, dekLong, dekShort}, []int{0, 1, 3}},
		{"distinct blocks stay", []string{other1, other2, dekLong}, nil},
		{"a removed block is no original", []string{"!" + dekLong, dekShort}, nil},
		{"a removed block is not marked", []string{dekLong, "!" + dekShort}, nil},
		{"partial overlap below the share stays", []string{
			"the quick brown fox jumps over the lazy dog near the river bank",
			"the quick brown fox jumps over a sleeping cat in the old barn today"}, nil},
		{"empty keys are ignored", []string{"…", "…", "—"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, duplicates(c.texts))
		})
	}
}

func TestDedupeDeterministic(t *testing.T) {
	texts := []string{dekShort, other1, dekLong, other2, dekShort, other1 + " " + other2, other1}
	want := duplicates(texts)
	for range 20 {
		assert.Equal(t, want, duplicates(texts), "map order must not change the result")
	}
}

// TestDedupeManyBlocks runs the whole-document dedupe over 20,000 blocks:
// every repeat is found wherever it is, and nothing else is touched. The
// shingle index keeps this linear; the benchmark measures the time.
func TestDedupeManyBlocks(t *testing.T) {
	const n = 20000
	texts := make([]string, 0, n)
	wantDup := map[int]bool{}
	for i := range n {
		switch {
		case i%10 == 9:
			// A copy of a block far back.
			texts = append(texts, texts[i/2])
			wantDup[i] = true
		case i%10 == 4:
			// Lines that share a few shingles with thousands of others.
			texts = append(texts, fmt.Sprintf("Share this story with your friends: report %d from district %d on day %d of month %d", i, i/3, i%28, i%12))
		default:
			texts = append(texts, fmt.Sprintf("Paragraph %d of the report says that the number %d was counted %d times in district %d.", i, i*7, i%13, i/17))
		}
	}
	got := duplicates(texts)
	gotSet := map[int]bool{}
	for _, i := range got {
		gotSet[i] = true
	}
	assert.Equal(t, len(wantDup), len(got))
	for i := range wantDup {
		assert.True(t, gotSet[i], "block %d repeats block %d", i, i/2)
	}
}

func TestShingleHashes(t *testing.T) {
	assert.Empty(t, shingleHashes("one two three"), "fewer words than a shingle")
	assert.Len(t, shingleHashes("one two three four"), 1)
	assert.Len(t, shingleHashes("a b c d e f"), 3)
	assert.Len(t, shingleHashes("a b c d a b c d"), 4, "repeated shingles count once")
	assert.Equal(t, shingleHashes("x y z w v"), shingleHashes("x y z w v"))
}
