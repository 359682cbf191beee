//go:build !js

// Package exttest holds the browser tests of the extension: they build it
// with internal/extbuild, load it into headless Chromium (Debian's
// /usr/bin/chromium, or $CHROMIUM) with chromedp, click its toolbar button
// on pages served from 127.0.0.1 and read the reader tab. A logging proxy
// sees every request the browser makes, so the tests also show that
// nothing leaves 127.0.0.1. Without Chromium they fail, saying how to
// install it, unless ARTICLECLEANER_SKIP_BROWSER=1.
package exttest
