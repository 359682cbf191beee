package cleaner

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// liveHeap is the heap still reachable, after a collection.
func liveHeap() int {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int(m.HeapAlloc)
}

// stageHeaps cleans input with assemble for the last step and returns
// the live heap on top of base after each stage, after assemble and
// after the result's text and removals are read (as the command line
// writes them).
func stageHeaps(input string, base int, assemble func(*run) *Article) map[string]int {
	heaps := map[string]int{}
	r, err := newRunString(input, Options{Mode: ModeText})
	if err != nil {
		panic(err)
	}
	heaps["segment"] = liveHeap() - base
	a := r.finish(func(stage string, _, _ int) { heaps[stage] = liveHeap() - base }, assemble)
	_ = a.Text()
	for range a.AllRemoved() {
	}
	heaps["written"] = liveHeap() - base
	runtime.KeepAlive(a)
	return heaps
}

// TestCleanLazyMemory: cleaning the dev pastes (twice over, as a long
// paste repeats its menus and footers), the live heap on top of the
// input stays under lazyLivePerByte times the input at every stage and
// while the result is read, and CleanLazy's article holds less than
// Clean's: no segments. Sizes are measured after a collection, not
// timings: the same on every run.
func TestCleanLazyMemory(t *testing.T) {
	// liveOnTop: the blocks (96 bytes each, one a line), their features
	// (one a distinct text) and dedupe's index come to 2.9 bytes a byte
	// of these pastes on top of the input itself. Pastes without repeats
	// hold more (features and index entries for every line): about 8.6
	// bytes a byte with the input, which the command line's memory limit
	// (cmd/articlecleaner/memlimit.go) stays above.
	const liveOnTop = 3.5
	paste := loadDevPastes(t)
	paste = append(paste, paste...)
	input := string(paste)
	paste = nil
	// A first clean makes what the package makes once (regexps compiled
	// on first use, tables), outside the measures.
	if _, err := CleanString(input, Options{Mode: ModeText}); err != nil {
		t.Fatal(err)
	}
	base := liveHeap()
	lazy := stageHeaps(input, base, (*run).lazyArticle)
	eager := stageHeaps(input, base, (*run).assemble)
	t.Logf("input %d bytes; live on top of it, lazy: %v; eager: %v", len(input), lazy, eager)
	for stage, n := range lazy {
		require.LessOrEqual(t, float64(n), liveOnTop*float64(len(input)), "after %s", stage)
	}
	require.Less(t, lazy["assemble"], eager["assemble"]*3/4, "the lazy article holds no segments")
	require.Less(t, lazy["written"], eager["written"])
	runtime.KeepAlive(input)
}
