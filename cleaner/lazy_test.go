package cleaner

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

// requireLazySame requires CleanLazy's article of in to read as Clean's
// does, through every method, before and after Restore.
func requireLazySame(t *testing.T, name string, in []byte, opts Options) {
	t.Helper()
	want, wantErr := Clean(in, opts)
	got, err := CleanLazy(string(in), opts)
	if wantErr != nil {
		require.EqualError(t, err, wantErr.Error(), name)
		return
	}
	require.NoError(t, err, name)
	require.Nil(t, got.Segments, "%s: a lazy article holds no segments", name)
	require.NotNil(t, got.lazy, name)
	same := func(when string) {
		t.Helper()
		require.Equal(t, want.Segments, slices.Collect(got.AllSegments()), "%s %s: segments", name, when)
		require.Equal(t, want.Text(), got.Text(), "%s %s: text", name, when)
		require.Equal(t, want.Markdown(), got.Markdown(), "%s %s: markdown", name, when)
		require.Equal(t, want.HTML(), got.HTML(), "%s %s: html", name, when)
		require.Equal(t, want.Record(), got.Record(), "%s %s: record", name, when)
		require.Equal(t, want.Kept(), got.Kept(), "%s %s: kept", name, when)
		require.Equal(t, want.Removed(), got.Removed(), "%s %s: removed", name, when)
		meta, lazyMeta := *want, *got
		meta.Segments, lazyMeta.Segments, lazyMeta.lazy = nil, nil, nil
		require.Equal(t, meta, lazyMeta, "%s %s: metadata", name, when)
	}
	same("as cleaned")
	// Restore the first removed segment, the first cut and an unknown ID,
	// then all of them again (a second Restore of the same IDs counts none).
	var ids []int
	for _, r := range want.Removed() {
		if len(ids) == 0 && !r.Inline || len(ids) < 2 && r.Inline {
			ids = append(ids, r.ID)
		}
	}
	ids = append(ids, 1<<30)
	require.Equal(t, want.Restore(ids...), got.Restore(ids...), "%s: restored", name)
	same("after Restore")
	require.Equal(t, want.Restore(ids...), got.Restore(ids...), "%s: restored twice", name)
	same("after a second Restore")
}

func TestCleanLazySameAsClean(t *testing.T) {
	seed, err := os.ReadFile(seedInput)
	require.NoError(t, err)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(seed)
	require.NoError(t, err)
	page := []byte(`<html><head><title>Strike</title></head><body><nav><a href="/">Home</a></nav><article><h1>Strike talks break off</h1>` +
		`<p>The union said it would meet the studios again on Monday, after talks broke off on Friday night.</p>` +
		`<img src="/a.jpg" alt="The picket line"><div class="share">Share</div><ul><li>One</li><li>Two</li></ul></article></body></html>`)
	for _, tc := range []struct {
		name string
		in   []byte
		opts Options
	}{
		{"seed", seed, Options{}},
		{"seed as text, restoring", seed, Options{Mode: ModeText, Restore: []int{0, 1, 2, 3}}},
		{"seed in UTF-16", utf16, Options{}},
		{"seed as Latin-1", seed, Options{Mode: ModeText, Charset: "iso-8859-1"}},
		{"page", page, Options{}},
		{"page with rules", page, Options{Remove: []string{".share"}, Keep: []string{"nav"}}},
		{"empty", []byte(" \n\t"), Options{}},
		{"binary", []byte("text\x00more"), Options{}},
		{"invalid UTF-8", []byte("caf\xe9 au lait\n"), Options{Mode: ModeText}},
		{"too large", seed, Options{MaxInputBytes: 100}},
		{"bad mode", seed, Options{Mode: "pdf"}},
		{"bad selector", page, Options{Remove: []string{"[["}}},
	} {
		requireLazySame(t, tc.name, tc.in, tc.opts)
	}
}

func TestCleanLazySameOnCorpus(t *testing.T) {
	dir := devCorpus()
	if dir == "" {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	texts, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	pages, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	sort.Strings(texts)
	sort.Strings(pages)
	for _, f := range texts {
		in, err := os.ReadFile(f)
		require.NoError(t, err)
		requireLazySame(t, f, in, Options{Mode: ModeText})
	}
	for _, f := range pages[:min(len(pages), 30)] {
		requireLazySame(t, f, readGzipPage(t, f), Options{Mode: ModeHTML})
	}
}

// TestCleanStringSameAsClean: CleanString, which segments pasted text
// from the string itself, gives what Clean gives for its bytes, errors
// included.
func TestCleanStringSameAsClean(t *testing.T) {
	seed, err := os.ReadFile(seedInput)
	require.NoError(t, err)
	utf16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(seed)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		in   []byte
		opts Options
	}{
		{"seed", seed, Options{}},
		{"seed as text", seed, Options{Mode: ModeText}},
		{"seed as text, auto spelled out", seed, Options{Mode: "auto"}},
		{"UTF-16 big endian", utf16be, Options{}},
		{"a UTF-8 BOM", append([]byte("\ufeff"), seed...), Options{}},
		{"charset utf-8 named", seed, Options{Charset: "UTF-8"}},
		{"charset windows-1252", []byte("Caf\xe9 au lait, and a long line of text to keep.\n"), Options{Charset: "windows-1252"}},
		{"unknown charset", seed, Options{Charset: "klingon"}},
		{"invalid UTF-8", []byte("ok\ncaf\xe9\n"), Options{}},
		{"empty", nil, Options{}},
		{"white space", []byte("\u00a0 \n\u2003"), Options{}},
		{"NUL", []byte("a\x00b"), Options{}},
		{"gzip", []byte{0x1f, 0x8b, 8, 0}, Options{}},
		{"PDF", []byte("%PDF-1.7\n"), Options{}},
		{"controls", []byte("a\x01\x02\x03\x04b"), Options{}},
		{"too large", seed, Options{MaxInputBytes: 10}},
		{"HTML sniffed", []byte("<!doctype html><p>The union said it would meet the studios again on Monday.</p>"), Options{}},
		{"HTML as text", []byte("<p>The union said it would meet the studios again on Monday.</p>"), Options{Mode: ModeText}},
		{"bad mode", seed, Options{Mode: "pdf"}},
		{"bad focus", seed, Options{Focus: "blur"}},
	} {
		want, wantErr := Clean(tc.in, tc.opts)
		got, err := CleanString(string(tc.in), tc.opts)
		if wantErr != nil {
			require.EqualError(t, err, wantErr.Error(), tc.name)
			continue
		}
		require.NoError(t, err, tc.name)
		require.Equal(t, want, got, tc.name)
	}
}
