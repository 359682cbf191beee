package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindAnyDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Veröffentlicht am 5. Oktober 2013", "2013-10-05"},
		{"Samstag, 12. März 2022, 14:03 Uhr", "2022-03-12"},
		{"Publié le 3 février 2021 à 9h", "2021-02-03"},
		{"Madrid, 7 de octubre de 2020", "2020-10-07"},
		{"Pubblicato il 21 settembre 2019", "2019-09-21"},
		{"Atualizado em 2 de março de 2018", "2018-03-02"},
		{"Gepubliceerd op 14 mei 2017", "2017-05-14"},
		{"Opublikowano 12 października 2021", "2021-10-12"},
		{"Oktober 5, 2013", "2013-10-05"},
		{"4. Okt. 2016", "2016-10-04"},
		{"2019年6月24日 18時00分", "2019-06-24"},
		{"3 de mayo de 202221:25LA VOZ", "2022-05-03"},
		{"Nov 18, 2019 at 9:24 pm", "2019-11-18"},
		{"31. Februar 2020", ""},
		{"Im Mai 2020 kam der Frühling spät", ""},
		{"Der Verein zählt 5 Mitglieder", ""},
	} {
		got, ok := findAnyDate(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.want != "", ok, c.in)
	}
}

func TestSplitTimestamp(t *testing.T) {
	for _, c := range []struct{ in, day, stamp string }{
		{"2024-03-05", "2024-03-05", ""},
		{"2024-03-05T23:30:00+01:00", "2024-03-05", "2024-03-05T23:30:00+01:00"},
		{"2024-03-05T23:30:00Z", "2024-03-05", "2024-03-05T23:30:00Z"},
		{"", "", ""},
	} {
		day, stamp := splitTimestamp(c.in)
		assert.Equal(t, []string{c.day, c.stamp}, []string{day, stamp}, c.in)
	}
}

// The date is the day as the page states it: the day it prints by the
// article (a timestamp declared in UTC can fall on the next day, a
// declared date can be the last change), else the declared day in the
// page's own offset.
func TestDateFromUTCTimestamp(t *testing.T) {
	page := func(declared, printed string) []byte {
		return []byte(`<html lang="de"><head><title>Hafenfest</title>
<meta property="article:published_time" content="` + declared + `"></head><body>
<article><h1>Das Hafenfest fällt dieses Jahr ins Wasser</h1><p class="date">` + printed + `</p>
<p>Der Verein hat am Abend mitgeteilt, dass das Hafenfest wegen der Bauarbeiten an der Kaimauer in diesem Jahr nicht stattfinden kann und auf das nächste Frühjahr verschoben wird.</p>
<p>Die Stände der Händler sollen im kommenden Jahr an der neuen Promenade stehen, wo mehr Platz für Besucher und für die Bühne der Musikschule ist, sagte die Vorsitzende.</p>
</article></body></html>`)
	}
	for _, c := range []struct{ declared, printed, date, published string }{
		{"2023-06-03T22:30:00Z", "4. Juni 2023", "2023-06-04", "2023-06-03T22:30:00Z"},
		{"2023-06-03T22:30:00Z", "20. Mai 2023", "2023-05-20", "2023-06-03T22:30:00Z"},
		{"2023-06-04T00:30:00+02:00", "Hafen", "2023-06-04", "2023-06-04T00:30:00+02:00"},
	} {
		a, err := Clean(page(c.declared, c.printed), Options{Mode: ModeHTML})
		if assert.NoError(t, err) {
			assert.Equal(t, c.date, a.Date, c.declared+" / "+c.printed)
			assert.Equal(t, c.published, a.Published)
		}
	}
}

func TestGluedNumericDate(t *testing.T) {
	for in, want := range map[string]string{
		"Erstellt am09.02.2022":           "2022-02-09",
		"Fest eröffnet20.10.2021 - 10:24": "2021-10-20",
		"Artikel 31.02.2021":              "",
		"Seite 12":                        "",
	} {
		got, _ := gluedNumericDate(in)
		assert.Equal(t, want, got, in)
	}
	assert.True(t, reLeadDate.MatchString("29.11.2022 – Die Branche hatte gewarnt"))
	assert.False(t, reLeadDate.MatchString("Am 29.11.2022 hatte die Branche gewarnt"))
}
