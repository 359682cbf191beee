//go:build !js

package browsertest

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHarnessSeesViolationsAndForeignRequests checks the checks: a CSP
// violation in the page is reported, and a request for another host goes
// through the proxy and is listed as foreign.
func TestHarnessSeesViolationsAndForeignRequests(t *testing.T) {
	if os.Getenv(SkipEnv) == "1" {
		t.Skipf("%s=1: skipping the browser test", SkipEnv)
	}
	srv, err := StartServer()
	require.NoError(t, err)
	defer srv.Close()
	b, err := StartBrowser(t.TempDir(), 800, 600)
	require.NoError(t, err)
	defer b.Close()

	require.NoError(t, chromedp.Do(b.Ctx, chromedp.Navigate(srv.URL+"/")))
	// 203.0.113.0/24 is TEST-NET-3: never a real host.
	_, err = chromedp.Run(b.Ctx, chromedp.Evaluate[bool](`document.body.append(Object.assign(new Image(), {src: 'http://203.0.113.7/x.png'})), true`))
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		return strings.Contains(strings.Join(b.Problems(), "\n"), "CSP violation: img-src")
	}, 10*time.Second, 50*time.Millisecond, "problems: %q", b.Problems())

	assert.Contains(t, b.Proxy.Hosts(), strings.TrimPrefix(srv.URL, "http://"))
	assert.Empty(t, b.Proxy.Foreign())
	_ = chromedp.Do(b.Ctx, chromedp.Navigate("http://203.0.113.7:8000/")) // the proxy refuses it
	assert.Equal(t, []string{"203.0.113.7:8000"}, b.Proxy.Foreign())
}

// TestForeignLeavesOutLoopbackAndChromium checks which logged hosts count
// as foreign: not 127.0.0.1, not Chromium's own services, but lookalikes
// of those do.
func TestForeignLeavesOutLoopbackAndChromium(t *testing.T) {
	tests := []struct {
		host    string
		foreign bool
	}{
		{"127.0.0.1:8080", false},
		{"127.0.0.1", false},
		{"clients2.google.com:443", false},
		{"dns.google:443", false},
		{"update.googleapis.com", false},
		{"google.com:443", false},
		{"notgoogle.com:443", true},
		{"google.com.example.net:443", true},
		{"firefox.settings.services.mozilla.com:443", false},
		{"mozilla.com.example.net:443", true},
		{"127.0.0.2:80", true},
		{"203.0.113.7:8000", true},
		{"localhost:8080", true},
	}
	p := &Proxy{}
	for _, tt := range tests {
		p.hosts = append(p.hosts, tt.host)
	}
	var want []string
	for _, tt := range tests {
		if tt.foreign {
			want = append(want, tt.host)
		}
	}
	assert.Equal(t, want, p.Foreign())
}
