package cleaner

import (
	"strings"
	"testing"
)

// mayOpenAuthorLead must let through every line reAuthorLead matches.

// checkAuthorLeadPrefilter fails when the pattern matches s but the
// cheap test said it could not.
func checkAuthorLeadPrefilter(t *testing.T, s string) {
	t.Helper()
	s = strings.TrimSpace(s)
	if reAuthorLead.MatchString(s) && !mayOpenAuthorLead(s) {
		t.Fatalf("reAuthorLead matches %q, mayOpenAuthorLead says no", s)
	}
}

// authorLeadCases: every opening of reAuthorLead, in several cases, and
// lines that are no byline.
var authorLeadCases = []string{
	"Written by Jane Doe", "POSTED BY jane", "Published by Jane", "Reported by Jane Doe", "Text by Jane",
	"Story by Jane", "Words by Jane", "Geschrieben von Anna", "Verfasst von Anna", "Erstellt von Anna",
	"Eingestellt von Anna", "Veröffentlicht von Anna", "Veroeffentlicht von Anna", "Gepostet von Anna",
	"Text von Anna", "Ein Beitrag von Anna", "ein Artikel von Anna", "Ein Kommentar von Anna", "Publié par Anne",
	"Écrit par Anne", "écrit par Anne", "Rédigé par Anne", "Posté par Anne", "Texte par Anne", "Escrito por Ana",
	"Publicado por Ana", "Redactado por Ana", "Texto por Ana", "Scritto da Anna", "Pubblicato da Anna",
	"Testo da Anna", "Autor: Anna", "Autorin: Anna", "Autora: Ana", "Autores: Ana", "Autoren: Anna", "Author: Jane",
	"Auteur : Anne", "Auteure: Anne", "Autore: Anna", "Yazar: Ayşe", "Text: Anna", "Texte: Anne", "Texto: Ana",
	"Testo: Anna", "Tekst: Anna", "Redakce: Jana", "Redaktion: Anna", "Redacción: Ana", "Rédaction: Anne",
	"REDACCIÓN: Ana", "Interview: Anna", "By Jane Doe", "by: jane", "Von Anna Schmidt", "Par Anne", "Por Ana",
	"Di Anna", "Door Anna", "Av Anna", "Af Anna", "Przez Anna", "Napisał Jan", "Napisala Anna", "Napisała Anna",
	"  By Jane", "\u00a0By Jane", "Geſchrieben von Anna", "Story by", "ſtory by Jane", "Eſcrito por Ana", "Tekſt: Anna",
	"Redaktion： Anna", "Interview：Anna",
}

// notAuthorLeadCases: lines that open with no byline.
var notAuthorLeadCases = []string{"The union said", "Home | News", "B", "", "Écoles", "Ö", "a\xffb", "Bystanders said", "Die Zeit"}

func TestAuthorLeadPrefilter(t *testing.T) {
	for _, s := range append(authorLeadCases, notAuthorLeadCases...) {
		checkAuthorLeadPrefilter(t, s)
	}
	// Each opening reaches the pattern and matches.
	for _, s := range authorLeadCases {
		if !reAuthorLead.MatchString(strings.TrimSpace(s)) {
			t.Errorf("reAuthorLead does not match %q: the case tests nothing", s)
		}
	}
}

func FuzzAuthorLeadPrefilter(f *testing.F) {
	for _, s := range append(authorLeadCases, notAuthorLeadCases...) {
		f.Add(s)
	}
	f.Fuzz(checkAuthorLeadPrefilter)
}
