package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// stdinName is how standard input is named in the arguments and in JSON.
const stdinName = "-"

// gzipMagic starts every gzip stream (RFC 1952), whatever the file is called.
var gzipMagic = []byte{0x1f, 0x8b}

// displayName is how an input is named in messages and headers.
func displayName(name string) string {
	if name == stdinName {
		return "standard input"
	}
	return name
}

// readInput reads one input, the file name or "-" for stdin, and
// decompresses it when it is gzip. It reads at most limit bytes (after
// decompression) and fails with cleaner.ErrTooLarge beyond that, so that a
// huge file or a gzip bomb costs no more memory than the limit.
func readInput(name string, stdin io.Reader, limit int) ([]byte, error) {
	if name == stdinName {
		return readLimited(stdin, limit, 0)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, errors.New("is a directory")
		}
		size = int(st.Size())
	}
	return readLimited(f, limit, size)
}

// readLimited reads r, gunzipping it when it starts with the gzip magic.
// size is what r is expected to hold (a file's size), 0 when unknown: a
// file is read into one buffer of its size, not into one doubled until it
// fits (which costs up to three times the file in memory).
func readLimited(r io.Reader, limit, size int) ([]byte, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(len(gzipMagic))
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, unwrapPath(err)
	}
	var src io.Reader = br
	gzipped := string(head) == string(gzipMagic)
	if gzipped {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("reading gzip: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	var data []byte
	if size > 0 && !gzipped {
		// Room for one more byte than the file holds, to see the end
		// (or a file that grew) without growing the buffer.
		buf := bytes.NewBuffer(make([]byte, 0, min(size, limit)+bytes.MinRead))
		_, err = buf.ReadFrom(io.LimitReader(src, int64(limit)+1))
		data = buf.Bytes()
	} else {
		data, err = io.ReadAll(io.LimitReader(src, int64(limit)+1))
	}
	if err != nil {
		if gzipped {
			return nil, fmt.Errorf("reading gzip: %w", err)
		}
		return nil, unwrapPath(err)
	}
	if len(data) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes (raise -max-bytes)", cleaner.ErrTooLarge, limit)
	}
	return data, nil
}

// unwrapPath drops the "open NAME:" of a path error, since messages
// already start with the file name.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
