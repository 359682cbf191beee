package cleaner

import (
	"os"
	"path/filepath"
	"testing"
)

// Fuzz targets for the pasted-text path, seeded from the golden inputs and
// the seed. For any input Clean either returns one of its errors or a
// result that keeps every invariant in invariants_text_test.go: valid
// UTF-8 everywhere, unique IDs, spans that point back at the input,
// deterministic output.

// fuzzSeeds returns the golden inputs and the seed.
func fuzzSeeds(f *testing.F) [][]byte {
	var out [][]byte
	files, err := filepath.Glob(filepath.Join(goldenTextDir, "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, goldenInput(parseGolden(data)))
	}
	seed, err := os.ReadFile(seedInput)
	if err != nil {
		f.Fatal(err)
	}
	out = append(out, seed)
	// Corner cases the goldens do not have.
	for _, s := range []string{"", " ", "\ufeff", "a", "```", "```\n", "T\nhe", "- ", "#", "> ",
		"\r\n\r\n", "x\u2028y", "{{", "date 2023-10-12 x", "Ab. example.com", "Advertisement ",
		"Strike talks break off between Hollywood actors and studiosStrike talks have broken off",
		"\xff\xfeH\x00i\x00\n\x00-\x00 \x00x\x00", "\xfe\xff\x00H\x00i", "\xef\xbb\xbf# T"} {
		out = append(out, []byte(s))
	}
	return out
}

func FuzzCleanText(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		opts := Options{Mode: ModeText}
		a, err := Clean(input, opts)
		if err != nil {
			if e := checkError(err); e != nil {
				t.Fatal(e)
			}
			return
		}
		if err := checkArticle(input, opts, a); err != nil {
			t.Fatal(err)
		}
		// Restoring everything shows every byte of every segment again.
		var ids []int
		for _, r := range a.Removed() {
			ids = append(ids, r.ID)
		}
		opts.Restore = ids
		b, err := Clean(input, opts)
		if err != nil {
			t.Fatalf("restoring failed: %v", err)
		}
		if len(b.Removed()) != 0 {
			t.Fatalf("%d pieces still removed after restoring all", len(b.Removed()))
		}
		if err := checkArticle(input, opts, b); err != nil {
			t.Fatal(err)
		}
	})
}

// fuzzModes maps a fuzzed byte to a mode, including an invalid one.
var fuzzModes = []Mode{ModeAuto, ModeText, ModeHTML, "auto", "bogus"}

// fuzzCharsets are the charsets the fuzzer picks from, including an
// unknown one.
var fuzzCharsets = []string{"", "utf-8", "windows-1252", "iso-8859-2", "shift_jis", "utf-16le", "no-such-charset"}

func FuzzOptions(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint8(i), uint8(i), int32(i-3), int32(i*7))
	}
	f.Add([]byte("<p>Hello <b>world</b></p>"), uint8(2), uint8(0), int32(0), int32(0))
	f.Add([]byte("caf\xe9 au lait"), uint8(1), uint8(2), int32(0), int32(0))
	f.Fuzz(func(t *testing.T, input []byte, mode, charset uint8, maxBytes, restore int32) {
		opts := Options{
			Mode:    fuzzModes[int(mode)%len(fuzzModes)],
			Charset: fuzzCharsets[int(charset)%len(fuzzCharsets)],
			Restore: []int{int(restore), int(restore) + 1},
		}
		if maxBytes%3 == 0 {
			// A third of the runs try a limit (negative ones are invalid);
			// the rest clean the input.
			opts.MaxInputBytes = int(maxBytes)
		}
		a, err := Clean(input, opts)
		if err != nil {
			if e := checkError(err); e != nil {
				t.Fatal(e)
			}
			return
		}
		if err := checkArticle(input, opts, a); err != nil {
			t.Fatal(err)
		}
	})
}
