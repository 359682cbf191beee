// Package web holds the articlecleaner web page and serves it. The page's
// files live in static/: index.html, style.css, worker.js and the ES
// modules in static/js; what makes it an installable offline app (sw.js,
// whose precache list FillPrecache fills in, pwa.js, manifest.webmanifest,
// icons/); plus the build outputs of `make wasm`
// (articlecleaner.wasm, wasm_exec.js and their .br and .gz forms), which
// are not in git.
package web

import (
	"embed"
	"io/fs"
)

//go:embed static
var embedded embed.FS

// Static returns the page's files as embedded at build time.
func Static() fs.FS {
	sub, err := fs.Sub(embedded, "static")
	if err != nil {
		panic(err) // "static" is a valid path; fs.Sub cannot fail on it
	}
	return sub
}
