//go:build !js

// Command liveeval measures the extension's live-page path against the
// static path on a benchmark corpus: each page of <corpus>/html is opened
// in headless Chromium as <corpus>/text was made (1366×900, JavaScript
// disabled, nothing but the page's own HTML loaded), the extension's page
// reader (web/extension/read-page.js: frames, shadow roots, visibility
// marks) runs in it, and the cleaner cleans what it returns. It writes
// three prediction files in the scorer's format into -out:
//
//	static.json  the corpus file cleaned as it is (make eval's HTML input)
//	dom.json     the rendered page's document.documentElement.outerHTML
//	live.json    the page reader's HTML, with its marks
//
//	go run ./internal/liveeval -corpus ../shared/corpus/dev -out /tmp/live
//
// It prints a clear message and exits 0 when the corpus is absent.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/internal/corpus"
	"github.com/seed15afa100/articlecleaner/internal/extbuild"
)

// pageTimeout bounds one page's load and reading (the corpus render gave
// each page 20 s; nothing but the page itself loads).
const pageTimeout = 30 * time.Second

// rendered is what the browser gave for one page.
type rendered struct {
	HTML          string `json:"html"`
	DOM           string `json:"dom"`
	HiddenCount   int    `json:"hiddenCount"`
	SkippedFrames int    `json:"skippedFrames"`
}

func main() {
	corpusDir := flag.String("corpus", "../shared/corpus/dev", "corpus folder (with html/)")
	out := flag.String("out", "eval/live", "folder for the prediction files")
	only := flag.String("only", "", "clean only the pages whose id starts with this, and keep their live HTML in -out/html")
	flag.Parse()
	if err := run(*corpusDir, *out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "liveeval:", err)
		os.Exit(1)
	}
}

func run(dir, out, only string) error {
	files, err := filepath.Glob(filepath.Join(dir, "html", only+"*.html.gz"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fmt.Printf("liveeval: skipped: no corpus at %s (set -corpus)\n", dir)
		return nil
	}
	sort.Strings(files)
	root, err := extbuild.ModuleRoot(".")
	if err != nil {
		return err
	}
	script, err := os.ReadFile(filepath.Join(root, extbuild.SourceDir, "read-page.js"))
	if err != nil {
		return err
	}
	pages := map[string][]byte{}
	for _, f := range files {
		b, err := corpus.ReadInput(f)
		if err != nil {
			return err
		}
		pages[corpus.PageID(f)] = b
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := pages[strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".html")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(b)
	}))
	defer srv.Close()

	tmp, err := os.MkdirTemp("", "liveeval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	b, err := browsertest.Start(browsertest.Options{UserDataDir: tmp, Width: 1366, Height: 900})
	if err != nil {
		return err
	}
	defer b.Close()
	if _, err := chromedp.Call(b.Ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		return err
	}

	preds := map[string]map[string]map[string]string{"static": {}, "dom": {}, "live": {}}
	start := time.Now()
	hidden, marked, frames, failed := 0, 0, 0, 0
	for _, f := range files {
		id := corpus.PageID(f)
		page, err := render(b.Ctx, srv.URL+"/"+id+".html", string(script))
		if err != nil {
			fmt.Fprintf(os.Stderr, "liveeval: %s: %v\n", id, err)
			failed++
		}
		hidden += page.HiddenCount
		frames += page.SkippedFrames
		if page.HiddenCount > 0 {
			marked++
		}
		if only != "" {
			if err := keepHTML(out, id, page.HTML); err != nil {
				return err
			}
		}
		for name, in := range map[string]string{"static": string(pages[id]), "dom": page.DOM, "live": page.HTML} {
			preds[name][id] = map[string]string{"articleBody": clean(in)}
		}
	}
	fmt.Printf("liveeval: %d pages in %v (%d failed); %d elements marked hidden on %d pages; %d cross-origin frames skipped\n",
		len(files), time.Since(start).Round(time.Second), failed, hidden, marked, frames)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, p := range preds {
		data, err := json.MarshalIndent(p, "", " ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name+".json"), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// keepHTML writes a page's live HTML to out/html/<id>.html.
func keepHTML(out, id, html string) error {
	if err := os.MkdirAll(filepath.Join(out, "html"), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "html", id+".html"), []byte(html), 0o644)
}

// render opens url and runs the page reader in it.
func render(parent context.Context, url, script string) (rendered, error) {
	ctx, cancel := context.WithTimeout(parent, pageTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return rendered{}, err
	}
	page, err := chromedp.Run(ctx, chromedp.Evaluate[rendered](script))
	if err != nil {
		return rendered{}, err
	}
	page.DOM, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	return page, err
}

// clean is the article's text, or "" when the cleaner refuses the input.
func clean(in string) string {
	if in == "" {
		return ""
	}
	a, err := cleaner.Clean([]byte(in), cleaner.Options{Mode: cleaner.ModeHTML})
	if err != nil {
		return ""
	}
	return a.Text()
}
