//go:build !js

package exttest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The live-page cases: pages whose article only the live page shows
// whole (in a frame, in a shadow root, or with hidden junk that a static
// parser would take for article text), served on 127.0.0.1, with what
// the reader must show for each. Chromium and Firefox run the same table.

// Texts of the visibility page: junk the page's stylesheet hides (prose,
// so the static rules would keep it) and article text hidden only until
// a click.
const (
	hiddenDraft    = "An older draft of this story said the library would open on Saturday evenings instead, which the council never planned."
	hiddenMobile   = "Sunday hours at Riverside: the short version for readers on small screens"
	hiddenFolded   = "This paragraph was folded away to nothing by the page, squeezed to no height at all with its overflow hidden from every reader."
	hiddenGhost    = "Readers who look closely will never see this sentence, which the stylesheet keeps invisible while it still takes up its room."
	collapsedMore  = "Volunteers from the college will also offer help with job applications and online forms on Sunday afternoons, the council added."
	collapsedDetls = "The survey was designed with the university’s statistics department, and paper forms were entered by hand by library staff."
	collapsedAria  = "Opening on Sundays will cost the council less than expected, because the building is already heated for the weekend markets."
	frameOther     = "This advertisement frame comes from another site and says the reader should buy a new kettle while stocks last this week."
)

// liveCase is one page and what the reader shows for it.
type liveCase struct {
	name, path    string
	want          []string // in the article's body
	notWant       []string // not in the body
	hidden        []string // removed with the reason "hidden in the page"
	skippedFrames int      // frames of another origin, as the reader reports them
}

var liveCases = []liveCase{
	{name: "same-origin iframe", path: "/framed", want: []string{articleFirst, articleLast, "A survey with a clear answer"}},
	{name: "open shadow root", path: "/shadow", want: []string{articleFirst, articleLast, "A survey with a clear answer"}},
	{name: "cross-origin frame", path: "/cross", want: []string{articleFirst, articleLast}, notWant: []string{frameOther}, skippedFrames: 1},
	{
		name: "hidden and collapsed", path: "/visibility",
		want:    []string{articleFirst, articleLast, collapsedMore, collapsedDetls, collapsedAria},
		notWant: []string{hiddenDraft, hiddenMobile, hiddenFolded, hiddenGhost},
		hidden:  []string{hiddenDraft, hiddenMobile, hiddenFolded, hiddenGhost},
	},
}

// articleParts splits the test article into its head (up to <main>), the
// <article> element and the rest.
func articleParts() (head, article, tail string) {
	start := strings.Index(articleHTML, "<article")
	end := strings.Index(articleHTML, "</article>") + len("</article>")
	return articleHTML[:start], articleHTML[start:end], articleHTML[end:]
}

// visibilityStyle hides junk the way pages do: a class, a media query for
// the other screen size, a zero-height fold, visibility; and closes an
// accordion panel with a class.
const visibilityStyle = `<style>
.variant-b { display: none; }
@media (max-width: 700px) { .wide-copy { display: none; } }
@media (min-width: 701px) { .narrow-copy { display: none; } }
.fold { height: 0; overflow: hidden; }
.ghost { visibility: hidden; }
.panel-closed { display: none; }
</style>`

// visibilityPage is the article with hidden junk and collapsed article
// text between its paragraphs.
func visibilityPage() string {
	head, article, tail := articleParts()
	head = strings.Replace(head, "</head>", visibilityStyle+"</head>", 1)
	junk := `<p class="variant-b">` + hiddenDraft + `</p>` +
		`<h2 class="narrow-copy">` + hiddenMobile + `</h2>` +
		`<div class="fold"><p>` + hiddenFolded + `</p></div>` +
		`<p class="ghost">` + hiddenGhost + `</p>`
	collapsed := `<button type="button" aria-expanded="false" aria-controls="more-story">Read the full story</button>` +
		`<div id="more-story" class="panel-closed"><p>` + collapsedMore + `</p></div>` +
		`<details><summary>How the survey was run</summary><p>` + collapsedDetls + `</p></details>` +
		`<div class="costs"><button type="button" aria-expanded="false">What it costs</button></div>` +
		`<div class="answer" hidden><p>` + collapsedAria + `</p></div>`
	article = strings.Replace(article, "<h2>", junk+"<h2>", 1)
	article = strings.Replace(article, "</article>", collapsed+"</article>", 1)
	return head + article + tail
}

// framedPage has the article in a same-origin iframe.
func framedPage() string {
	head, _, tail := articleParts()
	return head + `<iframe src="/frame-article" title="The story" style="width: 100%; height: 2000px; border: 0"></iframe>` + tail
}

// framePage is the document inside the frame.
func framePage() string {
	_, article, _ := articleParts()
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body>` + article + `</body></html>`
}

// shadowPage has the article inside a web component's open shadow root,
// its first paragraph slotted in from the light DOM.
func shadowPage() string {
	head, article, tail := articleParts()
	first := strings.Index(article, "<p>The Riverside branch")
	firstEnd := first + strings.Index(article[first:], "</p>") + len("</p>")
	lead := article[first:firstEnd]
	shadow := article[:first] + `<slot name="lead"></slot>` + article[firstEnd:]
	js, _ := json.Marshal(shadow)
	return head + `<story-card>` + strings.Replace(lead, "<p>", `<p slot="lead">`, 1) + `</story-card>` +
		`<script>customElements.define('story-card', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ` + string(js) + `; }
});</script>` + tail
}

// crossPage has the article and a frame from another origin.
func crossPage(other string) string {
	head, article, tail := articleParts()
	return head + article + `<iframe src="` + other + `/ad" title="Advertisement" style="width: 300px; height: 250px"></iframe>` + tail
}

// startLiveSite serves the live-page cases on 127.0.0.1, and a second
// server (another port: another origin) for the cross-origin frame.
func startLiveSite(t *testing.T) *httptest.Server {
	t.Helper()
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>Ad</title><p>%s</p>`, frameOther)
	}))
	t.Cleanup(other.Close)
	pages := map[string]string{
		"/article":       articleHTML,
		"/visibility":    visibilityPage(),
		"/framed":        framedPage(),
		"/frame-article": framePage(),
		"/shadow":        shadowPage(),
		"/cross":         crossPage(other.URL),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}
