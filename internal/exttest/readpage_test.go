//go:build !js

package exttest

import (
	"context"
	_ "embed"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/corpus"
	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// readPageReference is read-page.js as it was before it was made faster
// on big pages (one computed style and one bounding box per element): the
// reference its output must equal.
//
//go:embed testdata/read-page-reference.js
var readPageReference string

// readPageCorpus adds a corpus's pages (<dir>/html/*.html.gz, served with
// their scripts off, as internal/liveeval does) to TestReadPageSameAsReference,
// e.g. go test ./internal/exttest -run ReadPage -readpage-corpus ../../../shared/corpus/dev
var readPageCorpus = flag.String("readpage-corpus", "", "also compare read-page.js with its reference on this corpus's pages")

// readPageRounds: the 2.5 MB page is read this many times by each script,
// alternately, for the logged medians.
const readPageRounds = 5

// readResult is what read-page.js returns.
type readResult struct {
	HTML           string `json:"html"`
	URL            string `json:"url"`
	Title          string `json:"title"`
	SkippedFrames  int    `json:"skippedFrames"`
	HiddenCount    int    `json:"hiddenCount"`
	CollapsedCount int    `json:"collapsedCount"`
}

// timedRead is a script's result and its time in the page.
type timedRead struct {
	R  readResult `json:"r"`
	Ms float64    `json:"ms"`
}

// readWith runs a page-reading script in the tab and returns its result
// and how long it took in the page (ms, performance.now()).
func readWith(t *testing.T, tab context.Context, script string) (readResult, float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tab, stepTimeout)
	defer cancel()
	wrapped := `(() => { const t0 = performance.now(); const r = ` + strings.TrimSuffix(strings.TrimSpace(script), ";") +
		`; return { r, ms: performance.now() - t0 }; })()`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[timedRead](wrapped))
	require.NoError(t, err)
	return out.R, out.Ms
}

// TestReadPageSameAsReference reads the test pages (the article, the
// strict one, the 2.5 MB one, the live-page cases: frames, shadow roots,
// hidden and collapsed text) with read-page.js and with its reference, and
// requires the same HTML, marks and counts. It logs both times on the
// 2.5 MB page (medians of alternate rounds).
func TestReadPageSameAsReference(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	live := startLiveSite(t)
	root, err := extbuild.ModuleRoot(".")
	require.NoError(t, err)
	current, err := os.ReadFile(filepath.Join(root, extbuild.SourceDir, "read-page.js"))
	require.NoError(t, err)
	script := string(current)

	urls := []string{site.URL + "/article", site.URL + "/strict", site.URL + "/big"}
	for _, tc := range liveCases {
		urls = append(urls, live.URL+tc.path)
	}
	urls = append(urls, live.URL+"/article")
	for _, u := range urls {
		b.t = t
		tab := b.newTab(u)
		want, _ := readWith(t, tab, readPageReference)
		got, _ := readWith(t, tab, script)
		assert.Equal(t, want, got, "%s: read-page.js differs from its reference", u)
		if !strings.HasSuffix(u, "/big") {
			continue
		}
		var oldMs, newMs []float64
		for range readPageRounds {
			_, ms := readWith(t, tab, readPageReference)
			oldMs = append(oldMs, ms)
			_, ms = readWith(t, tab, script)
			newMs = append(newMs, ms)
		}
		slices.Sort(oldMs)
		slices.Sort(newMs)
		t.Logf("reading the 2.5 MB page (%d bytes, %d rounds): reference median %.0f ms (fastest %.0f), read-page.js median %.0f ms (fastest %.0f)",
			len(got.HTML), readPageRounds, oldMs[len(oldMs)/2], oldMs[0], newMs[len(newMs)/2], newMs[0])
	}
	if *readPageCorpus != "" {
		compareOnCorpus(t, b, script, *readPageCorpus)
	}
}

// compareOnCorpus compares read-page.js with its reference on every page
// of a corpus, rendered with scripts off, and logs their total times (each
// reads first on every other page).
func compareOnCorpus(t *testing.T, b *browser, script, dir string) {
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no pages in %s/html", dir)
	pages := map[string][]byte{}
	for _, f := range files {
		data, err := corpus.ReadInput(f)
		require.NoError(t, err)
		pages[corpus.PageID(f)] = data
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, ok := pages[strings.TrimPrefix(r.URL.Path, "/")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(data)
	}))
	defer srv.Close()
	var oldTotal, newTotal float64
	differ, done := 0, 0
	start := time.Now()
	for id := range pages {
		ctx, cancel := chromedp.NewContext(b.ctx)
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		require.NoError(t, err)
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+id)))
		// The first read of a page lays it out: which script reads first
		// alternates, so that neither total carries every first layout.
		var want, got readResult
		var oldMs, newMs float64
		if done%2 == 0 {
			want, oldMs = readWith(t, ctx, readPageReference)
			got, newMs = readWith(t, ctx, script)
		} else {
			got, newMs = readWith(t, ctx, script)
			want, oldMs = readWith(t, ctx, readPageReference)
		}
		cancel()
		oldTotal += oldMs
		newTotal += newMs
		if !assert.Equal(t, want, got, "corpus page %s", id) {
			differ++
		}
		if done++; done%20 == 0 {
			t.Logf("corpus: %d of %d pages read, %d differ", done, len(pages), differ)
		}
	}
	t.Logf("corpus %s: %d pages in %v, %d differ; reading took %.0f ms in all with the reference, %.0f ms with read-page.js",
		dir, len(pages), time.Since(start).Round(time.Second), differ, oldTotal, newTotal)
}
