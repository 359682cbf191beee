//go:build !js

package exttest

import (
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// ffScreenshot, when set, is where TestFirefox saves a picture of the
// reader tab in Firefox (relative to the module root), e.g.
// go test ./internal/exttest -run TestFirefox -ff-screenshot docs/extension-reader-firefox.png
var ffScreenshot = flag.String("ff-screenshot", "", "save a PNG of the reader tab in Firefox to this path (relative to the module root)")

// firefox is one headless Firefox with the extension installed.
type firefox struct {
	t  *testing.T
	ff *browsertest.Firefox
}

// startFirefox starts Firefox and installs the built extension as a
// temporary add-on (as about:debugging does with an unpacked folder). It
// fails when Firefox is missing, saying how to install it, unless
// ARTICLECLEANER_SKIP_BROWSER=1.
func startFirefox(t *testing.T) *firefox {
	t.Helper()
	if _, err := browsertest.FirefoxPath(); err != nil {
		if os.Getenv(browsertest.SkipEnv) == "1" {
			t.Skipf("Firefox not found; skipped because %s=1", browsertest.SkipEnv)
		}
		t.Fatalf("the extension's Firefox test needs Firefox: %v", err)
	}
	dir := firefoxExtensionDir(t)
	ff, err := browsertest.StartFirefox(t.TempDir(), 1200, 900)
	require.NoError(t, err, "starting Firefox")
	t.Cleanup(ff.Close)
	t.Logf("Firefox %s", ff.Version)
	var id string
	require.NoError(t, ff.M.Call("Addon:Install", map[string]any{"path": dir, "temporary": true}, &struct {
		Value *string `json:"value"`
	}{&id}), "installing the extension")
	manifest, err := extbuild.ReadManifest(dir)
	require.NoError(t, err)
	require.Equal(t, manifest.Specific.Gecko.ID, id, "the installed add-on's id")
	return &firefox{t: t, ff: ff}
}

// openTab opens url in a new tab, selected, and returns its handle.
func (f *firefox) openTab(url string) string {
	f.t.Helper()
	var w struct {
		Handle string `json:"handle"`
	}
	require.NoError(f.t, f.ff.M.Call("WebDriver:NewWindow", map[string]any{"type": "tab", "focus": true}, &w))
	require.NoError(f.t, f.ff.M.Call("WebDriver:SwitchToWindow", map[string]any{"handle": w.Handle, "focus": true}, nil))
	require.NoError(f.t, f.ff.M.Call("WebDriver:Navigate", map[string]any{"url": url}, nil), "opening %s", url)
	return w.Handle
}

// pressShortcut presses Alt+Shift+C in the browser window, as a person
// would: the key events go through Firefox's own keyboard handling to the
// extension's command (_execute_action), which grants activeTab on the
// selected tab and runs the toolbar button's click handler.
const pressShortcut = `
const tip = Cc["@mozilla.org/text-input-processor;1"].createInstance(Ci.nsITextInputProcessor);
if (!tip.beginInputTransactionForTests(window)) throw new Error("no keyboard input transaction");
const key = (key, code, keyCode) => new KeyboardEvent("", { key, code, keyCode });
const keys = [key("Alt", "AltLeft", KeyboardEvent.DOM_VK_ALT), key("Shift", "ShiftLeft", KeyboardEvent.DOM_VK_SHIFT),
  key("C", "KeyC", KeyboardEvent.DOM_VK_C)];
for (const k of keys) tip.keydown(k);
for (const k of keys.reverse()) tip.keyup(k);
return gBrowser.selectedBrowser.currentURI.spec;`

// shortcut presses the extension's shortcut on the tab and returns the
// handle of the reader tab it opens.
func (f *firefox) shortcut(tab, url string) string {
	f.t.Helper()
	before := f.readerTabs()
	require.NoError(f.t, f.ff.M.Call("Marionette:SetContext", map[string]any{"value": "chrome"}, nil))
	var selected string
	err := f.ff.M.Script(pressShortcut, &selected)
	require.NoError(f.t, f.ff.M.Call("Marionette:SetContext", map[string]any{"value": "content"}, nil))
	require.NoError(f.t, err, "pressing Alt+Shift+C")
	require.Equal(f.t, url, selected, "the page's tab is the selected one")
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		for h := range f.readerTabs() {
			if !before[h] {
				return h
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	f.t.Fatalf("no reader tab opened within %s", stepTimeout)
	return ""
}

// readerTabs lists the handles of the reader tabs open now.
func (f *firefox) readerTabs() map[string]bool {
	f.t.Helper()
	var handles []string
	require.NoError(f.t, f.ff.M.Call("WebDriver:GetWindowHandles", nil, &handles))
	var current string
	_ = f.ff.M.Call("WebDriver:GetWindowHandle", nil, &struct {
		Value *string `json:"value"`
	}{&current})
	out := map[string]bool{}
	for _, h := range handles {
		if err := f.ff.M.Call("WebDriver:SwitchToWindow", map[string]any{"handle": h, "focus": false}, nil); err != nil {
			continue // closed meanwhile
		}
		var u struct {
			Value string `json:"value"`
		}
		if f.ff.M.Call("WebDriver:GetCurrentURL", nil, &u) == nil &&
			strings.HasPrefix(u.Value, "moz-extension://") && strings.Contains(u.Value, "/reader.html") && strings.Contains(u.Value, "#") {
			out[h] = true
		}
	}
	if current != "" {
		_ = f.ff.M.Call("WebDriver:SwitchToWindow", map[string]any{"handle": current, "focus": false}, nil)
	}
	return out
}

// waitReader waits until the reader tab has finished and returns what it
// shows (the same script as in Chromium).
func (f *firefox) waitReader(handle string) readerView {
	f.t.Helper()
	require.NoError(f.t, f.ff.M.Call("WebDriver:SwitchToWindow", map[string]any{"handle": handle, "focus": true}, nil))
	deadline := time.Now().Add(stepTimeout)
	for {
		var done bool
		err := f.ff.M.Script(`return !!document.body && document.body.dataset.state !== 'loading' && document.body.dataset.busy !== 'true'`, &done)
		if err == nil && done {
			break
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("the reader tab did not finish within %s (last error: %v)", stepTimeout, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var v readerView
	require.NoError(f.t, f.ff.M.Script("return "+readView, &v))
	return v
}

// TestFirefox loads the built extension into headless Firefox and cleans
// pages as a person does: the page in a tab, Alt+Shift+C (the toolbar
// button's command), then the reader tab. It checks the article, the
// removed list with its reasons, the live-page cases (frames, shadow
// roots, visibility) and that no request left 127.0.0.1.
func TestFirefox(t *testing.T) {
	f := startFirefox(t)
	site := startLiveSite(t)

	var shown []float64 // ms from the shortcut to the article in the reader
	t.Run("article", func(t *testing.T) {
		f.t = t
		v := f.cleanTab(site.URL+"/article", &shown)
		require.Equal(t, "done", v.State, "reader error: %s", v.Error)
		assert.Equal(t, articleTitle, v.Title)
		assert.Equal(t, "Maya Lindqvist", v.Byline)
		assert.True(t, strings.HasPrefix(v.Date, "2024-03-14"), "date %q", v.Date)
		require.NotEmpty(t, v.Paragraphs)
		assert.True(t, strings.HasPrefix(v.Paragraphs[0], articleFirst), "first paragraph: %q", v.Paragraphs[0])
		assert.Contains(t, v.Paragraphs[len(v.Paragraphs)-1], articleLast)
		for _, junk := range []string{junkNav, junkCookie, junkFooter, "Share on Facebook", "Sign up for our newsletter"} {
			assert.NotContains(t, v.Body, junk)
		}
		whys := removedWhys(v)
		assert.Contains(t, whys, junkCookie)
		assert.Contains(t, whys, "Business")
		for _, r := range v.Removed {
			assert.NotEmpty(t, r.Why, "every removed piece has a reason: %q", r.Text)
		}
		assert.GreaterOrEqual(t, removedTotal(t, v.RemovedCount), 15)
		if *ffScreenshot != "" {
			f.saveScreenshot(t)
		}
	})
	for _, tc := range liveCases {
		t.Run(tc.name, func(t *testing.T) {
			f.t = t
			checkLive(t, tc, f.cleanTab(site.URL+tc.path, &shown))
		})
	}

	f.t = t
	logShown(t, shown)
	hosts := f.ff.Proxy.Hosts()
	t.Logf("proxy saw %d requests: %v", len(hosts), hosts)
	require.NotEmpty(t, hosts, "the proxy saw no request: Firefox bypassed it, so the check below would prove nothing")
	assert.Empty(t, f.ff.Proxy.Foreign(), "requests that left 127.0.0.1")
}

// cleanTab opens url in a tab, presses the shortcut and returns what the
// reader shows, adding the ms from the key press to the article shown to
// shown (and logging where they went).
func (f *firefox) cleanTab(url string, shown *[]float64) readerView {
	f.t.Helper()
	tab := f.openTab(url)
	pressed := time.Now()
	v := f.waitReader(f.shortcut(tab, url))
	if ms, err := strconv.ParseFloat(v.ShownAt, 64); err == nil {
		*shown = append(*shown, ms-float64(pressed.UnixMicro())/1000)
		f.t.Logf("shortcut to the article shown in the reader: %.0f ms (in the browser: %s)",
			(*shown)[len(*shown)-1], describeSteps(v.Timing))
	}
	return v
}

// logShown logs the median of the times from the shortcut to the article.
func logShown(t *testing.T, shown []float64) {
	t.Helper()
	logClicks(t, "shortcut (the toolbar button's command)", shown)
}

// saveScreenshot writes a PNG of the current (reader) tab to ffScreenshot.
func (f *firefox) saveScreenshot(t *testing.T) {
	t.Helper()
	root, err := extbuild.ModuleRoot(".")
	require.NoError(t, err)
	var shot struct {
		Value string `json:"value"`
	}
	require.NoError(t, f.ff.M.Call("WebDriver:TakeScreenshot", map[string]any{"full": false, "hash": false}, &shot))
	png, err := base64.StdEncoding.DecodeString(shot.Value)
	require.NoError(t, err)
	path := filepath.Join(root, filepath.FromSlash(*ffScreenshot))
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}
