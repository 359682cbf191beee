//go:build !js

package sitebuild

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Timeouts on a slow, busy machine.
const (
	startTimeout = 30 * time.Second
	readyTimeout = 90 * time.Second
	cleanTimeout = 60 * time.Second
)

const seedTitle = "Strike talks break off between Hollywood actors and studios"

// plainServer serves dir with python3 -m http.server, a static file
// server that knows nothing of the page: no CSP header, no compression.
func plainServer(t *testing.T, dir string) string {
	t.Helper()
	python, err := exec.LookPath("python3")
	require.NoError(t, err, "python3 serves the site in this test (scripts/ensure-deps installs it)")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	_, port, _ := net.SplitHostPort(addr)
	require.NoError(t, l.Close())
	cmd := exec.Command(python, "-m", "http.server", port, "--bind", "127.0.0.1", "--directory", dir)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	require.Eventually(t, func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err == nil
	}, startTimeout, 50*time.Millisecond, "python3 -m http.server did not start")
	return "http://" + addr
}

// TestSiteOnPlainServer serves make site's output with python3 -m
// http.server and checks in Chromium that the page starts, cleans the
// seed, and keeps its CSP (from the <meta> element, as no header sets
// it): an inline script is refused, and nothing but the page's own files
// is loaded.
func TestSiteOnPlainServer(t *testing.T) {
	if os.Getenv(browsertest.SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", browsertest.SkipEnv)
	}
	base := plainServer(t, site(t))
	b, err := browsertest.StartBrowser(t.TempDir(), 1280, 800)
	require.NoError(t, err)
	run := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		require.NoError(t, err, expr)
		return v
	}
	poll := func(cond string, timeout time.Duration) {
		t.Helper()
		_, err := chromedp.Run(b.Ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
		require.NoError(t, err, "waiting for %s; page error: %q", cond, run(`document.getElementById('error')?.textContent ?? ''`))
	}
	defer func() {
		var problems []string
		for _, p := range b.Problems() {
			// The inline script this test adds on purpose, refused by the CSP.
			if !strings.Contains(p, "inline") {
				problems = append(problems, p)
			}
		}
		foreign := b.Proxy.Foreign()
		b.Close()
		assert.Empty(t, problems, "console errors, exceptions or CSP violations")
		assert.Empty(t, foreign, "requests that left 127.0.0.1")
	}()

	require.NoError(t, chromedp.Do(b.Ctx, chromedp.Navigate(base+"/")))
	poll(`document.body.dataset.ready === 'true'`, readyTimeout)
	assert.Equal(t, web.MetaContentSecurityPolicy, run(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`))
	// An inline script (DevTools' own evaluation is exempt from the CSP, so
	// the page is made to add one) must not run, and is reported.
	run(`document.head.append(Object.assign(document.createElement('script'), {textContent: 'window.__inlineRan = true'})), ''`)
	poll(`window.__cspViolations.some((v) => v.startsWith('script-src-elem blocked inline'))`, startTimeout)
	assert.Equal(t, "false", run(`String(window.__inlineRan === true)`), "the CSP must refuse inline scripts")

	run(`fetch('example.txt').then((r) => r.text()).then((s) => { const t = document.getElementById('input');
		t.value = s; t.dispatchEvent(new Event('input', {bubbles: true})); document.getElementById('clean').click(); return ''; })`)
	poll(`document.body.dataset.busy === 'false' && !document.getElementById('toolbar').hidden`, cleanTimeout)
	assert.Equal(t, seedTitle, strings.TrimSpace(run(`document.querySelector('#output h1').textContent`)))
	assert.Equal(t, "6", run(`String(document.querySelectorAll('#output .article-body > p').length)`))
	poll(`navigator.serviceWorker.controller !== null`, readyTimeout)
	assert.Equal(t, "true", run(fmt.Sprintf(`caches.keys().then((k) => String(k.some((n) => n.startsWith('articlecleaner-') && n.length === %d)))`, len("articlecleaner-")+16)))
}
