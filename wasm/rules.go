//go:build js && wasm

package main

import (
	"strconv"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// rulesJSON appends the Record's rules report as JSON, with the JSON names
// of cleaner.RulesReport.
func (w recordWriter) rulesJSON(b []byte, r *cleaner.RulesReport) []byte {
	b = append(b, '{')
	b = jsonInt(b, `"removed":`, r.Removed)
	b = jsonInt(b, `,"kept":`, r.Kept)
	b = jsonInt(b, `,"outside":`, r.Outside)
	b = strconv.AppendBool(append(b, `,"contentUsed":`...), r.ContentUsed)
	if r.RemoveRefused {
		b = append(b, `,"removeRefused":true`...)
	}
	b = append(b, `,"effects":[`...)
	for i, e := range r.Effects {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = w.field(b, `"action":`, string(e.Action))
		b = w.field(b, `,"selector":`, e.Selector)
		b = jsonInt(b, `,"elements":`, e.Elements)
		b = jsonInt(b, `,"segments":`, e.Segments)
		b = append(b, '}')
	}
	b = append(b, ']')
	if len(r.Notes) > 0 {
		b = append(b, `,"notes":[`...)
		for i, n := range r.Notes {
			if i > 0 {
				b = append(b, ',')
			}
			b = w.str(b, n)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}
