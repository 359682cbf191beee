package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A floor is a value make eval-gate holds: "multi.html.f1=0.89" means F1
// on the multi corpus from HTML may not fall below 0.89. The metric
// author_fp_max is a ceiling: the share of pages without an author that
// get one anyway may not rise above it.
type floor struct {
	corpus, input, metric string
	value                 float64
}

var metrics = map[string]bool{"f1": true, "precision": true, "recall": true, "title": true, "author": true, "date": true, "author_fp_max": true}

func parseFloors(s string) ([]floor, error) {
	var out []floor
	for _, item := range splitList(s) {
		key, val, ok := strings.Cut(item, "=")
		parts := strings.Split(key, ".")
		if !ok || len(parts) != 3 {
			return nil, fmt.Errorf("floor %q: want corpus.input.metric=value", item)
		}
		if parts[1] != "html" && parts[1] != "text" {
			return nil, fmt.Errorf("floor %q: input is html or text", item)
		}
		if !metrics[parts[2]] {
			return nil, fmt.Errorf("floor %q: unknown metric %q", item, parts[2])
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("floor %q: value is a number from 0 to 1", item)
		}
		out = append(out, floor{parts[0], parts[1], parts[2], v})
	}
	return out, nil
}

// measured is a run's value of a metric; ok is false when the run has no
// such value (metadata on a corpus without metadata gold).
func measured(r runResult, metric string) (v float64, ok bool) {
	switch metric {
	case "f1":
		return r.f1, true
	case "precision":
		return r.precision, true
	case "recall":
		return r.recall, true
	case "title":
		return r.meta.title.accuracy(), r.meta.title.expected > 0
	case "author":
		return r.meta.author.accuracy(), r.meta.author.expected > 0
	case "date":
		return r.meta.date.accuracy(), r.meta.date.expected > 0
	case "author_fp_max":
		return r.meta.author.fpShare(), r.meta.author.none > 0
	}
	return 0, false
}

// checkFloors returns one message per floor not held. A floor on a corpus
// that was skipped (absent) is not checked; a floor on a metric the run
// cannot measure is an error, so that a typo cannot pass silently.
func checkFloors(fl []floor, results []runResult) []string {
	var fails []string
	for _, f := range fl {
		for _, r := range results {
			if r.corpus != f.corpus || r.input != f.input {
				continue
			}
			v, ok := measured(r, f.metric)
			switch {
			case !ok:
				fails = append(fails, fmt.Sprintf("%s %s: %s cannot be measured", f.corpus, inputName(f.input), f.metric))
			case f.metric == "author_fp_max" && round3(v) > f.value:
				fails = append(fails, fmt.Sprintf("%s %s: authors on %.3f of the pages without one, above %.3f", f.corpus, inputName(f.input), v, f.value))
			case f.metric != "author_fp_max" && round3(v) < f.value:
				fails = append(fails, fmt.Sprintf("%s %s: %s %.3f is below %.3f", f.corpus, inputName(f.input), f.metric, v, f.value))
			}
		}
	}
	sort.Strings(fails)
	return fails
}

// round3 rounds to the three decimals the reports print, so that a floor
// set from a printed value holds exactly.
func round3(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 3, 64), 64)
	return r
}
