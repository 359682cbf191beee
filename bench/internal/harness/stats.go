package harness

import (
	"math"
	"slices"
	"time"
)

// Percentile returns the p-th percentile (0 < p ≤ 100) of durations in
// nanoseconds by the nearest-rank method, in milliseconds.
func Percentile(nanos []int64, p float64) float64 {
	if len(nanos) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(nanos))
	rank := int(math.Ceil(float64(len(s))*p/100)) - 1
	rank = max(0, min(rank, len(s)-1))
	return toMs(s[rank])
}

// Median returns the middle of durations in nanoseconds (the mean of the
// two middle values for an even count), in milliseconds.
func Median(nanos []int64) float64 {
	if len(nanos) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(nanos))
	m := len(s) / 2
	if len(s)%2 == 1 {
		return toMs(s[m])
	}
	return (toMs(s[m-1]) + toMs(s[m])) / 2
}

// Mean returns the average of durations in nanoseconds, in milliseconds.
func Mean(nanos []int64) float64 {
	if len(nanos) == 0 {
		return 0
	}
	var total int64
	for _, n := range nanos {
		total += n
	}
	return toMs(total) / float64(len(nanos))
}

func toMs(n int64) float64 { return float64(n) / float64(time.Millisecond) }
