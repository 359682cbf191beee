package cleaner

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// Benchmarks of the HTML path over the dev corpus's pages, read from
// ../../shared/corpus/dev (or $CORPUS); they skip when it is absent.
//
//	go test -bench CleanDevHTML -run '^$' -cpuprofile /tmp/cpu.out ./cleaner

// devCorpus returns the corpus folder, or "" when it is absent.
func devCorpus() string {
	dir := os.Getenv("CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus", "dev")
	}
	if _, err := os.Stat(filepath.Join(dir, "html")); err != nil {
		return ""
	}
	return dir
}

// readGzipPage reads one of a corpus's pages, gunzipped.
func readGzipPage(tb testing.TB, path string) []byte {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		tb.Fatal(err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(path, err)
	}
	return page
}

// loadDevHTML reads the corpus's pages, gunzipped.
func loadDevHTML(b *testing.B) [][]byte {
	dir := devCorpus()
	if dir == "" {
		b.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		b.Skipf("no pages in %s/html", dir)
	}
	sort.Strings(files)
	pages := make([][]byte, 0, len(files))
	for _, f := range files {
		page := readGzipPage(b, f)
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkCleanDevHTML cleans every page of the corpus once per
// iteration: the ns/op is for the whole corpus.
func BenchmarkCleanDevHTML(b *testing.B) {
	pages := loadDevHTML(b)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Clean(p, Options{Mode: ModeHTML}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRecordDevHTML is the CLI's JSON view on top: Clean and Record.
func BenchmarkRecordDevHTML(b *testing.B) {
	pages := loadDevHTML(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			a, err := Clean(p, Options{Mode: ModeHTML})
			if err != nil {
				b.Fatal(err)
			}
			_ = a.Record()
		}
	}
}

// BenchmarkBareRecordDevHTML is what follows the last stage in the wasm:
// the Record without renderings, for articles cleaned beforehand.
func BenchmarkBareRecordDevHTML(b *testing.B) {
	pages := loadDevHTML(b)
	arts := make([]*Article, len(pages))
	for i, p := range pages {
		a, err := Clean(p, Options{Mode: ModeHTML})
		if err != nil {
			b.Fatal(err)
		}
		arts[i] = a
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			_ = a.BareRecord()
		}
	}
}

// BenchmarkCleanDevPaste cleans the corpus's pasted texts concatenated
// and repeated to 10 MB, as one paste: the shape of a real long paste.
func BenchmarkCleanDevPaste(b *testing.B) {
	one := loadDevPastes(b)
	const size = 10_000_000
	paste := bytes.Repeat(one, size/len(one)+1)[:size]
	paste = paste[:bytes.LastIndexByte(paste, '\n')+1]
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Clean(paste, Options{Mode: ModeText}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanDevPasteLazy is BenchmarkCleanDevPaste as the command
// line cleans a single input: CleanLazy of a string, then the text, the
// statistics and the removals read from its article (-format json). It
// reports, besides the allocations, the live heap the article holds on
// top of the input once read (live-B: its blocks, not its segments);
// TestCleanLazyMemory bounds the live heap at every stage.
func BenchmarkCleanDevPasteLazy(b *testing.B) {
	one := loadDevPastes(b)
	const size = 10_000_000
	paste := bytes.Repeat(one, size/len(one)+1)[:size]
	input := string(paste[:bytes.LastIndexByte(paste, '\n')+1])
	paste = nil
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	live := 0
	for b.Loop() {
		b.StopTimer()
		base := liveHeap()
		b.StartTimer()
		a, err := CleanLazy(input, Options{Mode: ModeText})
		if err != nil {
			b.Fatal(err)
		}
		_, _ = a.Text(), a.Stats()
		for range a.AllRemoved() {
		}
		b.StopTimer()
		live = max(live, liveHeap()-base)
		runtime.KeepAlive(a)
		b.StartTimer()
	}
	b.ReportMetric(float64(live), "live-B")
}
