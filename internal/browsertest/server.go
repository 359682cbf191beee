//go:build !js

package browsertest

import (
	"io/fs"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/seed15afa100/articlecleaner/web"
)

// Assets are the page's files from the source tree (web.Static) with the
// wasm build outputs replaced by a fresh build of the current code.
func Assets() (fs.FS, error) {
	dir, err := wasmbuild.Dir()
	if err != nil {
		return nil, err
	}
	out := fstest.MapFS{}
	static := web.Static()
	err = fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || isBuildOutput(p) {
			return err
		}
		b, err := fs.ReadFile(static, p)
		out[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out[e.Name()] = &fstest.MapFile{Data: b}
	}
	return out, nil
}

func isBuildOutput(p string) bool {
	return strings.HasPrefix(p, wasmbuild.WasmFile) || strings.HasPrefix(p, wasmbuild.WasmExecFile)
}

// StartServer serves the page on 127.0.0.1 at a free port. Close it when
// done.
func StartServer() (*httptest.Server, error) {
	assets, err := Assets()
	if err != nil {
		return nil, err
	}
	h, err := web.NewHandler(assets)
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(h), nil // httptest listens on 127.0.0.1:0
}
