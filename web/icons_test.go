//go:build !js

package web_test

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateIcons = flag.Bool("update-icons", false, "rewrite web/static/icons from extbuild.Icon")

// appIconSizes are the installed page's icon sizes, as the manifest names
// them: 192 for the launcher and 512 for the splash screen and stores
// (Chromium's installability check wants one of at least 144).
var appIconSizes = []int{192, 512}

// TestAppIconsMatchTheExtensionsDrawing checks that the committed icons of
// the installable page are the extension's icon, drawn by extbuild.Icon:
// one drawing for both. go test ./web -run AppIcons -update-icons
// rewrites them.
func TestAppIconsMatchTheExtensionsDrawing(t *testing.T) {
	for _, size := range appIconSizes {
		var want bytes.Buffer
		require.NoError(t, png.Encode(&want, extbuild.Icon(size)))
		p := filepath.Join("static", "icons", fmt.Sprintf("icon-%d.png", size))
		if *updateIcons {
			require.NoError(t, os.WriteFile(p, want.Bytes(), 0o644))
		}
		got, err := os.ReadFile(p)
		require.NoError(t, err, "run go test ./web -run AppIcons -update-icons")
		assert.True(t, bytes.Equal(want.Bytes(), got), "%s differs from extbuild.Icon(%d): run go test ./web -run AppIcons -update-icons", p, size)
	}
}
