package web

import (
	"io/fs"
	"net/http"
	"strconv"
	"strings"
)

// Handler serves the page's files from memory.
type Handler struct {
	assets map[string]*asset
}

// NewHandler reads the page's files (usually Static()) into memory. It
// returns an error wrapping ErrNotBuilt when the wasm has not been built.
func NewHandler(fsys fs.FS) (*Handler, error) {
	assets, err := loadAssets(fsys)
	if err != nil {
		return nil, err
	}
	return &Handler{assets: assets}, nil
}

// ServeHTTP serves GET and HEAD for the files, "/" being index.html, in
// the best encoding the client accepts.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	setSecurityHeaders(hdr)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	a, ok := h.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	body, enc, etag := a.plain, "", a.etag
	if a.gz != nil {
		hdr.Set("Vary", "Accept-Encoding")
		switch {
		case a.br != nil && accepts(r, "br"):
			body, enc, etag = a.br, "br", strings.TrimSuffix(a.etag, `"`)+`-br"`
		case accepts(r, "gzip"):
			body, enc, etag = a.gz, "gzip", strings.TrimSuffix(a.etag, `"`)+`-gz"`
		}
	}
	hdr.Set("Content-Type", a.ctype)
	// no-cache: revalidate every time, so a rebuilt wasm is never stale;
	// the ETag makes a warm load a round of 304s.
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("ETag", etag)
	if enc != "" {
		hdr.Set("Content-Encoding", enc)
	}
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(body)
	}
}

// accepts reports whether the request's Accept-Encoding allows coding
// (present with a q-value above zero).
func accepts(r *http.Request, coding string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		if q, ok := strings.CutPrefix(params, "q="); ok {
			v, err := strconv.ParseFloat(q, 64)
			return err == nil && v > 0
		}
		return true
	}
	return false
}

func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
