//go:build !js

package exttest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// skipEnv, set to 1, skips the browser tests where Chromium is missing.
const skipEnv = "ARTICLECLEANER_SKIP_BROWSER"

// Timeouts. The browser's first start and the first wasm compile are the
// slow parts on a 2-core machine; cleaning the 2.5 MB page takes seconds.
const (
	browserTimeout = 4 * time.Minute  // the whole browser session of one test
	stepTimeout    = 90 * time.Second // one wait: the worker id, the reader's result
)

// chromiumPath finds Chromium: $CHROMIUM, then the usual command names.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv(skipEnv) == "1" {
		t.Skipf("Chromium not found; skipped because %s=1", skipEnv)
	}
	t.Fatalf("Chromium not found: the extension's browser tests need it. Install it (apt-get install chromium), "+
		"point $CHROMIUM at it, or set %s=1 to skip these tests", skipEnv)
	return ""
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
// code as `make extension` (compiling the current wasm).
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
		buildErr = extbuild.Build(extbuild.Config{Root: root, Out: builtDir})
	})
	require.NoError(t, buildErr, "building the extension")
	return builtDir
}

// browser is one Chromium with the extension loaded, its traffic going
// through a logging proxy.
type browser struct {
	t     *testing.T
	ctx   context.Context // the first tab's context
	proxy *proxy
	extID string
}

// startBrowser launches Chromium with the extension.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromiumPath(t)
	dir := extensionDir(t)
	px := startProxy(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1200, 900),
		chromedp.Flag("headless", "new"), // the old headless mode has no extensions
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("no-pings", true),
		// Tabs behind others keep rendering (screenshots, timers).
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("load-extension", dir),
		chromedp.Flag("disable-extensions-except", dir),
		// Chromium 137+ ignores --load-extension unless this feature is off.
		chromedp.Flag("disable-features", "DisableLoadExtensionCommandLineSwitch,Translate,MediaRouter,OptimizationHints"),
		// Lets the tests press the extension's button (Extensions.triggerAction).
		chromedp.Flag("enable-unsafe-extension-debugging", true),
		// Every request, loopback included, goes through the logging proxy.
		chromedp.ProxyServer("http://" + px.Addr()),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	// chromedp's own log lines (a frame event it did not expect) say
	// nothing about the extension; the tests' assertions do.
	quiet := func(string, ...any) {}
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithLogf(quiet), chromedp.WithErrorf(quiet))
	t.Cleanup(cancel)
	// Start the browser (without a deadline: it would end the browser).
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("about:blank")), "starting Chromium")
	b := &browser{t: t, ctx: ctx, proxy: px}
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

// clickAction presses the extension's toolbar button on the tab and
// returns the context of the reader tab it opens.
func (b *browser) clickAction(tab context.Context) context.Context {
	b.t.Helper()
	before := b.readerTabs()
	// The action runs on the window's active tab, as a click would.
	_, err := chromedp.Call(tab, page.BringToFront, cdp.Empty{})
	require.NoError(b.t, err, "bringing the tab to the front")
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
	prefix := fmt.Sprintf("chrome-extension://%s/reader.html#", b.extID)
	out := map[target.ID]bool{}
	for _, info := range infos {
		if info.Type == "page" && strings.HasPrefix(info.URL, prefix) {
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
func (b *browser) holdWorker() (context.Context, context.CancelFunc) {
	b.t.Helper()
	return chromedp.NewContext(b.ctx, chromedp.WithTargetID(b.workerTarget()))
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
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`jobs.set('test-job', %s), true`, j)))
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
  };
})()`

// waitReader waits until the reader tab has finished (body[data-state] is
// done or error, and no clean is running) and returns what it shows.
func (b *browser) waitReader(reader context.Context) readerView {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`document.body && document.body.dataset.state !== 'loading' && document.body.dataset.busy !== 'true'`,
		chromedp.WithPollingInterval(100*time.Millisecond)))
	require.NoError(b.t, err, "waiting for the reader tab to finish")
	v, err := chromedp.Run(reader, chromedp.Evaluate[readerView](readView))
	require.NoError(b.t, err)
	return v
}
