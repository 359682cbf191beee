package harness

import (
	"fmt"
	"time"
)

// maxErrorsKept bounds how many per-page error messages a run records;
// the count is always exact, the messages are only for a first look.
const maxErrorsKept = 5

// Extractor is a program that turns a page into article text.
type Extractor struct {
	Name  string // stable name, used by -only and in file names
	Input Input
	// Prepare turns the corpus bytes into the extractor's input. It runs
	// outside the timed call, like reading and gunzipping the file. Nil
	// passes the bytes unchanged.
	Prepare func([]byte) []byte
	// Extract is the timed call: parse and extract, returning plain text.
	Extract func(data []byte, pageURL string) (string, error)
}

// RunStats is what a child process reports about its extractor.
type RunStats struct {
	Name   string   `json:"name"`
	Pages  int      `json:"pages"`
	Failed int      `json:"failed"`
	Errors []string `json:"errors,omitempty"`
	// Nanos holds the timed call of each page of the measured pass, in
	// page order.
	Nanos []int64 `json:"nanos"`
}

// Prediction is one page's output in the scorer's format.
type Prediction struct {
	ArticleBody string `json:"articleBody"`
}

// Run runs one extractor over every page twice: a warm-up pass whose
// results are dropped, then the measured pass. Only the extractor call is
// timed; reading, gunzipping and preparing the input are not. It returns
// the measured pass's predictions by page ID and its stats.
func Run(e Extractor, pages []Page) (map[string]Prediction, *RunStats, error) {
	if _, err := pass(e, pages, nil); err != nil {
		return nil, nil, err
	}
	preds := make(map[string]Prediction, len(pages))
	st, err := pass(e, pages, preds)
	if err != nil {
		return nil, nil, err
	}
	return preds, st, nil
}

// pass runs the extractor over every page once, storing the texts in
// preds when it is not nil.
func pass(e Extractor, pages []Page, preds map[string]Prediction) (*RunStats, error) {
	st := &RunStats{Name: e.Name, Pages: len(pages), Nanos: make([]int64, 0, len(pages))}
	for _, p := range pages {
		data, err := ReadInput(p.Path)
		if err != nil {
			return nil, err
		}
		if e.Prepare != nil {
			data = e.Prepare(data)
		}
		start := time.Now()
		text, err := safeExtract(e, data, p.URL)
		st.Nanos = append(st.Nanos, int64(time.Since(start)))
		if err != nil {
			st.Failed++
			if len(st.Errors) < maxErrorsKept {
				st.Errors = append(st.Errors, fmt.Sprintf("%s: %v", p.ID, err))
			}
		}
		if preds != nil {
			preds[p.ID] = Prediction{ArticleBody: text}
		}
	}
	return st, nil
}

// safeExtract turns a panic inside an extractor into an error for that
// page, so one bad page cannot stop the bench.
func safeExtract(e Extractor, data []byte, pageURL string) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("panic: %v", r)
		}
	}()
	return e.Extract(data, pageURL)
}
