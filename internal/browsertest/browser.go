//go:build !js

package browsertest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
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
// or chromium / chromium-browser / google-chrome on the PATH.
func ChromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
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

// Options says how to start the browser.
type Options struct {
	UserDataDir   string // the profile's folder: a fresh one per browser
	Width, Height int    // the window, in CSS pixels
	// Extension, when set, is an unpacked extension's folder: Chromium
	// keeps extensions on, loads this one and no other, and lets the
	// DevTools protocol press its toolbar button (Extensions.triggerAction).
	Extension string
}

// cspHook records CSP violations in the page, before any page script runs.
const cspHook = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI);
});`

// StartBrowser starts Chromium with a fresh profile in userDataDir and a
// tab of width×height.
func StartBrowser(userDataDir string, width, height int) (*Browser, error) {
	return Start(Options{UserDataDir: userDataDir, Width: width, Height: height})
}

// Start starts Chromium as opts says, behind a new Proxy, with console and
// CSP reporting in its first tab (Ctx). Close it when done.
func Start(opts Options) (*Browser, error) {
	path, err := ChromiumPath()
	if err != nil {
		return nil, err
	}
	proxy := StartProxy()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), flags(path, proxy, opts)...)
	var ctxOpts []chromedp.ContextOption
	if opts.Extension != "" {
		// chromedp logs the extension's targets' events it does not
		// expect; they say nothing about the extension, the tests do.
		quiet := func(string, ...any) {}
		ctxOpts = append(ctxOpts, chromedp.WithLogf(quiet), chromedp.WithErrorf(quiet))
	}
	ctx, cancelCtx := chromedp.NewContext(allocCtx, ctxOpts...)
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

// flags are Chromium's command line: headless, quiet (no background
// services, no throttling of tabs behind others), and every request,
// loopback included, through the proxy.
func flags(path string, proxy *Proxy, opts Options) []chromedp.ExecAllocatorOption {
	// disableFeatures: translation, casting and optimization hints call
	// Google's services.
	disableFeatures := "Translate,MediaRouter,OptimizationHints"
	out := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", "new"), // the old headless mode has no extensions
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(opts.UserDataDir),
		chromedp.WindowSize(opts.Width, opts.Height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		// Tabs behind others keep rendering (screenshots, timers).
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.ProxyServer("http://" + proxy.Addr()),
		// Send even loopback through the proxy, so it sees every request.
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	}
	if opts.Extension == "" {
		out = append(out, chromedp.Flag("disable-extensions", true))
	} else {
		out = append(out,
			chromedp.Flag("load-extension", opts.Extension),
			chromedp.Flag("disable-extensions-except", opts.Extension),
			// Lets the tests press the extension's button (Extensions.triggerAction).
			chromedp.Flag("enable-unsafe-extension-debugging", true),
		)
		// Chromium 137+ ignores --load-extension unless this feature is off.
		disableFeatures = "DisableLoadExtensionCommandLineSwitch," + disableFeatures
	}
	return append(out, chromedp.Flag("disable-features", disableFeatures))
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
