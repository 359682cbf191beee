package cleaner

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dedupeReference is dedupe as it was before the shingle index
// (dedupe_index.go): a map from shingle hash to its postings, the
// shingles of every block hashed and sorted. The tests require the same
// verdicts from both.
func (r *run) dedupeReference() {
	n := len(r.blocks)
	shingles := make([][]uint64, n)
	index := map[uint64][]int32{}
	firstByKey := map[string]int{}
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.f.key == "" {
			continue
		}
		if _, seen := firstByKey[b.f.key]; !seen {
			firstByKey[b.f.key] = i
		}
		shingles[i] = shingleHashes(b.f.key)
		for _, h := range shingles[i] {
			if p := index[h]; len(p) < postingsCap && (len(p) == 0 || p[len(p)-1] != int32(i)) {
				index[h] = append(p, int32(i))
			}
		}
	}
	counts := make([]int32, n)
	var touched []int32
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.f.key == "" {
			continue
		}
		short := b.f.words < dedupeMinWords && b.final.class < classGood
		if first := firstByKey[b.f.key]; first != i && !short {
			b.remove(ReasonDuplicate)
			continue
		}
		if len(shingles[i]) == 0 {
			continue
		}
		for _, j := range touched {
			counts[j] = 0
		}
		touched = touched[:0]
		for _, h := range shingles[i] {
			for _, j := range index[h] {
				if int(j) != i {
					if counts[j] == 0 {
						touched = append(touched, j)
					}
					counts[j]++
				}
			}
		}
		need := containShare * float64(len(shingles[i]))
		for _, j := range touched {
			if float64(counts[j]) >= need && r.moreComplete(int(j), i) && (!short || r.blocks[j].f.words > b.f.words) {
				b.remove(ReasonDuplicate)
				break
			}
		}
	}
}

// shingleHashes returns the distinct hashes of the word n-grams of a
// folded key, sorted: the reference for shingleIndex.addBlock.
func shingleHashes(key string) []uint64 {
	var starts []int
	for i := 0; i < len(key); i++ {
		if i == 0 || key[i-1] == ' ' {
			starts = append(starts, i)
		}
	}
	if len(starts) < shingleWords {
		return nil
	}
	out := make([]uint64, 0, len(starts)-shingleWords+1)
	for k := 0; k+shingleWords <= len(starts); k++ {
		end := len(key)
		if k+shingleWords < len(starts) {
			end = starts[k+shingleWords] - 1
		}
		out = append(out, fnv64a(key[starts[k]:end]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameDedupe runs dedupe and the reference on copies of the blocks of r
// (after classify) and requires the same verdict for every block.
func sameDedupe(t *testing.T, r *run, name string) {
	t.Helper()
	fast, ref := *r, *r
	fast.blocks, ref.blocks = slices.Clone(r.blocks), slices.Clone(r.blocks)
	fast.dedupe()
	ref.dedupeReference()
	for i := range ref.blocks {
		if fast.blocks[i].final != ref.blocks[i].final {
			t.Fatalf("%s: block %d %q: dedupe %+v, reference %+v", name, i, ref.blocks[i].text, fast.blocks[i].final, ref.blocks[i].final)
		}
	}
}

// classified runs the stages before dedupe on a text.
func classified(t *testing.T, text string) *run {
	t.Helper()
	r := &run{opts: Options{Mode: ModeText}, mode: ModeText}
	require.NoError(t, r.frontEnd([]byte(text)))
	for _, st := range pipeline {
		if st.name == "dedupe" {
			break
		}
		st.run(r)
	}
	return r
}

func TestShingleIndexSameAsReference(t *testing.T) {
	require.LessOrEqual(t, postingsCap, 255, "shingleIndex.n holds a count of postings in a byte")
	keys := []string{"", "a", "a b c", "a b c d", "a b c d e f", "a b c d a b c d", "x  y z w v", "one two three four ",
		"the quick brown fox jumps over the lazy dog the quick brown fox"}
	for _, k := range keys {
		x := newShingleIndex(0)
		x.addBlock(k, 0)
		var got []uint64
		for _, id := range x.ids {
			got = append(got, x.info[id].hash)
		}
		slices.Sort(got)
		assert.Equal(t, shingleHashes(k), got, "%q", k)
	}
	// Generated blocks from a small vocabulary: many shared shingles,
	// exact repeats, contained blocks, postings past the cap, and a table
	// that grows from a hint far too small.
	rng := rand.New(rand.NewPCG(9, 9))
	vocab := strings.Fields("the a council said on tuesday that plan would cost more than first estimated talks resume")
	var texts []string
	for i := range 3000 {
		switch {
		case i > 10 && i%7 == 0:
			texts = append(texts, texts[rng.IntN(len(texts))])
		case i > 10 && i%11 == 0:
			w := strings.Fields(texts[rng.IntN(len(texts))])
			texts = append(texts, strings.Join(w[:max(1, len(w)*3/4)], " "))
		default:
			n := 1 + rng.IntN(30)
			w := make([]string, n)
			for k := range w {
				w[k] = vocab[rng.IntN(len(vocab))]
			}
			texts = append(texts, strings.Join(w, " "))
		}
	}
	r := dedupeRun(texts)
	for i := range r.blocks {
		if i%5 == 0 {
			r.blocks[i].final = keep(classShort)
		}
	}
	sameDedupe(t, r, "generated")
}

// TestDedupeCorpusSameAsReference: every pasted text of the dev corpus,
// and all of them as one paste, get the reference's verdicts.
func TestDedupeCorpusSameAsReference(t *testing.T) {
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
		sameDedupe(t, classified(t, string(b)), filepath.Base(f))
		all.Write(b)
		all.WriteString("\n\n")
	}
	sameDedupe(t, classified(t, all.String()), "all")
}
