package main

import (
	"math"
	"regexp"
	"strings"
)

// The per-page scores behind the per-language table. They follow the
// shared scorer (../shared/tools/score) exactly, so that the table's rows
// add up to its totals: snippet counts for snippet gold, word 4-gram
// shingles for body gold.

// pageScore is one page's score: snippet counts, or the page's shingle
// precision and recall (ok when defined).
type pageScore struct {
	snippet   bool
	tp, fp    float64 // snippets found: with / without
	fn        float64 // with snippets missed
	p, r      float64 // body gold: shingle precision and recall
	okP, okR  bool
	annotated bool
}

var (
	reWord  = regexp.MustCompile(`[\p{L}\p{N}_]+`)
	reSpace = regexp.MustCompile(`\s+`)
)

func normSpace(s string) string { return strings.TrimSpace(reSpace.ReplaceAllString(s, " ")) }

func scorePage(g goldDoc, body string) pageScore {
	if g.snippets() {
		out := normSpace(body)
		s := pageScore{snippet: true, annotated: true}
		for _, w := range g.With {
			if strings.Contains(out, normSpace(w)) {
				s.tp++
			} else {
				s.fn++
			}
		}
		for _, w := range g.Without {
			if strings.Contains(out, normSpace(w)) {
				s.fp++
			}
		}
		return s
	}
	c := compareShingles(g.Body, body)
	s := pageScore{annotated: true}
	s.p, s.okP = shinglePrecision(c)
	s.r, s.okR = shingleRecall(c)
	return s
}

type shingleCounts struct{ tp, fp, fn float64 }

func shingles(text string) map[string]float64 {
	words := reWord.FindAllString(text, -1)
	out := map[string]float64{}
	if len(words) == 0 {
		return out
	}
	n := min(4, len(words))
	for i := 0; i+n <= len(words); i++ {
		out[strings.Join(words[i:i+n], "\x00")]++
	}
	return out
}

func compareShingles(gold, pred string) shingleCounts {
	g, p := shingles(gold), shingles(pred)
	var c shingleCounts
	for k, gn := range g {
		pn := p[k]
		c.tp += math.Min(gn, pn)
		c.fn += math.Max(0, gn-pn)
	}
	for k, pn := range p {
		c.fp += math.Max(0, pn-g[k])
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	return c
}

func shinglePrecision(c shingleCounts) (float64, bool) {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1, true
	case c.tp+c.fp == 0:
		return 0, false
	}
	return c.tp / (c.tp + c.fp), true
}

func shingleRecall(c shingleCounts) (float64, bool) {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1, true
	case c.tp+c.fn == 0:
		return 0, false
	}
	return c.tp / (c.tp + c.fn), true
}

// aggregate is P, R and F1 over a group of pages, computed as the scorer
// computes them over the whole corpus: summed snippet counts, or the mean
// of per-page shingle precision and recall.
func aggregate(pages []page) (p, r, f1 float64) {
	var tp, fp, fn float64
	var ps, rs []float64
	snippet := false
	for _, pg := range pages {
		s := pg.score
		if !s.annotated {
			continue
		}
		if s.snippet {
			snippet = true
			tp, fp, fn = tp+s.tp, fp+s.fp, fn+s.fn
			continue
		}
		if s.okP {
			ps = append(ps, s.p)
		}
		if s.okR {
			rs = append(rs, s.r)
		}
	}
	if snippet {
		p, r = ratio(tp, tp+fp), ratio(tp, tp+fn)
	} else {
		p, r = mean(ps), mean(rs)
	}
	return p, r, harmonic(p, r)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
