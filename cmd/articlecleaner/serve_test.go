package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe to read while serve writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeWithoutWasmSaysMakeWasm(t *testing.T) {
	assets := fstest.MapFS{
		"index.html": {Data: []byte("<!doctype html>")},
		"worker.js":  {Data: []byte("")},
	}
	var stdout, stderr bytes.Buffer
	code := serve(context.Background(), []string{"-addr", "127.0.0.1:0"}, &stdout, &stderr, assets)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, stderr.String(), "run make wasm first")
	assert.Empty(t, stdout.String())
}

func TestServeBadArgs(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"-port", "1"}, exitUsage, "flag provided but not defined"},
		{"extra argument", []string{"extra"}, exitUsage, `unexpected argument "extra"`},
		{"bad address", []string{"-addr", "no-such-host.invalid:99999"}, exitFail, "serve:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := serve(context.Background(), tc.args, &stdout, &stderr, testAssets())
			assert.Equal(t, tc.code, code)
			assert.Contains(t, stderr.String(), tc.want)
		})
	}
}

func testAssets() fstest.MapFS {
	return fstest.MapFS{
		"index.html":          {Data: []byte("<!doctype html><title>t</title>")},
		"worker.js":           {Data: []byte("postMessage(1)")},
		"wasm_exec.js":        {Data: []byte("globalThis.Go = class {}")},
		"articlecleaner.wasm": {Data: []byte("\x00asm\x01\x00\x00\x00")},
	}
}

// TestServeServesAndStops starts serve on a free port, fetches the page
// and stops it through the context.
func TestServeServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	exited := make(chan int, 1)
	go func() { exited <- serve(ctx, []string{"-addr", "127.0.0.1:0"}, stdout, stderr, testAssets()) }()

	urlRE := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var url string
	require.Eventually(t, func() bool {
		url = urlRE.FindString(stdout.String())
		return url != ""
	}, 5*time.Second, 10*time.Millisecond, "serve printed no URL; stderr: %s", stderr.String())

	res, err := http.Get(url)
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, string(body), "<title>t</title>")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'self'")

	cancel()
	select {
	case code := <-exited:
		assert.Equal(t, exitOK, code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context was cancelled")
	}
}
