package cleaner

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// loadDevPastes returns the corpus's pasted texts concatenated, each
// followed by a blank line; it skips when the corpus is absent.
func loadDevPastes(b testing.TB) []byte {
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
	return paste
}

// BenchmarkCleanDevPasteOnce cleans the corpus's pasted texts concatenated
// once (about 1.5 MB): BenchmarkCleanDevPaste repeats them to 10 MB, where
// every block after the first copy is an exact repeat, so a speed-up that
// only shows there is one for repeats, not for long pastes.
func BenchmarkCleanDevPasteOnce(b *testing.B) {
	paste := loadDevPastes(b)
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Clean(paste, Options{Mode: ModeText}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTextStages times each stage of the pipeline alone on one copy
// of the dev pastes (its input: the blocks as the stages before it left
// them), plus segmentation and assembly: where the time of a long paste
// goes, stage by stage.
//
//	go test -bench TextStages -run '^$' ./cleaner
func BenchmarkTextStages(b *testing.B) {
	paste := loadDevPastes(b)
	fresh := func() *run { return &run{opts: Options{Mode: ModeText}, mode: ModeText} }
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(int64(len(paste)))
		for b.Loop() {
			if err := fresh().frontEnd(paste); err != nil {
				b.Fatal(err)
			}
		}
	})
	r := fresh()
	if err := r.frontEnd(paste); err != nil {
		b.Fatal(err)
	}
	for _, st := range pipeline {
		before := *r
		before.blocks = slices.Clone(r.blocks)
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(paste)))
			for b.Loop() {
				b.StopTimer()
				c := before
				c.blocks = slices.Clone(before.blocks)
				b.StartTimer()
				st.run(&c)
			}
		})
		st.run(r)
	}
	b.Run("assemble", func(b *testing.B) {
		b.SetBytes(int64(len(paste)))
		for b.Loop() {
			r.assemble()
		}
	})
}
