package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Progress timing on a terminal.
const (
	// progressDelay keeps short batches silent: the line appears only
	// once a batch has run this long.
	progressDelay = 500 * time.Millisecond
	// progressInterval limits redraws to a rate the eye can follow.
	progressInterval = 100 * time.Millisecond
)

// progress reports "n/total" on stderr: as one line redrawn in place when
// stderr is a terminal and the batch has several inputs, or as one line per
// input when forced with -progress on a file or pipe. Otherwise it is
// silent.
type progress struct {
	w       io.Writer
	total   int
	tty     bool // redraw one line in place
	lines   bool // one line per input (forced, not a terminal)
	start   time.Time
	drawn   time.Time
	showing bool // a line is on screen and must be cleared before other output
}

func newProgress(stderr io.Writer, total int, forced bool) *progress {
	p := &progress{w: stderr, total: total, start: time.Now()}
	switch {
	case isTerminal(stderr):
		p.tty = forced || total > 1
	case forced:
		p.lines = true
	}
	return p
}

// update reports that done of total inputs are handled, the last being name.
func (p *progress) update(done int, name string) {
	switch {
	case p.lines:
		fmt.Fprintf(p.w, "%s: [%d/%d] %s\n", progName, done, p.total, name)
	case p.tty:
		now := time.Now()
		if done == p.total || now.Sub(p.start) < progressDelay || now.Sub(p.drawn) < progressInterval {
			return
		}
		p.drawn = now
		fmt.Fprintf(p.w, "\r\033[K%s: %d/%d %s", progName, done, p.total, name)
		p.showing = true
	}
}

// clear removes the line from the terminal so other output starts clean.
func (p *progress) clear() {
	if p.showing {
		fmt.Fprint(p.w, "\r\033[K")
		p.showing = false
	}
}

// isTerminal reports whether the stream is a character device such as a
// terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
