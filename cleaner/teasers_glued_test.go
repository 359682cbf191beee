package cleaner

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestGluedTeaser(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying their bill.", true},
		{"Is Violence In Sports On The Rise?Violence is part of the game in many sports.", true},
		{"Michigan To Mail Applications To 250,000The state will mail applications to voters this week.", true},
		{"The new PlayStation sold better than the company had expected in its first week.", false}, // a sentence
		{"Sony PlayStation sales rose by a tenth in the autumn quarter.", false},                    // two words before the seam
		{"Harbour Ferry ReturnsSoon", false}, // no sentence after it
	} {
		require.Equal(t, tc.want, gluedTeaser(tc.line), tc.line)
	}
}
