//go:build !js

// Package npmbuild assembles the npm package (`make npm`, into dist/npm)
// from its own sources in npm/, the web page's loader.js and client.js
// (copied, so the package and the page share one implementation), a
// freshly compiled articlecleaner.wasm, and Go's wasm_exec.js wrapped as a
// module without side effects. The tests in internal/npmtest build it the
// same way, pack it with npm pack and install the tarball.
package npmbuild

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Paths inside the module, and names inside the package.
const (
	SourceDir   = "npm" // the package's own files
	PageJSDir   = "web/static/js"
	WasmPackage = "./wasm"
	WasmFile    = "articlecleaner.wasm"
	WasmExec    = "wasm_exec.js"
	GoLicense   = "LICENSE-go"
)

// pageModules are the page's modules the package ships in js/: the loader
// (with the segments' columns it reads),
// the worker client (whose default worker, ../worker.js, is the
// package's), the worker side of its protocol, and the Record's packing
// between the two.
var pageModules = []string{"loader.js", "columns.js", "client.js", "serve.js", "transfer.js"}

// sourceSkip are the entries of npm/ that are not part of the package:
// the tests' scratch project.
var sourceSkip = map[string]bool{"test": true}

// Config says where the sources are and where the package goes.
type Config struct {
	Root string // the module root (holding go.mod)
	Out  string // the package's folder; emptied first
	// Wasm, when set, is a compiled cleaner to copy instead of compiling
	// ./wasm.
	Wasm string
	// Go is the go command; "go" from PATH when empty.
	Go string
}

// Build assembles the package into cfg.Out.
func Build(cfg Config) error {
	if cfg.Root == "" || cfg.Out == "" {
		return errors.New("npmbuild: Root and Out must be set")
	}
	if cfg.Go == "" {
		cfg.Go = "go"
	}
	if err := os.RemoveAll(cfg.Out); err != nil {
		return fmt.Errorf("npmbuild: emptying %s: %w", cfg.Out, err)
	}
	if err := os.MkdirAll(filepath.Join(cfg.Out, "js"), 0o755); err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	for _, step := range []func(Config) error{copySources, copyPageModules, buildWasm, wrapGlue, check} {
		if err := step(cfg); err != nil {
			return err
		}
	}
	return nil
}

// copySources copies npm/'s files, less the tests.
func copySources(cfg Config) error {
	entries, err := os.ReadDir(filepath.Join(cfg.Root, SourceDir))
	if err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || sourceSkip[e.Name()] || strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		if err := copyFile(filepath.Join(cfg.Root, SourceDir, e.Name()), filepath.Join(cfg.Out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyPageModules(cfg Config) error {
	for _, name := range pageModules {
		if err := copyFile(filepath.Join(cfg.Root, PageJSDir, name), filepath.Join(cfg.Out, "js", name)); err != nil {
			return err
		}
	}
	return nil
}

// buildWasm compiles the cleaner (or copies cfg.Wasm) as make wasm does.
func buildWasm(cfg Config) error {
	dst := filepath.Join(cfg.Out, WasmFile)
	if cfg.Wasm != "" {
		return copyFile(cfg.Wasm, dst)
	}
	cmd := exec.Command(cfg.Go, "build", "-trimpath", "-ldflags=-s -w", "-o", dst, WasmPackage)
	cmd.Dir = cfg.Root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("npmbuild: compiling %s: %v\n%s", WasmPackage, err, out)
	}
	return os.Chmod(dst, 0o644)
}

// wrapGlue writes Go's wasm_exec.js as a module exporting install(), which
// defines globalThis.Go: the original defines it when it runs, a side
// effect that bundlers would drop from a "sideEffects": false package (or
// keep in every bundle). Go's license comes along.
func wrapGlue(cfg Config) error {
	goroot, err := goEnv(cfg.Go, "GOROOT")
	if err != nil {
		return err
	}
	glue, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", WasmExec))
	if err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	version, err := goEnv(cfg.Go, "GOVERSION")
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Go's %s (%s), wrapped by internal/npmbuild: importing this module\n", WasmExec, version)
	b.WriteString("// does nothing; install() defines globalThis.Go, once. Go's license: LICENSE-go.\n")
	b.WriteString("export function install() {\n  if (typeof globalThis.Go === 'function') return;\n")
	b.Write(glue)
	b.WriteString("\n}\n")
	if err := os.WriteFile(filepath.Join(cfg.Out, WasmExec), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	return copyFile(filepath.Join(goroot, "LICENSE"), filepath.Join(cfg.Out, GoLicense))
}

// check verifies that every file package.json lists or maps is present.
func check(cfg Config) error {
	pkg, err := ReadPackage(cfg.Out)
	if err != nil {
		return err
	}
	for _, f := range pkg.Referenced() {
		if _, err := os.Stat(filepath.Join(cfg.Out, f)); err != nil {
			return fmt.Errorf("npmbuild: package.json names %s, which is missing: %w", f, err)
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		return fmt.Errorf("npmbuild: %w", err)
	}
	return nil
}

func goEnv(goCmd, key string) (string, error) {
	out, err := exec.Command(goCmd, "env", key).Output()
	if err != nil {
		return "", fmt.Errorf("npmbuild: go env %s: %w", key, err)
	}
	return strings.TrimSpace(string(out)), nil
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
			return "", errors.New("npmbuild: no go.mod above the current folder")
		}
		dir = parent
	}
}
