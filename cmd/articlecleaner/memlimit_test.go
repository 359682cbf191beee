package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		want int64
	}{
		{"empty input gets the floor", 0, memLimitFloor},
		{"a small input gets the floor", 1 << 20, memLimitFloor},
		{"a long paste gets its multiple", 10 << 20, memLimitPerByte * 10 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, memoryLimit(tc.n))
		})
	}
}

func TestLimitMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })

	oldGC := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(oldGC) })

	t.Setenv("GOMEMLIMIT", "")
	require.NoError(t, os.Unsetenv("GOMEMLIMIT"))
	t.Setenv("GOGC", "")
	require.NoError(t, os.Unsetenv("GOGC"))
	limitMemory(100 << 20)
	assert.Equal(t, memoryLimit(100<<20), debug.SetMemoryLimit(-1), "no GOMEMLIMIT: the input's limit")
	assert.Equal(t, gcPercent, debug.SetGCPercent(100), "no GOGC: the command's pace")

	t.Setenv("GOGC", "200")
	limitMemory(100 << 20)
	assert.Equal(t, 100, debug.SetGCPercent(100), "GOGC set: the user's pace stays")

	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory(100 << 20)
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1), "GOMEMLIMIT set: the user's limit stays")
}
