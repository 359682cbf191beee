package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTrailingLabel(t *testing.T) {
	for _, tc := range []struct {
		kind Kind
		text string
		want bool
	}{
		{KindHeading, "More from our partners", true},
		{KindParagraph, "Über den Autor", true},
		{KindParagraph, "Das Thema könnte dich auch interessieren:", true},
		{KindListItem, "Tagged:", true},
		{KindListItem, "Salt and pepper", false},                                              // an ingredient, not a label
		{KindParagraph, "That was the end of it.", false},                                     // a sentence
		{KindParagraph, "+44 20 7946 0958", false},                                            // data
		{KindParagraph, "Anna, die Redaktion", false},                                         // a sign-off
		{KindParagraph, "The ferry runs again from April next year on the same route", false}, // too long
		{KindQuote, "Tagged:", false},
	} {
		b := block{kind: tc.kind, text: tc.text, f: new(measure(tc.text, stopWords{}))}
		assert.Equal(t, tc.want, trailingLabel(&b), tc.text)
	}
}

func TestEndsWithColon(t *testing.T) {
	assert.True(t, endsWithColon("Kontakt:"))
	assert.True(t, endsWithColon("Kontakt: \u00a0"))
	assert.True(t, endsWithColon("連絡先："))
	assert.False(t, endsWithColon("Tickets: 12 euros"))
}
