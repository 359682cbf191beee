package cleaner

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// BenchmarkCleanDevHTMLPages times every dev page on its own, as the
// issue's "HTML in process median per dev page" reads: each round cleans
// every page once; a page's time is its median over the rounds (the
// machine is shared, a round can be unlucky), and the metrics are the
// median and p95 of those times over the pages, in ms (and the same of
// each page's fastest round, steadier on a busy machine). With -v it also
// prints each stage's share of the total time (from CleanProgress).
//
//	go test -bench CleanDevHTMLPages -benchtime 5x -run '^$' -v ./cleaner
func BenchmarkCleanDevHTMLPages(b *testing.B) {
	pages := loadDevHTML(b)
	times := make([][]time.Duration, len(pages))
	stages := map[string]time.Duration{}
	var order []string
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range pages {
			start := time.Now()
			last := start
			_, err := CleanProgress(p, Options{Mode: ModeHTML}, func(stage string, _, _ int) {
				now := time.Now()
				if _, ok := stages[stage]; !ok {
					order = append(order, stage)
				}
				stages[stage] += now.Sub(last)
				last = now
			})
			if err != nil {
				b.Fatal(err)
			}
			times[i] = append(times[i], time.Since(start))
		}
	}
	per := make([]float64, len(pages))
	best := make([]float64, len(pages)) // each page's fastest round: the least disturbed
	for i, ts := range times {
		per[i] = durationMS(medianDuration(ts))
		best[i] = durationMS(slices.Min(ts))
	}
	sort.Float64s(per)
	sort.Float64s(best)
	b.ReportMetric(quantile(per, 0.5), "median-ms/page")
	b.ReportMetric(quantile(per, 0.95), "p95-ms/page")
	b.ReportMetric(quantile(best, 0.5), "best-median-ms/page")
	b.ReportMetric(quantile(best, 0.95), "best-p95-ms/page")
	var total time.Duration
	for _, d := range stages {
		total += d
	}
	if total > 0 && testing.Verbose() {
		var sb strings.Builder
		for _, s := range order {
			fmt.Fprintf(&sb, " %s %.1f%%", s, 100*float64(stages[s])/float64(total))
		}
		b.Logf("stage shares:%s", sb.String())
	}
}

func medianDuration(ts []time.Duration) time.Duration {
	s := slices.Clone(ts)
	slices.Sort(s)
	return s[len(s)/2]
}

func durationMS(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// quantile returns the q-quantile of sorted values (nearest rank).
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
