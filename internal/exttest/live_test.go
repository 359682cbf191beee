//go:build !js

package exttest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// hiddenWhy is what the reader shows as the reason of a piece the page
// does not render.
const hiddenWhy = "hidden in the page"

// checkLive checks what the reader shows for a live-page case.
func checkLive(t *testing.T, tc liveCase, v readerView) {
	t.Helper()
	require.Equal(t, "done", v.State, "reader error: %s", v.Error)
	assert.Equal(t, articleTitle, v.Title)
	for _, s := range tc.want {
		assert.Contains(t, v.Body, s)
	}
	for _, s := range tc.notWant {
		assert.NotContains(t, v.Body, s)
	}
	require.NotEmpty(t, v.Paragraphs)
	assert.True(t, strings.HasPrefix(v.Paragraphs[0], articleFirst), "first paragraph: %q", v.Paragraphs[0])
	for _, s := range tc.hidden {
		assert.True(t, removedFor(v, s, hiddenWhy), "%q is not listed as %q; removed:\n%s", s, hiddenWhy, removedWhys(v))
	}
	for _, r := range v.Removed {
		assert.NotEmpty(t, r.Why, "every removed piece has a reason: %q", r.Text)
	}
	if tc.skippedFrames > 0 {
		assert.Contains(t, v.Source, fmt.Sprintf("%d frame from another site not read", tc.skippedFrames))
	} else {
		assert.NotContains(t, v.Source, "not read")
	}
}

// removedFor reports whether the removed list holds text with reason why.
func removedFor(v readerView, text, why string) bool {
	for _, r := range v.Removed {
		if r.Why == why && strings.Contains(r.Text, text) {
			return true
		}
	}
	return false
}

// TestLivePage presses the toolbar button on pages whose article is in a
// frame or a shadow root, next to a frame of another origin, or among
// junk that only the page's stylesheet hides, and reads the reader.
func TestLivePage(t *testing.T) {
	b := startBrowser(t)
	site := startLiveSite(t)
	for _, tc := range liveCases {
		t.Run(tc.name, func(t *testing.T) {
			b.t = t
			v := b.waitReader(b.clickAction(b.newTab(site.URL + tc.path)))
			checkLive(t, tc, v)
		})
	}
	b.t = t
	assertLocalOnly(t, b)
}

// TestHiddenIsRestorable restores a piece the page hid. The page reader
// (the extension's read-page.js, as the toolbar button injects it) runs
// in a tab opened through the protocol, and the reader is opened on its
// result the same way: in headless Chromium a tab the extension opens
// does not answer script-driven clicks (see TestReaderRestoreAndCopy).
func TestHiddenIsRestorable(t *testing.T) {
	b := startBrowser(t)
	site := startLiveSite(t)
	script, err := os.ReadFile(filepath.Join(extensionDir(t), "read-page.js"))
	require.NoError(t, err)
	tab := b.newTab(site.URL + "/visibility")
	page, err := chromedp.Run(tab, chromedp.Evaluate[map[string]any](string(script)))
	require.NoError(t, err)
	assert.EqualValues(t, 4, page["hiddenCount"], "elements marked hidden")
	assert.EqualValues(t, 3, page["collapsedCount"], "elements marked collapsed")
	input, _ := page["html"].(string)
	require.Contains(t, input, `data-articlecleaner="hidden"`, "the page reader marked nothing")

	// Without the marks, the static rules keep the hidden draft: it is
	// the live page that tells.
	static, err := cleaner.Clean([]byte(visibilityPage()), cleaner.Options{Mode: cleaner.ModeHTML})
	require.NoError(t, err)
	require.Contains(t, static.Text(), hiddenDraft, "the static path already drops the draft; the test would prove nothing")

	again := b.openJob(map[string]string{"kind": "page", "input": input, "url": site.URL + "/visibility", "title": articleTitle})
	v := b.waitReader(again)
	require.NotContains(t, v.Body, hiddenDraft)
	_, err = chromedp.Run(again, chromedp.Evaluate[bool](fmt.Sprintf(`(() => {
  const li = [...document.querySelectorAll('#removed li')].find((li) => li.textContent.includes(%q));
  li.querySelector('button[data-restore]').click();
  return true;
})()`, hiddenDraft)))
	require.NoError(t, err)
	v = b.waitReader(again)
	assert.Contains(t, v.Body, hiddenDraft, "restored into the article")
	assert.Contains(t, v.RemovedCount, "1 restored")
}
