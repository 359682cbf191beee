//go:build !js

package exttest

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReaderShowsBackgroundRecord hands the reader a job that the
// background's warm cleaner has cleaned (as a click does when it is
// running): the reader shows that Record, and copying it as Markdown,
// which the Record does not carry, cleans again in the reader's worker.
// (A tab opened through the protocol, as in TestReaderRestoreAndCopy: a
// tab the extension opens does not answer script-driven clicks.)
func TestReaderShowsBackgroundRecord(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	j, err := json.Marshal(map[string]any{"kind": "page", "input": articleHTML, "url": site.URL + "/article", "title": articleTitle,
		"timing": map[string]any{}})
	require.NoError(t, err)
	worker, release := b.holdWorker()
	defer release()
	cleanedIn, err := chromedp.Run(worker, chromedp.Evaluate[string](fmt.Sprintf(`(async () => {
  const job = await articlecleanerTest.preclean(%s);
  articlecleanerTest.jobs.set('warm-job', job);
  return job.record ? job.timing.cleanedIn : 'no record';
})()`, j), chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.Equal(t, "background", cleanedIn)

	reader := b.newTab(fmt.Sprintf("chrome-extension://%s/reader.html#warm-job", b.extID))
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, v.Error)
	assert.Equal(t, articleTitle, v.Title)
	assert.NotContains(t, v.Body, "Share on Facebook")
	assert.Contains(t, v.Timing, `"cleanedIn":"background"`)

	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	// What is copied is kept for the test (the clipboard itself is not
	// readable here).
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`Object.defineProperty(navigator, 'clipboard', {
  value: { writeText: async (text) => { window.copiedForTest = String(text); } } }),
document.getElementById('copy-md').click(), true`))
	require.NoError(t, err)
	toast, err := chromedp.Run(ctx, chromedp.Poll[string](`!document.getElementById('toast').hidden && document.getElementById('toast').textContent`))
	require.NoError(t, err)
	assert.Equal(t, "Copied as Markdown", toast)
	copied, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.copiedForTest || ''`))
	require.NoError(t, err)
	assert.Contains(t, copied, "# "+articleTitle, "the Markdown of the article")
	assert.Contains(t, copied, articleFirst[:40])
}
