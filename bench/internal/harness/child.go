package harness

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// ChildMain is the whole main of a per-extractor child program:
//
//	run-X -only NAME -corpus DIR -out DIR
//
// It runs the named extractor (one of exs) over the corpus and leaves
// NAME.json (predictions) and NAME.stats.json in the output folder. Each
// extractor lives in its own program so that its peak memory is not
// inflated by the others' dependencies (go-trafilatura's date parser
// alone allocates about 78 MB at start-up).
func ChildMain(exs ...Extractor) {
	only := flag.String("only", "", "extractor to run: "+names(exs))
	corpusDir := flag.String("corpus", "", "dev corpus folder")
	out := flag.String("out", "", "output folder")
	flag.Parse()
	if err := runChild(exs, *only, *corpusDir, *out); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", *only, err)
		os.Exit(1)
	}
}

func runChild(exs []Extractor, name, corpusDir, out string) error {
	if corpusDir == "" || out == "" {
		return fmt.Errorf("-corpus and -out are required")
	}
	e, err := find(exs, name)
	if err != nil {
		return err
	}
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return err
	}
	pages, err := c.Pages(e.Input)
	if err != nil {
		return err
	}
	preds, st, err := Run(e, pages)
	if err != nil {
		return err
	}
	if err := WriteJSON(PredPath(out, name), preds); err != nil {
		return err
	}
	return WriteJSON(StatsPath(out, name), st)
}

func find(exs []Extractor, name string) (Extractor, error) {
	for _, e := range exs {
		if e.Name == name {
			return e, nil
		}
	}
	return Extractor{}, fmt.Errorf("unknown extractor %q (this program runs: %s)", name, names(exs))
}

func names(exs []Extractor) string {
	n := make([]string, len(exs))
	for i, e := range exs {
		n[i] = e.Name
	}
	return strings.Join(n, ", ")
}
