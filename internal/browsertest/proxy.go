//go:build !js

package browsertest

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// loopbackHost is where the tests' pages live; the proxy forwards only
// requests for it and refuses every other host.
const loopbackHost = "127.0.0.1"

// Proxy is an HTTP proxy that logs the host of every request (plain and
// CONNECT) and forwards only those for 127.0.0.1: the tests assert that
// nothing else was asked.
type Proxy struct {
	*httptest.Server
	mu    sync.Mutex
	hosts []string // host:port of every request, in order
}

// proxyDialTimeout bounds connecting to the tests' own servers on loopback.
const proxyDialTimeout = 5 * time.Second

// direct forwards without any proxy (the environment's must not apply).
var direct = &http.Transport{Proxy: nil, DialContext: (&net.Dialer{Timeout: proxyDialTimeout}).DialContext}

// StartProxy starts the proxy on 127.0.0.1 at a free port.
func StartProxy() *Proxy {
	p := &Proxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return strings.TrimPrefix(p.URL, "http://") }

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	hostport := r.Host
	if r.Method != http.MethodConnect && r.URL.Host != "" {
		hostport = r.URL.Host
	}
	p.mu.Lock()
	p.hosts = append(p.hosts, hostport)
	p.mu.Unlock()
	if hostOf(hostport) != loopbackHost {
		http.Error(w, "refused by the test proxy: only 127.0.0.1 may be reached", http.StatusForbidden)
		return
	}
	if r.Method == http.MethodConnect {
		tunnel(w, hostport)
		return
	}
	forward(w, r)
}

func tunnel(w http.ResponseWriter, hostport string) {
	dst, err := net.DialTimeout("tcp", hostport, proxyDialTimeout)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		dst.Close()
		http.Error(w, "no hijacking", http.StatusInternalServerError)
		return
	}
	src, buf, err := hj.Hijack()
	if err != nil {
		dst.Close()
		return
	}
	_, _ = src.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
	go func() {
		_, _ = io.Copy(dst, buf)
		dst.Close()
	}()
	go func() {
		_, _ = io.Copy(src, dst)
		src.Close()
	}()
}

func forward(w http.ResponseWriter, r *http.Request) {
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.Header.Del("Proxy-Connection")
	res, err := direct.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	for k, vs := range res.Header {
		w.Header()[k] = vs
	}
	w.WriteHeader(res.StatusCode)
	_, _ = io.Copy(w, res.Body)
}

// Hosts returns the host:port of every request so far, in order.
func (p *Proxy) Hosts() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.hosts...)
}

// chromiumDomains are Chromium's own background services (updates, safe
// browsing, field trials, component downloads, DNS over HTTPS), each with
// its subdomains. The flags turn most of them off; any that still call
// are the browser's, not the page's or the extension's, and the proxy
// refused them anyway. Firefox's (remote settings, add-on and update
// checks, telemetry) are listed with them: its release builds call remote
// settings whatever the profile says.
var chromiumDomains = []string{
	"google.com", "googleapis.com", "gvt1.com", "gvt2.com", "gstatic.com",
	"googleusercontent.com", "chromium.org", "doubleclick.net", "dns.google",
	"mozilla.com", "mozilla.net", "mozilla.org", "firefox.com",
}

// Foreign returns the requested hosts other than 127.0.0.1 and the
// browsers' own background services, each once, in the order first
// requested (a browser may retry a refused request).
func (p *Proxy) Foreign() []string {
	var out []string
	seen := map[string]bool{}
	for _, hostport := range p.Hosts() {
		h := hostOf(hostport)
		if h == loopbackHost || isChromiumHost(h) || seen[hostport] {
			continue
		}
		seen[hostport] = true
		out = append(out, hostport)
	}
	return out
}

func isChromiumHost(host string) bool {
	for _, d := range chromiumDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// hostOf is the host of host:port (or host).
func hostOf(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}
