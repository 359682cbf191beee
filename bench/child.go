package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

// childResult is what the parent learns from one child process.
type childResult struct {
	Stats   *harness.RunStats
	PredAbs string // predictions file, absolute
	MaxRSS  int64  // peak resident set of the child, bytes
}

// childPrograms builds each child program the rows need, once, into
// binDir, and returns their paths by package.
func childPrograms(rows []extractorRow, benchDir, binDir string) (map[string]string, error) {
	bins := map[string]string{}
	for _, r := range rows {
		if _, ok := bins[r.Cmd]; ok {
			continue
		}
		bin := filepath.Join(binDir, filepath.Base(r.Cmd))
		if err := goBuild(benchDir, bin, r.Cmd); err != nil {
			return nil, err
		}
		bins[r.Cmd] = bin
	}
	return bins, nil
}

// runChild runs one extractor in a fresh process whose peak memory is
// its own, and reads back what it wrote.
func runChild(bin, corpusDir, out string, r extractorRow) (*childResult, error) {
	cmd := exec.Command(bin, "-only", r.Name, "-corpus", corpusDir, "-out", out)
	cmd.Stdout = os.Stderr // the child's own messages are diagnostics
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s: child process: %w", r.Name, err)
	}
	var st harness.RunStats
	if err := harness.ReadJSON(harness.StatsPath(out, r.Name), &st); err != nil {
		return nil, err
	}
	return &childResult{Stats: &st, PredAbs: harness.PredPath(out, r.Name), MaxRSS: maxRSS(cmd.ProcessState)}, nil
}
