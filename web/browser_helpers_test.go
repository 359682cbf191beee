//go:build !js

package web_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Timeouts for waiting on the page. The machine running the tests may be
// slow and busy (CI has two cores), so they are generous; a hang still
// fails.
const (
	readyTimeout = 90 * time.Second  // starting the wasm on a cold, busy machine
	cleanTimeout = 60 * time.Second  // cleaning the seed
	largeTimeout = 240 * time.Second // cleaning 5 MB in the wasm
)

// minWindowWidth is about the narrowest window Chromium opens; narrower
// screens are emulated.
const minWindowWidth = 500

var (
	serverOnce sync.Once
	server     *httptest.Server
	serverErr  error
)

// pageServer serves the page with a fresh wasm build; one per test run.
func pageServer(t *testing.T) *httptest.Server {
	t.Helper()
	serverOnce.Do(func() { server, serverErr = browsertest.StartServer() })
	require.NoError(t, serverErr)
	return server
}

// page is the page open in a fresh headless Chromium.
type page struct {
	t       *testing.T
	b       *browsertest.Browser
	baseURL string
}

// openPage starts Chromium at width×height, opens the page and waits for
// the wasm to be ready. On cleanup it fails the test if the page logged
// an error, violated its CSP, or asked for anything but 127.0.0.1.
func openPage(t *testing.T, width, height int) *page {
	t.Helper()
	if os.Getenv(browsertest.SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", browsertest.SkipEnv)
	}
	_, err := browsertest.ChromiumPath()
	require.NoError(t, err)
	srv := pageServer(t)
	b, err := browsertest.StartBrowser(t.TempDir(), width, height)
	require.NoError(t, err)
	p := &page{t: t, b: b, baseURL: srv.URL}
	t.Cleanup(func() {
		problems := b.Problems()
		foreign := b.Proxy.Foreign()
		hosts := b.Proxy.Hosts()
		b.Close()
		assert.Empty(t, problems, "console errors, exceptions or CSP violations")
		assert.Empty(t, foreign, "requests that left 127.0.0.1")
		assert.NotEmpty(t, hosts, "the proxy saw no request: the browser bypassed it")
	})
	if width < minWindowWidth {
		// A window cannot be as narrow as a phone: emulate the screen.
		p.do(chromedp.EmulateViewport(int64(width), int64(height), chromedp.EmulateMobile))
	}
	p.do(chromedp.Navigate(srv.URL + "/"))
	p.waitFor(`document.body.dataset.ready === 'true'`, readyTimeout)
	return p
}

func (p *page) do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.b.Ctx, actions...))
}

// eval runs a JavaScript expression (awaiting a promise) and decodes its
// value into T.
func eval[T any](p *page, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.b.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	require.NoError(p.t, err, "evaluating %s", shorten(expr))
	return v
}

func shorten(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// waitFor polls a JavaScript condition until it is true.
func (p *page) waitFor(cond string, timeout time.Duration) {
	p.t.Helper()
	_, err := chromedp.Run(p.b.Ctx, chromedp.Poll[bool](cond,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	require.NoError(p.t, err, "waiting for %s; page error: %q", cond, eval[string](p, `document.getElementById('error').textContent`))
}

// waitForAsync evaluates a JavaScript expression whose value is a
// promise of a boolean until it is true (Poll would take the promise
// itself for true).
func (p *page) waitForAsync(cond string, timeout time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for !eval[bool](p, `(async () => !!(await `+cond+`))()`) {
		require.True(p.t, time.Now().Before(deadline), "waiting for %s", shorten(cond))
		time.Sleep(50 * time.Millisecond)
	}
}

// reload loads the page again and waits for the wasm to be ready.
func (p *page) reload() {
	p.t.Helper()
	p.do(chromedp.Reload())
	p.waitFor(`document.body.dataset.ready === 'true'`, readyTimeout)
}

// js quotes a Go string as a JavaScript string literal.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// paste puts text in the input as a paste would.
func (p *page) paste(text string) {
	p.t.Helper()
	eval[bool](p, fmt.Sprintf(`(() => { const t = document.getElementById('input'); t.value = %s;
		t.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`, js(text)))
}

// clean clicks Clean and waits for the result.
func (p *page) clean(timeout time.Duration) {
	p.t.Helper()
	eval[bool](p, `window.__cleaned = false; document.getElementById('clean').click(); true`)
	p.waitForResult(timeout)
}

// waitForResult waits until no clean is running and a result or an error
// is shown.
func (p *page) waitForResult(timeout time.Duration) {
	p.t.Helper()
	p.waitFor(`document.body.dataset.busy === 'false' && (!document.getElementById('toolbar').hidden || !document.getElementById('error').hidden)`, timeout)
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("static/example.txt")
	require.NoError(t, err)
	return string(b)
}

const seedTitle = "Strike talks break off between Hollywood actors and studios"

// articleParagraphs returns the text of the article's paragraphs.
func articleParagraphs(p *page) []string {
	return eval[[]string](p, `[...document.querySelectorAll('#output .article-body > p:not(.removed-block)')].map((e) => e.textContent)`)
}

func text(p *page, sel string) string {
	return strings.TrimSpace(eval[string](p, fmt.Sprintf(`document.querySelector(%s)?.textContent ?? ''`, js(sel))))
}
