package cleaner

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// quotedKeysReference is quotedKeys as it was: every quotation, each
// line searched for each pair.
func (r *run) quotedKeysReference() map[string]bool {
	out := map[string]bool{}
	for i := range r.blocks {
		if i >= r.bodyStart && i <= r.bodyEnd || r.blocks[i].f.words > titleMaxWords {
			continue
		}
		t := r.blocks[i].text
		for _, q := range quotePairs {
			rest := t
			for {
				a := strings.Index(rest, q[0])
				if a < 0 {
					break
				}
				rest = rest[a+len(q[0]):]
				z := strings.Index(rest, q[1])
				if z < 0 {
					break
				}
				if ws := words(rest[:z]); len(ws) >= titleMinWords {
					out[strings.Join(ws, " ")] = true
				}
				rest = rest[z+len(q[1]):]
			}
		}
	}
	return out
}

// checkTitleWindow requires windowKeys and quotedKeys to give, for the
// keys of blocks lo..hi, what counting every block and every quotation
// gives.
func checkTitleWindow(t *testing.T, r *run, lo, hi int) {
	t.Helper()
	all := map[string]int{}
	for i := range r.blocks {
		all[r.blocks[i].f.key]++
	}
	allQuoted := r.quotedKeysReference()
	got := r.windowKeys(lo, hi)
	quoted := r.quotedKeys(got)
	for i := lo; i <= hi; i++ {
		k := r.blocks[i].f.key
		require.Equal(t, all[k], got[k], "repeats of %q", k)
		require.Equal(t, allQuoted[k], quoted[k], "quoted %q", k)
	}
	require.Equal(t, allQuoted, r.quotedKeys(nil))
}

func TestTitleWindow(t *testing.T) {
	paste := "Home | News\n\nStrike talks break off\n\nBy Jane Doe\n\n" +
		"Comments on “Strike talks break off”\n\n«Strike talks break off»\n\n\"Strike talks break off\"\n\n" +
		"The union said it would meet the studios again on Monday.\n\nStrike talks break off\n\nHome | News\n"
	texts := []string{paste}
	if dir := devCorpus(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(data))
		}
	}
	for _, text := range texts {
		r := &run{opts: Options{Mode: ModeText}, mode: ModeText}
		require.NoError(t, r.frontEnd([]byte(text)))
		r.splitGlued()
		r.detectLanguage()
		r.computeFeatures()
		n := len(r.blocks)
		for _, w := range [][4]int{{0, n - 1, n / 3, n / 2}, {n / 4, n / 2, n / 2, n - 1}, {0, 0, 1, 1}, {n - 1, n - 1, 0, 0}} {
			r.bodyStart, r.bodyEnd = w[2], w[3]
			checkTitleWindow(t, r, max(0, w[0]), max(0, w[1]))
		}
	}
}
