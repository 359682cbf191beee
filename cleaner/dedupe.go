package cleaner

import "slices"

// Deduplication across the whole document, not only neighbours: a block
// whose text is the same as, or contained in, another kept block is a
// repeat. Of a set of repeats the most complete (longest) is kept, and of
// equals the first. Blocks are indexed by word shingles, so the cost is
// linear in the text, never quadratic in blocks.
const (
	// shingleWords: word n-grams of this size identify a passage; four
	// words rarely repeat by chance within one article.
	shingleWords = 4
	// containShare: a block is contained in another when this share of
	// its shingles occur there. Below 1 so that a changed punctuation
	// mark or a glued word does not hide a repeat.
	containShare = 0.8
	// postingsCap: a shingle found in more blocks than this is boiler-
	// plate shared by many lines; indexing it further would only cost
	// time (and make the index quadratic on adversarial input).
	postingsCap = 16
	// dedupeMinWords: shorter lines that repeat as they are are left to
	// context. Inside an article they are structure (the same question put
	// to each guest, "Pre-workout meal" in every plan); around it the
	// body's bounds remove them anyway. A short line that a longer block
	// contains (a dek that leads into the article) is still a repeat, and
	// prose repeats whatever its length.
	dedupeMinWords = 10
)

func (r *run) dedupe() {
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
	// counts[j] is block j's shared shingles with the block at hand;
	// touched lists the j to reset, so each block costs its postings only.
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

// moreComplete reports whether block j should win over block i when one
// repeats the other: the longer wins, and of equals the earlier.
func (r *run) moreComplete(j, i int) bool {
	wj, wi := r.blocks[j].f.words, r.blocks[i].f.words
	return wj > wi || wj == wi && j < i
}

// shingleHashes returns the distinct hashes of the word n-grams of a
// folded key, sorted (the order of a block's shingles does not matter to
// dedupe: it counts them).
func shingleHashes(key string) []uint64 {
	// Word boundaries of the folded key (single spaces).
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

// fnv64a is the 64-bit FNV-1a hash of s, as hash/fnv computes it, without
// a hasher or a byte copy.
func fnv64a(s string) uint64 {
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}
