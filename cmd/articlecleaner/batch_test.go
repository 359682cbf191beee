package main

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// manyArticles writes n distinct small articles and returns their paths.
func manyArticles(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	paths := make([]string, n)
	for i := range paths {
		body := strings.ReplaceAll(articleText, "twelve hectares", fmt.Sprintf("%d hectares", i+1))
		paths[i] = writeFile(t, dir, fmt.Sprintf("a%03d.txt", i), []byte(body))
	}
	return paths
}

// TestOrder checks that parallel workers print in input order, whatever
// the number of workers.
func TestOrder(t *testing.T) {
	paths := manyArticles(t, 40)
	for _, jobs := range []string{"1", "3", "16"} {
		t.Run("jobs="+jobs, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append([]string{"-format", "json", "-jobs", jobs}, paths...)...)
			require.Equal(t, exitOK, code, errOut)
			lines := jsonLines(t, out)
			require.Len(t, lines, len(paths))
			for i, l := range lines {
				assert.Equal(t, paths[i], l["file"])
				assert.Contains(t, l["text"], fmt.Sprintf(" %d hectares", i+1))
			}
		})
	}
}

// TestPanicRecovered checks that a panic while cleaning one input is
// reported as an internal error naming the file and the batch goes on.
func TestPanicRecovered(t *testing.T) {
	paths := manyArticles(t, 5)
	cfg := defaultConfig()
	cfg.files = paths
	cfg.format = formatJSON
	cfg.jobs = 2
	cfg.clean = func(in string, o cleaner.Options) (*cleaner.Article, error) {
		if strings.Contains(in, " 3 hectares") {
			var segs []cleaner.Segment
			_ = segs[7] // an index out of range, as a bug in the core would
		}
		return cleaner.CleanString(in, o)
	}
	var out, errOut bytes.Buffer
	code := runBatch(cfg, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitFail, code)
	assert.Regexp(t, `^articlecleaner: `+regexp.QuoteMeta(paths[2])+`: internal error \(please report it with this input\): runtime error: index out of range \[7\] with length 0\n$`, errOut.String())
	lines := jsonLines(t, out.String())
	require.Len(t, lines, 5)
	assert.Contains(t, lines[2]["error"], "internal error")
	for _, i := range []int{0, 1, 3, 4} {
		assert.NotContains(t, lines[i], "error")
		assert.Contains(t, lines[i]["text"], "new park")
	}
}

// TestProgress checks that progress is silent when stderr is not a
// terminal, and one line per input with -progress.
func TestProgress(t *testing.T) {
	paths := manyArticles(t, 3)
	code, _, errOut := runCLI(t, "", paths...)
	require.Equal(t, exitOK, code)
	assert.Empty(t, errOut)

	code, _, errOut = runCLI(t, "", append([]string{"-progress"}, paths...)...)
	require.Equal(t, exitOK, code)
	want := ""
	for i, p := range paths {
		want += fmt.Sprintf("articlecleaner: [%d/3] %s\n", i+1, p)
	}
	assert.Equal(t, want, errOut)
}

// TestStdinTwice checks that "-" twice reads standard input once: the
// second finds it empty.
func TestStdinTwice(t *testing.T) {
	code, out, errOut := runCLI(t, articleText, "-format", "json", "-", "-")
	assert.Equal(t, exitFail, code)
	assert.Equal(t, "articlecleaner: standard input: input is empty\n", errOut)
	lines := jsonLines(t, out)
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0]["text"], "new park")
	assert.Equal(t, "input is empty", lines[1]["error"])
}

// TestHeaders checks the "==> file <==" headers: only with several inputs,
// separated by a blank line.
func TestHeaders(t *testing.T) {
	paths := manyArticles(t, 2)
	_, one, _ := runCLI(t, "", paths[0])
	assert.NotContains(t, one, "==>")
	_, two, _ := runCLI(t, "", paths...)
	assert.True(t, strings.HasPrefix(two, "==> "+paths[0]+" <==\n"), two)
	assert.Contains(t, two, ".\n\n==> "+paths[1]+" <==\n")
	assert.Equal(t, one, strings.SplitN(strings.TrimPrefix(two, "==> "+paths[0]+" <==\n"), "\n\n==> ", 2)[0]+"\n")
}

// TestLargeInput cleans a 20 MB paste: a result or a clear error, never a
// crash, in reasonable time.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: cleans 20 MB")
	}
	const size = 20 << 20
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Paragraph %d of a very long paste. The council met on Tuesday and talked about the park, the river and item %d of the budget.\n\n", i, i*7)
	}
	path := writeFile(t, t.TempDir(), "big.txt", []byte(b.String()[:size]))
	code, out, errOut := runCLI(t, "", "-format", "json", path)
	if code == exitOK {
		require.Len(t, jsonLines(t, out), 1)
		assert.Empty(t, errOut)
		return
	}
	assert.Equal(t, exitFail, code)
	assert.Regexp(t, `^articlecleaner: `+regexp.QuoteMeta(path)+`: [^\n]+\n$`, errOut)
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"512K", 512 << 10, true},
		{"20M", 20 << 20, true},
		{"20MB", 20 << 20, true},
		{"20mib", 20 << 20, true},
		{"1G", 1 << 30, true},
		{"0", 0, false},
		{"-1", 0, false},
		{"M", 0, false},
		{"1.5M", 0, false},
		{"2G", 0, false}, // above maxByteSize
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b byteSize
			err := b.Set(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, int(b))
		})
	}
	assert.Equal(t, "32M", (*byteSize)(ptr(cleaner.DefaultMaxInputBytes)).String())
	assert.Equal(t, "1000", (*byteSize)(ptr(1000)).String())
}

func ptr(n int) *int { return &n }

func TestShortName(t *testing.T) {
	assert.Equal(t, "a.txt", shortName("/some/dir/a.txt"))
	assert.Equal(t, "standard input", shortName("standard input"))
	long := strings.Repeat("é", 50) + ".txt"
	got := shortName("/x/" + long)
	assert.Equal(t, maxProgressName, len([]rune(got)))
	assert.True(t, strings.HasSuffix(got, "…"))
}

// notifyWriter closes first when it is written to the first time.
type notifyWriter struct {
	bytes.Buffer
	first chan struct{}
	once  sync.Once
}

func (w *notifyWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.first) })
	return w.Buffer.Write(p)
}

// TestStreamed checks that the first result is written before the last
// input is cleaned: the last clean waits for the first write, which would
// never come if the batch were collected before printing.
func TestStreamed(t *testing.T) {
	paths := manyArticles(t, 6)
	out := &notifyWriter{first: make(chan struct{})}
	cfg := defaultConfig()
	cfg.files, cfg.format, cfg.jobs = paths, formatJSON, 2
	cfg.clean = func(in string, o cleaner.Options) (*cleaner.Article, error) {
		if strings.Contains(in, " 6 hectares") {
			select {
			case <-out.first:
			case <-time.After(10 * time.Second):
				return nil, errors.New("no output before the last input was cleaned")
			}
		}
		return cleaner.CleanString(in, o)
	}
	var errOut bytes.Buffer
	code := runBatch(cfg, strings.NewReader(""), out, &errOut)
	require.Equal(t, exitOK, code, errOut.String())
	assert.Len(t, jsonLines(t, out.String()), len(paths))
}
