//go:build !js

package exttest

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// TestActionAfterBackgroundStopped clicks the toolbar button once the
// browser has stopped the extension's service worker (as Chrome does
// after ~30 s idle), so that the click itself starts it: the background's
// cleaner (warm-cleaner.js) starts while the page is read, and cleans
// cold. It logs the time from the click to the article, which differs
// from a click that finds the background running (TestActionCleansPage).
func TestActionAfterBackgroundStopped(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	var shown []float64
	for i := range 2 {
		t.Run(fmt.Sprintf("click %d", i+1), func(t *testing.T) {
			b.t = t
			stopBackground(t, b)
			tab := b.newTab(site.URL + "/article")
			clicked := time.Now()
			v := b.waitReader(b.clickAction(tab))
			require.Equal(t, "done", v.State, "reader error: %s", v.Error)
			var steps clickSteps
			require.NoError(t, json.Unmarshal([]byte(v.Timing), &steps))
			// The click found no cleaner running: the reader cleaned, or the
			// background's started after the click.
			restarted := steps.CleanedIn == "reader" || steps.Ready > float64(clicked.UnixMicro())/1000
			require.True(t, restarted, "the click found the background's cleaner running: %s", v.Timing)
			ms, err := strconv.ParseFloat(v.ShownAt, 64)
			require.NoError(t, err)
			shown = append(shown, ms-float64(clicked.UnixMicro())/1000)
			t.Logf("toolbar click with the background stopped to the article shown: %.0f ms (in the browser: %s)",
				shown[len(shown)-1], describeSteps(v.Timing))
		})
	}
	b.t = t
	logClicks(t, "toolbar click with the background stopped", shown)
}

// stopBackground stops the extension's service worker through the
// protocol (ServiceWorker.stopAllWorkers from one of the extension's
// pages) and waits until it is gone.
func stopBackground(t *testing.T, b *browser) {
	t.Helper()
	b.workerTarget() // running, so that there is one to stop
	page := b.newTab(fmt.Sprintf("chrome-extension://%s/options.html", b.extID))
	_, err := chromedp.Call(page, serviceworker.Enable, cdp.Empty{})
	require.NoError(t, err, "ServiceWorker.enable")
	_, err = chromedp.Call(page, serviceworker.StopAllWorkers, cdp.Empty{})
	require.NoError(t, err, "ServiceWorker.stopAllWorkers")
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(b.ctx)
		require.NoError(t, err)
		running := false
		for _, info := range infos {
			if info.Type == "service_worker" && info.URL == fmt.Sprintf("chrome-extension://%s/background.js", b.extID) {
				running = true
			}
		}
		if !running {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the extension's service worker did not stop within %s", stepTimeout)
}
