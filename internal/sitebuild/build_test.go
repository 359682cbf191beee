//go:build !js

package sitebuild

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/seed15afa100/articlecleaner/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
)

// site builds the site once per test run, with the tests' wasm build.
func site(t *testing.T) string {
	t.Helper()
	siteOnce.Do(func() {
		var wasmDir string
		if wasmDir, siteErr = wasmbuild.Dir(); siteErr != nil {
			return
		}
		if siteDir, siteErr = os.MkdirTemp("", "articlecleaner-site-"); siteErr != nil {
			return
		}
		siteErr = Build(Config{Root: "../..", Out: siteDir, WasmDir: wasmDir})
	})
	require.NoError(t, siteErr)
	return siteDir
}

// siteFiles lists the site's files (not the precompressed forms or
// _headers) with their contents.
func siteFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(rel, ".br") || strings.HasSuffix(rel, ".gz") || rel == HeadersFile {
			return nil
		}
		b, err := os.ReadFile(p)
		files[rel] = b
		return err
	}))
	return files
}

// TestSiteFiles checks the site: the page's files with the wasm and its
// glue, each compressible one beside .br and .gz forms that decompress to
// it, and the service worker listing every other file by its hash.
func TestSiteFiles(t *testing.T) {
	dir := site(t)
	files := siteFiles(t, dir)
	for _, name := range []string{"index.html", "articlecleaner.wasm", "wasm_exec.js", "worker.js", "js/loader.js", "sw.js", "manifest.webmanifest", "icons/icon-512.png"} {
		assert.Contains(t, files, name)
	}
	compressed := 0
	for name, b := range files {
		if !Compressed(name, len(b)) {
			continue
		}
		compressed++
		gz, err := os.ReadFile(filepath.Join(dir, name+".gz"))
		require.NoError(t, err)
		r, err := gzip.NewReader(bytes.NewReader(gz))
		require.NoError(t, err)
		plain, err := io.ReadAll(r)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(b, plain), "%s.gz", name)
		plain, err = exec.Command("brotli", "-d", "-c", filepath.Join(dir, name+".br")).Output()
		require.NoError(t, err, "%s.br", name)
		assert.True(t, bytes.Equal(b, plain), "%s.br", name)
	}
	assert.GreaterOrEqual(t, compressed, 10)

	m := regexp.MustCompile(`/\*precache\*/(.*?)/\*precache\*/`).FindSubmatch(files["sw.js"])
	require.NotNil(t, m)
	var pc web.Precache
	require.NoError(t, json.Unmarshal(m[1], &pc))
	assert.Len(t, pc.Version, 16)
	assert.Len(t, pc.Files, len(files)-1, "every file but sw.js")
	for name, b := range files {
		if name == "sw.js" {
			continue
		}
		sum := sha256.Sum256(b)
		assert.Equal(t, hex.EncodeToString(sum[:]), pc.Files[name], name)
	}
}

// TestSiteHeaders checks the _headers file: the server's CSP and security
// headers on every path, and application/wasm for the wasm.
func TestSiteHeaders(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(site(t), HeadersFile))
	require.NoError(t, err)
	h := string(b)
	assert.True(t, strings.HasPrefix(h, "# "))
	assert.Contains(t, h, "/*\n  ")
	assert.Contains(t, h, "\n  Content-Security-Policy: "+web.ContentSecurityPolicy+"\n")
	assert.Contains(t, h, "\n  X-Content-Type-Options: nosniff\n")
	assert.Contains(t, h, "\n/*.wasm\n  Content-Type: application/wasm\n")
	assert.Contains(t, h, "\n/*.js\n  Content-Type: text/javascript; charset=utf-8\n")
	assert.Contains(t, h, "\n/*.webmanifest\n  Content-Type: application/manifest+json\n")
}

// pageWeightBudget is the most the page may weigh with brotli, service
// worker included: what a first visit that installs the page downloads
// (README: the budget every dependency must fit).
const pageWeightBudget = 1_400_000

// TestSitePageWeight sums what a visitor downloads from a host serving
// the precompressed forms: every file the service worker precaches, and
// the service worker, brotli-compressed where the site has a .br.
func TestSitePageWeight(t *testing.T) {
	dir := site(t)
	total := 0
	for name, b := range siteFiles(t, dir) {
		size := len(b)
		if br, err := os.Stat(filepath.Join(dir, name+".br")); err == nil {
			size = int(br.Size())
		}
		total += size
	}
	t.Logf("page weight with brotli, service worker and everything it precaches: %d bytes", total)
	assert.LessOrEqual(t, total, pageWeightBudget)
}
