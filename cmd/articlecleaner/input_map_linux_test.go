package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// bigParagraphs is text of at least n bytes: paragraphs of a story, each
// a little different, so that the cleaner keeps them.
func bigParagraphs(n int) []byte {
	var b bytes.Buffer
	b.WriteString("The long night at the harbour\n\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(strings.Repeat("The ferry crew waited for the tide while the harbour master counted the boats again. ", 3))
		b.WriteString("Paragraph " + strings.Repeat("i", i%40) + ".\n\n")
	}
	return b.Bytes()
}

// mapPath opens p and maps it as readInput would (mapInput).
func mapPath(t *testing.T, p string) (string, func(), bool) {
	t.Helper()
	f, err := os.Open(p)
	require.NoError(t, err)
	defer f.Close()
	st, err := f.Stat()
	require.NoError(t, err)
	return mapInput(f, st)
}

func TestMapInput(t *testing.T) {
	dir := t.TempDir()
	big := bigParagraphs(mapMinBytes + 1000)
	for _, tc := range []struct {
		name   string
		data   []byte
		mapped bool
	}{
		{"large text", big, true},
		{"small text", big[:mapMinBytes-1], false},
		{"large gzip", append(append([]byte{}, gzipMagic...), big...), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, unmap, ok := mapPath(t, writeFile(t, dir, "in.txt", tc.data))
			require.Equal(t, tc.mapped, ok)
			if ok {
				require.Equal(t, string(tc.data), data)
				unmap()
			}
		})
	}
	t.Run("not a regular file", func(t *testing.T) {
		_, _, ok := mapPath(t, dir)
		require.False(t, ok)
	})
}

// TestMappedInputCutShort truncates a mapped input under the reader: the
// fault of reading its lost pages is reported as errFileChanged, not a
// crash.
func TestMappedInputCutShort(t *testing.T) {
	p := writeFile(t, t.TempDir(), "in.txt", bigParagraphs(2*mapMinBytes))
	data, unmap, err := readInput(p, nil, 1<<30, true)
	require.NoError(t, err)
	require.NotNil(t, unmap, "the file is mapped")
	defer unmap()
	require.NoError(t, os.Truncate(p, 0))
	read := func() (err error) {
		defer func() {
			if v := recover(); v != nil {
				err = panicError(v)
			}
		}()
		defer readingMapped()()
		_ = strings.Count(data, "x") // reads every page
		return nil
	}
	require.True(t, errors.Is(read(), errFileChanged))
}

// TestMappedInputSameOutput cleans a large file, which is mapped, and the
// same text from standard input, which is read: the outputs are the same.
func TestMappedInputSameOutput(t *testing.T) {
	in := bigParagraphs(mapMinBytes + 5000)
	p := writeFile(t, t.TempDir(), "in.txt", in)
	for _, format := range []string{"text", "json"} {
		code, fromFile, stderr := runCLI(t, "", "-format", format, p)
		require.Equal(t, 0, code, stderr)
		code, fromStdin, stderr := runCLI(t, string(in), "-format", format, "-")
		require.Equal(t, 0, code, stderr)
		if format == "json" {
			name, err := json.Marshal(p)
			require.NoError(t, err)
			fromFile = strings.Replace(fromFile, `"file":`+string(name), `"file":"-"`, 1)
		}
		require.Equal(t, fromStdin, fromFile, format)
		require.Contains(t, fromFile, "harbour master")
	}
}
