package main

import (
	"os"
	"runtime/debug"
)

// The command cleans a single input with a soft memory limit sized to it,
// so that the garbage collector runs, and returns freed memory to the
// system, before the process grows to twice what it holds live (Go's
// default pace): on a 10 MB paste that is 100 MB of RSS instead of 123.
const (
	// memLimitPerByte bounds the heap per byte of input. Cleaning pasted
	// text holds at most about 7.5 bytes live per byte of input (the
	// text, its blocks, then the segments: issue 9), HTML much less; the
	// limit stays above that, or the collector would run back to back.
	memLimitPerByte = 10
	// memLimitFloor: below it a limit saves nothing worth a collection.
	memLimitFloor = 64 << 20
)

// limitMemory sets the soft memory limit for cleaning one input of n
// bytes, unless the user set one with GOMEMLIMIT.
func limitMemory(n int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(max(memLimitFloor, memLimitPerByte*int64(n)))
}
