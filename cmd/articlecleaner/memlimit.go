package main

import (
	"os"
	"runtime/debug"
)

// The command cleans a single input with a soft memory limit sized to it,
// so that the garbage collector runs, and hands freed memory back to the
// system, before the process grows to twice what it holds live (Go's
// default pace): issue 9 asks for a peak RSS of at most 6 times the input
// on a 10 MB paste, which takes a limit of 5 (the process's own 10 MB or
// so of code, stacks and runtime come on top of it).
const (
	// memLimitPerByte bounds the heap per byte of input. Cleaning pasted
	// text holds at most about 4.3 bytes live per byte of input (the
	// text, its blocks, their features and, for a moment, dedupe's
	// shingle index; the segments are made as they are written,
	// cleaner.CleanLazy), HTML about 2.5; the limit stays above that, or
	// the collector would run back to back.
	memLimitPerByte = 5
	// memLimitFloor: below it a limit saves nothing worth a collection.
	memLimitFloor = 32 << 20

	// A -full JSON line holds every segment, every removal, the Markdown
	// and the HTML, rendered whole by encoding/json: about 20 bytes a
	// byte of a paste. Its limit stays what it was before the segments
	// were streamed, trading some CPU time for less RSS (on the 10 MB
	// paste, 200 MB instead of 300).
	memLimitPerByteFull = 8
	memLimitFloorFull   = 64 << 20
)

// memoryLimit is the soft memory limit for cleaning one input of n bytes,
// full when the whole record is rendered (-format json -full).
func memoryLimit(n int, full bool) int64 {
	if full {
		return max(memLimitFloorFull, memLimitPerByteFull*int64(n))
	}
	return max(memLimitFloor, memLimitPerByte*int64(n))
}

// limitMemory sets the soft memory limit for cleaning one input of n
// bytes, unless the user set one with GOMEMLIMIT.
func limitMemory(n int, full bool) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(memoryLimit(n, full))
}
