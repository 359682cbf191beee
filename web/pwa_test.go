//go:build !js

package web_test

import (
	"fmt"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openInstalledPage serves the page on a server of its own (so the test
// can stop it), opens it in a fresh Chromium and waits until the service
// worker has precached every file and controls the page. The same checks
// as openPage run on cleanup.
func openInstalledPage(t *testing.T) (*page, *httptest.Server) {
	t.Helper()
	if os.Getenv(browsertest.SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", browsertest.SkipEnv)
	}
	assets, err := browsertest.Assets()
	require.NoError(t, err)
	h, err := web.NewHandler(assets)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	b, err := browsertest.StartBrowser(t.TempDir(), 1280, 800)
	require.NoError(t, err)
	p := &page{t: t, b: b, baseURL: srv.URL}
	t.Cleanup(func() {
		problems := b.Problems()
		foreign := b.Proxy.Foreign()
		b.Close()
		assert.Empty(t, problems, "console errors, exceptions or CSP violations")
		assert.Empty(t, foreign, "requests that left 127.0.0.1")
	})
	p.do(chromedp.Navigate(srv.URL + "/"))
	p.waitFor(`document.body.dataset.ready === 'true'`, readyTimeout)
	p.waitFor(`navigator.serviceWorker.controller !== null`, readyTimeout)
	return p, srv
}

// cachedFiles lists the files in the service worker's current cache.
func cachedFiles(p *page) []string {
	return eval[[]string](p, `(async () => {
		const names = (await caches.keys()).filter((n) => n.startsWith('articlecleaner-') && n !== 'articlecleaner-shared');
		if (names.length !== 1) return ['caches: ' + names.join(', ')];
		const keys = await (await caches.open(names[0])).keys();
		return keys.map((r) => new URL(r.url).pathname.slice(1)).sort();
	})()`)
}

// goOffline stops the server and cuts the page and its service worker off
// the network.
func goOffline(p *page, srv *httptest.Server) {
	p.t.Helper()
	srv.Close()
	_, err := chromedp.Call(p.b.Ctx, network.Enable, network.EnableParams{})
	require.NoError(p.t, err)
	yes := true
	_, err = chromedp.Call(p.b.Ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &yes,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true}},
	})
	require.NoError(p.t, err)
	_, err = chromedp.Call(p.b.Ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true})
	require.NoError(p.t, err)
}

// TestPageInstallableAndOffline visits the page once, checks that it is
// installable (Page.getInstallabilityErrors) and that the service worker
// cached every file, then stops the server, takes the browser offline,
// reloads, and cleans the seed.
func TestPageInstallableAndOffline(t *testing.T) {
	p, srv := openInstalledPage(t)

	res, err := chromedp.Call(p.b.Ctx, cdppage.GetInstallabilityErrors, cdp.Empty{})
	require.NoError(t, err)
	var errs []string
	for _, e := range res.InstallabilityErrors {
		errs = append(errs, e.ErrorID)
	}
	assert.Empty(t, errs, "installability errors")

	cached := cachedFiles(p)
	for _, f := range []string{"index.html", "articlecleaner.wasm", "wasm_exec.js", "worker.js", "js/loader.js", "js/app.js", "pwa.js", "style.css", "manifest.webmanifest", "icons/icon-192.png"} {
		assert.Contains(t, cached, f)
	}
	assert.NotContains(t, cached, "sw.js")
	assert.NotContains(t, cached, "articlecleaner.wasm.br")

	goOffline(p, srv)
	assert.False(t, eval[bool](p, `navigator.onLine`))
	p.do(chromedp.Navigate(srv.URL + "/"))
	p.waitFor(`document.body.dataset.ready === 'true'`, readyTimeout)
	p.paste(seedText(t))
	p.clean(cleanTimeout)
	assert.Equal(t, seedTitle, text(p, "#output h1"))
	assert.Len(t, articleParagraphs(p), 6)
}

// shareForm posts to the page's share target from a blank page, as the
// system's share sheet does: a multipart form with title, text and url,
// and optionally a file.
func shareForm(p *page, fields map[string]string, fileName, fileType, fileBody string) {
	p.t.Helper()
	p.do(chromedp.Navigate("about:blank"))
	var inputs strings.Builder
	for k, v := range fields {
		fmt.Fprintf(&inputs, "add(%s, %s);\n", js(k), js(v))
	}
	script := fmt.Sprintf(`(() => {
		const form = Object.assign(document.createElement('form'), {method: 'post', action: %s, enctype: 'multipart/form-data'});
		const add = (name, value) => form.append(Object.assign(document.createElement('input'), {type: 'hidden', name, value}));
		%s
		if (%s) {
			const input = Object.assign(document.createElement('input'), {type: 'file', name: 'file'});
			const dt = new DataTransfer();
			dt.items.add(new File([%s], %s, {type: %s}));
			input.files = dt.files;
			form.append(input);
		}
		document.body.append(form);
		form.submit();
		return true;
	})()`, js(p.baseURL+"/share"), inputs.String(), js(fileName), js(fileBody), js(fileName), js(fileType))
	eval[bool](p, script)
	// The form navigates twice (the POST, then the service worker's
	// redirect): polling inside a page that goes away fails, so poll from
	// here until the page is back and ready.
	require.Eventually(p.t, func() bool {
		ok, err := chromedp.Run(p.b.Ctx, chromedp.Evaluate[bool](`location.pathname === '/' && document.body?.dataset.ready === 'true'`))
		return err == nil && ok
	}, readyTimeout, 50*time.Millisecond, "the shared input never reached the page")
}

// TestPageShareTarget shares the seed's text, then an HTML file, to the
// installed page through its share target (the manifest's POST to
// "share", which the service worker receives) with the network off: each
// lands in the input and is cleaned.
func TestPageShareTarget(t *testing.T) {
	p, srv := openInstalledPage(t)
	goOffline(p, srv)

	shareForm(p, map[string]string{"title": "", "text": seedText(t), "url": "https://example.com/news/strike"}, "", "", "")
	p.waitForResult(cleanTimeout)
	assert.Equal(t, seedTitle, text(p, "#output h1"))
	assert.Len(t, articleParagraphs(p), 6)
	assert.Equal(t, "https://example.com/news/strike", eval[string](p, `document.getElementById('url').value`))
	assert.Equal(t, "", eval[string](p, `location.search`), "the page drops ?shared so a reload does not take it again")
	assert.Equal(t, 0, eval[int](p, `caches.open('articlecleaner-shared').then((c) => c.keys()).then((k) => k.length)`))

	shareForm(p, map[string]string{"title": "Harbour bridge reopens"}, "story.html", "text/html", storyHTML)
	p.waitForResult(cleanTimeout)
	assert.Equal(t, "Harbour bridge reopens after repairs", text(p, "#output h1"))
	assert.Equal(t, "story.html", text(p, "#file-name"))

	// Only a link: nothing to clean offline, and the page says why.
	shareForm(p, map[string]string{"text": "https://example.com/news/other"}, "", "", "")
	p.waitFor(`!document.getElementById('error').hidden`, cleanTimeout)
	assert.Contains(t, text(p, "#error"), "Only a link was shared")
	assert.Equal(t, "https://example.com/news/other", eval[string](p, `document.getElementById('url').value`))
}
