//go:build !js

package npmtest

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/seed15afa100/articlecleaner/internal/npmbuild"
	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/stretchr/testify/require"
)

// Paths from this package's folder.
const (
	moduleRoot   = "../.."
	testProject  = "../../npm/test"
	seedInput    = "../../testdata/seed/strike-talks.txt"
	seedExpected = "../../testdata/seed/strike-talks.expected.json"
)

// seedWant is the seed's expected result.
type seedWant struct {
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

func expected(t *testing.T) seedWant {
	t.Helper()
	b, err := os.ReadFile(seedExpected)
	require.NoError(t, err)
	var w seedWant
	require.NoError(t, json.Unmarshal(b, &w))
	return w
}

// scratch is the project the packed package is installed into.
type scratch struct {
	dir     string // the project: node_modules/articlecleaner is the tarball's
	pkg     string // the assembled package (before packing)
	tarball string
}

var (
	scratchOnce sync.Once
	shared      scratch
	scratchErr  error
)

// project builds, packs and installs the package once per test run.
func project(t *testing.T) scratch {
	t.Helper()
	scratchOnce.Do(func() { shared, scratchErr = setUp() })
	require.NoError(t, scratchErr)
	return shared
}

func setUp() (scratch, error) {
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			return scratch{}, fmt.Errorf("npmtest: %s is not installed (scripts/ensure-deps installs it): %w", tool, err)
		}
	}
	tmp, err := os.MkdirTemp("", "articlecleaner-npm-")
	if err != nil {
		return scratch{}, err
	}
	root, err := filepath.Abs(moduleRoot)
	if err != nil {
		return scratch{}, err
	}
	wasmDir, err := wasmbuild.Dir()
	if err != nil {
		return scratch{}, err
	}
	s := scratch{dir: filepath.Join(tmp, "project"), pkg: filepath.Join(tmp, "package")}
	if err := npmbuild.Build(npmbuild.Config{Root: root, Out: s.pkg, Wasm: filepath.Join(wasmDir, wasmbuild.WasmFile)}); err != nil {
		return s, err
	}
	out, err := run(s.pkg, "npm", "pack", "--silent", "--pack-destination", tmp)
	if err != nil {
		return s, err
	}
	s.tarball = filepath.Join(tmp, strings.TrimSpace(lastLine(out)))
	if err := copyProject(testProject, s.dir); err != nil {
		return s, err
	}
	if _, err := run(s.dir, "npm", "ci", "--no-audit", "--no-fund"); err != nil {
		return s, fmt.Errorf("%w\n(npm ci installs the pinned esbuild and typescript of npm/test from the registry)", err)
	}
	_, err = run(s.dir, "npm", "install", "--no-save", "--no-audit", "--no-fund", s.tarball)
	return s, err
}

// copyProject copies npm/test's files (not its node_modules) to dst.
func copyProject(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// run runs a command in dir and returns its standard output; the error
// carries the command's output.
func run(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_UPDATE_NOTIFIER=1", "npm_config_update_notifier=false")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("npmtest: %s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out), nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
