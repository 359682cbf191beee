package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBylineNames(t *testing.T) {
	assert.Equal(t, []string{"Jane Doe", "John Roe"}, bylineNames("Jane Doe and John Roe"))
	assert.Equal(t, []string{"Jane Doe", "John Roe"}, bylineNames("Jane Doe, John Roe"))
	assert.Empty(t, bylineNames("Staff"))
	assert.Empty(t, bylineNames(""))
}

func TestOpensWithName(t *testing.T) {
	names := []string{"Jule Radeck"}
	for text, want := range map[string]bool{
		"Jule Radeck studierte Sportwissenschaften.":       true,
		"Jule studierte Sportwissenschaften in Köln.":      true,
		"Jule Radeck (@jule) writes about swimming.":       true,
		"Julez Radeck is someone else.":                    false,
		"Jule Radeckova is a different name.":              false,
		"Jule Beispiel war die schnellste im Becken.":      false, // another Jule, named in full
		"Die Schwimmerin Jule Radeck gewann das Rennen.":   false,
		"Jule, die Trainerin, sagte das am Ende des Tags.": false,
	} {
		assert.Equal(t, want, opensWithName(text, names), text)
	}
}
