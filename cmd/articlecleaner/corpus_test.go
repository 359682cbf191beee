package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusBudget bounds the whole batch through the built binary. The 181
// dev texts take about 1.5 s on the 2-core build machine; the budget
// leaves room for a loaded CI runner while still catching a batch that
// has become sequential-and-slow or hangs.
const corpusBudget = 20 * time.Second

// TestBinaryCorpus builds the command and runs it, as a user would, over
// every dev-corpus text in one run with -format json: one line per file,
// in order, each with the record's fields.
func TestBinaryCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", "dev", "text", "*.txt"))
	if len(files) == 0 {
		t.Skipf("skipped: no dev corpus at %s (set SHARED to the shared folder)", filepath.Join(sharedDir(), "corpus", "dev", "text"))
	}
	sort.Strings(files)
	for i, f := range files {
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		files[i] = abs
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipped: the go tool is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "articlecleaner")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	cmd := exec.Command(bin, append([]string{"-format", "json"}, files...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	require.NoError(t, cmd.Run(), "stderr: %s", stderr.String())
	elapsed := time.Since(start)
	t.Logf("%d files in %v", len(files), elapsed.Round(time.Millisecond))
	assert.Less(t, elapsed, corpusBudget)
	assert.Empty(t, stderr.String())

	require.Equal(t, len(files), strings.Count(stdout.String(), "\n"))
	lines := jsonLines(t, stdout.String())
	require.Len(t, lines, len(files))
	for i, l := range lines {
		assert.Equal(t, files[i], l["file"])
		for _, k := range []string{"title", "byline", "date", "site", "lang", "text", "removed", "pageType", "mode"} {
			assert.Contains(t, l, k, "%s", files[i])
		}
		assert.Equal(t, "text", l["mode"], "%s", files[i])
	}

	// The same batch from a different working directory with -o: the
	// binary is independent of where it runs.
	outPath := filepath.Join(t.TempDir(), "out.jsonl")
	cmd = exec.Command(bin, append([]string{"-format", "json", "-jobs", "1", "-o", outPath}, files...)...)
	cmd.Dir = os.TempDir()
	require.NoError(t, cmd.Run())
	b, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Equal(t, stdout.String(), string(b), "-jobs 1 and the default give the same output")
}
