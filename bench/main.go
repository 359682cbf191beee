// Command bench compares articlecleaner with go-trafilatura and readeck
// go-readability on the dev corpus, in one run: quality (the shared
// scorer's precision, recall and F1), time per page, peak memory, and the
// whole-process time of the articlecleaner CLI against a readability CLI.
//
//	cd bench && go run . [-corpus ../../shared/corpus/dev] [-out out]
//
// It is its own module so the peers never become dependencies of
// articlecleaner. It must run from the bench folder: it builds each
// extractor's child program (cmd/run-*) and runs it in its own process,
// so each extractor's peak memory is its own and the per-page times are
// taken in-process by the child. With no corpus it says so and exits 0.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/seed15afa100/articlecleaner/bench/internal/harness"
)

// defaultCorpus is where the dev corpus sits when the bench runs from
// bench/ inside the repo: the repo's sibling ../shared.
const defaultCorpus = "../../shared/corpus/dev"

// defaultCLIRuns is how many timed whole-process runs each CLI gets. One
// run takes 2–4 s here and wall times vary by ±30% on a shared 2-core
// machine, so the median of five (plus CPU time) is the steadier number.
const defaultCLIRuns = 5

type config struct {
	corpus, out, score, repo string
	extractors               []string
	cliArgs                  []string
	cliRuns                  int
	cli                      bool
}

func main() {
	cfg := parseFlags()
	if err := run(cfg); err != nil {
		if errors.Is(err, harness.ErrNoCorpus) {
			fmt.Printf("bench: skipped: %v (set -corpus or CORPUS=… to point at the dev corpus)\n", err)
			return
		}
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func parseFlags() config {
	var cfg config
	var names, cliArgs string
	flag.StringVar(&cfg.corpus, "corpus", envOr("CORPUS", defaultCorpus), "dev corpus folder with html/, text/ and ground-truth.json (env CORPUS)")
	flag.StringVar(&cfg.out, "out", "out", "folder for predictions, results.json and results.md")
	flag.StringVar(&cfg.score, "score", os.Getenv("SCORE"), "shared scorer folder (env SCORE; default: <corpus>/../../tools/score)")
	flag.StringVar(&cfg.repo, "repo", "..", "articlecleaner repo root, where cmd/articlecleaner is built from")
	flag.StringVar(&names, "extractors", "", "comma-separated extractors to run (default all: "+allNames()+")")
	flag.StringVar(&cliArgs, "cli-args", "-mode html -format json", "flags for the articlecleaner CLI before the file names (space-separated; e.g. add -jobs 1 for one core like readability-cli)")
	flag.IntVar(&cfg.cliRuns, "cli-runs", defaultCLIRuns, "timed whole-process runs per CLI (after one warm-up run)")
	flag.BoolVar(&cfg.cli, "cli", true, "also time the articlecleaner CLI against readability-cli as whole processes")
	flag.Parse()
	if names != "" {
		cfg.extractors = strings.Split(names, ",")
	}
	cfg.cliArgs = strings.Fields(cliArgs)
	return cfg
}

func run(cfg config) error {
	c, err := harness.OpenCorpus(cfg.corpus)
	if err != nil {
		return err
	}
	htmlPages, err := c.Pages(harness.InputHTML)
	if err != nil {
		return err
	}
	rows, err := selectRows(cfg.extractors)
	if err != nil {
		return err
	}
	benchDir, err := os.Getwd()
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(benchDir, "cmd", "run-raw")); err != nil {
		return fmt.Errorf("run the bench from its own folder (cd bench && go run .): %w", err)
	}
	out, err := filepath.Abs(cfg.out)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	binDir, err := os.MkdirTemp("", "articlecleaner-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(binDir)

	scoreDir := cfg.score
	if scoreDir == "" {
		scoreDir = filepath.Join(c.Dir, "..", "..", "tools", "score")
	}
	fmt.Fprintln(os.Stderr, "bench: building the scorer and the child programs …")
	sc, err := buildScorer(scoreDir, binDir, c.Gold)
	if err != nil {
		return err
	}
	bins, err := childPrograms(rows, benchDir, binDir)
	if err != nil {
		return err
	}

	res := newResults(c.Dir)
	for _, r := range rows {
		fmt.Fprintf(os.Stderr, "bench: %s on %s …\n", r.Name, r.Input)
		cr, err := runChild(bins[r.Cmd], c.Dir, out, r)
		if err != nil {
			return err
		}
		s, err := sc.score(cr.PredAbs)
		if err != nil {
			return err
		}
		res.Rows = append(res.Rows, newRow(r, cr, s))
	}

	if cfg.cli {
		files := make([]string, len(htmlPages))
		for i, p := range htmlPages {
			files[i] = p.Path
		}
		fmt.Fprintf(os.Stderr, "bench: whole-process CLI runs over %d files …\n", len(files))
		tools, skipped := buildCLIs(cfg.repo, benchDir, binDir, files[0], cfg.cliArgs)
		res.CLI = append(timeCLIs(tools, files, cfg.cliRuns), skipped...)
		res.Verdict = cliVerdict(res.CLI)
	}

	res.writeMarkdown(os.Stdout)
	var md strings.Builder
	res.writeMarkdown(&md)
	if err := os.WriteFile(filepath.Join(out, "results.md"), []byte(md.String()), 0o644); err != nil {
		return err
	}
	return harness.WriteJSON(filepath.Join(out, "results.json"), res)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
