//go:build js && wasm

package main

import "runtime/debug"

// The collector's pace in the browser. A clean keeps about 1 MB live, so
// with Go's defaults (GOGC 100, a 4 MB minimum goal) a collection starts on
// almost every page (47 on 40 dev pages, gctrace in Node.js). WebAssembly
// has one thread: the marking that a native program does on another core
// runs when the call is about to return to JavaScript, and shows up as
// time between the last stage and the Record. With gcPercent 400 the same
// 40 pages take 6 collections; gcMemoryLimit keeps long pastes (whose live
// heap is tens of MB) from growing the heap to five times that: near the
// limit the collector runs as often as it must.
const (
	gcPercent     = 400
	gcMemoryLimit = 256 << 20 // bytes
)

func init() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(gcMemoryLimit)
}
