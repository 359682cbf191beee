//go:build js && wasm

// Command wasm is the cleaner compiled to WebAssembly. It registers
//
//	globalThis.articlecleaner = { clean(input, options, onProgress), version }
//
// clean takes the input as a string, a Uint8Array or an ArrayBuffer (bytes
// keep non-UTF-8 pages intact; the cleaner decodes them) and an options
// object with the fields of cleaner.Options (mode, url, charset, restore,
// maxInputBytes, focus, content, remove, keep) plus an optional onProgress(stage, done, total) callback,
// which may also be passed as the third argument. It returns [handle, json]:
// the article's Record (title, byline, date, site, lang, url, excerpt,
// mode, pageType, text, segments, stats; removed as 0, for the loader to
// rebuild from the segments with the reasons' words in _reasons: see
// record.go) as one JSON string, and a
// handle for render(handle, "markdown"|"html"), which renders on demand
// (null once the article is no longer kept). The loader turns this into
// the Record object, with markdown and html as lazy properties.
//
// A function exported from Go cannot throw into JavaScript, so on failure
// the raw clean returns an Error object instead of a Record; the loader in
// web/static/js/loader.js wraps the API so that clean throws that Error,
// and replaces globalThis.articlecleaner with the wrapped API. A panic
// inside the cleaner is recovered at this boundary and reported the same
// way ("internal error: …"): the Go runtime keeps serving later calls.
package main

import (
	"runtime/debug"
	"syscall/js"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("clean", js.FuncOf(clean))
	api.Set("render", js.FuncOf(render))
	api.Set("version", version())
	api.Set("_reasons", reasonsJSON()) // for the loader: see recordJSON
	api.Set("_panicForTest", js.FuncOf(panicForTest))
	js.Global().Set("articlecleaner", api)
	select {} // serve calls until the page goes away
}

// version is the module version and VCS revision the binary was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= shortRevision {
			v += " " + s.Value[:shortRevision]
		}
	}
	return v
}

// shortRevision is how many hex digits of the commit identify a build, as
// git's own short form does.
const shortRevision = 12
