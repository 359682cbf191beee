package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSharesStem(t *testing.T) {
	set := map[string]bool{"northern": true, "lowest": true, "rivers": true, "gone": true}
	cases := []struct {
		word string
		want bool
	}{
		{"northern", true}, // the same word
		{"north", true},    // a shorter form
		{"low", true},
		{"river", true},
		{"norther", true},
		{"nor", false},   // too far from "northern"
		{"go", false},    // too short to stem ("gone")
		{"south", false}, // unrelated
	}
	for _, c := range cases {
		assert.Equal(t, c.want, sharesStem(c.word, set), c.word)
	}
}

func TestTextTitle(t *testing.T) {
	cases := []struct {
		name, input, want string
	}{
		{"the headline the lead repeats, not a label above it",
			"Sharing is caring!\nCouncil approves new cycle lanes in the centre\nBy Jane Doe\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a label whose words the lead does not repeat is no title",
			"Menu\nSearch\nMost popular stories\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			""},
		{"a two-word headline just above the body, every word in the lead",
			"Home\nRecipes\nContact\nRhubarb Crumble\n" +
				"This rhubarb crumble takes twenty minutes to prepare and tastes best with cold vanilla custard on a wet spring day.\n" +
				"Cut the rhubarb into short pieces, sprinkle it with sugar and let it stand while you rub the butter into the flour.\n",
			"Rhubarb Crumble"},
		{"a two-word line the lead does not repeat is no title",
			"Home\nRecipes\nContact\nWeekend Specials\n" +
				"This rhubarb crumble takes twenty minutes to prepare and tastes best with cold vanilla custard on a wet spring day.\n" +
				"Cut the rhubarb into short pieces, sprinkle it with sugar and let it stand while you rub the butter into the flour.\n",
			""},
		{"the line a comment heading quotes beats one the lead repeats more",
			"Why the harbour ferry needs a second pier\nNew pier for the ferry planned at the harbour\n" +
				"The ferry to the islands will get a new pier at the harbour next year, the port authority said on Monday after a long debate.\n" +
				"Passengers have waited on the old pier in wind and rain for years, and the second pier will end the queues in summer.\n" +
				"2 comments on “Why the harbour ferry needs a second pier”\nMara\nAbout time.\n",
			"Why the harbour ferry needs a second pier"},
		{"a headline further above the body than the usual lookback, past a long share bar",
			"Council approves new cycle lanes in the centre\n" + strings.Repeat("Mastodon\nE-mail\nPrint\n", 5) +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a label glued at two seams is no headline when the lead does not echo it",
			"Order the harbour mapsWeekly boat timetables here\nOrder the harbour mapsSummer ferry timetables here\n" +
				"Council approves new cycle lanes in the centre\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a kicker in capitals above the headline is not the headline",
			"CYCLE LANES IN THE CENTRE\nCouncil approves new cycle lanes in the centre\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a link to the previous post, an arrow before it, is not the headline",
			"Council approves new cycle lanes in the centre\n← Council debates cycle lanes in the centre\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a trail's last step the page shows as a line of its own is the title, whatever its length",
			"Quiet Harbours\nHome / Essays / 2024 / Quiet Harbours\n" +
				"Quiet harbours along the northern coast fill up in August, when the sailing clubs hold their races and the ferries run twice a day.\n" +
				"Out of season the harbours are empty, and the few boats left in the water rock gently at their moorings all winter.\n",
			"Quiet Harbours"},
		{"the headline over its dek, though the lead repeats the dek's words more",
			"Islanders win their fight for a new pier\nThe port authority will build a second pier for the island ferry at the harbour next year to end the summer queues\n" +
				"The port authority will build a second pier for the island ferry at the harbour next year, after islanders spent two summers queueing on the old one.\n" +
				"The summer queues on the old pier grew so long last year that the ferry left late on most days, the authority said.\n",
			"Islanders win their fight for a new pier"},
		{"a picture's caption, its credit below it, is not the headline",
			"Council approves new cycle lanes in the centre\nBy Jane Doe\nNew cycle lanes in the centre of the city\n© Mara Lindqvist\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a headline a line into the body, under a paragraph taken as its start",
			"Menu\nSearch\nOur city desk reports every week on what the council decides, from bus fares to the budget for schools and parks.\n" +
				"Council approves new cycle lanes in the centre\n" +
				"The city council approved twelve kilometres of new cycle lanes in the centre on Tuesday, after a debate that lasted most of the evening.\n" +
				"Work on the lanes will start in the spring and should be finished before the end of the year, the council said.\n",
			"Council approves new cycle lanes in the centre"},
		{"a story's title on the first line",
			"The last bus home\n\"Is this the last one?\" she asked the driver, who nodded and waved her on board without looking up.\n" +
				"She sat near the front, where she could see the road, and held her bag on her knees the whole way home.\n",
			"The last bus home"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := CleanString(c.input, Options{Mode: ModeText})
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Title)
		})
	}
}

func TestTitleCandidateLines(t *testing.T) {
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Was bringen alternative Therapien bei Krebs?", true},
		{"Der Hafen bekommt eine neue Fähre!", true},
		{"«Weisst du, wo man in Zürich Bitters bekommt?»", false},
		{"Veröffentlicht am 17. Dezember 2019 von Lea Hof", false},
		{"15 Mai 2019 à 06h00 dans la rubrique", false},
		{"Contact UsHarbour News TeamCareers", false},
		{"The harbour gets a new ferry.", false},
		{"Foto: Der neue Anleger am Hafen", false},
		{"Die Fähre am neuen Anleger (harbourpix / stock.example.com)", false},
		{"Die Fähre am neuen Anleger © Mara Lindqvist", false},
		{"Die Fähre legt zum ersten Mal am neuen Anleger an. - Foto: Mara Lindqvist", false},
		{"Lautta saapuu uuteen laituriin. KUVA: MARA LINDQVIST", false},
		{"Januar 2020 @ 18:13 // Autor: Lea Hof // Lesezeit: 1 Minute", false},
		{"Posted on28. Juli 201928. Juli 2019AuthorLea Hof", false},
		{"Die Fähre fährt ab 2024 auch im Winter", true},
		{"Lesezeit von 4 Minuten", false},
		{"Harbour news in brief, 5 min read", false},
		{"Linie 14: Warum die Fähre jetzt WLAN hat", true},
		{"The harbour gets a new ferry", true},
	} {
		b := &block{text: c.line, kind: KindParagraph}
		b.f = new(measure(c.line, englishStop()))
		assert.Equal(t, c.ok, titleCandidate(b), c.line)
	}
}

func TestCrumbTail(t *testing.T) {
	assert.Equal(t, "Das Hafenfest fällt dieses Jahr aus", crumbTail("Start » Blogposts » Das Hafenfest fällt dieses Jahr aus"))
	assert.Equal(t, "Das Hafenfest fällt dieses Jahr aus", crumbTail("Sie sind hier: > Das Hafenfest fällt dieses Jahr aus"))
	assert.Equal(t, "Home » News", crumbTail("Home » News"), "a short last step is a section")
	assert.Equal(t, "Ferry timetable changes", crumbTail("Ferry timetable changes"))
}
