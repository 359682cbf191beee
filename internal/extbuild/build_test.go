//go:build !js

package extbuild

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assemble builds the extension into a temporary folder with a stand-in
// wasm file (compiling the real one is the browser tests' job).
func assemble(t *testing.T) (dir, zipPath string) {
	t.Helper()
	root, err := ModuleRoot(".")
	require.NoError(t, err)
	tmp := t.TempDir()
	wasm := filepath.Join(tmp, "stand-in.wasm")
	require.NoError(t, os.WriteFile(wasm, []byte("\x00asm\x01\x00\x00\x00"), 0o644))
	dir, zipPath = filepath.Join(tmp, "extension"), filepath.Join(tmp, "ext.zip")
	require.NoError(t, Build(Config{Root: root, Out: dir, Zip: zipPath, Wasm: wasm}))
	return dir, zipPath
}

func TestBuildAssemblesEverything(t *testing.T) {
	dir, _ := assemble(t)
	for _, name := range []string{
		"manifest.json", "background.js", "reader.html", "reader.js", "reader.css",
		"rules.js", "reader-rules.js", "options.html", "options.js",
		"worker.js", "style.css", WasmFile, WasmExec,
		"js/client.js", "js/serve.js", "js/render.js", "js/export.js", "js/loader.js", "js/result.js",
		"icons/icon-16.png", "icons/icon-128.png",
	} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
	assert.NoFileExists(t, filepath.Join(dir, "js", "app.js"), "the page's own controller is not needed")
	assert.NoFileExists(t, filepath.Join(dir, "js", "selectors.js"), "nor the page's Selectors field")
	assert.NoFileExists(t, filepath.Join(dir, "index.html"))
}

func TestCheckRejectsBadManifests(t *testing.T) {
	tests := []struct {
		name   string
		change func(m map[string]any)
		want   string
	}{
		{"host permissions", func(m map[string]any) { m["host_permissions"] = []string{"<all_urls>"} }, "host"},
		{"tabs permission", func(m map[string]any) { m["permissions"] = []string{"activeTab", "tabs"} }, `"tabs"`},
		{"content scripts", func(m map[string]any) { m["content_scripts"] = []any{map[string]any{"js": []string{"x.js"}}} }, "content scripts"},
		{"loose CSP", func(m map[string]any) {
			m["content_security_policy"] = map[string]any{"extension_pages": "script-src 'self' 'unsafe-eval'"}
		}, "extension_pages"},
		{"no Firefox background", func(m map[string]any) {
			m["background"] = map[string]any{"service_worker": "background.js"}
		}, "scripts"},
		{"no data collection", func(m map[string]any) {
			m["browser_specific_settings"] = map[string]any{"gecko": map[string]any{"id": "x@y", "strict_min_version": "142.0"}}
		}, "data_collection_permissions"},
		{"missing icon", func(m map[string]any) { m["icons"] = map[string]any{"64": "icons/icon-64.png"} }, "icon-64.png"},
		{"wrong icon size", func(m map[string]any) { m["icons"] = map[string]any{"32": "icons/icon-16.png"} }, "16x16"},
		{"version 2", func(m map[string]any) { m["manifest_version"] = 2 }, "manifest_version"},
		{"no options page", func(m map[string]any) { delete(m, "options_ui") }, "options_ui"},
		{"missing options page", func(m map[string]any) { m["options_ui"] = map[string]any{"page": "gone.html"} }, "gone.html is missing"},
		{"sync storage is not asked", func(m map[string]any) {
			m["permissions"] = []string{"activeTab", "storage", "unlimitedStorage"}
		}, `"unlimitedStorage"`},
	}
	dir, _ := assemble(t)
	require.NoError(t, CheckDir(dir), "the real manifest passes")
	orig, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			require.NoError(t, json.Unmarshal(orig, &m))
			tt.change(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o644))
			t.Cleanup(func() { _ = os.WriteFile(filepath.Join(dir, "manifest.json"), orig, 0o644) })
			err = CheckDir(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCheckFindsMissingModules(t *testing.T) {
	dir, _ := assemble(t)
	require.NoError(t, os.Remove(filepath.Join(dir, "js", "client.js")))
	require.NoError(t, os.Remove(filepath.Join(dir, "js", "render.js")))
	require.NoError(t, os.Remove(filepath.Join(dir, "reader.css")))
	err := CheckDir(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "reader.js loads ./js/client.js")
	assert.Contains(t, err.Error(), filepath.Join("js", "result.js")+" loads ./render.js", "a module's own imports")
	assert.Contains(t, err.Error(), "reader.html loads reader.css")
}

func TestZipHoldsTheFolder(t *testing.T) {
	dir, zipPath := assemble(t)
	zr, err := zip.OpenReader(zipPath)
	require.NoError(t, err)
	defer zr.Close()
	var inZip []string
	for _, f := range zr.File {
		inZip = append(inZip, f.Name)
		want, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Name)))
		require.NoError(t, err)
		rc, err := f.Open()
		require.NoError(t, err)
		var got bytes.Buffer
		_, err = got.ReadFrom(rc)
		require.NoError(t, err)
		rc.Close()
		assert.Equal(t, want, got.Bytes(), f.Name)
	}
	var inDir []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			inDir = append(inDir, filepath.ToSlash(rel))
		}
		return err
	}))
	sort.Strings(inDir)
	assert.Equal(t, inDir, inZip)
	assert.Contains(t, inZip, "manifest.json", "manifest.json must be at the zip's top")

	again := filepath.Join(t.TempDir(), "again.zip")
	require.NoError(t, Zip(dir, again))
	a, _ := os.ReadFile(zipPath)
	b, _ := os.ReadFile(again)
	assert.Equal(t, a, b, "zipping the same folder twice gives the same bytes")
}

func TestIcon(t *testing.T) {
	for _, size := range IconSizes {
		img := Icon(size)
		require.Equal(t, size, img.Bounds().Dx())
		assert.Zero(t, img.NRGBAAt(0, 0).A, "rounded corners are transparent (size %d)", size)
		mid := img.NRGBAAt(size/2, size/10)
		assert.Equal(t, iconBack, mid, "the background shows above the first line (size %d)", size)
		line := img.NRGBAAt(size/2, size/4)
		assert.Equal(t, iconLine, line, "the title line is white (size %d)", size)
	}
}

func TestBuildNeedsRootAndOut(t *testing.T) {
	err := Build(Config{})
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "Root"))
}

// TestFirefoxBuild: the Firefox build has the Chrome build's files less
// the offscreen document, and its manifest lacks only the permissions
// Firefox does not know.
func TestFirefoxBuild(t *testing.T) {
	root, err := ModuleRoot(".")
	require.NoError(t, err)
	tmp := t.TempDir()
	wasm := filepath.Join(tmp, "stand-in.wasm")
	require.NoError(t, os.WriteFile(wasm, []byte("\x00asm\x01\x00\x00\x00"), 0o644))
	chrome, firefox := filepath.Join(tmp, "chrome"), filepath.Join(tmp, "firefox")
	require.NoError(t, Build(Config{Root: root, Out: chrome, FirefoxOut: firefox, FirefoxZip: filepath.Join(tmp, "ff.zip"), Wasm: wasm}))
	assert.FileExists(t, filepath.Join(tmp, "ff.zip"))

	read := func(dir string) map[string]any {
		b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		return m
	}
	cm, fm := read(chrome), read(firefox)
	assert.Contains(t, cm["permissions"], "offscreen", "Chrome keeps its cleaner in an offscreen document")
	assert.NotContains(t, fm["permissions"], "offscreen")
	cm["permissions"] = slices.DeleteFunc(cm["permissions"].([]any), func(p any) bool { return p == "offscreen" })
	assert.Equal(t, cm, fm, "the manifests differ in the Chrome-only permission only")

	assert.FileExists(t, filepath.Join(chrome, "offscreen.html"))
	assert.NoFileExists(t, filepath.Join(firefox, "offscreen.html"))
	assert.NoFileExists(t, filepath.Join(firefox, "offscreen.js"))
	assert.NoFileExists(t, filepath.Join(firefox, "offscreen-worker.js"))
	assert.FileExists(t, filepath.Join(firefox, "offscreen-cleaner.js"), "the background imports it in both")
	assert.FileExists(t, filepath.Join(firefox, WasmFile))
	require.NoError(t, CheckDir(firefox))
}
