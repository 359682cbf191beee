package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
)

// scores are the shared scorer's numbers for one predictions file.
type scores struct {
	Docs      int     `json:"docs"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// scorer runs the shared scorer, built once into a temporary folder.
type scorer struct {
	bin  string
	gold string
}

// buildScorer compiles the scorer found in dir into binDir.
func buildScorer(dir, binDir, gold string) (*scorer, error) {
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return nil, fmt.Errorf("scorer not found at %s (set -score or SCORE=…): %w", dir, err)
	}
	bin := filepath.Join(binDir, "score")
	if err := goBuild(dir, bin, "."); err != nil {
		return nil, fmt.Errorf("building the scorer: %w", err)
	}
	return &scorer{bin: bin, gold: gold}, nil
}

// score runs the scorer on a predictions file and parses its report.
func (s *scorer) score(pred string) (scores, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(s.bin, "-gold", s.gold, "-pred", pred)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return scores{}, fmt.Errorf("score %s: %w: %s", pred, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return parseScores(stdout.String())
}

var (
	scoreLine = regexp.MustCompile(`(?m)^docs (\d+)\s+(?:snippets \d+ with, \d+ without\s+)?precision ([0-9.]+)\s+recall ([0-9.]+)\s+accuracy ([0-9.]+)\s*$`)
	f1Line    = regexp.MustCompile(`(?m)^F1 ([0-9.]+)\s*$`)
)

// parseScores reads the scorer's two summary lines, for whole bodies or
// snippets (the multi corpus):
//
//	docs N  [snippets W with, O without]  precision P  recall R  accuracy A
//	F1 X
func parseScores(out string) (scores, error) {
	m := scoreLine.FindStringSubmatch(out)
	f := f1Line.FindStringSubmatch(out)
	if m == nil || f == nil {
		return scores{}, fmt.Errorf("unexpected scorer output: %q", out)
	}
	var s scores
	var err error
	if s.Docs, err = strconv.Atoi(m[1]); err != nil {
		return scores{}, err
	}
	fields := []struct {
		dst *float64
		src string
	}{{&s.Precision, m[2]}, {&s.Recall, m[3]}, {&s.Accuracy, m[4]}, {&s.F1, f[1]}}
	for _, fl := range fields {
		if *fl.dst, err = strconv.ParseFloat(fl.src, 64); err != nil {
			return scores{}, err
		}
	}
	return s, nil
}

// goBuild runs `go build -o out pkg` in dir.
func goBuild(dir, out, pkg string) error {
	var stderr bytes.Buffer
	cmd := exec.Command(goTool(), "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s in %s: %w: %s", pkg, dir, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}

// goTool is the go command: $GO when set (as the Makefile does), else go.
func goTool() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}
