//go:build !js

package extbuild

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// IconSizes are the icon sizes the manifest names (toolbar 16 and 32,
// the extensions page 48, the store and install dialog 128).
var IconSizes = []int{16, 32, 48, 128}

// The icon's colours: the page's accent blue, white lines of text, and
// one struck-out line in the page's "removed" red.
var (
	iconBack    = color.NRGBA{0x1f, 0x5f, 0x8b, 0xff}
	iconLine    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	iconRemoved = color.NRGBA{0xf0, 0x92, 0x8a, 0xff}
)

// iconSupersample is the number of samples per pixel side: edges are
// anti-aliased by averaging the coverage of the samples.
const iconSupersample = 8

// shape is a rounded rectangle in the unit square (0..1 on both axes).
type shape struct {
	x0, y0, x1, y1, r float64
	c                 color.NRGBA
}

// iconShapes draw a rounded square holding a title bar, two lines of text,
// a removed line (red) and a last short line: an article, cleaned.
var iconShapes = []shape{
	{0, 0, 1, 1, 0.22, iconBack},
	{0.2, 0.2, 0.8, 0.31, 0.05, iconLine},
	{0.2, 0.42, 0.8, 0.5, 0.04, iconLine},
	{0.2, 0.58, 0.66, 0.66, 0.04, iconRemoved},
	{0.2, 0.74, 0.58, 0.82, 0.04, iconLine},
}

// inside reports whether (x, y) lies in the rounded rectangle.
func (s shape) inside(x, y float64) bool {
	cx := math.Max(s.x0+s.r, math.Min(x, s.x1-s.r))
	cy := math.Max(s.y0+s.r, math.Min(y, s.y1-s.r))
	if x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1 {
		return false
	}
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= s.r*s.r
}

// Icon draws the icon at size×size pixels.
func Icon(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	n := float64(iconSupersample)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < iconSupersample; sy++ {
				for sx := 0; sx < iconSupersample; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/n) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/n) / float64(size)
					for i := len(iconShapes) - 1; i >= 0; i-- { // topmost first
						if s := iconShapes[i]; s.inside(x, y) {
							r += float64(s.c.R)
							g += float64(s.c.G)
							b += float64(s.c.B)
							a++
							break
						}
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(255 * a / (n * n))),
			})
		}
	}
	return img
}

// writeIcons writes icons/icon-<size>.png.
func writeIcons(cfg Config) error {
	dir := filepath.Join(cfg.Out, IconsDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("extbuild: %w", err)
	}
	for _, size := range IconSizes {
		var buf bytes.Buffer
		if err := png.Encode(&buf, Icon(size)); err != nil {
			return fmt.Errorf("extbuild: icon %d: %w", size, err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("icon-%d.png", size)), buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("extbuild: %w", err)
		}
	}
	return nil
}
