//go:build !js

// Package browsertest runs the web page in a real Chromium for tests and
// for the README's screenshots: it serves the page (with a freshly built
// wasm) on 127.0.0.1, starts a headless Chromium whose every request goes
// through a logging proxy, and collects CSP violations and console errors.
// The extension's tests (internal/exttest) start the same browser with
// Options.Extension, which loads the built extension into it, and
// headless Firefox with StartFirefox, driven over Marionette (marionette.go:
// Firefox's own remote protocol, no driver to download), behind the same
// kind of proxy.
//
// Chromium is required: Debian's /usr/bin/chromium (apt-get install
// chromium); for the extension's Firefox test, firefox-esr.
// ARTICLECLEANER_SKIP_BROWSER=1 skips the browser tests explicitly;
// nothing else skips them.
package browsertest
