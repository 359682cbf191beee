package cleaner

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
	// first[i] is the first block with block i's key, -1 for a block
	// dedupe does not look at. A repeated key has the same shingles as
	// its first copy, so they are read from there instead of hashed
	// again.
	first := make([]int32, n)
	firstByKey := map[string]int32{}
	hint := 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.f.key == "" {
			first[i] = -1
			continue
		}
		f, seen := firstByKey[b.f.key]
		if !seen {
			f = int32(i)
			firstByKey[b.f.key] = f
			hint += max(0, b.f.words-shingleWords+1)
		}
		first[i] = f
	}
	x := newShingleIndex(hint)
	// Block i's distinct shingles are x.ids[lo[i]:hi[i]], in the order met.
	lo, hi := make([]int32, n), make([]int32, n)
	for i, f := range first {
		switch {
		case f < 0:
		case int(f) != i:
			lo[i], hi[i] = lo[f], hi[f]
			x.count(lo[i], hi[i])
		default:
			lo[i] = int32(len(x.ids))
			x.addBlock(r.blocks[i].f.key, int32(i))
			hi[i] = int32(len(x.ids))
		}
	}
	x.fillPostings(first, lo, hi)
	// counts[j] is block j's shared shingles with the block at hand;
	// touched lists the j to reset, so each block costs its postings only.
	counts := make([]int32, n)
	var touched []int32
	for i := range r.blocks {
		if first[i] < 0 {
			continue
		}
		b := &r.blocks[i]
		short := b.f.words < dedupeMinWords && b.final.class < classGood
		if int(first[i]) != i && !short {
			b.remove(ReasonDuplicate)
			continue
		}
		if lo[i] == hi[i] {
			continue
		}
		for _, j := range touched {
			counts[j] = 0
		}
		touched = touched[:0]
		for k := lo[i]; k < hi[i]; k++ {
			for _, j := range x.postingsAt(k) {
				if int(j) != i {
					if counts[j] == 0 {
						touched = append(touched, j)
					}
					counts[j]++
				}
			}
		}
		need := containShare * float64(hi[i]-lo[i])
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
