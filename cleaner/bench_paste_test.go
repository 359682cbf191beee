package cleaner

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkCleanDevPasteOnce cleans the corpus's pasted texts concatenated
// once (about 1.5 MB): BenchmarkCleanDevPaste repeats them to 10 MB, where
// every block after the first copy is an exact repeat, so a speed-up that
// only shows there is one for repeats, not for long pastes.
func BenchmarkCleanDevPasteOnce(b *testing.B) {
	dir := devCorpus()
	if dir == "" {
		b.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skip("no pasted texts in the corpus")
	}
	var paste []byte
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		paste = append(append(paste, t...), "\n\n"...)
	}
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Clean(paste, Options{Mode: ModeText}); err != nil {
			b.Fatal(err)
		}
	}
}
