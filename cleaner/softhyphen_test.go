package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Soft hyphens are invisible: the rendered text of both front ends drops
// them, while a pasted segment keeps its exact source span.
func TestSoftHyphensDropped(t *testing.T) {
	para := "Die Win\u00adzer an der Mosel ar\u00adbei\u00adten seit Jahr\u00adhun\u00adder\u00adten an Hängen, auf denen keine Maschine fahren kann, und sie haben sich an diese Mühe gewöhnt."
	for _, tc := range []struct {
		name  string
		input string
		mode  Mode
	}{
		{"text", "Weinbau am Steilhang\n\n" + para + "\n\n" + para + " Noch einmal.\n", ModeText},
		{"html", "<html><body><article><h1>Weinbau</h1><p>" + strings.ReplaceAll(para, "\u00ad", "&shy;") + "</p></article></body></html>", ModeHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean([]byte(tc.input), Options{Mode: tc.mode})
			require.NoError(t, err)
			assert.Contains(t, a.Text(), "Die Winzer an der Mosel arbeiten seit Jahrhunderten")
			assert.NotContains(t, a.Text(), "\u00ad")
			assert.NotContains(t, a.Markdown(), "\u00ad")
		})
	}
}

func TestDropSoftHyphens(t *testing.T) {
	for in, want := range map[string]string{
		"":                     "",
		"plain":                "plain",
		"Wein\u00adbau":        "Weinbau",
		"\u00ad\u00ad":         "",
		"ar\u00adbei\u00adten": "arbeiten",
	} {
		assert.Equal(t, want, dropSoftHyphens(in), in)
	}
}
