package cleaner

import "fmt"

// Clean turns pasted text or an HTML page into a clean article. Every
// removed piece is listed in the result with its reason. Clean is
// deterministic and safe for concurrent use; it returns an error only for
// input it cannot read (empty, binary, too large, undecodable) or invalid
// options. "Nothing worth keeping" is a result (PageEmpty), not an error.
func Clean(input []byte, opts Options) (*Article, error) {
	return CleanProgress(input, opts, nil)
}

// ProgressFunc is told, after each stage, the stage's name and how many of
// the total stages are done. It runs on the caller's goroutine.
type ProgressFunc func(stage string, done, total int)

// CleanProgress is Clean reporting its progress stage by stage, for callers
// that show progress on long inputs (the web page's worker does).
func CleanProgress(input []byte, opts Options, progress ProgressFunc) (*Article, error) {
	r, err := newRun(input, opts)
	if err != nil {
		return nil, err
	}
	return r.finish(progress, (*run).assemble), nil
}

// newRun checks the options and the input and runs the front end: the
// run holds the input's blocks, for finish.
func newRun(input []byte, opts Options) (*run, error) {
	rules, err := opts.compile()
	if err != nil {
		return nil, err
	}
	input, err = fromUTF16(input, opts)
	if err != nil {
		return nil, err
	}
	if err := checkInput(input, opts); err != nil {
		return nil, err
	}
	r := &run{opts: opts, mode: opts.modeFor(input), rules: rules}
	if err := r.frontEnd(input); err != nil {
		return nil, err
	}
	return r, nil
}

// modeFor is the mode to clean an input in: the one asked for, or for
// auto the one sniffed from head, the input's first bytes (sniffMode).
func (o Options) modeFor(head []byte) Mode {
	if o.Mode == ModeAuto || o.Mode == "auto" {
		return sniffMode(head)
	}
	return o.Mode
}

// compile checks the options and compiles their selectors.
func (o Options) compile() (*callerRules, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	return compileRules(o)
}

// finish runs the pipeline over the blocks the front end made and
// assembles the article with assemble (CleanLazy's leaves the segments
// to be made when read).
func (r *run) finish(progress ProgressFunc, assemble func(*run) *Article) *Article {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	total := len(pipeline) + 2
	progress("segment", 1, total)
	for i, st := range pipeline {
		st.run(r)
		progress(st.name, i+2, total)
	}
	r.enforceRules()
	a := assemble(r)
	progress("assemble", total, total)
	if len(r.opts.Restore) > 0 {
		a.Restore(r.opts.Restore...)
	}
	return a
}

// CleanString is Clean for a string. The text of pasted text is not
// copied: the segments' Text share the string's bytes.
func CleanString(input string, opts Options) (*Article, error) {
	r, err := newRunString(input, opts)
	if err != nil {
		return nil, err
	}
	return r.finish(nil, (*run).assemble), nil
}

// newRunString is newRun for a string: UTF-8 text is segmented from the
// string itself; anything else (UTF-16, another charset, HTML) from a
// copy of its bytes, through newRun's steps. The checks and their errors
// are newRun's, in the same order.
func newRunString(input string, opts Options) (*run, error) {
	if hasUTF16BOM(input) {
		return newRun([]byte(input), opts)
	}
	rules, err := opts.compile()
	if err != nil {
		return nil, err
	}
	if err := checkInputString(input, opts); err != nil {
		return nil, err
	}
	r := &run{opts: opts, mode: opts.modeFor([]byte(input[:min(len(input), sniffBytes)])), rules: rules}
	if r.mode != ModeText {
		if err := r.frontEnd([]byte(input)); err != nil {
			return nil, err
		}
		return r, nil
	}
	src, err := decodeTextString(input, opts)
	if err != nil {
		return nil, err
	}
	r.src = src
	r.segmentText()
	return r, nil
}

// run holds the state of one call; nothing is shared between calls.
type run struct {
	opts   Options
	mode   Mode
	rules  *callerRules // the caller's selectors; nil without
	src    string       // the decoded text (text input) or visible text
	blocks []block
	lang   string
	stop   stopWords
	meta   metadata
	// body is the range of blocks the revise stage took for the article.
	bodyStart, bodyEnd int
	// commentsFrom is the first block of the comment section, if any.
	commentsFrom int
	// runs caches shortRuns for furnitureReason.
	runs []int
}

// frontEnd turns the input into blocks: by lines for text, by the DOM for
// HTML.
func (r *run) frontEnd(input []byte) error {
	switch r.mode {
	case ModeHTML:
		return r.segmentHTML(input)
	case ModeText:
		src, err := decodeText(input, r.opts)
		if err != nil {
			return err
		}
		r.src = src
		r.segmentText()
		return nil
	}
	return fmt.Errorf("%w: mode %q", ErrOptions, r.mode)
}

// stage is one named step of the pipeline.
type stage struct {
	name string
	run  func(*run)
}

// pipeline lists the stages after segmentation, in order. doc.go explains
// each one.
var pipeline = []stage{
	{"split-glued", (*run).splitGlued},
	{"language", (*run).detectLanguage},
	{"features", (*run).computeFeatures},
	{"classify", (*run).classify},
	{"dedupe", (*run).dedupe},
	{"comments", (*run).findComments},
	{"revise", (*run).revise},
	{"focus", (*run).applyFocus},
	{"labels", (*run).dropLabels},
	{"live-hidden", (*run).dropLiveHidden},
	{"metadata", (*run).extractMetadata},
	{"bio", (*run).dropAuthorBio},
	{"inline", (*run).cutInline},
	{"headings", (*run).markHeadings},
}
