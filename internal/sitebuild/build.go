//go:build !js

// Package sitebuild writes the web page as a static site (`make site`,
// into dist/site) that any static host serves without the Go server: the
// page's files from web/static with a freshly compiled wasm and Go's glue,
// the service worker's precache list filled in, every compressible file
// beside its precompressed .br and .gz, and a _headers file (Netlify,
// Cloudflare Pages and others) stating the CSP, the other security
// headers and the media types the page needs (application/wasm above all).
package sitebuild

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/seed15afa100/articlecleaner/web"
)

// Paths inside the module, and names inside the site.
const (
	PageDir     = "web/static"
	HeadersFile = "_headers"
)

// minCompressBytes is the size below which a precompressed form saves
// less than its headers cost (as the Go server decides).
const minCompressBytes = 1024

// Config says where the sources are and where the site goes.
type Config struct {
	Root string // the module root (holding go.mod)
	Out  string // the site's folder; emptied first
	// WasmDir, when set, holds a compiled articlecleaner.wasm and
	// wasm_exec.js to use instead of compiling ./wasm.
	WasmDir string
}

// Build writes the site into cfg.Out. It needs the brotli command.
func Build(cfg Config) error {
	if cfg.Root == "" || cfg.Out == "" {
		return errors.New("sitebuild: Root and Out must be set")
	}
	if _, err := exec.LookPath("brotli"); err != nil {
		return errors.New("sitebuild: the brotli command is missing (apt-get install brotli)")
	}
	files, err := pageFiles(filepath.Join(cfg.Root, PageDir))
	if err != nil {
		return err
	}
	if cfg.WasmDir == "" {
		tmp, err := os.MkdirTemp("", "articlecleaner-site-wasm-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := wasmbuild.Build(tmp); err != nil {
			return err
		}
		cfg.WasmDir = tmp
	}
	for _, name := range []string{wasmbuild.WasmFile, wasmbuild.WasmExecFile} {
		b, err := os.ReadFile(filepath.Join(cfg.WasmDir, name))
		if err != nil {
			return fmt.Errorf("sitebuild: %w", err)
		}
		files[name] = b
	}
	if err := web.FillPrecache(files); err != nil {
		return err
	}
	if err := os.RemoveAll(cfg.Out); err != nil {
		return fmt.Errorf("sitebuild: emptying %s: %w", cfg.Out, err)
	}
	for name, b := range files {
		if err := write(cfg.Out, name, b); err != nil {
			return err
		}
		if err := precompress(cfg.Out, name, b); err != nil {
			return err
		}
	}
	return write(cfg.Out, HeadersFile, []byte(Headers(files)))
}

// pageFiles reads web/static less the outputs of make wasm.
func pageFiles(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, wasmbuild.WasmFile) || strings.HasPrefix(rel, wasmbuild.WasmExecFile) || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		b, err := os.ReadFile(p)
		files[rel] = b
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sitebuild: reading the page: %w", err)
	}
	return files, nil
}

// Compressed reports whether the site holds .br and .gz forms of a file.
func Compressed(name string, size int) bool {
	return size >= minCompressBytes && web.Compressible(web.ContentTypeOf(name))
}

// precompress writes the .gz and .br forms of a written file that is
// worth compressing; a site must have both, so brotli is required.
func precompress(out, name string, b []byte) error {
	if !Compressed(name, len(b)) {
		return nil
	}
	if _, err := exec.LookPath("brotli"); err != nil {
		return fmt.Errorf("sitebuild: %s: the site needs brotli (apt-get install brotli): %w", name, err)
	}
	return wasmbuild.Precompress(filepath.Join(out, filepath.FromSlash(name)))
}

func write(out, name string, b []byte) error {
	p := filepath.Join(out, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("sitebuild: %w", err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		return fmt.Errorf("sitebuild: %w", err)
	}
	return nil
}

// Headers is the _headers file: the Go server's security headers on every
// path, no-cache (revalidate, so a new version is seen at once; the
// service worker serves the page offline), and the media type of every
// kind of file the site holds, which hosts guess differently (a .wasm that
// is not application/wasm cannot be compiled while it streams, a module
// script that is not JavaScript does not run).
func Headers(files map[string][]byte) string {
	var b strings.Builder
	b.WriteString("# Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages);\n")
	b.WriteString("# written by make site from the Go server's own (web/headers.go).\n")
	b.WriteString("/*\n")
	sec := web.SecurityHeaders()
	keys := make([]string, 0, len(sec))
	for k := range sec {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %s\n", k, sec.Get(k))
	}
	b.WriteString("  Cache-Control: no-cache\n")
	exts := map[string]bool{}
	for name := range files {
		if ext := path.Ext(name); ext != "" {
			exts[ext] = true
		}
	}
	sorted := make([]string, 0, len(exts))
	for ext := range exts {
		sorted = append(sorted, ext)
	}
	sort.Strings(sorted)
	for _, ext := range sorted {
		if ct := web.ContentTypeOf("x" + ext); ct != "application/octet-stream" {
			fmt.Fprintf(&b, "/*%s\n  Content-Type: %s\n", ext, ct)
		}
	}
	return b.String()
}
