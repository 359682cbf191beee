//go:build !js

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/corpus"
	"github.com/seed15afa100/articlecleaner/internal/wasmbuild"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSameRecordsNativeAndWasm cleans every page of the dev and multi
// corpora, as HTML and as pasted text, natively and with the wasm in
// Node.js (through the page's loader), and requires the same Record,
// field by field, renderings included. It skips without the corpora
// (../../shared/corpus, or $ARTICLECLEANER_CORPORA with dev/ and multi/)
// or without Node.js; -short skips it too (it takes minutes).
func TestSameRecordsNativeAndWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not cleaning the corpora twice")
	}
	if os.Getenv("ARTICLECLEANER_SKIP_NODE") == "1" {
		t.Skip("ARTICLECLEANER_SKIP_NODE=1: not testing the wasm in Node.js")
	}
	root := os.Getenv("ARTICLECLEANER_CORPORA")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "corpus")
	}
	var files []string
	for _, c := range []string{"dev", "multi"} {
		for _, pat := range []string{"html/*.html.gz", "text/*.txt"} {
			m, _ := filepath.Glob(filepath.Join(root, c, pat))
			files = append(files, m...)
		}
	}
	if len(files) == 0 {
		t.Skipf("no corpus at %s (dev/ and multi/; set ARTICLECLEANER_CORPORA=…)", root)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no Node.js (apt-get install nodejs): the wasm side cannot run")
	}
	dir, err := wasmbuild.Dir()
	require.NoError(t, err)

	cmd := exec.Command(node, "corpus_node.mjs")
	cmd.Env = append(os.Environ(), "ARTICLECLEANER_WASM_DIR="+dir)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())

	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<30)
	n := 0
	for sc.Scan() {
		var got struct {
			Path   string         `json:"path"`
			Record map[string]any `json:"record"`
			Error  string         `json:"error"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &got))
		require.Equal(t, files[n], got.Path)
		n++
		want, wantErr := native(got.Path)
		if wantErr != "" || got.Error != "" {
			assert.Equal(t, wantErr, got.Error, "%s: the error", got.Path)
			continue
		}
		if !assert.Equal(t, want, got.Record, "%s: the Record", got.Path) {
			break // one diff is enough to read
		}
	}
	require.NoError(t, sc.Err())
	require.NoError(t, cmd.Wait())
	assert.Equal(t, len(files), n, "every file came back from Node.js")
	t.Logf("%d inputs: the same Record natively and in wasm", n)
}

// native is the file's Record cleaned natively, as JSON decodes it, or the
// error's message.
func native(path string) (map[string]any, string) {
	input, err := corpus.ReadInput(path)
	if err != nil {
		return nil, err.Error()
	}
	mode := cleaner.ModeHTML
	if strings.HasSuffix(path, ".txt") {
		mode = cleaner.ModeText
	}
	a, err := cleaner.Clean(input, cleaner.Options{Mode: mode})
	if err != nil {
		return nil, err.Error()
	}
	b, err := json.Marshal(a.Record())
	if err != nil {
		return nil, err.Error()
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err.Error()
	}
	return m, ""
}
