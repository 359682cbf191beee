//go:build js && wasm

package main

import "github.com/seed15afa100/articlecleaner/cleaner"

// rulesValue is the Record's rules report as js.ValueOf takes it, with the
// JSON names of cleaner.RulesReport.
func rulesValue(r *cleaner.RulesReport) map[string]any {
	effects := make([]any, len(r.Effects))
	for i, e := range r.Effects {
		effects[i] = map[string]any{
			"action": string(e.Action), "selector": e.Selector, "elements": e.Elements, "segments": e.Segments,
		}
	}
	m := map[string]any{
		"removed": r.Removed, "kept": r.Kept, "outside": r.Outside, "contentUsed": r.ContentUsed, "effects": effects,
	}
	setBool(m, "removeRefused", r.RemoveRefused)
	if len(r.Notes) > 0 {
		notes := make([]any, len(r.Notes))
		for i, n := range r.Notes {
			notes[i] = n
		}
		m["notes"] = notes
	}
	return m
}
