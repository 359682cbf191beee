package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseScores(t *testing.T) {
	tests := []struct {
		name    string
		out     string
		want    scores
		wantErr bool
	}{
		{
			name: "summary",
			out:  "docs 181  precision 0.930  recall 0.974  accuracy 0.238\nF1 0.952\n",
			want: scores{Docs: 181, Precision: 0.930, Recall: 0.974, Accuracy: 0.238, F1: 0.952},
		},
		{
			name: "with worst list",
			out:  "docs 2  precision 0.500  recall 1.000  accuracy 0.000\n  abc  F1 0.100  P 0.050  R 1.000\nF1 0.667\n",
			want: scores{Docs: 2, Precision: 0.5, Recall: 1, Accuracy: 0, F1: 0.667},
		},
		{
			name: "snippets format",
			out:  "docs 3  snippets 4 with, 2 without  precision 0.750  recall 1.000  accuracy 0.900\nF1 0.857\n",
			want: scores{Docs: 3, Precision: 0.75, Recall: 1, Accuracy: 0.9, F1: 0.857},
		},
		{name: "no F1", out: "docs 2  precision 0.500  recall 1.000  accuracy 0.000\n", wantErr: true},
		{name: "empty", out: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseScores(tt.out)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSelectRows(t *testing.T) {
	all, err := selectRows(nil)
	require.NoError(t, err)
	assert.Len(t, all, len(extractorRows))

	some, err := selectRows([]string{"raw-text", " readability-html"})
	require.NoError(t, err)
	assert.Equal(t, []string{"raw-text", "readability-html"}, []string{some[0].Name, some[1].Name})

	_, err = selectRows([]string{"nope"})
	assert.ErrorContains(t, err, `unknown extractor "nope"`)
}

func TestRowsHaveChildPrograms(t *testing.T) {
	for _, r := range extractorRows {
		assert.DirExists(t, strings.TrimPrefix(r.Cmd, "./"), r.Name)
	}
}

func TestCLIVerdict(t *testing.T) {
	ok := func(tool string, wall, cpu float64) cliResult {
		return cliResult{Tool: tool, Files: 181, Status: "ok", MedianMs: wall, MedianCPU: cpu}
	}
	tests := []struct {
		name string
		cli  []cliResult
		want []string
	}{
		{"faster", []cliResult{ok("articlecleaner", 900, 800), ok("readability-cli", 1000, 1000)}, []string{"wall 900 vs 1000 ms (ratio 0.90, no slower)", "CPU 800 vs 1000 ms (ratio 0.80, no slower)"}},
		{"slower", []cliResult{ok("articlecleaner", 1200, 1100), ok("readability-cli", 1000, 1000)}, []string{"ratio 1.20, SLOWER", "ratio 1.10, SLOWER"}},
		{"unsupported", []cliResult{ok("readability-cli", 1000, 1000), {Tool: "articlecleaner", Status: "unsupported: exit 2"}}, []string{"not compared: articlecleaner CLI unsupported: exit 2"}},
		{"missing", []cliResult{ok("readability-cli", 1000, 1000)}, []string{"not compared"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cliVerdict(tt.cli)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
		})
	}
}

func TestMedianOf(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, medianOf(tt.in), 1e-9, "%v", tt.in)
	}
}

func TestTimeCLIs(t *testing.T) {
	echo, err := exec.LookPath("echo")
	if err != nil {
		t.Skip("no echo on PATH")
	}
	res := timeCLIs([]cliTool{{Name: "echo", bin: echo, args: []string{"-n"}}}, []string{"a", "b"}, 2)
	require.Len(t, res, 1)
	assert.Equal(t, "ok", res[0].Status)
	assert.Len(t, res[0].RunsMs, 2, "warm-up run not counted")
	assert.Len(t, res[0].CPUMs, 2)
	assert.Greater(t, res[0].MedianMs, 0.0)
	assert.InDelta(t, 3.0/(1<<20), res[0].OutputMB, 1e-12, `"a b" is 3 bytes`)

	failing := timeCLIs([]cliTool{{Name: "missing", bin: "/nonexistent/tool"}}, []string{"a"}, 1)
	assert.Contains(t, failing[0].Status, "failed")
	assert.Zero(t, failing[0].MedianMs)
}

func TestProbeCLI(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on PATH")
	}
	good := cliTool{Name: "good", bin: sh, args: []string{"-c", `echo "{}"`, "sh"}}
	assert.NoError(t, probeCLI(good, "f"))
	silent := cliTool{Name: "silent", bin: sh, args: []string{"-c", "true", "sh"}}
	assert.ErrorContains(t, probeCLI(silent, "f"), "printed nothing")
	failing := cliTool{Name: "failing", bin: sh, args: []string{"-c", "echo not yet implemented >&2; exit 2", "sh"}}
	err = probeCLI(failing, "f")
	assert.ErrorContains(t, err, "not yet implemented")
	assert.ErrorContains(t, err, "exit status 2")
}

func TestMdEscape(t *testing.T) {
	assert.Equal(t, `a \| b c`, mdEscape("a | b\nc"))
}
