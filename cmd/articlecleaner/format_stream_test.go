package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/stretchr/testify/require"
)

// marshalLean is the lean JSON line as encoding/json writes it whole: the
// reference for writeLeanJSON.
func marshalLean(t *testing.T, a *cleaner.Article, name string) []byte {
	t.Helper()
	rec := leanRecord(a)
	out, err := marshalLine(jsonLine{File: name, Record: &rec})
	require.NoError(t, err)
	return out
}

// requireSameStream requires writeRendered to write, in every format,
// what render returns, for Clean's article and for CleanLazy's (which
// the command cleans a single input with), and the lean JSON line to be
// encoding/json's.
func requireSameStream(t *testing.T, in []byte, opts cleaner.Options, name string) {
	t.Helper()
	a, err := cleaner.Clean(in, opts)
	require.NoError(t, err)
	lazy, err := cleaner.CleanLazy(string(in), opts)
	require.NoError(t, err)
	for _, f := range formats {
		for _, full := range []bool{false, true} {
			want, err := render(a, name, f.f, full)
			require.NoError(t, err)
			for _, b := range []*cleaner.Article{a, lazy} {
				var got bytes.Buffer
				require.NoError(t, writeRendered(&got, b, name, f.f, full))
				require.Equal(t, string(want), got.String(), "%s -format %s full=%v lazy=%v", name, f.name, full, b == lazy)
			}
		}
	}
	var got bytes.Buffer
	require.NoError(t, writeRendered(&got, a, name, formatJSON, false))
	require.Equal(t, string(marshalLean(t, a, name)), got.String(), name)
}

func TestWriteRenderedSameBytes(t *testing.T) {
	requireSameStream(t, seedBytes(t), cleaner.Options{}, "seed.txt")
	requireSameStream(t, []byte("Home\nNews\n\"Quoted\" <b>&</b>\tline\u2028with\u2029separators and \x01 control bytes\n\n"+
		"The council voted on the plan after a long debate, and residents who came were not happy.\n"), cleaner.Options{Mode: cleaner.ModeText}, `we"ird\name.txt`)
	requireSameStream(t, []byte(`<html><body><nav><a href="/">Home</a></nav><article><h1>T</h1><p>The council voted on the plan after a long debate, and residents who came to the meeting were not happy.</p><div class="share">Share</div></article></body></html>`),
		cleaner.Options{Remove: []string{".share"}}, "page.html")
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", "dev", "text", "*.txt"))
	if len(files) == 0 {
		t.Skip("skipped: no dev corpus (set SHARED to the shared folder)")
	}
	for _, f := range files[:min(len(files), 40)] {
		in, err := os.ReadFile(f)
		require.NoError(t, err)
		requireSameStream(t, in, cleaner.Options{Mode: cleaner.ModeText}, f)
	}
}
