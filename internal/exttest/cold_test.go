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

// TestActionAfterBackgroundStopped clicks the toolbar button in the cases
// where the click does not find the background as it left it, and logs
// the time from each click to the article:
//   - right after the install, while the background's cleaner is still
//     starting (it is cleaned there once it has started, cold);
//   - after the browser stopped the extension's service worker (as Chrome
//     does after ~30 s idle), so that the click itself starts it again:
//     the offscreen document (offscreen-cleaner.js) outlived it, with its
//     cleaner warm, and the click is cleaned there at once;
//   - the same, with the offscreen document closed too (Chrome may close
//     it, e.g. short of memory): the reader cleans in its own worker, cold,
//     and the background's cleaner starts again after it (or, when the
//     service worker was woken before the click, by the options page the
//     test stops it from, the background's cleaner is already starting,
//     and cleans cold).
func TestActionAfterBackgroundStopped(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	click := func(t *testing.T) (clickSteps, float64) {
		tab := b.newTab(site.URL + "/article")
		v := b.waitReader(b.clickAction(tab))
		clicked := b.clicked
		require.Equal(t, "done", v.State, "reader error: %s", v.Error)
		var steps clickSteps
		require.NoError(t, json.Unmarshal([]byte(v.Timing), &steps))
		ms, err := strconv.ParseFloat(v.ShownAt, 64)
		require.NoError(t, err)
		shown := ms - float64(clicked.UnixMicro())/1000
		t.Logf("click to the article shown: %.0f ms (in the browser: %s)", shown, describeSteps(v.Timing))
		steps.Clicked = float64(clicked.UnixMicro()) / 1000
		return steps, shown
	}

	t.Run("right after the install", func(t *testing.T) {
		b.t = t
		steps, _ := click(t)
		require.Equal(t, "background", steps.CleanedIn, "the cleaner started with the install cleans the first click")
	})

	var kept []float64
	for i := range 2 {
		t.Run(fmt.Sprintf("service worker stopped %d", i+1), func(t *testing.T) {
			b.t = t
			b.waitBackgroundCleaner()
			stopBackground(t, b)
			steps, shown := click(t)
			kept = append(kept, shown)
			require.Equal(t, "background", steps.CleanedIn, "the offscreen document's cleaner cleans the click")
			require.Less(t, steps.Ready, steps.Clicked, "the cleaner had started before the click: it outlived the service worker")
		})
	}
	b.t = t
	logClicks(t, "toolbar click with the service worker stopped", kept)

	t.Run("offscreen document closed too", func(t *testing.T) {
		b.t = t
		b.waitBackgroundCleaner()
		b.inWorker(`chrome.offscreen.closeDocument().then(() => true)`, nil)
		stopBackground(t, b)
		steps, _ := click(t)
		// The reader cleaned, or the background's cleaner, made again by
		// the woken service worker, was not warm yet at the click (it may
		// have just started: the options page the test stops the service
		// worker from wakes it too, and it makes its document 300 ms later).
		cold := steps.CleanedIn == "reader" || steps.Warmed == 0 || steps.Warmed > steps.Clicked
		require.True(t, cold, "the click found a warm cleaner: %+v", steps)
		// The background makes its cleaner again after that reader's clean.
		b.waitBackgroundCleaner()
	})
}

// waitBackgroundCleaner waits until the background's cleaner (in the
// offscreen document) has started and done its warm-up samples, as it has
// a few seconds after the browser started or the extension was installed.
func (b *browser) waitBackgroundCleaner() {
	b.t.Helper()
	ctx, cancel := b.holdWorker()
	defer cancel()
	for deadline := time.Now().Add(stepTimeout); ; {
		warm, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`articlecleanerTest.cleanerStatus()
  .then((s) => Boolean(s && s.readyAt > 0 && s.warmedAt > 0), () => false)`, chromedp.EvalAwaitPromise))
		require.NoError(b.t, err)
		if warm {
			return
		}
		if !time.Now().Before(deadline) {
			require.FailNow(b.t, "the background's cleaner did not start and warm up within "+stepTimeout.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
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
