package web

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var bigJS = strings.Repeat("export const x = 'some javascript';\n", 200)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	b, err := gzipBytes([]byte(s))
	require.NoError(t, err)
	return b
}

func fixture(t *testing.T) fstest.MapFS {
	wasm := "\x00asm\x01\x00\x00\x00" + strings.Repeat("wasm body ", 500)
	return fstest.MapFS{
		"index.html":             {Data: []byte("<!doctype html><title>t</title>")},
		"worker.js":              {Data: []byte(bigJS)},
		"js/app.js":              {Data: []byte("import './x.js';")},
		"style.css":              {Data: []byte("body{}")},
		"wasm_exec.js":           {Data: []byte("globalThis.Go = class {};")},
		"articlecleaner.wasm":    {Data: []byte(wasm)},
		"articlecleaner.wasm.gz": {Data: gz(t, wasm)},
		"articlecleaner.wasm.br": {Data: []byte("pretend brotli")},
	}
}

func get(t *testing.T, h http.Handler, method, path string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return b
}

func TestHandlerContentTypesAndEncodings(t *testing.T) {
	h, err := NewHandler(fixture(t))
	require.NoError(t, err)
	cases := []struct {
		path, accept, ctype, encoding string
		vary                          bool
	}{
		{"/", "", "text/html; charset=utf-8", "", false},
		{"/index.html", "gzip, br", "text/html; charset=utf-8", "", false}, // too small to compress
		{"/worker.js", "", "text/javascript; charset=utf-8", "", true},
		{"/worker.js", "gzip", "text/javascript; charset=utf-8", "gzip", true},
		{"/worker.js", "br", "text/javascript; charset=utf-8", "", true}, // no .br for it
		{"/js/app.js", "gzip", "text/javascript; charset=utf-8", "", false},
		{"/style.css", "", "text/css; charset=utf-8", "", false},
		{"/articlecleaner.wasm", "", "application/wasm", "", true},
		{"/articlecleaner.wasm", "gzip, deflate", "application/wasm", "gzip", true},
		{"/articlecleaner.wasm", "gzip, deflate, br, zstd", "application/wasm", "br", true},
		{"/articlecleaner.wasm", "br;q=0, gzip;q=0.5", "application/wasm", "gzip", true},
		{"/articlecleaner.wasm", "br;q=0, gzip;q=0", "application/wasm", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.path+" "+tc.accept, func(t *testing.T) {
			res := get(t, h, http.MethodGet, tc.path, map[string]string{"Accept-Encoding": tc.accept})
			require.Equal(t, http.StatusOK, res.StatusCode)
			assert.Equal(t, tc.ctype, res.Header.Get("Content-Type"))
			assert.Equal(t, tc.encoding, res.Header.Get("Content-Encoding"))
			if tc.vary {
				assert.Equal(t, "Accept-Encoding", res.Header.Get("Vary"))
			} else {
				assert.Empty(t, res.Header.Get("Vary"))
			}
			b := body(t, res)
			switch tc.encoding {
			case "gzip":
				r, err := gzip.NewReader(bytes.NewReader(b))
				require.NoError(t, err)
				plain, err := io.ReadAll(r)
				require.NoError(t, err)
				want, _ := fixture(t).ReadFile(strings.TrimPrefix(tc.path, "/"))
				assert.Equal(t, want, plain)
			case "br":
				assert.Equal(t, "pretend brotli", string(b))
			}
		})
	}
}

func TestHandlerSecurityHeadersOnEveryResponse(t *testing.T) {
	h, err := NewHandler(fixture(t))
	require.NoError(t, err)
	for _, tc := range []struct {
		method, path string
		status       int
	}{
		{http.MethodGet, "/", http.StatusOK},
		{http.MethodHead, "/articlecleaner.wasm", http.StatusOK},
		{http.MethodGet, "/nope.js", http.StatusNotFound},
		{http.MethodGet, "/articlecleaner.wasm.br", http.StatusNotFound}, // only through Accept-Encoding
		{http.MethodGet, "/../etc/passwd", http.StatusNotFound},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			res := get(t, h, tc.method, tc.path, nil)
			assert.Equal(t, tc.status, res.StatusCode)
			assert.Equal(t, ContentSecurityPolicy, res.Header.Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"))
			assert.Equal(t, "DENY", res.Header.Get("X-Frame-Options"))
			if tc.method == http.MethodHead {
				assert.Empty(t, body(t, res))
				assert.NotEmpty(t, res.Header.Get("Content-Length"))
			}
		})
	}
}

func TestHandlerRevalidatesWithETag(t *testing.T) {
	h, err := NewHandler(fixture(t))
	require.NoError(t, err)
	first := get(t, h, http.MethodGet, "/articlecleaner.wasm", map[string]string{"Accept-Encoding": "br"})
	etag := first.Header.Get("ETag")
	require.NotEmpty(t, etag)
	assert.Equal(t, "no-cache", first.Header.Get("Cache-Control"))

	again := get(t, h, http.MethodGet, "/articlecleaner.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	assert.Equal(t, http.StatusNotModified, again.StatusCode)
	assert.Empty(t, body(t, again))

	// Another encoding is another representation with its own tag.
	other := get(t, h, http.MethodGet, "/articlecleaner.wasm", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag})
	assert.Equal(t, http.StatusOK, other.StatusCode)
	assert.NotEqual(t, etag, other.Header.Get("ETag"))
}

// A .gz (and so its .br) that no longer matches the file is stale: the
// handler compresses the file itself instead of serving old code.
func TestHandlerIgnoresStalePrecompressedFiles(t *testing.T) {
	fsys := fixture(t)
	fsys["articlecleaner.wasm.gz"] = &fstest.MapFile{Data: gz(t, "an older build")}
	h, err := NewHandler(fsys)
	require.NoError(t, err)
	res := get(t, h, http.MethodGet, "/articlecleaner.wasm", map[string]string{"Accept-Encoding": "br, gzip"})
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	r, err := gzip.NewReader(bytes.NewReader(body(t, res)))
	require.NoError(t, err)
	plain, _ := io.ReadAll(r)
	assert.Equal(t, fsys["articlecleaner.wasm"].Data, plain)
}

func TestNewHandlerMissingFiles(t *testing.T) {
	for _, missing := range []string{"articlecleaner.wasm", "wasm_exec.js"} {
		fsys := fixture(t)
		delete(fsys, missing)
		_, err := NewHandler(fsys)
		require.Error(t, err)
		assert.True(t, errors.Is(err, ErrNotBuilt), "%s: %v", missing, err)
		assert.Contains(t, err.Error(), "run make wasm first")
	}
	fsys := fixture(t)
	delete(fsys, "index.html")
	_, err := NewHandler(fsys)
	require.Error(t, err)
	assert.False(t, errors.Is(err, ErrNotBuilt))
}

// The page states the same policy as the server, minus frame-ancestors
// (which a <meta> element cannot set).
func TestIndexMetaCSPMatchesHeader(t *testing.T) {
	html, err := os.ReadFile("static/index.html")
	require.NoError(t, err)
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]+)"`).FindSubmatch(html)
	require.NotNil(t, m, "index.html has no CSP meta element")
	assert.Equal(t, MetaContentSecurityPolicy, string(m[1]))
	assert.Contains(t, ContentSecurityPolicy, MetaContentSecurityPolicy)
}
