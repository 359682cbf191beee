//go:build !js

package exttest

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// screenshot, when set, is where TestActionCleansPage saves a picture of
// the reader tab (relative to the module root), e.g.
// go test ./internal/exttest -run TestActionCleansPage -screenshot docs/extension-reader.png
var screenshot = flag.String("screenshot", "", "save a PNG of the reader tab to this path (relative to the module root)")

// removedReasons maps the words the reader shows for removed pieces.
func removedWhys(v readerView) string {
	var b strings.Builder
	for _, r := range v.Removed {
		b.WriteString(r.Why + ": " + r.Text + "\n")
	}
	return b.String()
}

// TestActionCleansPage presses the toolbar button on article pages, one
// of them sent with a CSP that forbids everything, and one of 2.5 MB, and
// reads the article back from the reader tab.
func TestActionCleansPage(t *testing.T) {
	b := startBrowser(t)
	site := startSite(t)
	tests := []struct {
		name, path     string
		removedAtLeast int
	}{
		{"article", "/article", 15},
		{"strict CSP", "/strict", 15},
		{"2.5 MB page", "/big", bigPageBlocks},
		// Once more, with the background's cleaner warm.
		{"article again", "/article", 15},
	}
	// The first click comes once the background's cleaner has started and
	// warmed up, a few seconds after the install, as a user's would; a
	// click during the install's start is TestActionAfterBackgroundStopped's.
	b.waitBackgroundCleaner()
	var shown []float64 // ms from the toolbar click to the article in the reader
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b.t = t
			tab := b.newTab(site.URL + tt.path)
			reader := b.clickAction(tab)
			clicked := b.clicked
			v := b.waitReader(reader)
			require.Equal(t, "done", v.State, "reader error: %s", v.Error)
			if ms, err := strconv.ParseFloat(v.ShownAt, 64); err == nil {
				shown = append(shown, ms-float64(clicked.UnixMicro())/1000)
				t.Logf("toolbar click to the article shown in the reader: %.0f ms (in the browser: %s)",
					shown[len(shown)-1], describeSteps(v.Timing))
			}
			assert.Equal(t, articleTitle, v.Title)
			assert.Equal(t, "Maya Lindqvist", v.Byline)
			assert.True(t, strings.HasPrefix(v.Date, "2024-03-14"), "date %q", v.Date)
			require.NotEmpty(t, v.Paragraphs)
			assert.True(t, strings.HasPrefix(v.Paragraphs[0], articleFirst), "first paragraph: %q", v.Paragraphs[0])
			assert.Contains(t, v.Paragraphs[len(v.Paragraphs)-1], articleLast)
			assert.Contains(t, v.Body, "A survey with a clear answer", "the subheading is kept")
			for _, junk := range []string{junkNav, junkCookie, junkFooter, "Share on Facebook", "Sign up for our newsletter"} {
				assert.NotContains(t, v.Body, junk)
			}
			assert.Contains(t, v.Source, articleTitle, "the reader names the page it came from")
			assert.Contains(t, v.DocTitle, articleTitle)
			// The removed list: capped at one page of items, each with a reason.
			require.NotEmpty(t, v.Removed)
			assert.Contains(t, v.RemovedCount, "piece")
			whys := removedWhys(v)
			assert.Contains(t, whys, junkCookie)
			assert.Contains(t, whys, "Business")
			for _, r := range v.Removed {
				assert.NotEmpty(t, r.Why, "every removed piece has a reason: %q", r.Text)
			}
			total := removedTotal(t, v.RemovedCount)
			assert.GreaterOrEqual(t, total, tt.removedAtLeast)
			if total > len(v.Removed) {
				assert.Equal(t, fmt.Sprintf("Show %s more", thousands(total-len(v.Removed))), v.More)
			} else {
				assert.Empty(t, v.More, "no “Show more” button when every piece is listed")
			}

			if *screenshot != "" && tt.path == "/article" {
				saveScreenshot(t, b, site.URL+tt.path)
			}
		})
	}
	b.t = t
	logClicks(t, "toolbar click", shown)
	assertLocalOnly(t, b)
}

// removedTotal reads the number of open removed pieces from "N pieces".
func removedTotal(t *testing.T, count string) int {
	t.Helper()
	var n int
	for _, c := range strings.SplitN(count, " ", 2)[0] {
		if c < '0' || c > '9' {
			continue // thousands separators
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// thousands writes n with commas, as toLocaleString does in English.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// assertLocalOnly checks the proxy's log: the pages were fetched through
// it (so it saw the traffic), and nothing went anywhere but 127.0.0.1.
func assertLocalOnly(t *testing.T, b *browser) {
	t.Helper()
	hosts := b.proxy.Hosts()
	t.Logf("proxy saw %d requests: %v", len(hosts), hosts)
	require.NotEmpty(t, hosts, "the proxy saw no request: the browser bypassed it, so the check below would prove nothing")
	assert.Empty(t, b.proxy.Foreign(), "requests that left 127.0.0.1")
}

// saveScreenshot writes a PNG of the reader, showing the article, to
// *screenshot.
func saveScreenshot(t *testing.T, b *browser, url string) {
	t.Helper()
	root, err := extbuild.ModuleRoot(".")
	require.NoError(t, err)
	reader := b.openJob(map[string]string{"kind": "page", "input": articleHTML, "url": url, "title": articleTitle})
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, v.Error)
	ctx, cancel := context.WithTimeout(reader, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	path := filepath.Join(root, filepath.FromSlash(*screenshot))
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}
