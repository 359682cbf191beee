package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhrasesOtherLanguages checks lines of the non-English phrase lists,
// and that prose starting the same way is left alone.
func TestPhrasesOtherLanguages(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		{"Você pode gostar", ReasonReadMore},
		{"Leia também: Governo anuncia novo pacote", ReasonReadMore},
		{"Te puede interesar", ReasonReadMore},
		{"Das könnte Sie auch interessieren", ReasonReadMore},
		{"À lire aussi", ReasonReadMore},
		{"Leggi di più", ReasonReadMore},
		{"Читайте также", ReasonReadMore},
		{"Baca juga: Presiden resmikan jalan tol", ReasonReadMore},
		{"Комментарии", ReasonComments},
		{"Compartilhar", ReasonShare},
		{"Você pode gostar de saber que a cidade tem três parques, segundo a prefeitura municipal.", ReasonNone},
		{"Teilen Sie uns mit, was Sie denken", ReasonNone},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			key := foldKey(tc.line)
			got, _, _ := matchPhrase(key, len(words(tc.line)))
			assert.Equal(t, tc.want, got)
		})
	}
}
