package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// ErrNotBuilt says the wasm build outputs are missing from the assets.
var ErrNotBuilt = errors.New("web: the WebAssembly build is missing: run make wasm first")

// required are the files without which the page cannot work.
var required = []string{"index.html", "articlecleaner.wasm", "wasm_exec.js", "worker.js"}

// asset is one file held in memory with its compressed forms.
type asset struct {
	ctype string
	etag  string // of the identity form; encodings append a suffix
	plain []byte
	gz    []byte // nil when compression does not pay
	br    []byte // only when precompressed by make wasm
}

// minCompressBytes is the size below which gzip saves less than the
// headers it costs.
const minCompressBytes = 1024

// loadAssets reads every file of the tree. A file "x.br" or "x.gz" next to
// "x" is its precompressed form, used when it matches x.
func loadAssets(fsys fs.FS) (map[string]*asset, error) {
	for _, name := range required {
		if _, err := fs.Stat(fsys, name); err != nil {
			if name == "index.html" || name == "worker.js" {
				return nil, fmt.Errorf("web: %s is missing from the assets: %w", name, err)
			}
			return nil, fmt.Errorf("%w (%s not found)", ErrNotBuilt, name)
		}
	}
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		files[p] = b
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("web: reading the assets: %w", err)
	}
	if err := FillPrecache(files); err != nil {
		return nil, err
	}
	out := map[string]*asset{}
	for p, b := range files {
		ext := path.Ext(p)
		if ext == ".br" || ext == ".gz" {
			if _, ok := files[strings.TrimSuffix(p, ext)]; ok {
				continue // a precompressed form, attached below
			}
		}
		sum := sha256.Sum256(b)
		a := &asset{ctype: contentType(p), etag: `"` + hex.EncodeToString(sum[:8]) + `"`, plain: b}
		if compressible(a.ctype) && len(b) >= minCompressBytes {
			if gz, ok := files[p+".gz"]; ok && gunzipEquals(gz, b) {
				a.gz = gz
				// .br is written with .gz by make wasm; a matching .gz
				// vouches for it (Go has no brotli decoder to check it).
				a.br = files[p+".br"]
			} else if a.gz, err = gzipBytes(b); err != nil {
				return nil, err
			}
		}
		out[p] = a
	}
	return out, nil
}

// gunzipEquals reports whether gz decompresses to want, so a stale
// precompressed file is never served.
func gunzipEquals(gz, want []byte) bool {
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(want))+1))
	return err == nil && bytes.Equal(got, want)
}

func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// contentTypes are set explicitly rather than from the system's MIME
// tables, which differ between machines (and once served .js as
// text/plain, which module scripts refuse).
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
	".gz":   "application/gzip",
	".br":   "application/octet-stream",
}

func contentType(p string) string {
	if t, ok := contentTypes[path.Ext(p)]; ok {
		return t
	}
	return "application/octet-stream"
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || ctype == "application/wasm" ||
		ctype == "application/json" || ctype == manifestType || ctype == "image/svg+xml"
}
