//go:build !js

package exttest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// clickSteps is the reader's account of where the time from the click
// went (body[data-timing], see reader.js), ms since the epoch.
type clickSteps struct {
	Clicked float64 `json:"clicked"` // the background got the click
	Read    float64 `json:"read"`    // it had read the page
	Opened  float64 `json:"opened"`  // the reader tab started loading
	Ready   float64 `json:"ready"`   // the wasm had started (background or reader)
	Warmed  float64 `json:"warmed"`  // the background's warm-up samples were done
	Head    float64 `json:"head"`    // the reader's first script ran
	Script  float64 `json:"script"`  // the reader's module ran
	Taken   float64 `json:"taken"`   // the reader had the job
	Cleaned float64 `json:"cleaned"` // the Record was back from the worker
	Shown   float64 `json:"shown"`   // the article showed
	StartMs float64 `json:"startMs"` // the worker's start of the wasm
	CleanMs float64 `json:"cleanMs"` // the worker's clean
	// CleanedIn is where the first clean ran: "background" (the warm
	// cleaner) or "reader" (the tab's worker; "" from the reader too).
	CleanedIn string `json:"cleanedIn"`
}

// describeSteps writes the steps as ms after the click, in the order they
// happened, e.g. "opened +40, read +95, ready +180, taken +190, cleaned
// +240, shown +260 ms; cleaned in the background: …";
// a step the reader did not report is left out.
func describeSteps(timing string) string {
	var s clickSteps
	if timing == "" || json.Unmarshal([]byte(timing), &s) != nil || s.Clicked == 0 {
		return "no steps reported"
	}
	type step struct {
		name string
		at   float64
	}
	steps := []step{{"read", s.Read}, {"opened", s.Opened}, {"ready", s.Ready}, {"warmed", s.Warmed}, {"head", s.Head}, {"script", s.Script}, {"taken", s.Taken}, {"cleaned", s.Cleaned}, {"shown", s.Shown}}
	steps = slices.DeleteFunc(steps, func(x step) bool { return x.at == 0 })
	slices.SortStableFunc(steps, func(a, b step) int {
		switch {
		case a.at < b.at:
			return -1
		case a.at > b.at:
			return 1
		}
		return 0
	})
	parts := make([]string, len(steps))
	for i, x := range steps {
		parts[i] = fmt.Sprintf("%s +%.0f", x.name, x.at-s.Clicked)
	}
	where := s.CleanedIn
	if where == "" {
		where = "reader"
	}
	return fmt.Sprintf("%s ms; cleaned in the %s: wasm start %.0f ms, clean %.0f ms", strings.Join(parts, ", "), where, s.StartMs, s.CleanMs)
}

// logClicks logs the median of the times from the click (or shortcut) to
// the article shown, of all pages and of the clicks after the first: the
// first one after the browser started may find the background's cleaner
// still starting or its code cold.
func logClicks(t *testing.T, what string, shown []float64) {
	t.Helper()
	if len(shown) == 0 {
		return
	}
	first := shown[0]
	all := slices.Sorted(slices.Values(shown))
	t.Logf("%s to the article shown: median %.0f ms of %d pages (fastest %.0f, slowest %.0f)",
		what, all[len(all)/2], len(all), all[0], all[len(all)-1])
	if len(shown) > 1 {
		later := slices.Sorted(slices.Values(shown[1:]))
		t.Logf("%s to the article shown: first click %.0f ms; later clicks median %.0f ms of %d",
			what, first, later[len(later)/2], len(later))
	}
}
