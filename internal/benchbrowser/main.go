//go:build !js

// Command benchbrowser is `make bench-browser`: the cleaner's speed where
// it runs for people, in headless Chromium. It serves the web page's own
// files (with a fresh wasm) and a bench page on 127.0.0.1, and in one tab
//
//   - times the wasm's start through the page's loader (loadCleaner, with
//     the wasm store as the page's worker uses it), cold in a fresh profile
//     and then on warm reloads, and on warm reloads without the store
//     (the wasm from the browser's HTTP cache);
//   - cleans every HTML page of the corpus through that loader,
//     clean(html, {mode: 'html'}), and through Readability.js (pinned in
//     package.json, from npm) with DOMParser, alternating page by page, for
//     several rounds, and prints the median and p95 per page of both, their
//     ratio, and the cleaner's per-stage split from its onProgress
//     timestamps (the last "stage" is the crossing: from the last stage to
//     the Record object in JavaScript);
//   - cleans a long paste (the corpus texts concatenated and repeated) in
//     the page's worker through CleanerClient, with progress;
//   - reports the page's weight with brotli.
//
// It is not part of `make test`. Without Chromium or the corpus it says so
// and exits 0; without Readability.js it says how to install it.
package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
	"github.com/seed15afa100/articlecleaner/internal/corpus"
	"github.com/seed15afa100/articlecleaner/web"
)

//go:embed page
var pageFiles embed.FS

func main() {
	corpusDir := flag.String("corpus", "../shared/corpus/dev", "the corpus: its html/*.html.gz are cleaned, its text/*.txt make the paste")
	rounds := flag.Int("rounds", 3, "how many times every page is cleaned by each")
	limit := flag.Int("limit", 0, "clean only the first N pages (0: all)")
	warm := flag.Int("warm", 5, "warm reloads timed for the wasm start")
	pasteMB := flag.Float64("paste-mb", 5, "size of the paste cleaned in the worker, in MB")
	readability := flag.String("readability", "internal/benchbrowser/node_modules/@mozilla/readability/Readability.js",
		"Readability.js (npm ci --prefix internal/benchbrowser)")
	out := flag.String("out", "", "also write the results table (Markdown) to this file")
	flag.Parse()

	if err := run(*corpusDir, *rounds, *limit, *warm, *pasteMB, *readability, *out); err != nil {
		if errors.Is(err, errSkip) {
			fmt.Println("bench-browser: skipped:", strings.TrimPrefix(err.Error(), errSkip.Error()+": "))
			return
		}
		fmt.Fprintln(os.Stderr, "bench-browser:", err)
		os.Exit(1)
	}
}

var errSkip = errors.New("skip")

func run(corpusDir string, rounds, limit, warm int, pasteMB float64, readability, outFile string) error {
	pages, _ := filepath.Glob(filepath.Join(corpusDir, "html", "*.html.gz"))
	if len(pages) == 0 {
		return fmt.Errorf("%w: no corpus pages at %s/html (set CORPUS=…)", errSkip, corpusDir)
	}
	slices.Sort(pages)
	if limit > 0 && limit < len(pages) {
		pages = pages[:limit]
	}
	if _, err := browsertest.ChromiumPath(); err != nil {
		return fmt.Errorf("%w: %v", errSkip, err)
	}
	rjs, err := os.ReadFile(readability)
	if err != nil {
		return fmt.Errorf("no Readability.js (%v): run npm ci --prefix internal/benchbrowser", err)
	}
	htmls := make([][]byte, len(pages))
	for i, p := range pages {
		if htmls[i], err = corpus.ReadInput(p); err != nil {
			return err
		}
	}
	paste, err := makePaste(corpusDir, int(pasteMB*1e6))
	if err != nil {
		return err
	}

	assets, err := browsertest.Assets()
	if err != nil {
		return err
	}
	site, err := web.NewHandler(assets)
	if err != nil {
		return err
	}
	bench, _ := fs.Sub(pageFiles, "page")
	mux := http.NewServeMux()
	mux.Handle("/", site)
	mux.Handle("/bench/", http.StripPrefix("/bench/", http.FileServerFS(bench)))
	mux.HandleFunc("/bench/Readability.js", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write(rjs)
	})
	mux.HandleFunc("/bench/page/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.PathValue("n"))
		if err != nil || n < 0 || n >= len(htmls) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(htmls[n])
	})
	mux.HandleFunc("/bench/paste", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(paste)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	profile, err := os.MkdirTemp("", "bench-browser-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	b, err := browsertest.Start(browsertest.Options{UserDataDir: profile, Width: 1280, Height: 800})
	if err != nil {
		return err
	}
	defer b.Close()
	ctx, cancel := context.WithTimeout(b.Ctx, time.Hour)
	defer cancel()

	res := results{pages: len(pages), rounds: rounds, corpus: corpusDir}
	benchURL := srv.URL + "/bench/bench.html"
	// The cold start, then warm reloads without the store and with it;
	// the page is left loaded with the store, as the page's worker runs.
	for i, query := range startLoads(warm) {
		if _, err := chromedp.Run(ctx, chromedp.Navigate(benchURL+query)); err != nil {
			return err
		}
		start, err := chromedp.Run(ctx, chromedp.Poll[wasmStart](`window.benchError ? Promise.reject(new Error(window.benchError)) : window.benchReadyMs && { ms: window.benchReadyMs, from: window.benchWasmFrom }`, chromedp.WithPollingTimeout(time.Minute)))
		if err != nil {
			return fmt.Errorf("starting the wasm: %w", err)
		}
		switch {
		case i == 0:
			res.coldMs = start.MS
			if err := waitStored(ctx); err != nil {
				return err
			}
		case query != "":
			res.warmHTTPMs = append(res.warmHTTPMs, start.MS)
		default:
			res.warmMs = append(res.warmMs, start.MS)
			if start.From == "store" {
				res.warmFromStore++
			}
		}
	}
	fmt.Fprintf(os.Stderr, "bench-browser: wasm ready cold %.0f ms, warm %s (%d of %d from the store), without the store %s; cleaning %d pages × %d rounds…\n",
		res.coldMs, fmtList(res.warmMs), res.warmFromStore, len(res.warmMs), fmtList(res.warmHTTPMs), len(pages), rounds)

	res.run, err = chromedp.Run(ctx, chromedp.Evaluate[pageRun](fmt.Sprintf("runPages(%d, %d)", len(pages), rounds), chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("cleaning the pages: %w", err)
	}
	res.paste, err = chromedp.Run(ctx, chromedp.Evaluate[pasteRun]("runPaste()", chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("the paste in the worker: %w", err)
	}
	if res.weight, res.weightNote, err = pageWeight(assets); err != nil {
		return err
	}
	for _, p := range b.Problems() {
		fmt.Fprintln(os.Stderr, "bench-browser: browser:", p)
	}
	table := res.markdown()
	fmt.Print(table)
	if outFile != "" {
		return os.WriteFile(outFile, []byte(table), 0o644)
	}
	return nil
}

// makePaste is the corpus texts concatenated (a blank line between) and
// repeated up to size bytes, cut at a line end.
func makePaste(corpusDir string, size int) ([]byte, error) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "text", "*.txt"))
	slices.Sort(files)
	var one []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		one = append(append(one, b...), "\n\n"...)
	}
	if len(one) == 0 {
		return nil, fmt.Errorf("%w: no pasted texts at %s/text", errSkip, corpusDir)
	}
	var out []byte
	for len(out) < size {
		out = append(out, one...)
	}
	out = out[:size]
	if i := strings.LastIndexByte(string(out), '\n'); i > 0 {
		out = out[:i+1]
	}
	return out, nil
}

// pageWeight sums what the page loads, compressed as the server sends it:
// the .br form where the build made one, else the file as it is.
func pageWeight(assets fs.FS) (int, string, error) {
	total, note := 0, ""
	err := fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") ||
			strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".png") {
			return err
		}
		if st, err := fs.Stat(assets, p+".br"); err == nil {
			total += int(st.Size())
			return nil
		}
		if st, err := fs.Stat(assets, p+".gz"); err == nil && strings.HasSuffix(p, ".wasm") {
			note = " (gzip: no brotli command)"
			total += int(st.Size())
			return nil
		}
		data, err := fs.ReadFile(assets, p)
		if err != nil {
			return err
		}
		n, gz, err := compressed(data)
		if gz {
			note = " (gzip: no brotli command)"
		}
		total += n
		return err
	})
	return total, note, err
}

// compressed is the size of data with brotli -q 11 (the build's setting),
// or with gzip -9 when the brotli command is missing (gz set).
func compressed(data []byte) (int, bool, error) {
	if path, err := exec.LookPath("brotli"); err == nil {
		cmd := exec.Command(path, "-q", "11", "-c")
		cmd.Stdin = bytes.NewReader(data)
		out, err := cmd.Output()
		return len(out), false, err
	}
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(data)
	err := w.Close()
	return buf.Len(), true, err
}

type pageRun struct {
	Cleaner     []timing             `json:"cleaner"`
	Readability []timing             `json:"readability"`
	Stages      []map[string]float64 `json:"stages"`
	Failures    []string             `json:"failures"`
}

type timing struct {
	Page int     `json:"page"`
	MS   float64 `json:"ms"`
}

type pasteRun struct {
	Bytes    int     `json:"bytes"`
	MS       float64 `json:"ms"`
	Progress int     `json:"progress"`
	ReadyMS  float64 `json:"readyMs"`
	Words    int     `json:"words"`
}

// waitStored waits until the bench page's wasm store holds the wasm
// (written in the background after the first start).
func waitStored(ctx context.Context) error {
	for deadline := time.Now().Add(time.Minute); ; {
		stored, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.benchStored()`, chromedp.EvalAwaitPromise))
		if err != nil {
			return fmt.Errorf("reading the wasm store: %w", err)
		}
		if stored {
			return nil
		}
		if time.Now().After(deadline) {
			return errors.New("the wasm store was not written within a minute of the first start")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// wasmStart is one start of the wasm on the bench page: ms from the
// loadCleaner call to the API, and where its bytes came from.
type wasmStart struct {
	MS   float64 `json:"ms"`
	From string  `json:"from"`
}

// startLoads is the query of each load of the bench page for the start
// times: the cold load, warm loads without the store (?store=0), then
// warm loads with it, the last one staying for the page run.
func startLoads(warm int) []string {
	loads := []string{""}
	for range warm {
		loads = append(loads, "?store=0")
	}
	for range warm {
		loads = append(loads, "")
	}
	return loads
}

type results struct {
	corpus        string
	pages, rounds int
	coldMs        float64
	warmMs        []float64 // with the store, as the page's worker starts
	warmFromStore int       // of warmMs, the starts from stored bytes
	warmHTTPMs    []float64 // without the store: from the HTTP cache
	run           pageRun
	paste         pasteRun
	weight        int
	weightNote    string
}

// perPage is each page's median over the rounds.
func perPage(ts []timing) []float64 {
	by := map[int][]float64{}
	for _, t := range ts {
		by[t.Page] = append(by[t.Page], t.MS)
	}
	var out []float64
	for _, v := range by {
		out = append(out, quantile(v, 0.5))
	}
	return out
}

// quantile is the q-quantile of v by linear interpolation.
func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.Sort(s)
	pos := q * float64(len(s)-1)
	lo := int(pos)
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (pos-float64(lo))*(s[lo+1]-s[lo])
}

func mean(v []float64) float64 {
	sum := 0.0
	for _, x := range v {
		sum += x
	}
	return sum / float64(len(v))
}

func fmtList(v []float64) string {
	var s []string
	for _, x := range v {
		s = append(s, fmt.Sprintf("%.0f", x))
	}
	return strings.Join(s, ", ") + " ms"
}

// stageOrder is the pipeline's order (cleaner/clean.go); a stage the
// cleaner reports that is not listed here goes after them.
var stageOrder = []string{"segment", "split-glued", "language", "features", "classify", "dedupe", "comments",
	"revise", "metadata", "inline", "headings", "assemble", "crossing"}

func (r results) markdown() string {
	var b strings.Builder
	c, rd := perPage(r.run.Cleaner), perPage(r.run.Readability)
	cm, c95 := quantile(c, 0.5), quantile(c, 0.95)
	rm, r95 := quantile(rd, 0.5), quantile(rd, 0.95)
	fmt.Fprintf(&b, "Headless Chromium, %d pages of %s, %d rounds (each page's median over the rounds), %s:\n\n",
		r.pages, filepath.Base(r.corpus), r.rounds, time.Now().UTC().Format("2006-01-02"))
	fmt.Fprintf(&b, "| per page | median | p95 |\n| --- | ---: | ---: |\n")
	fmt.Fprintf(&b, "| articlecleaner wasm, `clean(html, {mode: 'html'})` | %.1f ms | %.1f ms |\n", cm, c95)
	fmt.Fprintf(&b, "| Readability.js 0.6, `DOMParser` + `parse()` | %.1f ms | %.1f ms |\n", rm, r95)
	fmt.Fprintf(&b, "| ratio (articlecleaner / Readability.js) | %.2f | %.2f |\n\n", cm/rm, c95/r95)

	stages := map[string][]float64{}
	for _, s := range r.run.Stages {
		for k, v := range s {
			stages[k] = append(stages[k], v)
		}
	}
	names := make([]string, 0, len(stages))
	for k := range stages {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		ia, ib := slices.Index(stageOrder, a), slices.Index(stageOrder, b)
		if ia < 0 {
			ia = len(stageOrder)
		}
		if ib < 0 {
			ib = len(stageOrder)
		}
		return cmp.Or(cmp.Compare(ia, ib), strings.Compare(a, b))
	})
	fmt.Fprintf(&b, "| stage (first round, onProgress) | median | mean |\n| --- | ---: | ---: |\n")
	for _, k := range names {
		label := k
		if k == "crossing" {
			label = "crossing: last stage to the Record object in JavaScript"
		}
		fmt.Fprintf(&b, "| %s | %.2f ms | %.2f ms |\n", label, quantile(stages[k], 0.5), mean(stages[k]))
	}
	fmt.Fprintf(&b, "\n| start and paste | |\n| --- | ---: |\n")
	fmt.Fprintf(&b, "| wasm ready through loadCleaner, cold (fresh profile) | %.0f ms |\n", r.coldMs)
	fmt.Fprintf(&b, "| wasm ready, warm reloads (median of %d; %d from the wasm store) | %.0f ms (%s) |\n",
		len(r.warmMs), r.warmFromStore, quantile(r.warmMs, 0.5), fmtList(r.warmMs))
	fmt.Fprintf(&b, "| wasm ready, warm reloads without the store, from the HTTP cache (median of %d) | %.0f ms (%s) |\n",
		len(r.warmHTTPMs), quantile(r.warmHTTPMs, 0.5), fmtList(r.warmHTTPMs))
	fmt.Fprintf(&b, "| %.1f MB paste in the page's worker (`CleanerClient`, mode text, %d progress calls) | %.0f ms |\n",
		float64(r.paste.Bytes)/1e6, r.paste.Progress, r.paste.MS)
	fmt.Fprintf(&b, "| page weight with brotli%s | %.2f MB |\n", r.weightNote, float64(r.weight)/1e6)
	if len(r.run.Failures) > 0 {
		fmt.Fprintf(&b, "\nFailures (%d): %s\n", len(r.run.Failures), strings.Join(r.run.Failures, "; "))
	}
	return b.String()
}
