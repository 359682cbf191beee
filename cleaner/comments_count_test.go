package cleaner

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCommentsCountHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"10 thoughts on “Business Focus: Why Some Triumph Online”", true},
		{"34 responses to \"A long winter\"", true},
		{"12 Kommentare zu „Der Garten im Winter“", true},
		{"3 commentaires sur « Le jardin »", true},
		{"10 thoughts on gardening", false},                        // no quoted title
		{"Comments (12)", false},                                   // a counter, not the heading
		{"The 10 thoughts on “focus” that changed my year", false}, // a sentence
	} {
		b := block{text: tc.line}
		b.f = new(measure(tc.line, stopWords{}))
		require.Equal(t, tc.want, commentsCountHeading(&b), tc.line)
	}
}
