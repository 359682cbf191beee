package cleaner

// The shingle index of dedupe: every distinct shingle hash gets a dense
// id in an open-addressing table, each block's shingles are a run of ids
// in one shared slice, and the postings (the first postingsCap blocks
// holding a shingle, in block order) sit in one slice cut by offsets.
// Compared with a map from hash to a slice per shingle this hashes each
// shingle once, allocates a handful of slices instead of one or more per
// block and shingle, and keeps the postings of a block's shingles close
// together in memory.
type shingleIndex struct {
	slots  []int32  // id+1 of the hash placed there; 0 when empty
	shift  uint     // 64 - log2(len(slots))
	hashes []uint64 // by id
	// n counts the blocks holding a shingle, up to postingsCap (by id);
	// seen is the last block that added it, +1, so that a shingle
	// repeated inside a block counts once. fillPostings reuses seen.
	n, seen []int32
	ids     []int32 // each block's distinct shingles, block after block
	// postings[start[id]:start[id]+n[id]] are the blocks holding id.
	start, postings []int32
}

// shingleMaxLoad: the table keeps at most three ids in four slots, so
// that a probe ends after a few slots.
const shingleMaxLoad = 0.75

// newShingleIndex sizes the index for about hint shingles.
func newShingleIndex(hint int) *shingleIndex {
	x := &shingleIndex{ids: make([]int32, 0, hint)}
	x.resize(max(16, int(float64(hint)/shingleMaxLoad)+1))
	return x
}

// resize makes room for at least want slots (a power of two) and puts
// every id back.
func (x *shingleIndex) resize(want int) {
	size, bits := 16, uint(4)
	for size < want {
		size, bits = size*2, bits+1
	}
	x.slots, x.shift = make([]int32, size), 64-bits
	mask := uint64(size - 1)
	for id, h := range x.hashes {
		s := x.slot(h)
		for x.slots[s] != 0 {
			s = (s + 1) & mask
		}
		x.slots[s] = int32(id) + 1
	}
}

// slot is where the probe for h starts: the high bits of h times a
// constant with well mixed bits (Fibonacci hashing), since FNV's low bits
// alone cluster on similar text.
func (x *shingleIndex) slot(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> x.shift
}

// id returns the id of shingle hash h, adding it when new.
func (x *shingleIndex) id(h uint64) int32 {
	mask := uint64(len(x.slots) - 1)
	for s := x.slot(h); ; s = (s + 1) & mask {
		v := x.slots[s]
		if v == 0 {
			if float64(len(x.hashes)+1) > shingleMaxLoad*float64(len(x.slots)) {
				x.resize(2 * len(x.slots))
				return x.id(h)
			}
			id := int32(len(x.hashes))
			x.hashes = append(x.hashes, h)
			x.n = append(x.n, 0)
			x.seen = append(x.seen, 0)
			x.slots[s] = id + 1
			return id
		}
		if x.hashes[v-1] == h {
			return v - 1
		}
	}
}

// addBlock appends the distinct shingles of block i's folded key to ids
// and counts the block in their postings. The shingles are the word
// n-grams of the key (words separated by single spaces), hashed with
// fnv64a from the first byte of their first word to the last of their
// last.
func (x *shingleIndex) addBlock(key string, i int32) {
	// starts holds the starts of the last shingleWords words, as a ring.
	var starts [shingleWords]int
	words := 0
	for p := 0; p < len(key); p++ {
		if p > 0 && key[p-1] != ' ' {
			continue
		}
		if words >= shingleWords {
			// A word starts at p: the shingle of the shingleWords words
			// before it ends at the space before p.
			x.add(fnv64a(key[starts[words%shingleWords]:p-1]), i)
		}
		starts[words%shingleWords] = p
		words++
	}
	if words >= shingleWords {
		x.add(fnv64a(key[starts[words%shingleWords]:]), i)
	}
}

// add counts block i in the postings of shingle hash h, once a block.
func (x *shingleIndex) add(h uint64, i int32) {
	id := x.id(h)
	if x.seen[id] != i+1 {
		x.seen[id] = i + 1
		x.ids = append(x.ids, id)
		if x.n[id] < postingsCap {
			x.n[id]++
		}
	}
}

// count counts one more block in the postings of ids[lo:hi], a block
// whose shingles are those of an earlier one (the same key).
func (x *shingleIndex) count(lo, hi int32) {
	for _, id := range x.ids[lo:hi] {
		if x.n[id] < postingsCap {
			x.n[id]++
		}
	}
}

// fillPostings lays out the postings: each shingle's first n blocks, in
// block order, which are the blocks counted for it.
func (x *shingleIndex) fillPostings(first, lo, hi []int32) {
	x.start = make([]int32, len(x.n)+1)
	for id, c := range x.n {
		x.start[id+1] = x.start[id] + c
	}
	x.postings = make([]int32, x.start[len(x.n)])
	filled := x.seen
	clear(filled)
	for i, f := range first {
		if f < 0 {
			continue
		}
		for _, id := range x.ids[lo[i]:hi[i]] {
			if filled[id] < x.n[id] {
				x.postings[x.start[id]+filled[id]] = int32(i)
				filled[id]++
			}
		}
	}
}

// postingsOf returns the blocks holding shingle id (at most postingsCap).
func (x *shingleIndex) postingsOf(id int32) []int32 {
	return x.postings[x.start[id] : x.start[id]+x.n[id]]
}
