//go:build !js

package npmtest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bundleTimeout bounds loading and cleaning the seed twice in the page
// (the main thread and a worker each compile the wasm) on a busy machine.
const bundleTimeout = 120 * time.Second

// TestPackageInChromium runs the installed package in headless Chromium,
// under the page's strict CSP: bundled by esbuild (app.js and its worker,
// the wasm copied beside the bundles as the package's README says), and
// unbundled (its modules served as files, CleanerClient starting the
// package's own worker.js). Each time, both the page's thread
// (loadCleaner) and the worker (CleanerClient) must clean the seed to its
// expected result, with no console error, CSP violation or request
// leaving 127.0.0.1.
func TestPackageInChromium(t *testing.T) {
	if os.Getenv(browsertest.SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", browsertest.SkipEnv)
	}
	s := project(t)
	out := t.TempDir()
	esbuild := exec.Command(filepath.Join("node_modules", ".bin", "esbuild"), "app.js", "cleaner-worker.js",
		"--bundle", "--format=esm", "--log-level=warning", "--outdir="+out)
	esbuild.Dir = s.dir
	msg, err := esbuild.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	assert.Empty(t, string(msg), "esbuild warned")
	copyInto(t, filepath.Join(s.dir, "node_modules", "articlecleaner", "articlecleaner.wasm"), out)
	for _, f := range []string{"index.html", "unbundled.html", "unbundled.js", "seed-page.js"} {
		copyInto(t, filepath.Join(s.dir, f), out)
	}
	seed, err := os.ReadFile(seedInput)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(out, "seed.txt"), seed, 0o644))

	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(out)))
	mux.Handle("/node_modules/", http.StripPrefix("/node_modules/", http.FileServer(http.Dir(filepath.Join(s.dir, "node_modules")))))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", web.ContentSecurityPolicy)
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()

	b, err := browsertest.StartBrowser(t.TempDir(), 1024, 768)
	require.NoError(t, err)
	defer func() {
		problems, foreign := b.Problems(), b.Proxy.Foreign()
		b.Close()
		assert.Empty(t, problems, "console errors, exceptions or CSP violations")
		assert.Empty(t, foreign, "requests that left 127.0.0.1")
	}()
	want := expected(t)
	for _, page := range []string{"index.html", "unbundled.html"} {
		require.NoError(t, chromedp.Do(b.Ctx, chromedp.Navigate(srv.URL+"/"+page)))
		type result struct {
			Direct, Worker *seedWant
			Stages         int
			WorkerMarkdown string
			Error          string
		}
		got, err := chromedp.Run(b.Ctx, chromedp.Poll[result](`window.__result`,
			chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(bundleTimeout)))
		require.NoError(t, err, page)
		require.Empty(t, got.Error, page)
		require.NotNil(t, got.Direct, page)
		require.NotNil(t, got.Worker, page)
		assert.Equal(t, want, *got.Direct, "%s: loadCleaner() in the page", page)
		assert.Equal(t, want, *got.Worker, "%s: CleanerClient in a worker", page)
		assert.Positive(t, got.Stages, "%s: progress reached the page from the worker", page)
		assert.Equal(t, "# "+want.Title, got.WorkerMarkdown, "%s: record.render('markdown') answered by the worker", page)
	}
}

func copyInto(t *testing.T, src, dir string) {
	t.Helper()
	b, err := os.ReadFile(src)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644))
}
