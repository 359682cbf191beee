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
	"strings"

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
// huge file or a gzip bomb costs no more memory than the limit. The input
// is read into a string, which the cleaner segments pasted text from
// without a copy of it (cleaner.CleanString).
//
// With mayMap, a large file may be mapped instead of read (mapInput, on
// Linux): unmap is then the function that releases it, to be called once
// nothing reads the string any more, and the string must be read with
// debug.SetPanicOnFault set (see readingMapped). Otherwise unmap is nil.
func readInput(name string, stdin io.Reader, limit int, mayMap bool) (data string, unmap func(), err error) {
	if name == stdinName {
		data, err = readLimited(stdin, limit, 0)
		return data, nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return "", nil, unwrapPath(err)
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return "", nil, errors.New("is a directory")
		}
		size = int(st.Size())
		if mayMap && size <= limit {
			if data, unmap, ok := mapInput(f, st); ok {
				return data, unmap, nil
			}
		}
	}
	data, err = readLimited(f, limit, size)
	return data, nil, err
}

// readLimited reads r, gunzipping it when it starts with the gzip magic.
// size is what r is expected to hold (a file's size), 0 when unknown: a
// file is read into one buffer of its size, not into one doubled until it
// fits (which costs up to three times the file in memory).
func readLimited(r io.Reader, limit, size int) (string, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(len(gzipMagic))
	if err != nil && !errors.Is(err, io.EOF) {
		return "", unwrapPath(err)
	}
	var src io.Reader = br
	gzipped := string(head) == string(gzipMagic)
	if gzipped {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return "", fmt.Errorf("reading gzip: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	var data strings.Builder
	if size > 0 && !gzipped {
		// Room for one more byte than the file holds, to see the end
		// (or a file that grew) without growing the buffer.
		data.Grow(min(size, limit) + bytes.MinRead)
	}
	_, err = io.Copy(&data, io.LimitReader(src, int64(limit)+1))
	if err != nil {
		if gzipped {
			return "", fmt.Errorf("reading gzip: %w", err)
		}
		return "", unwrapPath(err)
	}
	if data.Len() > limit {
		return "", fmt.Errorf("%w: more than %d bytes (raise -max-bytes)", cleaner.ErrTooLarge, limit)
	}
	return data.String(), nil
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
