package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageID(t *testing.T) {
	for in, want := range map[string]string{
		"dev/html/abc123.html.gz": "abc123",
		"dev/text/abc123.txt":     "abc123",
		"abc123":                  "abc123",
	} {
		assert.Equal(t, want, PageID(in), in)
	}
}

func TestReadInput(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(plain, []byte("hello"), 0o644))
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	_, _ = w.Write([]byte("hello"))
	require.NoError(t, w.Close())
	packed := filepath.Join(dir, "a.html.gz")
	require.NoError(t, os.WriteFile(packed, gz.Bytes(), 0o644))
	broken := filepath.Join(dir, "b.html.gz")
	require.NoError(t, os.WriteFile(broken, []byte("not gzip"), 0o644))

	for _, p := range []string{plain, packed} {
		got, err := ReadInput(p)
		require.NoError(t, err)
		assert.Equal(t, "hello", string(got))
	}
	_, err := ReadInput(broken)
	assert.ErrorContains(t, err, "b.html.gz")
	_, err = ReadInput(filepath.Join(dir, "missing.txt"))
	assert.Error(t, err)
}
