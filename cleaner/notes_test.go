package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWhollyEmphasised(t *testing.T) {
	for h, want := range map[string]bool{
		"<strong>Follow us on social media!</strong>":         true,
		"<b>More at example.org</b>.":                         true,
		"The <strong>old repairs</strong> had not held.":      false,
		"<strong>Part one</strong> and <strong>two</strong>":  false,
		"<em>A video shows the crowd in the square.</em>":     false, // italics are left alone
		"<strong>Note:</strong> the hall is closed on Sunday": false,
	} {
		assert.Equal(t, want, whollyEmphasised(h), h)
	}
}
