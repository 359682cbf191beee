// Package harness is the part of the bench shared by the parent and the
// per-extractor child programs: reading the corpus, timing an extractor
// over every page and writing its predictions.
package harness

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/seed15afa100/articlecleaner/internal/corpus"
)

// Input names which of the corpus's two inputs a row reads.
type Input string

// The two inputs of the dev corpus.
const (
	InputHTML Input = "html" // html/<id>.html.gz, the page as served
	InputText Input = "text" // text/<id>.txt, the page's innerText as pasted
)

// Page is one corpus document: where its input lives and its URL. The
// input bytes are read only when needed, so a child process holds one
// page at a time and its peak memory reflects the extractor, not the
// corpus.
type Page struct {
	ID   string
	URL  string
	Path string
}

// Corpus is the dev corpus on disk.
type Corpus struct {
	Dir  string
	Gold string            // absolute path of ground-truth.json
	URLs map[string]string // id → page URL from ground-truth.json
}

// ErrNoCorpus means the corpus folder is absent; the bench skips.
var ErrNoCorpus = errors.New("no corpus")

// OpenCorpus checks the folder and reads the page URLs from the gold file.
func OpenCorpus(dir string) (*Corpus, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	gold := filepath.Join(abs, "ground-truth.json")
	data, err := os.ReadFile(gold)
	if os.IsNotExist(err) {
		return nil, fmt.Errorf("%w at %s", ErrNoCorpus, abs)
	}
	if err != nil {
		return nil, err
	}
	var docs map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(data, &docs); err != nil {
		return nil, fmt.Errorf("%s: %w", gold, err)
	}
	urls := make(map[string]string, len(docs))
	for id, d := range docs {
		urls[id] = d.URL
	}
	return &Corpus{Dir: abs, Gold: gold, URLs: urls}, nil
}

// Pages lists the documents of one input in ID order.
func (c *Corpus) Pages(in Input) ([]Page, error) {
	pattern := filepath.Join(c.Dir, "html", "*.html.gz")
	if in == InputText {
		pattern = filepath.Join(c.Dir, "text", "*.txt")
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: nothing matches %s", ErrNoCorpus, pattern)
	}
	sort.Strings(files)
	out := make([]Page, 0, len(files))
	for _, f := range files {
		id := PageID(f)
		out = append(out, Page{ID: id, URL: c.URLs[id], Path: f})
	}
	return out, nil
}

// PageID is a file's name without its .html.gz / .txt suffixes.
func PageID(path string) string { return corpus.PageID(path) }

// ReadInput returns a page's bytes, gunzipped when the file is .gz.
func ReadInput(path string) ([]byte, error) { return corpus.ReadInput(path) }
