//go:build !js

// Package wasmbuild builds the WebAssembly cleaner for tests, the way
// `make wasm` does, so the wasm and browser tests always run the current
// code rather than whatever web/static holds.
package wasmbuild

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// Files are the build outputs in the output directory.
const (
	WasmFile     = "articlecleaner.wasm"
	WasmExecFile = "wasm_exec.js"
)

var (
	once     sync.Once
	builtDir string
	buildErr error
)

// Dir builds the wasm once per process into a temporary directory and
// returns it; it holds WasmFile and WasmExecFile with their .gz forms (and
// .br forms when the brotli command is installed). The caller need not
// remove it: it lives in the OS temporary directory for the process's run.
func Dir() (string, error) {
	once.Do(func() {
		builtDir, buildErr = os.MkdirTemp("", "articlecleaner-wasm-")
		if buildErr == nil {
			buildErr = Build(builtDir)
		}
	})
	return builtDir, buildErr
}

// Build compiles ./wasm of the module into dir and precompresses it.
func Build(dir string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, WasmFile), "./wasm")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("wasmbuild: go build ./wasm: %v\n%s", err, out)
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		return err
	}
	glue, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", WasmExecFile))
	if err != nil {
		return fmt.Errorf("wasmbuild: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, WasmExecFile), glue, 0o644); err != nil {
		return err
	}
	for _, name := range []string{WasmFile, WasmExecFile} {
		if err := Precompress(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

// Precompress writes p.gz, and p.br when brotli is installed.
func Precompress(p string) error {
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := w.Write(b); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(p+".gz", buf.Bytes(), 0o644); err != nil {
		return err
	}
	if _, err := exec.LookPath("brotli"); err != nil {
		return nil
	}
	if out, err := exec.Command("brotli", "-q", "11", "-f", "-o", p+".br", p).CombinedOutput(); err != nil {
		return fmt.Errorf("wasmbuild: brotli: %v\n%s", err, out)
	}
	return nil
}

func moduleRoot() (string, error) {
	mod, err := goEnv("GOMOD")
	if err != nil {
		return "", err
	}
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("wasmbuild: not inside the module")
	}
	return filepath.Dir(mod), nil
}

func goEnv(key string) (string, error) {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return "", fmt.Errorf("wasmbuild: go env %s: %w", key, err)
	}
	return strings.TrimSpace(string(out)), nil
}
