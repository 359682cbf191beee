package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/corpus"
)

type config struct {
	score  string
	out    string
	worst  int
	quiet  bool
	misses string
	focus  cleaner.Focus
}

// page is one cleaned page: what the cleaner gave and how it scored.
type page struct {
	id    string
	lang  string
	body  string
	title string
	by    string
	date  string
	score pageScore
}

// runResult is one corpus and one input, scored.
type runResult struct {
	corpus, input string
	skipped       bool
	// P, R and F1 as the shared scorer printed them.
	precision, recall, f1 float64
	pages                 []page
	meta                  metaScore
	hasMeta               bool
}

// evalRun cleans every page of one input of one corpus, writes the
// predictions, scores them with the shared scorer and prints the report.
func evalRun(cfg config, dir, input string) (runResult, error) {
	name := filepath.Base(filepath.Clean(dir))
	r := runResult{corpus: name, input: input}
	pattern := filepath.Join(dir, "text", "*.txt")
	mode := cleaner.ModeText
	switch input {
	case "text":
	case "html":
		pattern = filepath.Join(dir, "html", "*.html.gz")
		mode = cleaner.ModeHTML
	default:
		return r, fmt.Errorf("unknown input %q (html or text)", input)
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		return r, err
	}
	if len(files) == 0 {
		fmt.Printf("eval: skipped %s %s: no input files at %s\n\n", name, input, pattern)
		r.skipped = true
		return r, nil
	}
	gold, err := readGold(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return r, err
	}
	sort.Strings(files)
	preds := map[string]map[string]string{}
	var total time.Duration
	failed := 0
	for _, f := range files {
		data, err := corpus.ReadInput(f)
		if err != nil {
			return r, err
		}
		p := page{id: corpus.PageID(f)}
		start := time.Now()
		a, err := cleaner.Clean(data, cleaner.Options{Mode: mode, Focus: cfg.focus})
		total += time.Since(start)
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", p.id, err)
			failed++
		} else {
			p.body, p.lang, p.title, p.by, p.date = a.Text(), a.Lang, a.Title, a.Byline, a.Date
		}
		if g, ok := gold[p.id]; ok {
			p.score = scorePage(g, p.body)
		}
		preds[p.id] = map[string]string{"articleBody": p.body}
		r.pages = append(r.pages, p)
	}
	label := fmt.Sprintf("%s, %s", name, inputName(input))
	fmt.Printf("== %s: cleaned %d pages (%d failed) in %v, %.2f ms/page\n", label, len(files), failed,
		total.Round(time.Millisecond), float64(total.Microseconds())/1000/float64(len(files)))

	predPath := filepath.Join(cfg.out, name+"-"+input+".json")
	if err := writeJSON(predPath, preds); err != nil {
		return r, err
	}
	worst := cfg.worst
	if cfg.quiet {
		worst = 0
	}
	scored, err := runScorer(cfg.score, filepath.Join(dir, "ground-truth.json"), predPath, worst)
	if err != nil {
		return r, err
	}
	os.Stdout.Write(scored)
	if r.precision, r.recall, r.f1, err = parseScore(scored); err != nil {
		return r, fmt.Errorf("%s: %v", label, err)
	}
	r.meta, r.hasMeta = scoreMeta(gold, r.pages)
	if !cfg.quiet {
		printLanguages(os.Stdout, r, gold)
	}
	if r.hasMeta {
		printMeta(os.Stdout, r)
		if cfg.misses != "" {
			printMisses(os.Stdout, cfg.misses, gold, r.pages)
		}
	} else if !cfg.quiet {
		fmt.Printf("metadata: not scored (%s's gold has no title, author or date)\n", name)
	}
	fmt.Println()
	return r, nil
}

func inputName(input string) string {
	if input == "text" {
		return "pasted text"
	}
	return "HTML"
}

func writeJSON(path string, v any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// runScorer runs the shared scorer from its own folder (it is its own
// module) and returns what it printed.
func runScorer(scoreDir, goldPath, predPath string, worst int) ([]byte, error) {
	gold, err := filepath.Abs(goldPath)
	if err != nil {
		return nil, err
	}
	pred, err := filepath.Abs(predPath)
	if err != nil {
		return nil, err
	}
	goCmd := os.Getenv("GO")
	if goCmd == "" {
		goCmd = "go"
	}
	cmd := exec.Command(goCmd, "run", ".", "-gold", gold, "-pred", pred, "-worst", strconv.Itoa(worst))
	cmd.Dir = scoreDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("scorer in %s: %v: %s", scoreDir, err, stderr.String())
	}
	return out, nil
}

var (
	reScorePR = regexp.MustCompile(`precision ([0-9.]+)\s+recall ([0-9.]+)`)
	reScoreF1 = regexp.MustCompile(`(?m)^F1 ([0-9.]+)`)
)

// parseScore reads precision, recall and F1 from the scorer's output.
func parseScore(out []byte) (p, r, f1 float64, err error) {
	pr := reScorePR.FindSubmatch(out)
	f := reScoreF1.FindSubmatch(out)
	if pr == nil || f == nil {
		return 0, 0, 0, fmt.Errorf("cannot read the scorer's output: %q", out)
	}
	p, _ = strconv.ParseFloat(string(pr[1]), 64)
	r, _ = strconv.ParseFloat(string(pr[2]), 64)
	f1, _ = strconv.ParseFloat(string(f[1]), 64)
	return p, r, f1, nil
}
