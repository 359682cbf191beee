package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag value for a size in bytes: "1048576", "512K", "20M",
// "1G" (binary multiples; a trailing "B" or "iB" is accepted).
type byteSize int

// maxByteSize keeps sizes within an int on 32-bit platforms (wasm tests
// and small ARM boards); no article comes close.
const maxByteSize = 1<<31 - 1

func (b *byteSize) String() string {
	if b == nil {
		return "0"
	}
	n := int(*b)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		if n > 0 && n%(1<<u.shift) == 0 {
			return strconv.Itoa(n>>u.shift) + u.suffix
		}
	}
	return strconv.Itoa(n)
}

func (b *byteSize) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	shift := uint(0)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			shift = 10
		case 'M':
			shift = 20
		case 'G':
			shift = 30
		}
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("%q is not a positive size such as 1048576, 512K or 20M", s)
	}
	if n > maxByteSize>>shift {
		return fmt.Errorf("%q is larger than the maximum of %d bytes", s, maxByteSize)
	}
	*b = byteSize(n << shift)
	return nil
}
