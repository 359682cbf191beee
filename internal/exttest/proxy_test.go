//go:build !js

package exttest

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// loopbackHost is where the tests' pages live; the proxy forwards only
// requests for it and refuses every other host.
const loopbackHost = "127.0.0.1"

// chromiumHosts are Chromium's own background services: the browser, not
// the extension or the pages, may try them despite the flags that turn
// most of them off. They are refused like any other host, but not counted
// as the extension's traffic.
var chromiumHosts = []string{
	".google.com", ".googleapis.com", ".gvt1.com", ".gvt2.com", ".gstatic.com",
	".googleusercontent.com", ".chromium.org", ".doubleclick.net",
}

// proxy is an HTTP proxy that logs the host of every request (plain and
// CONNECT), forwards those for 127.0.0.1 and refuses the rest.
type proxy struct {
	srv *httptest.Server
	mu  sync.Mutex
	log []string // host:port of every request, in order
}

func startProxy(t *testing.T) *proxy {
	t.Helper()
	p := &proxy{}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

// Addr is host:port for --proxy-server.
func (p *proxy) Addr() string { return strings.TrimPrefix(p.srv.URL, "http://") }

func (p *proxy) record(hostport string) {
	p.mu.Lock()
	p.log = append(p.log, hostport)
	p.mu.Unlock()
}

// Hosts returns the logged host:port values.
func (p *proxy) Hosts() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.log...)
}

// Foreign returns the logged requests for hosts other than 127.0.0.1,
// less Chromium's own background services.
func (p *proxy) Foreign() []string {
	var out []string
	for _, hp := range p.Hosts() {
		host := hp
		if h, _, err := net.SplitHostPort(hp); err == nil {
			host = h
		}
		if host == loopbackHost || isChromiumHost(host) {
			continue
		}
		out = append(out, hp)
	}
	return out
}

func isChromiumHost(host string) bool {
	for _, suffix := range chromiumHosts {
		if strings.HasSuffix(host, suffix) || host == strings.TrimPrefix(suffix, ".") {
			return true
		}
	}
	return false
}

func (p *proxy) serve(w http.ResponseWriter, r *http.Request) {
	hostport := r.Host
	if r.Method != http.MethodConnect && r.URL.Host != "" {
		hostport = r.URL.Host
	}
	p.record(hostport)
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	if host != loopbackHost {
		http.Error(w, "refused by the test proxy: only 127.0.0.1 may be reached", http.StatusForbidden)
		return
	}
	if r.Method == http.MethodConnect {
		p.tunnel(w, hostport)
		return
	}
	p.forward(w, r)
}

// proxyDialTimeout bounds connecting to the test's own servers.
const proxyDialTimeout = 5 * time.Second

func (p *proxy) tunnel(w http.ResponseWriter, hostport string) {
	upstream, err := net.DialTimeout("tcp", hostport, proxyDialTimeout)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		upstream.Close()
		http.Error(w, "no hijacking", http.StatusInternalServerError)
		return
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		upstream.Close()
		return
	}
	_, _ = conn.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
	go func() {
		_, _ = io.Copy(upstream, buf)
		upstream.Close()
	}()
	_, _ = io.Copy(conn, upstream)
	conn.Close()
}

// direct forwards without any proxy (the environment's must not apply).
var direct = &http.Transport{Proxy: nil, DialContext: (&net.Dialer{Timeout: proxyDialTimeout}).DialContext}

func (p *proxy) forward(w http.ResponseWriter, r *http.Request) {
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.Header.Del("Proxy-Connection")
	resp, err := direct.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}
