package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/internal/jsonstr"
)

// Streaming the output of one long input: a JSON line of a long paste
// lists every removed piece (34 MB for the 10 MB of the dev pastes), which
// rendered into one []byte by encoding/json costs several copies of it in
// memory and most of the command's time. writeRendered writes the
// removals one at a time instead, encoded by appendRemoved, and the rest
// of the line by encoding/json as before: the bytes are the same.

// streamBufSize is the buffer between the renderer and the output.
const streamBufSize = 64 << 10

// writeRendered writes what render returns to w.
func writeRendered(w io.Writer, a *cleaner.Article, name string, f format, full bool) error {
	if f != formatJSON || full {
		out, err := render(a, name, f, full)
		if err != nil {
			return err
		}
		_, err = w.Write(out)
		return err
	}
	bw := bufio.NewWriterSize(w, streamBufSize)
	if err := writeLeanJSON(bw, a, name); err != nil {
		return err
	}
	return bw.Flush()
}

// removedKey is how the removals start in a lean JSON line whose Removed
// is empty. No string value can hold it (their quotes are escaped) and no
// object comes before it in the line, so its first occurrence is the key.
var removedKey = []byte(`"removed":[]`)

// writeLeanJSON writes the line render gives without -full: the line
// without its removals from encoding/json, with the removals written into
// it one by one.
func writeLeanJSON(w *bufio.Writer, a *cleaner.Article, name string) error {
	rec := leanRecordWithout(a)
	line, err := marshalLine(jsonLine{File: name, Record: &rec})
	if err != nil {
		return err
	}
	at := bytes.Index(line, removedKey)
	if at < 0 {
		return fmt.Errorf("internal error: no removals in the JSON line")
	}
	open := at + len(removedKey) - 1 // after the '['
	if _, err := w.Write(line[:open]); err != nil {
		return err
	}
	buf := make([]byte, 0, 1024)
	n := 0
	for r := range a.AllRemoved() {
		buf = buf[:0]
		if n > 0 {
			buf = append(buf, ',')
		}
		n++
		buf = appendRemoved(buf, r)
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	_, err = w.Write(line[open:])
	return err
}

// appendRemoved appends r as encoding/json encodes it (HTML characters
// not escaped, as marshalLine sets).
func appendRemoved(dst []byte, r cleaner.Removed) []byte {
	dst = append(dst, `{"id":`...)
	dst = strconv.AppendInt(dst, int64(r.ID), 10)
	dst = append(dst, `,"text":`...)
	dst = jsonstr.Append(dst, r.Text)
	dst = append(dst, `,"reason":`...)
	dst = jsonstr.Append(dst, r.Reason.String()) // its MarshalText
	dst = append(dst, `,"why":`...)
	dst = jsonstr.Append(dst, r.Why)
	dst = append(dst, `,"segment":`...)
	dst = strconv.AppendInt(dst, int64(r.Segment), 10)
	if r.Inline {
		dst = append(dst, `,"inline":true`...)
	}
	if r.Span != nil {
		dst = append(dst, `,"span":{"start":`...)
		dst = strconv.AppendInt(dst, int64(r.Span.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(r.Span.End), 10)
		dst = append(dst, '}')
	}
	if r.Selector != "" {
		dst = append(dst, `,"selector":`...)
		dst = jsonstr.Append(dst, r.Selector)
	}
	if r.Rule != "" {
		dst = append(dst, `,"rule":`...)
		dst = jsonstr.Append(dst, r.Rule)
	}
	return append(dst, '}')
}
