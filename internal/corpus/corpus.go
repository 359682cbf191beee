// Package corpus reads benchmark pages: the evaluation (internal/eval) and
// the peer benchmark (the bench module) share it.
package corpus

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// PageID is a file's name without its .html.gz / .txt suffixes.
func PageID(path string) string {
	name := filepath.Base(path)
	for _, ext := range []string{".gz", ".html", ".txt"} {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

// ReadInput returns a page's bytes, gunzipped when the file is .gz.
func ReadInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}
