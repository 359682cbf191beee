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
	slots []int32 // id+1 of the hash placed there; 0 when empty
	shift uint    // 64 - log2(len(slots))
	// info holds what is known of each shingle, by id, side by side so
	// that one cache line serves a look-up: on a long paste the index is
	// larger than the cache and nearly every look-up misses it.
	info     []shingleInfo
	ids      []int32 // each block's distinct shingles, block after block
	postings []int32 // the blocks holding each shingle (shingleInfo.start)
	// at and n are, for each entry of ids, where its postings start and
	// how many there are: the query of a block reads them in order
	// instead of looking each shingle up.
	at []int32
	n  []uint8
}

// shingleInfo is one distinct shingle.
type shingleInfo struct {
	hash uint64
	// n counts the blocks holding it, up to postingsCap; seen is the last
	// block that added it, +1, so that a shingle repeated inside a block
	// counts once (fillPostings reuses it for the postings filled).
	n, seen int32
	// postings[start:start+n] are the blocks holding it.
	start int32
}

// shingleMaxLoad: the table keeps at most three ids in four slots, so
// that a probe ends after a few slots.
const shingleMaxLoad = 0.75

// newShingleIndex sizes the index for about hint shingles.
func newShingleIndex(hint int) *shingleIndex {
	x := &shingleIndex{ids: make([]int32, 0, hint), info: make([]shingleInfo, 0, hint)}
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
	for id, in := range x.info {
		s := x.slot(in.hash)
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
			if float64(len(x.info)+1) > shingleMaxLoad*float64(len(x.slots)) {
				x.resize(2 * len(x.slots))
				return x.id(h)
			}
			id := int32(len(x.info))
			x.info = append(x.info, shingleInfo{hash: h})
			x.slots[s] = id + 1
			return id
		}
		if x.info[v-1].hash == h {
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
	if in := &x.info[id]; in.seen != i+1 {
		in.seen = i + 1
		x.ids = append(x.ids, id)
		if in.n < postingsCap {
			in.n++
		}
	}
}

// count counts one more block in the postings of ids[lo:hi], a block
// whose shingles are those of an earlier one (the same key).
func (x *shingleIndex) count(lo, hi int32) {
	for _, id := range x.ids[lo:hi] {
		if in := &x.info[id]; in.n < postingsCap {
			in.n++
		}
	}
}

// fillPostings lays out the postings: each shingle's first n blocks, in
// block order, which are the blocks counted for it.
func (x *shingleIndex) fillPostings(first, lo, hi []int32) {
	total := int32(0)
	for id := range x.info {
		in := &x.info[id]
		in.start, in.seen = total, 0
		total += in.n
	}
	x.postings = make([]int32, total)
	x.at, x.n = make([]int32, len(x.ids)), make([]uint8, len(x.ids))
	for i, f := range first {
		if f < 0 {
			continue
		}
		for k := lo[i]; k < hi[i]; k++ {
			in := &x.info[x.ids[k]]
			if in.seen < in.n {
				x.postings[in.start+in.seen] = int32(i)
				in.seen++
			}
			if int(f) == i { // a repeated key shares its first copy's entries
				x.at[k], x.n[k] = in.start, uint8(in.n)
			}
		}
	}
	// The queries read postings, at and n only: the table and the
	// shingles' info (a third of the index on a long paste) are let go,
	// for the collector to take while dedupe queries.
	x.slots, x.info = nil, nil
}

// postingsAt returns the blocks holding the shingle at ids[k] (at most
// postingsCap).
func (x *shingleIndex) postingsAt(k int32) []int32 {
	return x.postings[x.at[k] : x.at[k]+int32(x.n[k])]
}
