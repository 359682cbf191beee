//go:build js && wasm

package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/internal/jsdecode"
)

// Under WebAssembly the tests decode as the wasm build does: with the
// host's TextDecoder.
func init() { HostDecoder = jsdecode.Decode }

// TestHostDecoder: a Shift_JIS page comes out as text through the host's
// decoder, and without one it is a clear error, not garbage.
func TestHostDecoder(t *testing.T) {
	page := []byte("<html><head><meta charset=\"shift_jis\"><title>t</title></head><body><p>\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x95\xb6\x8f\xcd\x82\xc5\x82\xb7\x81\x42</p></body></html>")
	a, err := Clean(page, Options{Mode: ModeHTML})
	require.NoError(t, err)
	assert.Contains(t, a.Text(), "日本語の文章です。")

	saved := HostDecoder
	defer func() { HostDecoder = saved }()
	HostDecoder = nil
	_, err = Clean(page, Options{Mode: ModeHTML})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "shift_jis")
}
