package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// result is the outcome of one input: its rendered output, or an error.
type result struct {
	name string
	out  []byte
	// article, when set instead of out, is rendered straight into the
	// output when its turn comes (a single input: see runBatch).
	article *cleaner.Article
	err     error
	notes   []string // what the selector flags did not do, for stderr
	// release, when set, unmaps the input (readInput): the writer calls
	// it once the result is written and nothing reads the article.
	release func()
}

// errFileChanged is reported when a mapped input is cut short while it is
// cleaned: reading its lost pages faults (mapInput).
var errFileChanged = errors.New("the file was cut short while it was read")

// panicError is the error for a panic caught while cleaning or rendering
// one input: errFileChanged for a memory fault, which only reading a
// mapped input can raise (readingMapped), else an internalError.
func panicError(v any) error {
	if _, fault := v.(interface{ Addr() uintptr }); fault {
		return errFileChanged
	}
	return internalError{v}
}

// readingMapped makes a memory fault in this goroutine a panic (that the
// caller recovers, see panicError) rather than a crash, for as long as it
// reads a mapped input; the function it returns restores the setting.
func readingMapped() (restore func()) {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}

// internalError is a panic caught while cleaning one input: a bug to
// report, not a property of the input.
type internalError struct{ value any }

func (e internalError) Error() string {
	return fmt.Sprintf("internal error (please report it with this input): %v", e.value)
}

// cleanOne reads, cleans and renders one input; with stream it leaves
// the rendering to the writer (res.article). A panic anywhere in it is
// turned into an internalError so that the rest of a batch goes on.
func cleanOne(cfg *config, name string, stdin io.Reader, stream bool) (res result) {
	res.name = name
	defer func() {
		if v := recover(); v != nil {
			res.out, res.err = nil, panicError(v)
		}
	}()
	// Only a single input may be mapped: its article is written, and the
	// mapping released, before the command ends.
	data, unmap, err := readInput(name, stdin, cfg.opts.MaxInputBytes, stream)
	if err != nil {
		res.err = err
		return res
	}
	if unmap != nil {
		res.release = unmap
		defer readingMapped()()
	}
	clean := cfg.clean
	if stream {
		// The only input: its segments are made as they are written,
		// unless the whole record is (-full JSON holds them all anyway).
		limitMemory(len(data)) // memlimit.go
		if !(cfg.full && cfg.format == formatJSON) {
			clean = cfg.cleanSingle
		}
	}
	a, err := clean(data, cfg.opts)
	if err != nil {
		res.err = err
		return res
	}
	if a.Rules != nil {
		res.notes = a.Rules.Notes
	}
	if stream {
		res.article = a
		return res
	}
	res.out, res.err = render(a, name, cfg.format, cfg.full)
	return res
}

// message is the reason shown after the file name: the error without the
// core's "cleaner: " prefix, which says nothing to a user of the command.
func message(err error) string {
	return strings.ReplaceAll(err.Error(), "cleaner: ", "")
}
