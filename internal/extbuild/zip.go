//go:build !js

package extbuild

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// zipTime is every entry's modification time, so that the same extension
// always zips to the same bytes.
var zipTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// Zip writes the files under dir into the zip at path, with paths relative
// to dir (manifest.json at the top, as both stores expect), sorted.
func Zip(dir, path string) error {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		names = append(names, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	sort.Strings(names)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	zw := zip.NewWriter(f)
	for _, name := range names {
		if err := addFile(zw, filepath.Join(dir, filepath.FromSlash(name)), name); err != nil {
			_ = f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		_ = f.Close()
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	return nil
}

func addFile(zw *zip.Writer, src, name string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("extbuild: zip: %w", err)
	}
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime}
	h.SetMode(0o644)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("extbuild: zip %s: %w", name, err)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("extbuild: zip %s: %w", name, err)
	}
	return nil
}
