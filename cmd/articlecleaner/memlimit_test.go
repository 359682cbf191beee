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
		full bool
		want int64
	}{
		{"empty input gets the floor", 0, false, memLimitFloor},
		{"a small input gets the floor", 1 << 20, false, memLimitFloor},
		{"a long paste gets its multiple", 10 << 20, false, memLimitPerByte * 10 << 20},
		{"-full: empty input gets its floor", 0, true, memLimitFloorFull},
		{"-full: a small input gets its floor", 1 << 20, true, memLimitFloorFull},
		{"-full: a long paste gets its multiple", 10 << 20, true, memLimitPerByteFull * 10 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, memoryLimit(tc.n, tc.full))
		})
	}
}

func TestLimitMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })

	t.Setenv("GOMEMLIMIT", "")
	require.NoError(t, os.Unsetenv("GOMEMLIMIT"))
	limitMemory(100<<20, false)
	assert.Equal(t, memoryLimit(100<<20, false), debug.SetMemoryLimit(-1), "no GOMEMLIMIT: the input's limit")
	limitMemory(100<<20, true)
	assert.Equal(t, memoryLimit(100<<20, true), debug.SetMemoryLimit(-1), "no GOMEMLIMIT, -full: the record's limit")

	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	limitMemory(100<<20, false)
	assert.Equal(t, int64(math.MaxInt64), debug.SetMemoryLimit(-1), "GOMEMLIMIT set: the user's limit stays")
}
