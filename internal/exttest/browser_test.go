//go:build !js

package exttest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/extensions"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// Timeouts. The browser's first start and the first wasm compile are the
// slow parts on a 2-core machine; cleaning the 2.5 MB page takes seconds.
const (
	browserTimeout = 4 * time.Minute  // the whole browser session of one test
	stepTimeout    = 90 * time.Second // one wait: the worker id, the reader's result
)

// needChromium fails the test when Chromium is missing, saying how to
// install it, or skips it when ARTICLECLEANER_SKIP_BROWSER=1.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := browsertest.ChromiumPath(); err != nil {
		if os.Getenv(browsertest.SkipEnv) == "1" {
			t.Skipf("Chromium not found; skipped because %s=1", browsertest.SkipEnv)
		}
		t.Fatalf("the extension's browser tests need Chromium: %v", err)
	}
}

var (
	buildOnce sync.Once
	builtDir  string
	buildErr  error
)

// TestMain removes the extension built for the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtDir != "" {
		_ = os.RemoveAll(filepath.Dir(builtDir))
	}
	os.Exit(code)
}

// extensionDir builds the extension once per test process, with the same
// code as `make extension` (compiling the current wasm), and returns the
// Chrome build.
func extensionDir(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		root, err := extbuild.ModuleRoot(".")
		if err != nil {
			buildErr = err
			return
		}
		tmp, err := os.MkdirTemp("", "articlecleaner-ext-")
		if err != nil {
			buildErr = err
			return
		}
		builtDir = filepath.Join(tmp, "extension")
		buildErr = extbuild.Build(extbuild.Config{Root: root, Out: builtDir, FirefoxOut: firefoxDir(builtDir)})
	})
	require.NoError(t, buildErr, "building the extension")
	return builtDir
}

// firefoxExtensionDir is extensionDir's Firefox build.
func firefoxExtensionDir(t *testing.T) string {
	t.Helper()
	return firefoxDir(extensionDir(t))
}

func firefoxDir(chromeDir string) string {
	return filepath.Join(filepath.Dir(chromeDir), "extension-firefox")
}

// browser is one Chromium with the extension loaded, its traffic going
// through browsertest's logging proxy.
type browser struct {
	t     *testing.T
	ctx   context.Context // the first tab's context
	proxy *browsertest.Proxy
	extID string
	// clicked is when clickAction last pressed the button (the page
	// shown): the tests time the reader from it.
	clicked time.Time
}

// startBrowser launches Chromium with the extension.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	needChromium(t)
	dir := extensionDir(t)
	bt, err := browsertest.Start(browsertest.Options{UserDataDir: t.TempDir(), Width: 1200, Height: 900, Extension: dir})
	require.NoError(t, err, "starting Chromium")
	t.Cleanup(bt.Close)
	b := &browser{t: t, ctx: bt.Ctx, proxy: bt.Proxy}
	b.extID = b.findExtension()
	return b
}

// findExtension waits for the extension's service worker and returns the
// extension id from its URL.
func (b *browser) findExtension() string {
	b.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(b.ctx)
		require.NoError(b.t, err)
		for _, info := range infos {
			if info.Type == "service_worker" && strings.HasPrefix(info.URL, "chrome-extension://") &&
				strings.HasSuffix(info.URL, "/background.js") {
				return strings.Split(strings.TrimPrefix(info.URL, "chrome-extension://"), "/")[0]
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	b.t.Fatalf("the extension's service worker did not start within %s: Chromium did not load %s", stepTimeout, extensionDir(b.t))
	return ""
}

// newTab opens url in a new tab and returns the tab's context.
func (b *browser) newTab(url string) context.Context {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	b.t.Cleanup(cancel)
	require.NoError(b.t, chromedp.Do(ctx, chromedp.Navigate(url)), "opening %s", url)
	return ctx
}

// clickAction presses the extension's toolbar button on the tab, once
// the tab is shown, and returns the context of the reader tab it opens;
// b.clicked is when it pressed it.
func (b *browser) clickAction(tab context.Context) context.Context {
	b.t.Helper()
	before := b.readerTabs()
	// The action runs on the window's active tab, as a click would.
	_, err := chromedp.Call(tab, page.BringToFront, cdp.Empty{})
	require.NoError(b.t, err, "bringing the tab to the front")
	// The page is shown before the click, as the page a user clicks on
	// is: brought to the front, it lays out and paints (two frames).
	_, err = chromedp.Run(tab, chromedp.Evaluate[bool](`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`, chromedp.EvalAwaitPromise))
	require.NoError(b.t, err, "waiting for the tab to paint")
	b.clicked = time.Now()
	_, err = chromedp.CallBrowser(tab, extensions.TriggerAction,
		extensions.TriggerActionParams{ID: b.extID, TargetID: string(b.tabTarget(tab))})
	require.NoError(b.t, err, "Extensions.triggerAction")
	return b.newReader(before)
}

// tabTarget returns the id of the "tab" target holding the page target
// of ctx: Extensions.triggerAction wants the tab, which Target.getTargets
// lists only when asked for.
func (b *browser) tabTarget(ctx context.Context) target.ID {
	b.t.Helper()
	page := chromedp.FromContext(ctx).Target.TargetID
	res, err := chromedp.CallBrowser(ctx, target.GetTargets, target.GetTargetsParams{
		Filter: target.Filter{{Type: "tab"}, {Type: "page"}},
	})
	require.NoError(b.t, err)
	var pageInfo *target.Info
	for _, info := range res.TargetInfos {
		if info.TargetID == page {
			pageInfo = info
		}
	}
	require.NotNil(b.t, pageInfo, "the page target is not listed")
	if pageInfo.ParentID != "" {
		return pageInfo.ParentID
	}
	for _, info := range res.TargetInfos {
		if info.Type == "tab" && info.URL == pageInfo.URL {
			return info.TargetID
		}
	}
	b.t.Fatalf("no tab target for %s", pageInfo.URL)
	return ""
}

// readerTabs lists the reader tabs open now.
func (b *browser) readerTabs() map[target.ID]bool {
	b.t.Helper()
	infos, err := chromedp.Targets(b.ctx)
	require.NoError(b.t, err)
	prefix := fmt.Sprintf("chrome-extension://%s/reader.html", b.extID)
	out := map[target.ID]bool{}
	for _, info := range infos {
		// reader.html#<job>, or reader.html?clean=reader#<job>
		rest, ok := strings.CutPrefix(info.URL, prefix)
		if info.Type == "page" && ok && (strings.HasPrefix(rest, "#") || strings.HasPrefix(rest, "?")) {
			out[info.TargetID] = true
		}
	}
	return out
}

// newReader waits for a reader tab that is not in before and returns its
// context.
func (b *browser) newReader(before map[target.ID]bool) context.Context {
	b.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		for id := range b.readerTabs() {
			if !before[id] {
				ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(id))
				b.t.Cleanup(cancel)
				return ctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("no reader tab opened within %s", stepTimeout)
	return nil
}

// workerTarget returns the extension's service worker, waking it first
// when Chromium has stopped it for being idle (a reader tab's message
// starts it again).
func (b *browser) workerTarget() target.ID {
	b.t.Helper()
	find := func() target.ID {
		infos, err := chromedp.Targets(b.ctx)
		require.NoError(b.t, err)
		for _, info := range infos {
			if info.Type == "service_worker" && strings.HasPrefix(info.URL, "chrome-extension://"+b.extID+"/") {
				return info.TargetID
			}
		}
		return ""
	}
	if id := find(); id != "" {
		return id
	}
	b.newTab(fmt.Sprintf("chrome-extension://%s/reader.html#wake", b.extID))
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		if id := find(); id != "" {
			return id
		}
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("the extension's service worker did not start again")
	return ""
}

// inWorker evaluates a script in the extension's service worker (a
// promise is awaited) and decodes its result into out, unless out is nil.
func (b *browser) inWorker(script string, out any) {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(b.workerTarget()))
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](script, chromedp.EvalAwaitPromise))
	require.NoError(b.t, err, "in the service worker: %s", script)
	if out != nil {
		require.NoError(b.t, json.Unmarshal(raw, out))
	}
}

// holdWorker attaches to the service worker and returns its context and
// a func to let go. Chromium stops an idle worker once the protocol lets
// go of it, and with it the jobs it holds, so a test that starts a job
// from the worker holds it until the reader has taken the job.
//
// It returns once the background's module has run in the worker (its
// articlecleanerTest hooks are defined): a worker just started, or one
// on a loaded machine, is listed before its script has run, and every
// caller evaluates the hooks.
func (b *browser) holdWorker() (context.Context, context.CancelFunc) {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(b.workerTarget()))
	for deadline := time.Now().Add(stepTimeout); ; {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof articlecleanerTest === 'object'`))
		if err == nil && ok {
			return ctx, cancel
		}
		if !time.Now().Before(deadline) {
			cancel()
			require.FailNow(b.t, "the background's test hooks never appeared", "%v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// openJob hands a job to the background as its click handler would, and
// opens the reader on it in a tab made here (which, unlike a tab the
// extension opens, chromedp can take screenshots of).
func (b *browser) openJob(job map[string]string) context.Context {
	b.t.Helper()
	j, err := json.Marshal(job)
	require.NoError(b.t, err)
	ctx, cancel := b.holdWorker()
	defer cancel()
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`articlecleanerTest.jobs.set('test-job', %s), true`, j)))
	require.NoError(b.t, err)
	reader := b.newTab(fmt.Sprintf("chrome-extension://%s/reader.html#test-job", b.extID))
	b.waitReader(reader)
	return reader
}

// readerView is what the reader tab shows.
type readerView struct {
	State      string   `json:"state"`
	Error      string   `json:"error"`
	Source     string   `json:"source"`
	DocTitle   string   `json:"docTitle"`
	Title      string   `json:"title"`
	Byline     string   `json:"byline"`
	Date       string   `json:"date"`
	Paragraphs []string `json:"paragraphs"`
	Body       string   `json:"body"`
	Removed    []struct {
		Why  string `json:"why"`
		Text string `json:"text"`
	} `json:"removed"`
	RemovedCount string `json:"removedCount"`
	More         string `json:"more"` // the "Show N more" button's text, when it shows
	Stats        string `json:"stats"`
	ShownAt      string `json:"shownAt"` // when the article first showed, ms since the epoch
	Timing       string `json:"timing"`  // the steps from the click, JSON (reader.js)
}

// readView is the script that reads a readerView.
const readView = `(() => {
  const q = (s) => document.querySelector(s);
  const text = (s) => (q(s) ? q(s).textContent.trim() : '');
  return {
    state: document.body.dataset.state,
    error: q('#error').hidden ? '' : text('#error'),
    source: text('#source'),
    docTitle: document.title,
    title: text('.article-title'),
    byline: text('.article-meta .byline'),
    date: q('.article-meta time') ? q('.article-meta time').dateTime : '',
    paragraphs: [...document.querySelectorAll('.article-body p')].map((p) => p.textContent.trim()),
    body: text('.article-body'),
    removed: [...document.querySelectorAll('#removed li')].map((li) => ({
      why: li.querySelector('.why').textContent.trim(),
      text: li.querySelector('.removed-text').textContent.trim(),
    })),
    removedCount: text('#removed-count'),
    more: getComputedStyle(q('#removed-more')).display === 'none' ? '' : text('#removed-more'),
    stats: text('#stats'),
    shownAt: document.body.dataset.shownAt || '',
    timing: document.body.dataset.timing || '',
  };
})()`

// waitReader waits until the reader tab has finished (body[data-state] is
// done or error, and no clean is running) and returns what it shows. A
// tab still on about:blank has no state at all, so the poll names the
// states it waits for rather than the one it waits out.
func (b *browser) waitReader(reader context.Context) readerView {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`document.body && ['done', 'error'].includes(document.body.dataset.state) && document.body.dataset.busy !== 'true'`,
		chromedp.WithPollingInterval(100*time.Millisecond)))
	require.NoError(b.t, err, "waiting for the reader tab to finish")
	v, err := chromedp.Run(reader, chromedp.Evaluate[readerView](readView))
	require.NoError(b.t, err)
	return v
}
