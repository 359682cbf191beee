package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// cliTool is a command timed as a whole process over all the HTML files
// in one run: start-up, reading, gunzipping, extracting and printing.
type cliTool struct {
	Name string
	bin  string
	args []string // before the file names
}

// cliResult is one row of the whole-process table.
type cliResult struct {
	Tool       string    `json:"tool"`
	Command    string    `json:"command"`
	Status     string    `json:"status"` // "ok", or why the tool was not timed
	Files      int       `json:"files"`
	RunsMs     []float64 `json:"runsMs,omitempty"`
	MedianMs   float64   `json:"medianMs,omitempty"`
	CPUMs      []float64 `json:"cpuMs,omitempty"` // user + system time of each run
	MedianCPU  float64   `json:"medianCpuMs,omitempty"`
	MsPerPage  float64   `json:"msPerPage,omitempty"`
	MaxRSSMB   float64   `json:"maxRssMB,omitempty"`
	ExitCode   int       `json:"exitCode"`
	OutputMB   float64   `json:"outputMB,omitempty"`
	ErrorLines int       `json:"stderrLines,omitempty"`
}

// buildCLIs builds the articlecleaner CLI (from the repo) and the
// readability CLI (from this module) into binDir. A tool that cannot be
// used gets a result with the reason instead of a cliTool.
func buildCLIs(repo, benchDir, binDir, probe string, acArgs []string) ([]cliTool, []cliResult) {
	var tools []cliTool
	var skipped []cliResult
	ac := cliTool{Name: "articlecleaner", bin: filepath.Join(binDir, "articlecleaner"), args: acArgs}
	if _, err := os.Stat(filepath.Join(repo, "cmd", "articlecleaner")); err != nil {
		skipped = append(skipped, cliResult{Tool: ac.Name, Status: "absent: no cmd/articlecleaner in " + repo})
	} else if err := goBuild(repo, ac.bin, "./cmd/articlecleaner"); err != nil {
		skipped = append(skipped, cliResult{Tool: ac.Name, Status: "build failed: " + firstLine(err.Error())})
	} else if err := probeCLI(ac, probe); err != nil {
		skipped = append(skipped, cliResult{Tool: ac.Name, Command: ac.command(), Status: "unsupported: " + firstLine(err.Error())})
	} else {
		tools = append(tools, ac)
	}
	rd := cliTool{Name: "readability-cli", bin: filepath.Join(binDir, "readability-cli")}
	if err := goBuild(benchDir, rd.bin, "./cmd/readability-cli"); err != nil {
		skipped = append(skipped, cliResult{Tool: rd.Name, Status: "build failed: " + firstLine(err.Error())})
	} else {
		tools = append(tools, rd)
	}
	return tools, skipped
}

func (t cliTool) command() string {
	return strings.Join(append([]string{filepath.Base(t.bin)}, t.args...), " ") + " FILE…"
}

// probeCLI runs the tool on one file: it must exit 0 and print something.
func probeCLI(t cliTool, file string) error {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(t.bin, append(append([]string(nil), t.args...), file)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err == nil && stdout.Len() == 0 {
		err = fmt.Errorf("printed nothing")
	}
	if err != nil {
		return fmt.Errorf("%s on one file: %w: %s", t.command(), err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// timeCLIs runs every tool over all files once to warm the page cache,
// then `runs` more times, alternating tools so drift hits all alike.
func timeCLIs(tools []cliTool, files []string, runs int) []cliResult {
	res := make([]cliResult, len(tools))
	for i, t := range tools {
		res[i] = cliResult{Tool: t.Name, Command: t.command(), Status: "ok", Files: len(files)}
	}
	for run := 0; run <= runs; run++ {
		for i, t := range tools {
			m, err := timeOnce(t, files)
			if err != nil {
				res[i].Status = "failed: " + firstLine(err.Error())
				continue
			}
			if run == 0 {
				continue // warm-up
			}
			r := &res[i]
			r.RunsMs = append(r.RunsMs, ms(m.wall))
			r.CPUMs = append(r.CPUMs, ms(m.cpu))
			r.MaxRSSMB = max(r.MaxRSSMB, mb(m.rss))
			r.OutputMB, r.ErrorLines, r.ExitCode = mb(m.out), m.errLines, m.code
		}
	}
	for i := range res {
		if len(res[i].RunsMs) == 0 {
			continue
		}
		res[i].MedianMs = medianOf(res[i].RunsMs)
		res[i].MedianCPU = medianOf(res[i].CPUMs)
		res[i].MsPerPage = res[i].MedianMs / float64(len(files))
	}
	return res
}

// medianOf is the middle value (mean of the middle two for an even count).
func medianOf(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(v))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// measurement is one whole-process run.
type measurement struct {
	wall, cpu      time.Duration
	rss, out       int64
	errLines, code int
}

// timeOnce runs the tool over all files in one process. A non-zero exit
// is reported, not treated as a failure: some pages may not extract.
func timeOnce(t cliTool, files []string) (measurement, error) {
	var stderr bytes.Buffer
	cw := &countWriter{}
	cmd := exec.Command(t.bin, append(append([]string(nil), t.args...), files...)...)
	cmd.Stdout, cmd.Stderr = cw, &stderr
	start := time.Now()
	runErr := cmd.Run()
	wall := time.Since(start)
	ps := cmd.ProcessState
	if ps == nil {
		return measurement{}, runErr
	}
	return measurement{
		wall: wall, cpu: ps.UserTime() + ps.SystemTime(),
		rss: maxRSS(ps), out: cw.n,
		errLines: strings.Count(stderr.String(), "\n"), code: ps.ExitCode(),
	}, nil
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
func mb(b int64) float64         { return float64(b) / (1 << 20) }
