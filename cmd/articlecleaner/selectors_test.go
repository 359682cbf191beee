package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

const rulesPage = "../../testdata/rules/harbour.html"

func TestSelectorFlags(t *testing.T) {
	t.Run("applied", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "-format", "json", "-content", "main",
			"-remove", ".newsletter-box", "-remove", "span.promo-inline", "-keep", "#promo", rulesPage)
		require.Equal(t, exitOK, code, errOut)
		var line struct {
			Removed []cleaner.Removed   `json:"removed"`
			Rules   cleaner.RulesReport `json:"rules"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &line))
		assert.Equal(t, 2, line.Rules.Removed)
		assert.Equal(t, 1, line.Rules.Kept)
		assert.True(t, line.Rules.ContentUsed)
		rules := map[string]bool{}
		for _, r := range line.Removed {
			if r.Reason == cleaner.ReasonSelector {
				rules[r.Rule] = true
			}
		}
		assert.Equal(t, map[string]bool{".newsletter-box": true, "span.promo-inline": true}, rules)
	})
	t.Run("notes on stderr", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", "-content", "#no-such-story", "-remove", "body", rulesPage)
		require.Equal(t, exitOK, code, errOut)
		assert.Contains(t, out, "Crews replaced")
		assert.Contains(t, errOut, `harbour.html: note: The content selector "#no-such-story" matched nothing on this page`)
		assert.Contains(t, errOut, "harbour.html: note: The remove selectors would remove every piece of this page")
	})
	t.Run("invalid", func(t *testing.T) {
		for _, args := range [][]string{{"-remove", "div["}, {"-content", "a:hover"}, {"-keep", ""}} {
			code, out, errOut := runCLI(t, "", append(args, rulesPage)...)
			assert.Equal(t, exitUsage, code, "%v", args)
			assert.Empty(t, out)
			assert.Contains(t, errOut, "selector", "%v", args)
		}
	})
}
