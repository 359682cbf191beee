package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Expected metadata of the seed example (/work/shared/seed).
const (
	seedTitle = "Strike talks break off between Hollywood actors and studios"
	seedDate  = "2023-10-12"
)

// sharedDir is the read-only shared data: $SHARED, else ../shared next to
// the repository.
func sharedDir() string {
	if d := os.Getenv("SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// seedBytes returns the seed article, skipping the test when it is absent.
func seedBytes(t *testing.T) []byte {
	t.Helper()
	p := filepath.Join(sharedDir(), "seed", "strike-talks.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("skipped: seed example not found at %s (set SHARED to the shared folder): %v", p, err)
	}
	return b
}

// runCLI runs the command as main would and returns its exit code and
// output streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

func gzipBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// jsonLines decodes JSON Lines output into one map per line.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "line %q", sc.Text())
		lines = append(lines, m)
	}
	require.NoError(t, sc.Err())
	return lines
}

// binaryData looks like a compiled file: NUL bytes and control characters.
func binaryData() []byte {
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(i * 7 % 256)
	}
	return b
}

// articleText is a small article that the cleaner keeps.
const articleText = `City council approves new park plan

The city council voted on Tuesday to approve a plan for a new park along the river, ending a debate that lasted more than two years.

The park will cover twelve hectares and include walking paths, a playground and a small amphitheatre for summer concerts, officials said.

Construction is expected to begin next spring and to take about eighteen months, according to the parks department.
`

// formatID prints a JSON number that is an id.
func formatID(f float64) string { return strconv.Itoa(int(f)) }
