package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCapitalSeam(t *testing.T) {
	cases := []struct{ in, left string }{
		{"Strike Talks Break Off Between Hollywood Actors and StudiosStrike talks have broken off", "Strike Talks Break Off Between Hollywood Actors and Studios"},
		{"Große Pläne für die Stadt am FlussDie Stadt baut neue Radwege", "Große Pläne für die Stadt am Fluss"},
		{"Apple Releases the New 16-Inch MacBook Pro With a Better Keyboard", ""}, // "Mac" is too short a tail
		{"Sony Says the Next PlayStation Arrives in Time for the Holidays", ""},   // "Play": brand
		{"Short HeadlineStrike talks have broken off", ""},                        // too few words before
		{"", ""},
	}
	for _, c := range cases {
		seam := capitalSeam(c.in)
		if c.left == "" {
			assert.Zero(t, seam, c.in)
			continue
		}
		assert.Equal(t, c.left, c.in[:seam], c.in)
	}
}
