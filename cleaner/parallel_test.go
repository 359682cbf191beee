package cleaner

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// withProcs runs f with GOMAXPROCS set to n, then puts it back; it skips
// the test where the runtime keeps one (WebAssembly has one thread).
func withProcs(t *testing.T, n int, f func()) {
	t.Helper()
	old := runtime.GOMAXPROCS(n)
	defer runtime.GOMAXPROCS(old)
	if runtime.GOMAXPROCS(0) != n {
		t.Skipf("GOMAXPROCS stays %d here (%s): no chunks to test", runtime.GOMAXPROCS(0), runtime.GOARCH)
	}
	f()
}

func TestChunksOf(t *testing.T) {
	for _, tc := range []struct {
		n, procs, want int
	}{
		{0, 4, 1},
		{parallelMinItems - 1, 4, 1},
		{parallelMinItems, 1, 1},
		{parallelMinItems, 2, 2},
		{parallelMinItems, 8, 2}, // a chunk has at least half the minimum
		{10 * parallelMinItems, 4, 4},
	} {
		t.Run(fmt.Sprintf("%d items on %d", tc.n, tc.procs), func(t *testing.T) {
			withProcs(t, tc.procs, func() {
				chunks := chunksOf(tc.n)
				require.Len(t, chunks, tc.want)
				next := 0
				for _, c := range chunks {
					require.Equal(t, next, c.lo, "contiguous")
					require.True(t, c.hi > c.lo || tc.n == 0, "not empty")
					next = c.hi
				}
				require.Equal(t, tc.n, next, "all items")
			})
		})
	}
}

func TestForChunksRunsEach(t *testing.T) {
	withProcs(t, 4, func() {
		n := 5 * parallelMinItems
		seen := make([]int, n)
		forChunks(chunksOf(n), func(_ int, s span) {
			for i := s.lo; i < s.hi; i++ {
				seen[i]++
			}
		})
		for i, v := range seen {
			require.Equal(t, 1, v, "item %d", i)
		}
	})
}

// TestForChunksPanics: a chunk's panic reaches the caller, after every
// chunk is done, and the chunks run with the caller's panic-on-fault
// setting.
func TestForChunksPanics(t *testing.T) {
	withProcs(t, 4, func() {
		chunks := chunksOf(4 * parallelMinItems)
		require.Len(t, chunks, 4)
		done := make([]bool, len(chunks))
		require.PanicsWithValue(t, "chunk 2", func() {
			forChunks(chunks, func(c int, _ span) {
				done[c] = true
				if c == 2 {
					panic("chunk 2")
				}
			})
		})
		require.Equal(t, []bool{true, true, true, true}, done)

		old := debug.SetPanicOnFault(true)
		defer debug.SetPanicOnFault(old)
		onFault := make([]bool, len(chunks))
		forChunks(chunks, func(c int, _ span) {
			onFault[c] = debug.SetPanicOnFault(true)
		})
		require.Equal(t, []bool{true, true, true, true}, onFault)
	})
}

// longPaste is a paste of lines enough for the stages to split their
// loops: distinct paragraphs, a menu and a share line repeated, and a
// glued headline ("…the studiosStrike talks…") on every copy.
func longPaste(lines int) []byte {
	var b strings.Builder
	words := []string{"council", "harbour", "ferry", "budget", "teachers", "market", "river", "station",
		"vote", "winter", "bridge", "library", "schedule", "union", "museum", "festival"}
	for i := 0; b.Len() < 1<<30 && i < lines; i++ {
		switch i % 50 {
		case 0:
			b.WriteString("Home | News | Sport | Weather\n")
		case 1:
			b.WriteString("Share on Facebook\n")
		case 2:
			b.WriteString("Talks between the union and the studiosStrike talks resume on Monday\n")
		default:
			fmt.Fprintf(&b, "The %s and the %s met on day %d, and the %s said the %s would wait for the %s.\n",
				words[i%16], words[(i/16)%16], i, words[(i/7)%16], words[(i/3)%16], words[(i/11)%16])
		}
	}
	return []byte(b.String())
}

// TestChunkedSameResult cleans a paste long enough to be split into
// chunks with one core and with four: the results are the same.
func TestChunkedSameResult(t *testing.T) {
	in := longPaste(3 * parallelMinItems)
	var one, four *Article
	var err error
	withProcs(t, 1, func() { one, err = Clean(in, Options{Mode: ModeText}) })
	require.NoError(t, err)
	withProcs(t, 4, func() {
		require.Greater(t, len(chunksOf(3*parallelMinItems)), 1, "the paste is split")
		four, err = Clean(in, Options{Mode: ModeText})
	})
	require.NoError(t, err)
	require.Equal(t, one.Record(), four.Record())
	split := 0
	for _, s := range four.Segments {
		if s.Text == "Talks between the union and the studios" {
			split++
		}
	}
	require.Equal(t, 3*parallelMinItems/50, split, "every glued headline is split at its seam")
}
