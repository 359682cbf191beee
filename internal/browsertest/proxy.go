//go:build !js

package browsertest

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// Proxy is an HTTP proxy that logs the host of every request and forwards
// only those to 127.0.0.1: the test asserts that nothing else was asked.
type Proxy struct {
	*httptest.Server
	mu    sync.Mutex
	hosts []string
}

// proxyDialTimeout bounds connecting to the page's server on loopback.
const proxyDialTimeout = 5 * time.Second

// StartProxy starts the proxy on 127.0.0.1 at a free port.
func StartProxy() *Proxy {
	p := &Proxy{}
	transport := &http.Transport{Proxy: nil, DialContext: (&net.Dialer{Timeout: proxyDialTimeout}).DialContext}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if r.Method != http.MethodConnect && r.URL.Host != "" {
			host = r.URL.Host
		}
		p.mu.Lock()
		p.hosts = append(p.hosts, host)
		p.mu.Unlock()
		if h, _, err := net.SplitHostPort(host); err != nil || h != "127.0.0.1" {
			http.Error(w, "blocked by the test proxy", http.StatusForbidden)
			return
		}
		if r.Method == http.MethodConnect {
			tunnel(w, host)
			return
		}
		r.RequestURI = ""
		res, err := transport.RoundTrip(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		for k, vs := range res.Header {
			for _, v := range vs {
				w.Header().Add(k, v)
			}
		}
		w.WriteHeader(res.StatusCode)
		_, _ = io.Copy(w, res.Body)
	}))
	return p
}

func tunnel(w http.ResponseWriter, host string) {
	dst, err := net.DialTimeout("tcp", host, proxyDialTimeout)
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

// Hosts returns the hosts requested so far, in order.
func (p *Proxy) Hosts() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.hosts...)
}

// chromiumHosts are Chromium's own background services (updates, safe
// browsing, field trials, component downloads). The flags turn most of
// them off; any that still call are Chromium's, not the page's, and the
// proxy refused them anyway.
var chromiumHosts = map[string]bool{
	"clients2.google.com": true, "clients1.google.com": true, "update.googleapis.com": true,
	"safebrowsing.googleapis.com": true, "accounts.google.com": true, "www.googleapis.com": true,
	"optimizationguide-pa.googleapis.com": true, "content-autofill.googleapis.com": true,
	"redirector.gvt1.com": true, "edgedl.me.gvt1.com": true, "clientservices.googleapis.com": true,
	"android.clients.google.com": true, "www.google.com": true, "dns.google": true,
}

// Foreign returns the requested hosts other than 127.0.0.1 and Chromium's
// own background services.
func (p *Proxy) Foreign() []string {
	var out []string
	for _, host := range p.Hosts() {
		h, _, err := net.SplitHostPort(host)
		if err != nil {
			h = host
		}
		if h == "127.0.0.1" || chromiumHosts[h] {
			continue
		}
		out = append(out, host)
	}
	return out
}
