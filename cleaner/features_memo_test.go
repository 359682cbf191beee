package cleaner

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// computeFeatures copies the features of a repeated text from its first
// block: every block must get exactly what measuring it afresh gives.

// checkFeaturesMemo runs the stages before features over input and
// compares each block's features with measure's.
func checkFeaturesMemo(t *testing.T, input []byte, mode Mode) {
	t.Helper()
	r := &run{opts: Options{Mode: mode}, mode: mode}
	if err := r.frontEnd(input); err != nil {
		return
	}
	r.splitGlued()
	r.detectLanguage()
	r.computeFeatures()
	for i, b := range r.blocks {
		want := measure(b.text, r.stop)
		want.table = b.kind == KindTable
		if *b.f != want {
			t.Fatalf("block %d %q:\n got %+v\nwant %+v", i, b.text, *b.f, want)
		}
	}
}

// TestFeaturesMemoGolden: a paste whose menu, share line and tables
// repeat, the repeats of a table as a table and as text.
func TestFeaturesMemoGolden(t *testing.T) {
	paste := "Home | News | Sport\n\nStrike talks break off\n\nBy Jane Doe\n\n" +
		"The union said it would meet the studios again on Monday.\n\nShare this article\n\n" +
		"Home | News | Sport\n\nThe studios said they had made their last offer.\n\nShare this article\n\n" +
		"By Jane Doe\n\nHome | News | Sport\n"
	checkFeaturesMemo(t, []byte(paste), ModeText)
	page := "<html><body><nav>Home | News</nav><article><h1>Strike</h1><p>The union said it would meet again.</p>" +
		"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><p>Home | News</p>" +
		"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></article><nav>Home | News</nav></body></html>"
	checkFeaturesMemo(t, []byte(page), ModeHTML)
}

// TestFeaturesMemoOnCorpus: the dev pastes concatenated twice (every
// block a repeat in the second copy).
func TestFeaturesMemoOnCorpus(t *testing.T) {
	dir := devCorpus()
	if dir == "" {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	sort.Strings(files)
	var paste []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		paste = append(append(paste, data...), "\n\n"...)
	}
	checkFeaturesMemo(t, append(paste, paste...), ModeText)
}
