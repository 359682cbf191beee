//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/stretchr/testify/require"
)

// TestWasmInNode builds the wasm and runs node_test.mjs on it with Node's
// test runner. Node.js is required; ARTICLECLEANER_SKIP_NODE=1 skips this
// test explicitly.
func TestWasmInNode(t *testing.T) {
	if os.Getenv("ARTICLECLEANER_SKIP_NODE") == "1" {
		t.Skip("ARTICLECLEANER_SKIP_NODE=1: not testing the wasm in Node.js")
	}
	node, err := exec.LookPath("node")
	require.NoError(t, err, "Node.js is needed to test the wasm API: apt-get install nodejs (or set ARTICLECLEANER_SKIP_NODE=1 to skip)")
	dir, err := wasmbuild.Dir()
	require.NoError(t, err)
	seed, err := filepath.Abs("../testdata/seed/strike-talks.txt")
	require.NoError(t, err)
	require.FileExists(t, seed)

	cmd := exec.Command(node, "--test", "--test-reporter=spec", "node_test.mjs")
	cmd.Env = append(os.Environ(), "ARTICLECLEANER_WASM_DIR="+dir, "ARTICLECLEANER_SEED="+seed)
	out, err := cmd.CombinedOutput()
	t.Logf("node --test node_test.mjs:\n%s", out)
	require.NoError(t, err, "the wasm API tests failed in Node.js (output above)")
}

// TestRecordConversionUnderWasm runs record_test.go, which only builds for
// js/wasm, under Node.js: it checks the hand-written Record conversion
// against encoding/json.
func TestRecordConversionUnderWasm(t *testing.T) {
	if os.Getenv("ARTICLECLEANER_SKIP_NODE") == "1" {
		t.Skip("ARTICLECLEANER_SKIP_NODE=1: not testing the wasm in Node.js")
	}
	_, err := exec.LookPath("node")
	require.NoError(t, err, "Node.js is needed to test the wasm: apt-get install nodejs (or set ARTICLECLEANER_SKIP_NODE=1 to skip)")
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	execWrapper := filepath.Join(string(goroot[:len(goroot)-1]), "lib", "wasm", "go_js_wasm_exec")
	cmd := exec.Command("go", "test", "-count=1", "-exec="+execWrapper, "-run=TestRecordValueMatchesJSON", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	t.Logf("GOOS=js GOARCH=wasm go test ./wasm:\n%s", out)
	require.NoError(t, err)
}
