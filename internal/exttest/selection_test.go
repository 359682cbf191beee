//go:build !js

package exttest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// selectStory selects, in the article page, from the byline to the end of
// the second paragraph of the story: two paragraphs with a byline and
// share links, as a reader would drag across them.
const selectStory = `(() => {
  const byline = document.querySelector('.byline');
  const paras = [...document.querySelectorAll('article.story > p:not(.byline)')];
  const last = paras[1];
  const r = document.createRange();
  r.setStartBefore(byline);
  r.setEndAfter(last);
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(r);
  return sel.toString();
})()`

// TestCleanSelection runs the background's cleanSelection, which the
// context menu item "Clean selected text" and the Alt+Shift+S command
// call, on a tab whose selection it reads with line breaks intact.
func TestCleanSelection(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)

	// The context menu item exists (update fails on an unknown id). The
	// worker creates it when the extension is installed, which may finish
	// just after the browser is up (its modules loaded), so the test waits
	// for it.
	menu := false
	for deadline := time.Now().Add(stepTimeout); !menu && time.Now().Before(deadline); {
		// A worker still starting has no chrome yet: asked again.
		b.inWorker(`globalThis.chrome?.contextMenus ? chrome.contextMenus.update('clean-selection', {}).then(() => true, () => false) : false`, &menu)
		if !menu {
			time.Sleep(100 * time.Millisecond)
		}
	}
	require.True(t, menu, "the context menu item 'clean-selection' was never created")

	tests := []struct {
		name      string
		selection string // script run in the page first
		wantError string
	}{
		{name: "two paragraphs", selection: selectStory},
		{name: "nothing selected", selection: `getSelection().removeAllRanges(), ''`, wantError: "No text is selected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.t = t
			url := fmt.Sprintf("%s/article?case=%d", site.URL, time.Now().UnixNano())
			tab := b.newTab(url)
			_, err := chromedp.Run(tab, chromedp.Evaluate[string](tt.selection))
			require.NoError(t, err)
			// A click grants activeTab, as the menu item's click does.
			b.waitReader(b.clickAction(tab))

			worker, release := b.holdWorker()
			defer release()
			before := b.readerTabs()
			script := fmt.Sprintf(`(async () => {
  const tabs = await chrome.tabs.query({});
  const tab = tabs.find((t) => t.url === %q);
  if (!tab) throw new Error('the article tab is not visible to the extension');
  await articlecleanerTest.cleanSelection(tab, {});
  return true;
})()`, url)
			_, err = chromedp.Run(worker, chromedp.Evaluate[bool](script, chromedp.EvalAwaitPromise))
			require.NoError(t, err)
			v := b.waitReader(b.newReader(before))
			assert.Contains(t, v.Source, "Selected text from")
			if tt.wantError != "" {
				assert.Equal(t, "error", v.State)
				assert.Contains(t, v.Error, tt.wantError)
				return
			}
			require.Equal(t, "done", v.State, v.Error)
			require.Len(t, v.Paragraphs, 2, "the selection's line breaks are kept: %q", v.Paragraphs)
			assert.True(t, strings.HasPrefix(v.Paragraphs[0], articleFirst))
			assert.True(t, strings.HasPrefix(v.Paragraphs[1], "The new Sunday hours"))
			assert.NotContains(t, v.Body, "Share on Facebook")
			assert.Contains(t, removedWhys(v), "Share on Facebook")
			assert.Equal(t, "Maya Lindqvist", v.Byline)
		})
	}
	b.t = t
	assertLocalOnly(t, b)
}

// minReaderWidth is the least width, in CSS pixels, of the reader's
// column in the tests' 1200-pixel-wide window (its max-width is 54rem,
// 864 px, less the padding).
const minReaderWidth = 800.0

// TestReaderRestoreAndCopy restores a removed piece in the reader, takes
// it back, and copies the article as Markdown. The reader is opened on a
// job handed to the background directly (TestActionCleansPage covers the
// button): in headless Chromium, a tab that the extension opens does not
// render, and script-driven clicks and screenshots there never return,
// while a tab opened through the protocol works.
func TestReaderRestoreAndCopy(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	reader := b.openJob(map[string]string{"kind": "page", "input": articleHTML, "url": site.URL + "/article", "title": articleTitle})
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, v.Error)
	require.NotContains(t, v.Body, "Share on Facebook")

	// The layout: one column as wide as the reader allows, the removed
	// pieces' panel under the article's (the page's stylesheet, shared,
	// lays its own panels out in a grid, which must not leak in here).
	boxes, err := chromedp.Run(reader, chromedp.Evaluate[map[string]float64](`(() => {
  const a = document.querySelector('.reader-panel').getBoundingClientRect();
  const r = document.getElementById('removed-section').getBoundingClientRect();
  return { articleWidth: a.width, removedWidth: r.width, articleBottom: a.bottom, removedTop: r.top };
})()`))
	require.NoError(t, err)
	assert.Greater(t, boxes["articleWidth"], minReaderWidth, "the article's panel is squeezed: %v", boxes)
	assert.InDelta(t, boxes["articleWidth"], boxes["removedWidth"], 1, "both panels are one column: %v", boxes)
	assert.Greater(t, boxes["removedTop"], boxes["articleBottom"], "the removed panel is under the article: %v", boxes)

	click := func(selector string) {
		t.Helper()
		_, err := chromedp.Run(reader, chromedp.Evaluate[bool](fmt.Sprintf(`(() => {
  const li = [...document.querySelectorAll('#removed li')].find((li) => li.textContent.includes('Share on Facebook'));
  li.querySelector(%q).click();
  return true;
})()`, selector)))
		require.NoError(t, err)
	}
	click("button[data-restore]")
	v = b.waitReader(reader)
	assert.Contains(t, v.Body, "Share on Facebook", "restored into the article")
	assert.Contains(t, v.RemovedCount, "1 restored")

	click("button[data-unrestore]")
	v = b.waitReader(reader)
	assert.NotContains(t, v.Body, "Share on Facebook", "removed again")
	assert.NotContains(t, v.RemovedCount, "restored")

	// Copy as Markdown: the page reports success in its toast.
	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('copy-md').click(), true`))
	require.NoError(t, err)
	toast, err := chromedp.Run(ctx, chromedp.Poll[string](`!document.getElementById('toast').hidden && document.getElementById('toast').textContent`))
	require.NoError(t, err)
	assert.Equal(t, "Copied as Markdown", toast)
}

// TestPagesItCannotClean presses the button on a browser page, which no
// extension may read, and on a page larger than the cleaner takes: the
// reader says so instead of failing silently.
func TestPagesItCannotClean(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	tests := []struct{ name, url, want string }{
		{"browser page", "chrome://version/", "This page cannot be read by extensions"},
		{"33 MiB page", site.URL + "/huge", "This page is too large to clean: 33 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.t = t
			v := b.waitReader(b.clickAction(b.newTab(tt.url)))
			assert.Equal(t, "error", v.State)
			assert.Contains(t, v.Error, tt.want)
		})
	}
}
