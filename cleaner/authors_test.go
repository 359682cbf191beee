package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAuthorFromLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"By Mara Lindqvist", "Mara Lindqvist"},
		{"Von Mara Lindqvist und Jon Ebbe, Hamburg", "Mara Lindqvist und Jon Ebbe"},
		{"Par Claire Dubois le 3 mars 2021", "Claire Dubois"},
		{"Por María José Ruiz", "María José Ruiz"},
		{"Di Giulia Neri", "Giulia Neri"},
		{"Door Pieter van der Berg", "Pieter van der Berg"},
		{"Przez Anna Kowalska", "Anna Kowalska"},
		{"Autor: Jonas Brandt", "Jonas Brandt"},
		{"Autorin: Julia Sommer", "Julia Sommer"},
		{"Posted by gullwing 12.04.2015", "gullwing"},
		{"Text von Lea Hof, Illustration von Tim Rau", "Lea Hof"},
		{"Geschrieben von Lea Hof am 12. März 2021", "Lea Hof"},
		{"Interview: Lea Hof", "Lea Hof"},
		{"Verfasst von: gullwing | 31. Dezember 2008", "gullwing"},
		{"By gullwing", "gullwing"},
		{"Diätisch kochen", ""},
		{"Mara Lindqvist", ""},
		{"By the harbour the boats wait", ""},
		// A bare opening reads a name out of prose too; findByline takes such
		// a line inside the body only when the name is all of it.
		{"Von Berlin aus fuhren wir weiter", "Berlin"},
	} {
		assert.Equal(t, c.want, authorFromLine(c.in), c.in)
	}
	assert.Equal(t, "Lea Hof", authorInDateLine("Veröffentlicht am 12. März 2021 von Lea Hof"))
	assert.Equal(t, "gullwing", authorInDateLine("October 19, 2019 by gullwing"))
	assert.Equal(t, "", authorInDateLine("Written by the harbour master"), "no date in the line")
	assert.Equal(t, "Lea Hof", authorInDateLine("11.12.2019 - Lea Hof"))
	assert.Equal(t, "", authorInDateLine("11.12.2019 - Hafenfest"), "one word after a date is a title")
}

func TestPlausibleAuthor(t *testing.T) {
	sites := newSiteNames("www.harbour-gazette.example", "Harbour Gazette")
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"Mara Lindqvist", true},
		{"Harbour Gazette", false},
		{"HarbourGazette", false},
		{"Harbour Gazette Redaktion", false},
		{"admin", false},
		{"Unknown", false},
		{"Name", false},
		{"Gazette Media GmbH", false},
		{"Verein der Freunde e.V.", false},
		{"harbour-gazette.example", false},
		{"mara@harbour-gazette.example", false},
		{"JF", false},
		{"deinen Hafenbloggern", false},
		{"Revised Edition Edited by Mara Lindqvist", false},
		{"Jon Ebbe Foto", false},
		{"Gesponserte Inhalte", false},
		{"Ursula von der Lindqvist", true},
		{"Lea Hof und Tim Rau", true},
		{"", false},
	} {
		assert.Equal(t, c.ok, plausibleAuthor(c.name, sites), c.name)
	}
	personal := newSiteNames("maralindqvist.example")
	assert.True(t, plausibleAuthor("Mara Lindqvist", personal), "a personal site named after its author")
	assert.False(t, plausibleAuthor("Maralindqvist", personal), "the host as one word is the site")
	blog := newSiteNames("gullwing.blogs.example")
	assert.True(t, plausibleAuthor("gullwing", blog), "the user whose blog it is")
	assert.False(t, plausibleAuthor("Blogs", blog), "the blog host's own name")
	org := newSiteNames("www.diakonia.example")
	assert.False(t, plausibleAuthor("Diakonia Nord", org), "a word of the host and more is the organisation")
}

func TestJoinAuthors(t *testing.T) {
	assert.Equal(t, "Lea Hof und Tim Rau", joinAuthors([]string{"Lea Hof", "Tim Rau"}, "de"))
	assert.Equal(t, "Lea Hof and Tim Rau", joinAuthors([]string{"Lea Hof", "Tim Rau"}, ""))
	assert.Equal(t, "A B, C D, E F", joinAuthors([]string{"A B", "C D", "E F"}, "en"))
	assert.Equal(t, "Lea Hof, Tim Rau", normalizeAuthor("Von Lea Hof,Tim Rau"))
}

// Authors from HTML: the declared one unless it is the site or a
// company, else a byline element or a byline line near the article.
func TestHTMLAuthor(t *testing.T) {
	body := `<p>The ferry company said on Monday that the winter timetable will start two weeks earlier this year, because fewer passengers travel after the autumn holidays end.</p>
<p>Boats will leave every forty minutes instead of every twenty, and the last crossing of the evening moves from eleven to half past nine, the company told the council.</p>`
	for _, c := range []struct{ name, head, top, want string }{
		{"declared person", `<meta name="author" content="Mara Lindqvist">`, ``, "Mara Lindqvist"},
		{"declared site name is none", `<meta name="author" content="Harbour Gazette"><meta property="og:site_name" content="Harbour Gazette">`, ``, ""},
		{"organisation in JSON-LD is none", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","author":{"@type":"Organization","name":"Harbour Media"}}</script>`, ``, ""},
		{"declared site, visible byline", `<meta name="author" content="Harbour Gazette"><meta property="og:site_name" content="Harbour Gazette">`, `<p class="byline">Von Mara Lindqvist</p>`, "Mara Lindqvist"},
		{"rel author link", ``, `<div>Text: <a rel="author" href="/m">Mara Lindqvist</a></div>`, "Mara Lindqvist"},
		{"comment form label is none", ``, `<form><label class="comment-form-author">Name</label></form>`, ""},
		{"German byline line", ``, `<p>Autor: Jonas Brandt</p>`, "Jonas Brandt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Ferry timetable changes for winter</title>` + c.head + `</head><body><h1>Ferry timetable changes for winter</h1>` + c.top + `<article>` + body + `</article></body></html>`
			a, err := Clean([]byte(page), Options{Mode: ModeHTML})
			if assert.NoError(t, err) {
				assert.Equal(t, c.want, a.Byline)
			}
		})
	}
}
