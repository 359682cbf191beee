package harness

import (
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageID(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/c/html/abc123.html.gz", "abc123"},
		{"/c/text/abc123.txt", "abc123"},
		{"abc.html", "abc"},
		{"noext", "noext"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, PageID(tt.path), tt.path)
	}
}

func TestStats(t *testing.T) {
	const ms = 1_000_000
	tests := []struct {
		name              string
		nanos             []int64
		median, p95, mean float64
	}{
		{"empty", nil, 0, 0, 0},
		{"one", []int64{3 * ms}, 3, 3, 3},
		{"odd unsorted", []int64{5 * ms, 1 * ms, 3 * ms}, 3, 5, 3},
		{"even", []int64{1 * ms, 2 * ms, 3 * ms, 4 * ms}, 2.5, 4, 2.5},
		// Nearest rank: ceil(0.95*20) = 19th of 20 values 1..20 ms.
		{"twenty", seq(20, ms), 10.5, 19, 10.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.median, Median(tt.nanos), 1e-9)
			assert.InDelta(t, tt.p95, Percentile(tt.nanos, 95), 1e-9)
			assert.InDelta(t, tt.mean, Mean(tt.nanos), 1e-9)
		})
	}
}

func seq(n int, unit int64) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[n-1-i] = int64(i+1) * unit // descending, so sorting matters
	}
	return out
}

func TestParagraphsHTML(t *testing.T) {
	got := string(ParagraphsHTML([]byte("Title\n\n  First <b> & co  \r\n\nLast")))
	assert.Contains(t, got, "<p>Title</p>\n<p>First &lt;b&gt; &amp; co</p>\n<p>Last</p>\n")
	assert.Contains(t, got, `<meta charset="utf-8">`)
	assert.NotContains(t, got, "<p></p>")
}

func TestReadInput(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(plain, []byte("hello"), 0o644))
	gz := filepath.Join(dir, "a.html.gz")
	writeGzip(t, gz, "<p>hi</p>")
	bad := filepath.Join(dir, "bad.html.gz")
	require.NoError(t, os.WriteFile(bad, []byte("not gzip"), 0o644))

	got, err := ReadInput(plain)
	require.NoError(t, err)
	assert.Equal(t, "hello", string(got))
	got, err = ReadInput(gz)
	require.NoError(t, err)
	assert.Equal(t, "<p>hi</p>", string(got))
	_, err = ReadInput(bad)
	assert.ErrorContains(t, err, "bad.html.gz")
	_, err = ReadInput(filepath.Join(dir, "missing.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func writeGzip(t *testing.T, path, content string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	zw := gzip.NewWriter(f)
	_, err = zw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
}

// fakeCorpus makes a two-page corpus with both inputs.
func fakeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "text"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"),
		[]byte(`{"b": {"articleBody": "B", "url": "https://b.test/"}, "a": {"articleBody": "A", "url": "https://a.test/"}}`), 0o644))
	for _, id := range []string{"b", "a"} {
		writeGzip(t, filepath.Join(dir, "html", id+".html.gz"), "<p>"+id+" html</p>")
		require.NoError(t, os.WriteFile(filepath.Join(dir, "text", id+".txt"), []byte(id+" text"), 0o644))
	}
	return dir
}

func TestOpenCorpus(t *testing.T) {
	_, err := OpenCorpus(filepath.Join(t.TempDir(), "nowhere"))
	assert.ErrorIs(t, err, ErrNoCorpus)

	c, err := OpenCorpus(fakeCorpus(t))
	require.NoError(t, err)
	for _, in := range []Input{InputHTML, InputText} {
		pages, err := c.Pages(in)
		require.NoError(t, err)
		require.Len(t, pages, 2)
		assert.Equal(t, []string{"a", "b"}, []string{pages[0].ID, pages[1].ID}, "sorted by ID")
		assert.Equal(t, "https://a.test/", pages[0].URL)
	}

	empty := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(empty, "ground-truth.json"), []byte(`{}`), 0o644))
	c, err = OpenCorpus(empty)
	require.NoError(t, err)
	_, err = c.Pages(InputHTML)
	assert.ErrorIs(t, err, ErrNoCorpus)

	broken := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(broken, "ground-truth.json"), []byte(`{`), 0o644))
	_, err = OpenCorpus(broken)
	assert.ErrorContains(t, err, "ground-truth.json")
}

func TestRun(t *testing.T) {
	c, err := OpenCorpus(fakeCorpus(t))
	require.NoError(t, err)
	pages, err := c.Pages(InputHTML)
	require.NoError(t, err)

	calls := map[string]int{}
	e := Extractor{
		Name:    "fake",
		Input:   InputHTML,
		Prepare: func(b []byte) []byte { return append([]byte("prepared:"), b...) },
		Extract: func(data []byte, pageURL string) (string, error) {
			calls[pageURL]++
			switch pageURL {
			case "https://a.test/":
				return string(data), nil
			default:
				panic("boom")
			}
		},
	}
	preds, st, err := Run(e, pages)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"https://a.test/": 2, "https://b.test/": 2}, calls, "a warm-up pass and a measured pass")
	assert.Equal(t, "prepared:<p>a html</p>", preds["a"].ArticleBody)
	assert.Empty(t, preds["b"].ArticleBody, "a panicking page yields empty output")
	assert.Equal(t, 2, st.Pages)
	assert.Equal(t, 1, st.Failed)
	assert.Equal(t, []string{"b: panic: boom"}, st.Errors)
	assert.Len(t, st.Nanos, 2)
}

func TestRunChildWritesFiles(t *testing.T) {
	corpusDir, out := fakeCorpus(t), t.TempDir()
	ex := Extractor{Name: "upper", Input: InputText, Extract: func(d []byte, _ string) (string, error) {
		if string(d) == "b text" {
			return "", errors.New("no article")
		}
		return string(d), nil
	}}
	require.NoError(t, runChild([]Extractor{ex}, "upper", corpusDir, out))

	var preds map[string]Prediction
	require.NoError(t, ReadJSON(PredPath(out, "upper"), &preds))
	assert.Equal(t, map[string]Prediction{"a": {"a text"}, "b": {""}}, preds)
	var st RunStats
	require.NoError(t, ReadJSON(StatsPath(out, "upper"), &st))
	assert.Equal(t, 1, st.Failed)
	assert.Equal(t, []string{"b: no article"}, st.Errors)

	assert.ErrorContains(t, runChild([]Extractor{ex}, "other", corpusDir, out), `unknown extractor "other"`)
	assert.ErrorContains(t, runChild([]Extractor{ex}, "upper", "", out), "required")
	assert.ErrorIs(t, runChild([]Extractor{ex}, "upper", t.TempDir(), out), ErrNoCorpus)
}
