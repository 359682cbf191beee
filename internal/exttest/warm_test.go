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
// which the Record does not carry, is rendered by the background from the
// same clean; once another reader has taken a newer job, the first one's
// Markdown comes from a clean in its own worker.
// (Tabs opened through the protocol, as in TestReaderRestoreAndCopy: a
// tab the extension opens does not answer script-driven clicks.)
func TestReaderShowsBackgroundRecord(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	j, err := json.Marshal(map[string]any{"kind": "page", "input": articleHTML, "url": site.URL + "/article", "title": articleTitle,
		"timing": map[string]any{}})
	require.NoError(t, err)
	worker, release := b.holdWorker()
	defer release()
	precleanAs := func(id string) {
		cleanedIn, err := chromedp.Run(worker, chromedp.Evaluate[string](fmt.Sprintf(`(async () => {
  const job = await articlecleanerTest.preclean(%s);
  articlecleanerTest.jobs.set(%q, job);
  return job.record || job.recordAt ? job.timing.cleanedIn : 'no record';
})()`, j, id), chromedp.EvalAwaitPromise))
		require.NoError(t, err)
		require.Equal(t, "background", cleanedIn)
	}
	precleanAs("warm-job")
	reader := b.newTab(fmt.Sprintf("chrome-extension://%s/reader.html#warm-job", b.extID))
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, v.Error)
	assert.Equal(t, articleTitle, v.Title)
	assert.NotContains(t, v.Body, "Share on Facebook")
	assert.Contains(t, v.Timing, `"cleanedIn":"background"`)

	copied, renderedIn := copyMarkdown(t, reader)
	assert.Equal(t, "background", renderedIn, "the Markdown of the background's Record")
	assert.Contains(t, copied, "# "+articleTitle, "the Markdown of the article")
	assert.Contains(t, copied, articleFirst[:40])

	precleanAs("newer-job")
	require.Equal(t, "done", b.waitReader(b.newTab(fmt.Sprintf("chrome-extension://%s/reader.html#newer-job", b.extID))).State)
	again, renderedIn := copyMarkdown(t, reader)
	assert.Equal(t, "reader", renderedIn, "the background has a newer Record: the reader cleans again")
	assert.Equal(t, copied, again, "the same Markdown either way")
}

// copyMarkdown presses the reader's "Copy as Markdown" and returns what
// was copied and where it was rendered (body[data-rendered-in]).
func copyMarkdown(t *testing.T, reader context.Context) (copied, renderedIn string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	// What is copied is kept for the test (the clipboard itself is not
	// readable here).
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.copiedForTest = undefined;
document.getElementById('toast').hidden = true;
Object.defineProperty(navigator, 'clipboard', { configurable: true,
  value: { writeText: async (text) => { window.copiedForTest = String(text); } } }),
document.getElementById('copy-md').click(), true`))
	require.NoError(t, err)
	toast, err := chromedp.Run(ctx, chromedp.Poll[string](`window.copiedForTest !== undefined && !document.getElementById('toast').hidden && document.getElementById('toast').textContent`))
	require.NoError(t, err)
	assert.Equal(t, "Copied as Markdown", toast)
	copied, err = chromedp.Run(ctx, chromedp.Evaluate[string](`window.copiedForTest || ''`))
	require.NoError(t, err)
	renderedIn, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.renderedIn || ''`))
	require.NoError(t, err)
	return copied, renderedIn
}

// TestRecordTransfer cleans pages with the loader in the page, and packs
// each Record as the background's cleaners do (the loader's _cleanPacked,
// offscreen-worker.js in Chrome), carries it as it goes to the reader (one
// JSON string, through messages) and unpacks it as the reader does; and
// cleans it in the page's worker (CleanerClient, whose worker sends it
// packed the same way): both Records must be the loader's, removed list
// included.
func TestRecordTransfer(t *testing.T) {
	b := startBrowser(t)
	page := b.newTab(fmt.Sprintf("chrome-extension://%s/options.html", b.extID))
	pages := map[string]string{"article": articleHTML, "2.5 MB page": bigPage(), "hidden and collapsed": visibilityPage()}
	for name, html := range pages {
		t.Run(name, func(t *testing.T) {
			in, err := json.Marshal(html)
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(page, stepTimeout)
			defer cancel()
			res, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](fmt.Sprintf(`(async () => {
  await import('./wasm_exec.js');
  const { loadCleaner } = await import('./js/loader.js');
  const { CleanerClient } = await import('./js/client.js');
  const { unpackRecord } = await import('./js/transfer.js');
  const api = await loadCleaner(fetch('articlecleaner.wasm'));
  const html = %s;
  const options = { mode: 'html', restore: [] };
  const record = api.clean(html, options);
  const want = JSON.stringify(record);
  const sent = JSON.stringify({ record: api._cleanPacked(html, options).json });
  const got = JSON.stringify(unpackRecord(JSON.parse(JSON.parse(sent).record)));
  const client = new CleanerClient();
  try {
    const viaWorker = JSON.stringify((await client.clean(html, options)).record);
    return [want === got ? 1 : 0, want === viaWorker ? 1 : 0, record.removed.length, want.length, sent.length];
  } finally {
    client.dispose();
  }
})()`, in), chromedp.EvalAwaitPromise))
			require.NoError(t, err)
			require.Len(t, res, 5)
			assert.Equal(t, 1, res[0], "the Record packed and unpacked differs from the loader's")
			assert.Equal(t, 1, res[1], "the Record from the page's worker differs from the loader's")
			assert.Positive(t, res[2], "the page has removed pieces")
			t.Logf("%d removed pieces; the Record is %d chars of JSON, %d as sent", res[2], res[3], res[4])
		})
	}
}
