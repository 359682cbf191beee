//go:build !js

// Command screenshot writes the README's screenshots of the web page with
// the seed example cleaned: docs/screenshot-light.png and
// docs/screenshot-dark.png (1280×800). It builds the wasm, serves the page
// on 127.0.0.1 and drives Debian's Chromium.
//
//	go run ./internal/screenshot [-out docs]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/seed15afa100/articlecleaner/internal/browsertest"
)

// The screenshot size: a common laptop viewport, small enough for a README.
const (
	width  = 1280
	height = 800
)

// waitTimeout bounds each wait for the page (starting the wasm, cleaning).
const waitTimeout = 90 * time.Second

func main() {
	out := flag.String("out", "docs", "folder to write the PNG files to")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	srv, err := browsertest.StartServer()
	if err != nil {
		return err
	}
	defer srv.Close()
	profile, err := os.MkdirTemp("", "articlecleaner-screenshot-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	b, err := browsertest.StartBrowser(profile, width, height)
	if err != nil {
		return err
	}
	defer b.Close()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, shot := range []struct {
		scheme      string
		showRemoved bool
	}{
		{"light", false},
		{"dark", true},
	} {
		png, err := capture(b, srv.URL, shot.scheme, shot.showRemoved)
		if err != nil {
			return fmt.Errorf("%s: %w", shot.scheme, err)
		}
		name := filepath.Join(out, "screenshot-"+shot.scheme+".png")
		if err := os.WriteFile(name, png, 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s (%d bytes)\n", name, len(png))
	}
	if problems := b.Problems(); len(problems) > 0 {
		return fmt.Errorf("the page reported problems: %q", problems)
	}
	return nil
}

func capture(b *browsertest.Browser, url, scheme string, showRemoved bool) ([]byte, error) {
	ctx := b.Ctx
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		return nil, err
	}
	wait := func(cond string) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond,
			chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(waitTimeout)))
		return err
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height), chromedp.Navigate(url+"/")); err != nil {
		return nil, err
	}
	if err := wait(`document.body.dataset.ready === 'true'`); err != nil {
		return nil, err
	}
	// The example button pastes the seed and cleans it.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("example"))); err != nil {
		return nil, err
	}
	if err := wait(`document.body.dataset.busy === 'false' && !document.getElementById('toolbar').hidden`); err != nil {
		return nil, err
	}
	if showRemoved {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".switch"))); err != nil {
			return nil, err
		}
		if err := wait(`document.querySelectorAll('#output .removed-block').length > 0`); err != nil {
			return nil, err
		}
	}
	// Unfocus, scroll to the top, and let the layout settle.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement.blur(), window.scrollTo(0, 0), true`)); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 0, height-1), chromedp.Sleep(300*time.Millisecond)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.CaptureScreenshot())
}
