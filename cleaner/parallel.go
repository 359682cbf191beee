package cleaner

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// A long paste's per-block loops that read one block and write only what
// belongs to it (its features, its seam) run in chunks on the machine's
// cores: the command line has two or more, the browser's WebAssembly one.
// Chunks are contiguous and their results are put together in order, so
// the result is the same however many there are (TestChunkedSameResult).

// parallelMinItems is how many items a loop must have before it is split:
// a chunk of a few thousand blocks takes a millisecond or more, while
// starting a goroutine and waiting for it costs microseconds. Pages and
// ordinary pastes (a few hundred to a few thousand blocks) stay on one
// goroutine.
const parallelMinItems = 16 << 10

// span is a chunk of a loop: the items lo ≤ i < hi.
type span struct{ lo, hi int }

// chunksOf splits n items into one chunk for each usable core (one chunk
// below parallelMinItems or with a single core).
func chunksOf(n int) []span {
	k := runtime.GOMAXPROCS(0)
	if n < parallelMinItems || k < 2 {
		return []span{{0, n}}
	}
	k = min(k, n/(parallelMinItems/2))
	out := make([]span, k)
	for c := range out {
		out[c] = span{c * n / k, (c + 1) * n / k}
	}
	return out
}

// forChunks calls fn for each chunk, the first on this goroutine and the
// others each on its own, and returns when all are done. A chunk's panic
// is raised again here, once every chunk is done, so that the caller's
// recover sees it as it would on one goroutine; the chunks' goroutines
// take the caller's debug.SetPanicOnFault, so that a fault reading the
// input (a command's mapped file cut short) is such a panic too.
func forChunks(chunks []span, fn func(c int, s span)) {
	if len(chunks) == 1 {
		fn(0, chunks[0])
		return
	}
	onFault := debug.SetPanicOnFault(false)
	debug.SetPanicOnFault(onFault)
	panics := make([]any, len(chunks))
	run := func(c int) {
		defer func() { panics[c] = recover() }()
		fn(c, chunks[c])
	}
	var wg sync.WaitGroup
	for c := 1; c < len(chunks); c++ {
		wg.Go(func() {
			debug.SetPanicOnFault(onFault)
			run(c)
		})
	}
	run(0)
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}
