package cleaner

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lowerUpperReference is lowerUpper by the definition: a rune for which
// unicode.IsLower holds right before one for which unicode.IsUpper does.
func lowerUpperReference(s string) bool {
	prev := ' '
	for _, c := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(c) {
			return true
		}
		prev = c
	}
	return false
}

func FuzzLowerUpper(f *testing.F) {
	for _, s := range []string{"", "studiosStrike talks", "iPhone", "négociationsÉtat", "FlussDie", "ǅ", "aǅ", "a\xffB", "é\x80A", "ΣΑ σΑ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := lowerUpper(s)
		require.Equal(t, lowerUpperReference(s), got, "%q", s)
		if !got {
			require.Zero(t, gluedSeam(s), "%q", s)
			require.Zero(t, capitalSeam(s), "%q", s)
		}
	})
}

// splitGluedReference is splitGlued as it was before lowerUpper and the
// move in place: every block's seams computed, the blocks copied.
func (r *run) splitGluedReference() {
	capSeams := make([]int, len(r.blocks))
	capKeys := make([]string, len(r.blocks))
	repeats := map[string]int{}
	for i := range r.blocks {
		if seam := capitalSeam(r.blocks[i].text); seam > 0 {
			capSeams[i], capKeys[i] = seam, foldKey(r.blocks[i].text[:seam])
			repeats[capKeys[i]]++
		}
	}
	var out []block
	for i, b := range r.blocks {
		seam := 0
		if b.kind == KindParagraph {
			seam = gluedSeam(b.text)
			if seam <= 0 && capSeams[i] > 0 && repeats[capKeys[i]] >= gluedMinRepeats {
				seam = capSeams[i]
			}
		}
		if seam <= 0 {
			out = append(out, b)
			continue
		}
		left, right := b, b
		left.end = b.start + seam
		left.text = b.text[:seam]
		left.glued = true
		right.start = left.end
		right.text = b.text[seam:]
		right.blankBefore = false
		right.glued = true
		out = append(out, left, right)
	}
	r.blocks = out
}

// sameSplit segments text and requires splitGlued to give the reference's
// blocks, with the room segmentText leaves and without any.
func sameSplit(t *testing.T, text, name string) {
	t.Helper()
	r := &run{opts: Options{Mode: ModeText}, mode: ModeText}
	require.NoError(t, r.frontEnd([]byte(text)))
	ref := *r
	ref.blocks = slices.Clone(r.blocks)
	ref.splitGluedReference()
	tight := *r
	tight.blocks = slices.Clip(slices.Clone(r.blocks))
	r.splitGlued()
	tight.splitGlued()
	assert.Equal(t, ref.blocks, r.blocks, name)
	assert.Equal(t, ref.blocks, tight.blocks, name+" (no room left)")
}

func TestSplitGluedSameAsReference(t *testing.T) {
	seam := "Strike talks break off between Hollywood actors and studiosStrike talks have broken off\n"
	capital := "Strike Talks Break Off Between Hollywood Actors and StudiosStrike talks have broken off\n"
	sameSplit(t, seam, "one seam")
	sameSplit(t, strings.Repeat(seam+"An ordinary line.\n"+capital, 200), "many seams, more than the room")
	sameSplit(t, "- "+seam+capital+capital+"iPhone and YouTube are names\n", "lists and brands")
	dir := devCorpus()
	if dir == "" {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	require.NoError(t, err)
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		sameSplit(t, string(b), filepath.Base(f))
		all.Write(b)
		all.WriteString("\n\n")
	}
	sameSplit(t, all.String(), "all")
}

// TestLowerUpperEveryOffset: a pair, or a near pair, at every offset
// around the eight-byte words lowerUpper reads, with and without a rune
// beyond ASCII before it.
func TestLowerUpperEveryOffset(t *testing.T) {
	for _, pair := range []string{"aB", "zA", "aZ", "a B", "AB", "ab", "a@", "`B", "a[", "{B", "éA", "aÉ", "a\x7fB"} {
		for _, lead := range []string{"", "é", "\xff"} {
			for k := 0; k < 20; k++ {
				for tail := 0; tail < 10; tail++ {
					s := lead + strings.Repeat("1", k) + pair + strings.Repeat("2", tail)
					require.Equal(t, lowerUpperReference(s), lowerUpper(s), "%q", s)
				}
			}
		}
	}
}
