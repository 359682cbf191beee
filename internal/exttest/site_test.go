//go:build !js

package exttest

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

//go:embed testdata/article.html
var articleHTML string

// The article's facts, as the tests expect to read them back.
const (
	articleTitle = "Riverside library opens on Sundays after readers ask for more hours"
	articleFirst = "The Riverside branch library will open its doors on Sundays from next month"
	articleLast  = "The council will review visitor numbers after six months"
	junkNav      = "Business"
	junkCookie   = "We use cookies to improve your experience"
	junkFooter   = "All rights reserved"
)

// bigPageBlocks makes /big about 2.5 MB of HTML, far above what fits in a
// URL or is comfortable in storage: the page's HTML must travel from the
// background to the reader tab whole.
const bigPageBlocks = 6000

// startSite serves the test pages on 127.0.0.1:
//
//	/article  the article with its menus, cookie notice and footer
//	/strict   the same, sent with Content-Security-Policy: default-src 'none'
//	/big      the article followed by thousands of reader comments
//	/huge     a page whose script grows it past the cleaner's 32 MiB
func startSite(t *testing.T) *httptest.Server {
	t.Helper()
	big := bigPage()
	mux := http.NewServeMux()
	page := func(body string, csp string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if csp != "" {
				w.Header().Set("Content-Security-Policy", csp)
			}
			fmt.Fprint(w, body)
		}
	}
	mux.Handle("/article", page(articleHTML, ""))
	mux.Handle("/strict", page(articleHTML, "default-src 'none'"))
	mux.Handle("/big", page(big, ""))
	mux.Handle("/huge", page(hugePage, ""))
	srv := httptest.NewServer(mux) // httptest listens on 127.0.0.1
	t.Cleanup(srv.Close)
	return srv
}

// hugePage grows itself to 33 MiB of text once loaded.
const hugePage = `<!doctype html><title>Huge</title><body><p id="x"></p>` +
	`<script>document.getElementById('x').textContent = 'word '.repeat(33 * 1024 * 1024 / 5);</script>`

// bigPage is the article with a long comment section after it.
func bigPage() string {
	var b strings.Builder
	b.WriteString(`<section class="comments"><h3>Comments</h3><ol>`)
	for i := range bigPageBlocks {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-meta"><a href="/user/%d">reader%d</a> · %d hours ago · <a href="/report/%d">Report</a> · <a href="/reply/%d">Reply</a></div>`+
			`<p>Comment number %d: I have been going to the Riverside branch for years and the staff there are always helpful. Sunday opening will make a real difference for families like ours who work during the week.</p></li>`,
			i, i, i%48+1, i, i, i)
	}
	b.WriteString(`</ol></section>`)
	return strings.Replace(articleHTML, `</article>`, `</article>`+b.String(), 1)
}
