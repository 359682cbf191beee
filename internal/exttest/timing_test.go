//go:build !js

package exttest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// clickSteps is the reader's account of where the time from the click
// went (body[data-timing], see reader.js), ms since the epoch.
type clickSteps struct {
	Clicked float64 `json:"clicked"` // the background got the click
	Read    float64 `json:"read"`    // it had read the page
	Opened  float64 `json:"opened"`  // the reader tab started loading
	Ready   float64 `json:"ready"`   // the wasm had started in its worker
	Taken   float64 `json:"taken"`   // the reader had the job
	Cleaned float64 `json:"cleaned"` // the Record was back from the worker
	Shown   float64 `json:"shown"`   // the article showed
	StartMs float64 `json:"startMs"` // the worker's start of the wasm
	CleanMs float64 `json:"cleanMs"` // the worker's clean
}

// describeSteps writes the steps as ms after the click, in the order they
// happened, e.g. "opened +40, read +95, ready +180, taken +190, cleaned
// +240, shown +260 ms; in the worker: …";
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
	steps := []step{{"read", s.Read}, {"opened", s.Opened}, {"ready", s.Ready}, {"taken", s.Taken}, {"cleaned", s.Cleaned}, {"shown", s.Shown}}
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
	return fmt.Sprintf("%s ms; in the worker: wasm start %.0f ms, clean %.0f ms", strings.Join(parts, ", "), s.StartMs, s.CleanMs)
}
