package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

// row is one extractor's line in the table.
type row struct {
	Name        string        `json:"name"`
	Label       string        `json:"label"`
	Input       harness.Input `json:"input"`
	Pages       int           `json:"pages"`
	Failed      int           `json:"failed"`
	Errors      []string      `json:"errors,omitempty"`
	Scores      scores        `json:"scores"`
	MedianMs    float64       `json:"msPerPageMedian"`
	P95Ms       float64       `json:"msPerPageP95"`
	MeanMs      float64       `json:"msPerPageMean"`
	PeakRSSMB   float64       `json:"peakRssMB"`
	Predictions string        `json:"predictions"`
}

// results is everything one bench run measured; it is also written as
// out/results.json.
type results struct {
	Generated string      `json:"generated"`
	GoVersion string      `json:"goVersion"`
	Platform  string      `json:"platform"`
	CPUs      int         `json:"cpus"`
	Corpus    string      `json:"corpus"`
	Rows      []row       `json:"rows"`
	CLI       []cliResult `json:"cli,omitempty"`
	Verdict   string      `json:"cliVerdict,omitempty"`
}

func newResults(corpusDir string) *results {
	return &results{
		Generated: time.Now().UTC().Format(time.RFC3339),
		GoVersion: runtime.Version(),
		Platform:  runtime.GOOS + "/" + runtime.GOARCH,
		CPUs:      runtime.NumCPU(),
		Corpus:    corpusDir,
	}
}

// newRow turns a child's stats and the scorer's numbers into a row.
func newRow(r extractorRow, c *childResult, s scores) row {
	return row{
		Name: r.Name, Label: r.Label, Input: r.Input,
		Pages: c.Stats.Pages, Failed: c.Stats.Failed, Errors: c.Stats.Errors,
		Scores:      s,
		MedianMs:    harness.Median(c.Stats.Nanos),
		P95Ms:       harness.Percentile(c.Stats.Nanos, 95),
		MeanMs:      harness.Mean(c.Stats.Nanos),
		PeakRSSMB:   mb(c.MaxRSS),
		Predictions: c.PredAbs,
	}
}

// cliVerdict compares the two whole-process times.
func cliVerdict(cli []cliResult) string {
	var ac, rd *cliResult
	for i := range cli {
		switch cli[i].Tool {
		case "articlecleaner":
			ac = &cli[i]
		case "readability-cli":
			rd = &cli[i]
		}
	}
	switch {
	case ac == nil || rd == nil:
		return "not compared: a tool is missing"
	case ac.MedianMs == 0:
		return "not compared: articlecleaner CLI " + ac.Status
	case rd.MedianMs == 0:
		return "not compared: readability-cli " + rd.Status
	}
	return fmt.Sprintf("articlecleaner CLI vs readability-cli over %d files: wall %.0f vs %.0f ms (ratio %.2f, %s), CPU %.0f vs %.0f ms (ratio %.2f, %s)",
		ac.Files, ac.MedianMs, rd.MedianMs, ac.MedianMs/rd.MedianMs, speedWord(ac.MedianMs, rd.MedianMs),
		ac.MedianCPU, rd.MedianCPU, ac.MedianCPU/rd.MedianCPU, speedWord(ac.MedianCPU, rd.MedianCPU))
}

// speedWord says how articlecleaner's time compares with the peer's.
func speedWord(ac, peer float64) string {
	if ac <= peer {
		return "no slower"
	}
	return "SLOWER"
}

// writeMarkdown prints both tables.
func (r *results) writeMarkdown(w io.Writer) {
	fmt.Fprintf(w, "Dev corpus %s — %s, %s, %d CPUs, %s\n\n", r.Corpus, r.GoVersion, r.Platform, r.CPUs, r.Generated)
	fmt.Fprintln(w, "Per page: parse + extract only (no file I/O, no gunzip), measured in-process after a warm-up pass; peak RSS of a separate program per extractor (raw text is the harness floor).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| input | extractor | precision | recall | F1 | accuracy | ms/page median | ms/page p95 | peak RSS MB | failed |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, x := range r.Rows {
		fmt.Fprintf(w, "| %s | %s | %.3f | %.3f | **%.3f** | %.3f | %.2f | %.2f | %.0f | %d/%d |\n",
			x.Input, mdEscape(x.Label), x.Scores.Precision, x.Scores.Recall, x.Scores.F1, x.Scores.Accuracy,
			x.MedianMs, x.P95Ms, x.PeakRSSMB, x.Failed, x.Pages)
	}
	if len(r.CLI) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Whole process over all HTML files in one run (start-up, reading, gunzip, extraction, output). readability-cli is sequential; the articlecleaner CLI uses its own default parallelism unless -cli-args says otherwise, so CPU time is the per-work comparison:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| tool | command | files | wall ms (median) | wall ms per run | CPU ms (median) | ms/page | max RSS MB | output MB | exit | status |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
	for _, c := range r.CLI {
		runs := make([]string, len(c.RunsMs))
		for i, v := range c.RunsMs {
			runs[i] = fmt.Sprintf("%.0f", v)
		}
		fmt.Fprintf(w, "| %s | `%s` | %d | %.0f | %s | %.0f | %.2f | %.0f | %.1f | %d | %s |\n",
			c.Tool, c.Command, c.Files, c.MedianMs, strings.Join(runs, ", "), c.MedianCPU, c.MsPerPage, c.MaxRSSMB, c.OutputMB, c.ExitCode, mdEscape(c.Status))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, r.Verdict)
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
