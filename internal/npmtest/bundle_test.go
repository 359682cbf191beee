//go:build !js

package npmtest

import (
	"net/http"
	"net/http/httptest"
	"os"
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

// TestPackageBundledInChromium bundles app.js and its worker with esbuild
// from the installed package, copies the wasm beside the bundles as the
// package's README says, serves them under the page's strict CSP, and
// checks in headless Chromium that both the page's thread and the worker
// (CleanerClient) clean the seed to its expected result, with no console
// error, CSP violation or request leaving 127.0.0.1.
func TestPackageBundledInChromium(t *testing.T) {
	if os.Getenv(browsertest.SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", browsertest.SkipEnv)
	}
	s := project(t)
	out := t.TempDir()
	_, err := run(s.dir, filepath.Join("node_modules", ".bin", "esbuild"), "app.js", "cleaner-worker.js",
		"--bundle", "--format=esm", "--log-level=warning", "--outdir="+out)
	require.NoError(t, err)
	copyInto(t, filepath.Join(s.dir, "node_modules", "articlecleaner", "articlecleaner.wasm"), out)
	copyInto(t, filepath.Join(s.dir, "index.html"), out)
	copyInto(t, seedInput, out)
	require.NoError(t, os.Rename(filepath.Join(out, "strike-talks.txt"), filepath.Join(out, "seed.txt")))

	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", web.ContentSecurityPolicy)
		files.ServeHTTP(w, r)
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
	require.NoError(t, chromedp.Do(b.Ctx, chromedp.Navigate(srv.URL+"/index.html")))
	type result struct {
		Direct, Worker *seedWant
		Stages         int
		Error          string
	}
	got, err := chromedp.Run(b.Ctx, chromedp.Poll[result](`window.__result`,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(bundleTimeout)))
	require.NoError(t, err)
	require.Empty(t, got.Error)
	want := expected(t)
	require.NotNil(t, got.Direct)
	require.NotNil(t, got.Worker)
	assert.Equal(t, want, *got.Direct, "loadCleaner() in the page")
	assert.Equal(t, want, *got.Worker, "CleanerClient with the bundled worker")
	assert.Positive(t, got.Stages, "progress reached the page from the worker")
}

func copyInto(t *testing.T, src, dir string) {
	t.Helper()
	b, err := os.ReadFile(src)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(src)), b, 0o644))
}
