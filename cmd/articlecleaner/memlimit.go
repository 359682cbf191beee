package main

import (
	"os"
	"runtime/debug"
)

// The command cleans a single input with a soft memory limit sized to it,
// so that the garbage collector runs, and hands freed memory back to the
// system, before the process grows to twice what it holds live (Go's
// default pace): on a 10 MB paste that is about 100 MB of RSS instead of
// 120, for the same CPU time (issue 9).
const (
	// memLimitPerByte bounds the heap per byte of input. Cleaning pasted
	// text holds about 6 bytes live per byte of input through the
	// pipeline (the text, its blocks and their features), HTML less; the
	// limit stays above that, or the collector would run back to back
	// (7 costs a few percent of CPU time on a 10 MB paste, 8 nothing
	// measurable).
	memLimitPerByte = 8
	// memLimitFloor: below it a limit saves nothing worth a collection.
	memLimitFloor = 64 << 20
)

// memoryLimit is the soft memory limit for cleaning one input of n bytes.
func memoryLimit(n int) int64 {
	return max(memLimitFloor, memLimitPerByte*int64(n))
}

// limitMemory sets the soft memory limit for cleaning one input of n
// bytes, unless the user set one with GOMEMLIMIT.
func limitMemory(n int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(memoryLimit(n))
}
