package main

import (
	"os"
	"runtime/debug"
)

// The command cleans a single input with a soft memory limit sized to it,
// so that the garbage collector runs, and hands freed memory back to the
// system, before the process grows to twice what it holds live (Go's
// default pace).
//
// A limit below what the cleaner holds live makes the collector run back
// to back (the runtime then gives it up to half the CPU). What is live
// depends on the text, not only its size: on the dev pastes repeated to
// 10 MB, whose repeated lines share their features and dedupe entries,
// about 4.3 bytes a byte of input; on 6.7 MB of distinct pastes (dev and
// multi) about 8.6. A limit of 5 held the repeated 10 MB under 6 times its
// size in RSS (57 MB) but took 1.2 s instead of 0.76 s, twice the CPU, on
// the distinct pastes; 8 with a 64 MB floor costs neither anything
// measurable (74 MB RSS on the repeated 10 MB, 0.75 s on the distinct).
const (
	// memLimitPerByte bounds the heap per byte of input, above what a
	// paste holds live (see above); HTML holds about 2.5.
	memLimitPerByte = 8
	// memLimitFloor: below it a limit saves nothing worth a collection,
	// and a paste of a few MB of distinct lines stays clear of it.
	memLimitFloor = 64 << 20
	// gcPercent is the collector's pace for one input (GOGC): the heap may
	// grow by half what is live before a collection, not by all of it.
	// Unlike a lower limit it follows what is live, so it never makes the
	// collector run back to back. Measured on the dev pastes repeated to
	// 10 MB: 58–60 MB peak RSS instead of 67–68 MB, in the same 0.41 s;
	// on 6.7 MB of distinct pastes the same 70 MB and 0.75 s (their peak
	// is what they hold live).
	gcPercent = 50
)

// memoryLimit is the soft memory limit for cleaning one input of n bytes.
// A -format json -full line holds every segment and both renderings
// (about 20 bytes a byte of a paste): the same limit trades some CPU time
// for less RSS there (on the 10 MB paste, 200 MB instead of 300).
func memoryLimit(n int) int64 {
	return max(memLimitFloor, memLimitPerByte*int64(n))
}

// limitMemory sets the soft memory limit for cleaning one input of n
// bytes, unless the user set one with GOMEMLIMIT, and the collector's
// pace, unless the user set one with GOGC.
func limitMemory(n int) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(memoryLimit(n))
}
