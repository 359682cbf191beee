//go:build !js

// Package exttest holds the browser tests of the extension: they build it
// with internal/extbuild, load it into headless Chromium (Debian's
// /usr/bin/chromium, or $CHROMIUM) with chromedp, click its toolbar button
// on pages served from 127.0.0.1 and read the reader tab. The browser and
// its logging proxy are internal/browsertest's, as for the web page: the
// proxy sees every request the browser makes, so the tests also show that
// nothing leaves 127.0.0.1. TestFirefox does the same in headless Firefox
// (Debian's firefox-esr, or $FIREFOX), driven through Marionette
// (browsertest.StartFirefox): the extension installed as a temporary
// add-on, Alt+Shift+C pressed in the browser window. The live-page cases
// (live_site_test.go: frames, shadow roots, hidden and collapsed text)
// run in both. Both log the time from the click (or the shortcut) to the
// article shown in the reader, page by page with the reader's own account
// of where it went (timing_test.go), and its median, of all clicks and of
// those after the first (the first reader tab of a browser session loads
// cold); cold_test.go clicks right after the install, with the service
// worker stopped (as Chrome stops it when idle: the offscreen document's
// cleaner must have outlived it), and with the offscreen document closed
// too. TestFirefox runs the Firefox build (no offscreen document).
// warm_test.go
// checks the Record carried packed from the background to the reader
// (js/transfer.js) and where the reader's Markdown is rendered. Without either
// browser they fail, saying how to install it, unless
// ARTICLECLEANER_SKIP_BROWSER=1.
package exttest
