package web

import "net/http"

// ContentSecurityPolicy is sent with every response. The page loads only
// its own files; 'wasm-unsafe-eval' lets it compile the wasm (and nothing
// else: no eval). Images in cleaned articles are never loaded (the page
// shows them as links), and img-src allows only the page's own data:
// and blob: URLs. index.html repeats the policy in a <meta> element, minus
// frame-ancestors, which only a header can set.
const ContentSecurityPolicy = MetaContentSecurityPolicy + "; frame-ancestors 'none'"

// MetaContentSecurityPolicy is the policy as index.html states it.
const MetaContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// setSecurityHeaders sets the headers every response carries.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
}
