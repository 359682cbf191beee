//go:build !js

package exttest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/browsertest"
)

//go:embed testdata/rules-story.html
var rulesStoryHTML string

// The story's facts: the editor's note is kept by the cleaner, and is
// what the user makes a rule for.
const (
	rulesStoryFirst = "Night buses will run again between the harbour and the old town"
	rulesStoryNote  = "This story is part of our series on getting around the coast at night"
	rulesNoteRule   = "p.editor-note"
	rulesSite       = "127.0.0.1"
	selectorWhy     = "removed by your selector"
)

// storedRule is one rule as rules.js stores it.
type storedRule struct {
	Site     string `json:"site"`
	Action   string `json:"action"`
	Selector string `json:"selector"`
}

// startBrowserIn starts Chromium with the extension on the profile in
// dir, so that a second start finds what the first one stored. The
// returned func closes it (also done at the test's end).
func startBrowserIn(t *testing.T, dir string) (*browser, func()) {
	t.Helper()
	bt, err := browsertest.Start(browsertest.Options{UserDataDir: dir, Width: 1200, Height: 900, Extension: extensionDir(t)})
	require.NoError(t, err, "starting Chromium")
	var once sync.Once
	closeIt := func() { once.Do(bt.Close) }
	t.Cleanup(closeIt)
	b := &browser{t: t, ctx: bt.Ctx, proxy: bt.Proxy}
	b.extID = b.findExtension()
	return b, closeIt
}

// attach returns ctx with a timeout for one step.
func (b *browser) attach(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, stepTimeout)
}

// openReader presses the toolbar button on tab and attaches to the reader
// tab it opens. chromedp binds a tab's session to the context of the first
// Run on it: made with a step's timeout, the session would end with the
// step and later steps would wait forever.
func (b *browser) openReader(tab context.Context) context.Context {
	b.t.Helper()
	reader := b.clickAction(tab)
	_, err := chromedp.Run(reader, chromedp.Evaluate[bool]("true"))
	require.NoError(b.t, err, "attaching to the reader tab")
	return reader
}

// eval runs a script in a tab (a promise is awaited) and decodes its
// result into out.
func (b *browser) eval(ctx context.Context, script string, out any) {
	b.t.Helper()
	c, cancel := b.attach(ctx)
	defer cancel()
	raw, err := chromedp.Run(c, chromedp.Evaluate[[]byte](script, chromedp.EvalAwaitPromise))
	require.NoError(b.t, err, "evaluating %s", script)
	if out != nil {
		require.NoError(b.t, json.Unmarshal(raw, out), "%s", raw)
	}
}

// waitFor polls a condition in a tab.
func (b *browser) waitFor(ctx context.Context, cond, what string) {
	b.t.Helper()
	c, cancel := b.attach(ctx)
	defer cancel()
	_, err := chromedp.Run(c, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(100*time.Millisecond)))
	require.NoError(b.t, err, "waiting for %s", what)
}

// storedRules reads storage.local from an extension page.
func (b *browser) storedRules(ctx context.Context) []storedRule {
	b.t.Helper()
	var got struct {
		Rules []storedRule `json:"rules"`
	}
	b.eval(ctx, `chrome.storage.local.get('rules').then((x) => x.rules || { rules: [] })`, &got)
	return got.Rules
}

// rulesEffect is the reader's line about what the rules did.
func (b *browser) rulesEffect(reader context.Context) string {
	b.t.Helper()
	var s string
	b.eval(reader, `(document.getElementById('rules-effect') || {}).textContent || ''`, &s)
	return s
}

func startRulesSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, rulesStoryHTML)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// assertNoteRemovedByRule checks a reader that cleaned the story with the
// user's rule: the note is gone from the article and listed as removed by
// the selector, and the reader says so.
func assertNoteRemovedByRule(t *testing.T, b *browser, reader context.Context) {
	t.Helper()
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, "reader error: %s", v.Error)
	assert.Contains(t, v.Body, rulesStoryFirst)
	assert.NotContains(t, v.Body, rulesStoryNote)
	assert.Contains(t, removedWhys(v), selectorWhy+": "+rulesStoryNote)
	assert.Contains(t, b.rulesEffect(reader), "1 piece removed by your rules for "+rulesSite)
}

// TestRulesFlow: a rule made in the reader removes the piece at once and
// on the next clean of the site, survives a restart of the browser, is
// listed in the options page, and comes back the same through export and
// import; a rule the cleaner refuses is reported and skipped.
func TestRulesFlow(t *testing.T) {
	needChromium(t)
	profile := t.TempDir()
	site := startRulesSite(t)
	story := site.URL + "/night-buses"
	want := []storedRule{{Site: rulesSite, Action: "remove", Selector: rulesNoteRule}}

	b, closeFirst := startBrowserIn(t, profile)
	tab := b.newTab(story)
	reader := b.openReader(tab)
	v := b.waitReader(reader)
	require.Equal(t, "done", v.State, "reader error: %s", v.Error)
	require.Contains(t, v.Body, rulesStoryNote, "the cleaner keeps the note by itself")
	assert.Empty(t, b.rulesEffect(reader), "no rules yet")

	// "Always remove on 127.0.0.1" on the note.
	var selector string
	b.eval(reader, `(() => {
	  const seg = [...document.querySelectorAll('#output [data-segment]')].find((n) => n.textContent.includes(`+jsString(rulesStoryNote)+`));
	  const button = seg && seg.querySelector('button.rule-button[data-rule-action="remove"]');
	  if (!button) return '';
	  button.click();
	  return button.dataset.selector;
	})()`, &selector)
	require.Equal(t, rulesNoteRule, selector, "the note's button offers its selector")
	b.waitFor(reader, `!document.querySelector('.article-body').textContent.includes(`+jsString(rulesStoryNote)+`) && document.body.dataset.busy !== 'true'`,
		"the note to leave the article")
	assertNoteRemovedByRule(t, b, reader)
	assert.Equal(t, want, b.storedRules(reader))

	// The next clean of the site applies it.
	assertNoteRemovedByRule(t, b, b.openReader(tab))
	assertLocalOnly(t, b)
	closeFirst()

	// After a restart: the options page lists the rule, and it still applies.
	b, _ = startBrowserIn(t, profile)
	options := b.newTab(fmt.Sprintf("chrome-extension://%s/options.html", b.extID))
	b.waitFor(options, `document.body.dataset.state === 'ready'`, "the options page")
	assert.Equal(t, want, b.listedRules(options))
	assert.Equal(t, want, b.storedRules(options))
	tab = b.newTab(story)
	assertNoteRemovedByRule(t, b, b.openReader(tab))

	// Export, delete everything, import: the same rules.
	var exported string
	b.eval(options, `document.getElementById('export').click(), document.getElementById('transfer').value`, &exported)
	var file struct {
		Format string       `json:"format"`
		Rules  []storedRule `json:"rules"`
	}
	require.NoError(t, json.Unmarshal([]byte(exported), &file), exported)
	assert.Equal(t, "articlecleaner-rules", file.Format)
	assert.Equal(t, want, file.Rules)
	b.eval(options, `document.querySelector('.rule-delete').click(), true`, nil)
	b.waitFor(options, `!document.getElementById('no-rules').hidden`, "the list to be empty")
	assert.Empty(t, b.storedRules(options))
	b.eval(options, `document.getElementById('transfer').value = `+jsString(exported)+`, document.getElementById('import').click(), true`, nil)
	b.waitFor(options, `document.querySelectorAll('#rules tr').length === 1`, "the imported rule")
	assert.Equal(t, want, b.listedRules(options))
	assert.Equal(t, want, b.storedRules(options))

	// A rule the cleaner refuses (cascadia never matches :hover) and one
	// that is not an export at all: reported, skipped, nothing breaks.
	bad := `{"format":"articlecleaner-rules","version":1,"rules":[{"site":"127.0.0.1","action":"keep","selector":"p:hover"},{"site":"","action":"remove","selector":"p"}]}`
	b.eval(options, `document.getElementById('transfer').value = `+jsString(bad)+`, document.getElementById('import').click(), true`, nil)
	b.waitFor(options, `document.querySelectorAll('#rules tr').length === 2`, "the second imported rule")
	var problems string
	b.eval(options, `document.getElementById('problems').textContent`, &problems)
	assert.Contains(t, problems, "Rule 2 was skipped")
	reader = b.openReader(tab)
	assertNoteRemovedByRule(t, b, reader)
	assert.Contains(t, b.rulesEffect(reader), `Your rule “p:hover” was skipped: keep selector "p:hover": :hover is not supported`)
	assertLocalOnly(t, b)
}

// listedRules reads the rules the options page lists.
func (b *browser) listedRules(options context.Context) []storedRule {
	b.t.Helper()
	var out []storedRule
	b.eval(options, `[...document.querySelectorAll('#rules tr')].map((tr) => ({
	  site: tr.querySelector('.rule-site').textContent,
	  action: tr.querySelector('.rule-action').value,
	  selector: tr.querySelector('.rule-selector').value,
	}))`, &out)
	return out
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), "`", "\\`")
}
