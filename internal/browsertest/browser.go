//go:build !js

package browsertest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// SkipEnv names the variable that skips the browser tests when set to 1.
const SkipEnv = "ARTICLECLEANER_SKIP_BROWSER"

// ErrNoChromium says Chromium is not installed.
var ErrNoChromium = errors.New("browsertest: Chromium is not installed: apt-get install chromium " +
	"(or set " + SkipEnv + "=1 to skip the browser tests)")

// ChromiumPath finds the browser: $CHROMIUM, Debian's /usr/bin/chromium,
// or chromium / chromium-browser on the PATH.
func ChromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Browser is a headless Chromium whose traffic goes through a Proxy.
type Browser struct {
	Ctx    context.Context // a tab; run chromedp actions in it
	Proxy  *Proxy
	cancel []context.CancelFunc

	mu       sync.Mutex
	problems []string // console errors, exceptions, CSP reports
}

// cspHook records CSP violations in the page, before any page script runs.
const cspHook = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI);
});`

// StartBrowser starts Chromium with a fresh profile in userDataDir and a
// tab of width×height.
func StartBrowser(userDataDir string, width, height int) (*Browser, error) {
	path, err := ChromiumPath()
	if err != nil {
		return nil, err
	}
	proxy := StartProxy()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("proxy-server", "http://"+strings.TrimPrefix(proxy.URL, "http://")),
		// Send even loopback through the proxy, so it sees every request.
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	b := &Browser{Ctx: ctx, Proxy: proxy, cancel: []context.CancelFunc{cancelCtx, cancelAlloc}}
	messages := chromedp.Console(ctx)
	go b.collect(messages)
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		b.Close()
		return nil, fmt.Errorf("browsertest: starting %s: %w", path, err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspHook}); err != nil {
		b.Close()
		return nil, fmt.Errorf("browsertest: %w", err)
	}
	return b, nil
}

// collect keeps the console errors and uncaught exceptions.
func (b *Browser) collect(messages iter.Seq2[chromedp.ConsoleMessage, error]) {
	for m, err := range messages {
		if err != nil {
			return
		}
		if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleException {
			continue
		}
		b.mu.Lock()
		b.problems = append(b.problems, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line))
		b.mu.Unlock()
	}
}

// Problems returns the console errors, uncaught exceptions and CSP
// violations seen so far (CSP ones read from the current page).
func (b *Browser) Problems() []string {
	csp, err := chromedp.Run(b.Ctx, chromedp.Evaluate[[]string](`window.__cspViolations || []`))
	if err != nil {
		csp = append(csp, "(could not read the CSP violations: "+err.Error()+")")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := append([]string(nil), b.problems...)
	for _, v := range csp {
		out = append(out, "CSP violation: "+v)
	}
	return out
}

// Close stops the browser and the proxy.
func (b *Browser) Close() {
	for _, c := range b.cancel {
		c()
	}
	b.Proxy.Close()
}
