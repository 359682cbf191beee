package web

import "net/http"

// SecurityHeaders returns the headers the server sends with every
// response (CSP and the others of setSecurityHeaders), for static hosts'
// headers files (`make site`).
func SecurityHeaders() http.Header {
	h := http.Header{}
	setSecurityHeaders(h)
	return h
}

// ContentTypeOf is the Content-Type the server sends for a file name.
func ContentTypeOf(name string) string { return contentType(name) }

// Compressible reports whether the server compresses a file of this
// Content-Type.
func Compressible(ctype string) bool { return compressible(ctype) }
