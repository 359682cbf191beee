//go:build !js

package extbuild

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// ChromeOnlyPermissions are asked for by the Chrome build only. Firefox has
// no offscreen documents (its background is an event page, which runs the
// cleaner itself: warm-cleaner.js) and warns of a permission it does not
// know, which Mozilla's linter counts against the add-on.
var ChromeOnlyPermissions = []string{"offscreen"}

// chromeOnlyFiles are the Chrome build's files that Firefox never loads:
// the offscreen document (offscreen-cleaner.js, which the background
// imports either way, stays).
var chromeOnlyFiles = []string{"offscreen.html", "offscreen.js", "offscreen-worker.js"}

// buildFirefox makes the Firefox build in cfg.FirefoxOut from the Chrome
// build in cfg.Out: the same files, less chromeOnlyFiles, and the manifest
// without ChromeOnlyPermissions.
func buildFirefox(cfg Config) error {
	if cfg.FirefoxOut == "" {
		return nil
	}
	if err := os.RemoveAll(cfg.FirefoxOut); err != nil {
		return fmt.Errorf("extbuild: emptying %s: %w", cfg.FirefoxOut, err)
	}
	err := filepath.WalkDir(cfg.Out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(cfg.Out, p)
		if err != nil || slices.Contains(chromeOnlyFiles, filepath.ToSlash(rel)) || rel == "manifest.json" {
			return err
		}
		return copyFile(p, filepath.Join(cfg.FirefoxOut, rel))
	})
	if err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(cfg.Out, "manifest.json"))
	if err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	b, err = firefoxManifest(b)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(cfg.FirefoxOut, "manifest.json"), b, 0o644); err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	return CheckDir(cfg.FirefoxOut)
}

// firefoxManifest is the Chrome manifest without ChromeOnlyPermissions;
// the other keys are kept as they are (in JSON's key order).
func firefoxManifest(chrome []byte) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(chrome, &m); err != nil {
		return nil, fmt.Errorf("extbuild: manifest.json: %w", err)
	}
	var perms []string
	if raw, ok := m["permissions"]; ok {
		if err := json.Unmarshal(raw, &perms); err != nil {
			return nil, fmt.Errorf("extbuild: manifest.json permissions: %w", err)
		}
	}
	perms = slices.DeleteFunc(perms, func(p string) bool { return slices.Contains(ChromeOnlyPermissions, p) })
	raw, err := json.Marshal(perms)
	if err != nil {
		return nil, err
	}
	m["permissions"] = raw
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
