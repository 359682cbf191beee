package main

import (
	"encoding/json"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLeanRecord checks that a JSON line without -full, built without
// rendering Markdown and HTML, is the full line minus those fields.
func TestLeanRecord(t *testing.T) {
	inputs := map[string][]byte{
		"seed": seedBytes(t),
		"html": []byte(`<html lang="en"><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article><h1>T</h1><p>The council voted on the plan after a long debate, and residents who came to the meeting were not happy.</p></article></body></html>`),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			a, err := cleaner.Clean(in, cleaner.Options{})
			require.NoError(t, err)
			lean, err := render(a, name, formatJSON, false)
			require.NoError(t, err)
			full, err := render(a, name, formatJSON, true)
			require.NoError(t, err)
			var got, want map[string]any
			require.NoError(t, json.Unmarshal(lean, &got))
			require.NoError(t, json.Unmarshal(full, &want))
			for _, k := range []string{"markdown", "html", "segments"} {
				assert.Contains(t, want, k)
				delete(want, k)
			}
			assert.Equal(t, want, got)
		})
	}
}
