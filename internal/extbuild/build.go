//go:build !js

// Package extbuild assembles the browser extension (Manifest V3, Chrome and
// Firefox) from its own sources in web/extension, the web page's modules,
// worker and stylesheet in web/static, the WebAssembly cleaner compiled
// from ./wasm, Go's wasm_exec.js and icons drawn here; and zips it. The
// build is Chrome's; Firefox's (firefox.go) has the same files less the
// offscreen document, and a manifest without the permissions only Chrome
// knows. `make extension` runs it through ./internal/extbuild/cmd, and the
// browser tests in internal/exttest call Build themselves, so both use one
// build.
package extbuild

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Paths inside the module, and names inside the extension.
const (
	SourceDir   = "web/extension" // the extension's own files
	PageDir     = "web/static"    // the web page, whose files are shared
	WasmPackage = "./wasm"
	WasmFile    = "articlecleaner.wasm"
	WasmExec    = "wasm_exec.js"
	IconsDir    = "icons"
)

// pageFiles are the web page's files the extension needs, beside every
// module in js/ (see pageModules).
var pageFiles = []string{"worker.js", "style.css"}

// pageOnlyModules are modules of the page that drive its own elements and
// mean nothing in the extension.
var pageOnlyModules = map[string]bool{"app.js": true, "selectors.js": true}

// Config says where the sources are and where the extension goes.
type Config struct {
	Root string // the module root (holding go.mod)
	Out  string // the unpacked extension's folder; emptied first
	Zip  string // the zip to write; none when empty
	// FirefoxOut and FirefoxZip, when set, are where the Firefox build goes
	// (buildFirefox): Out and Zip hold the Chrome build.
	FirefoxOut string
	FirefoxZip string
	// Wasm, when set, is a compiled cleaner to copy instead of compiling
	// ./wasm (tests of the assembly use it to stay fast).
	Wasm string
	// Go is the go command; "go" from PATH when empty.
	Go string
}

// Build assembles the extension into cfg.Out and zips it into cfg.Zip.
func Build(cfg Config) error {
	if cfg.Root == "" || cfg.Out == "" {
		return errors.New("extbuild: Root and Out must be set")
	}
	if cfg.Go == "" {
		cfg.Go = "go"
	}
	if err := os.RemoveAll(cfg.Out); err != nil {
		return fmt.Errorf("extbuild: emptying %s: %w", cfg.Out, err)
	}
	if err := os.MkdirAll(filepath.Join(cfg.Out, "js"), 0o755); err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	steps := []func(Config) error{copySources, copyPage, buildWasm, writeIcons, Check}
	for _, step := range steps {
		if err := step(cfg); err != nil {
			return err
		}
	}
	if cfg.Zip != "" {
		if err := Zip(cfg.Out, cfg.Zip); err != nil {
			return err
		}
	}
	if err := buildFirefox(cfg); err != nil {
		return err
	}
	if cfg.FirefoxOut != "" && cfg.FirefoxZip != "" {
		return Zip(cfg.FirefoxOut, cfg.FirefoxZip)
	}
	return nil
}

// copySources copies web/extension, less its Go files.
func copySources(cfg Config) error {
	src := filepath.Join(cfg.Root, SourceDir)
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if strings.HasPrefix(d.Name(), ".") && rel != "." {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || strings.HasSuffix(p, ".go") {
			return nil
		}
		return copyFile(p, filepath.Join(cfg.Out, rel))
	})
}

// copyPage copies the page's worker, stylesheet and modules.
func copyPage(cfg Config) error {
	page := filepath.Join(cfg.Root, PageDir)
	for _, name := range pageFiles {
		if err := copyFile(filepath.Join(page, name), filepath.Join(cfg.Out, name)); err != nil {
			return err
		}
	}
	mods, err := pageModules(page)
	if err != nil {
		return err
	}
	for _, name := range mods {
		if err := copyFile(filepath.Join(page, "js", name), filepath.Join(cfg.Out, "js", name)); err != nil {
			return err
		}
	}
	return nil
}

// pageModules lists the page's modules in js/ that the extension takes.
func pageModules(page string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(page, "js"))
	if err != nil {
		return nil, fmt.Errorf("extbuild: the web page's modules: %w", err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".js") && !pageOnlyModules[e.Name()] {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// buildWasm compiles the cleaner (or copies cfg.Wasm) and Go's glue.
func buildWasm(cfg Config) error {
	dst := filepath.Join(cfg.Out, WasmFile)
	if cfg.Wasm != "" {
		if err := copyFile(cfg.Wasm, dst); err != nil {
			return err
		}
	} else {
		cmd := exec.Command(cfg.Go, "build", "-trimpath", "-ldflags=-s -w", "-o", dst, WasmPackage)
		cmd.Dir = cfg.Root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("extbuild: compiling %s: %v\n%s", WasmPackage, err, out)
		}
	}
	out, err := exec.Command(cfg.Go, "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("extbuild: go env GOROOT: %w", err)
	}
	goroot := strings.TrimSpace(string(out))
	for _, dir := range []string{"lib/wasm", "misc/wasm"} { // Go 1.24+, then older
		p := filepath.Join(goroot, dir, WasmExec)
		if _, err := os.Stat(p); err == nil {
			return copyFile(p, filepath.Join(cfg.Out, WasmExec))
		}
	}
	return fmt.Errorf("extbuild: %s not found under %s", WasmExec, goroot)
}

// copyFile copies src to dst with mode 0644, making dst's folder.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	return nil
}

// ModuleRoot finds the folder holding go.mod, from dir upwards.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("extbuild: no go.mod above the current folder")
		}
		dir = parent
	}
}
