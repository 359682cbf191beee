package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// windowPerJob is how many inputs each worker may run ahead of the one
// being written. Results wait in memory until their turn, so this bounds
// memory to a few inputs per worker while keeping workers busy when one
// input is slow.
const windowPerJob = 2

// runBatch cleans every input with cfg.jobs workers and writes the results
// in input order as soon as each one's turn comes: the output is streamed,
// not collected. It returns the exit code.
func runBatch(cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	files := cfg.files
	if len(files) == 0 {
		files = []string{stdinName}
	}
	jobs := min(cfg.jobs, len(files))
	// Standard input is read by the first "-" only: the ones after it
	// find it empty, whichever worker gets to its input first.
	firstStdin := slices.Index(files, stdinName)
	inputOf := func(i int) io.Reader {
		if i == firstStdin {
			return stdin
		}
		return strings.NewReader("")
	}
	// A single input is rendered straight into the output by the writer
	// (format_stream.go): one long paste's JSON line is not held in
	// memory whole. Several inputs are rendered by the workers, in
	// parallel, and wait as bytes for their turn.
	stream := len(files) == 1

	slots := make([]chan result, len(files))
	for i := range slots {
		slots[i] = make(chan result, 1) // a worker never waits for the writer
	}
	window := make(chan struct{}, jobs*windowPerJob)
	next := make(chan int)
	stop := make(chan struct{}) // closed when the writer is done, early or not
	go func() {
		defer close(next)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range next {
				slots[i] <- cleanOne(cfg, files[i], inputOf(i), stream)
			}
		})
	}

	w := newBatchWriter(cfg, len(files), stdout, stderr)
	for i := range files {
		res := <-slots[i]
		<-window
		if !w.write(res) {
			break
		}
	}
	close(stop)
	wg.Wait()
	return w.finish()
}

// batchWriter writes results in order: outputs with headers between
// several inputs, errors on stderr, and the progress line.
type batchWriter struct {
	cfg     *config
	total   int
	stdout  io.Writer
	stderr  io.Writer
	prog    *progress
	written int // inputs whose output was written
	done    int // inputs handled, failed or not
	failed  bool
}

func newBatchWriter(cfg *config, total int, stdout, stderr io.Writer) *batchWriter {
	return &batchWriter{cfg: cfg, total: total, stdout: stdout, stderr: stderr,
		prog: newProgress(stderr, total, cfg.progress)}
}

// write handles one result. It returns false when the output cannot be
// written any more, which ends the batch.
func (w *batchWriter) write(res result) bool {
	if res.release != nil {
		defer res.release()
	}
	w.done++
	w.prog.clear()
	defer w.prog.update(w.done, displayName(res.name))
	for _, n := range res.notes {
		fmt.Fprintf(w.stderr, "%s: %s: note: %s\n", progName, displayName(res.name), n)
	}
	if res.err != nil {
		w.failed = true
		fmt.Fprintf(w.stderr, "%s: %s: %s\n", progName, displayName(res.name), message(res.err))
		if w.cfg.format != formatJSON {
			return true
		}
		res.out = renderError(res.name, res.err)
	}
	if w.total > 1 && w.cfg.format != formatJSON {
		sep := ""
		if w.written > 0 {
			sep = "\n"
		}
		if _, err := fmt.Fprintf(w.stdout, "%s==> %s <==\n", sep, displayName(res.name)); err != nil {
			return w.outputFailed(err)
		}
	}
	if res.article != nil {
		if err := w.writeArticle(res); err != nil {
			var ie internalError
			if errors.As(err, &ie) || errors.Is(err, errFileChanged) {
				w.failed = true
				fmt.Fprintf(w.stderr, "%s: %s: %s\n", progName, displayName(res.name), message(err))
				return true
			}
			return w.outputFailed(err)
		}
		w.written++
		return true
	}
	if _, err := w.stdout.Write(res.out); err != nil {
		return w.outputFailed(err)
	}
	w.written++
	return true
}

// writeArticle renders a streamed result into the output. A panic while
// rendering is an internalError, as it is in cleanOne.
func (w *batchWriter) writeArticle(res result) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = panicError(v)
		}
	}()
	if res.release != nil {
		defer readingMapped()()
	}
	return writeRendered(w.stdout, res.article, res.name, w.cfg.format, w.cfg.full)
}

func (w *batchWriter) outputFailed(err error) bool {
	w.failed = true
	fmt.Fprintf(w.stderr, "%s: writing output: %v\n", progName, err)
	return false
}

// finish ends the progress line and returns the exit code.
func (w *batchWriter) finish() int {
	w.prog.clear()
	if w.failed {
		return exitFail
	}
	return exitOK
}
