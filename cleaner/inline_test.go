package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCutInline(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		kind   Kind
		cuts   []string // the cut pieces, trimmed
		reason []Reason
		site   string
	}{
		{"site name after a sentence", "Actors have been on strike over pay and AI. headtopics.com",
			KindParagraph, []string{"headtopics.com"}, []Reason{ReasonSiteName}, "headtopics.com"},
		{"www and trailing space", "The vote is on Friday. www.Example.co.uk  ",
			KindParagraph, []string{"www.Example.co.uk"}, []Reason{ReasonSiteName}, "www.example.co.uk"},
		{"read more after a sentence", "The operator said it would run a third of its trains. Read more »",
			KindParagraph, []string{"Read more »"}, []Reason{ReasonReadMore}, ""},
		{"continue reading", "Prices rose again in May. Continue reading…",
			KindParagraph, []string{"Continue reading…"}, []Reason{ReasonReadMore}, ""},
		{"advertisement label glued in front", "Advertisement The company said on Monday that sales fell.",
			KindParagraph, []string{"Advertisement"}, []Reason{ReasonAdvertisement}, ""},
		{"label and site name", "ADVERTISEMENT The company said sales fell. news.example.com",
			KindParagraph, []string{"ADVERTISEMENT", "news.example.com"}, []Reason{ReasonAdvertisement, ReasonSiteName}, "news.example.com"},
		{"a domain inside a sentence stays", "Visit example.com for the full list of winners.", KindParagraph, nil, nil, ""},
		{"a domain without a sentence before it stays", "Our address is example.com", KindParagraph, nil, nil, ""},
		{"code is never cut", "fmt.Println(1). example.com", KindCode, nil, nil, ""},
		{"via tag in brackets", "The lighthouse will be lit again on Sunday, she said. (via HarbourApp)",
			KindParagraph, []string{"(via HarbourApp)"}, []Reason{ReasonSourceTag}, ""},
		{"source label in German", "Der Leuchtturm wird am Sonntag wieder eingeschaltet. Quelle: dpa",
			KindParagraph, []string{"Quelle: dpa"}, []Reason{ReasonSourceTag}, ""},
		{"source in square brackets, French", "Le phare sera rallumé dimanche. [Source : Agence Littoral]",
			KindParagraph, []string{"[Source : Agence Littoral]"}, []Reason{ReasonSourceTag}, ""},
		{"bare via and a name", "The ferry will not run on Sunday. via @harbourwatch",
			KindParagraph, []string{"via @harbourwatch"}, []Reason{ReasonSourceTag}, ""},
		{"hat tip", "The ferry will not run on Sunday. h/t Mara Lindqvist",
			KindParagraph, []string{"h/t Mara Lindqvist"}, []Reason{ReasonSourceTag}, ""},
		{"via in a sentence stays", "You reach the old town quickly. Via the bridge it takes ten minutes", KindParagraph, nil, nil, ""},
		{"via inside the last sentence stays", "We travelled to Oslo via Copenhagen.", KindParagraph, nil, nil, ""},
		{"a long source sentence stays", "The numbers are new. Source: the harbour office counted every boat that came in during the whole of last summer", KindParagraph, nil, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &run{mode: ModeText}
			r.blocks = []block{{start: 0, end: len(c.text), text: c.text, kind: c.kind, final: keep(classGood)}}
			r.cutInline()
			b := r.blocks[0]
			assert.True(t, b.isKept())
			var got []string
			var reasons []Reason
			for _, ct := range b.cutList() {
				assert.True(t, 0 <= ct.start && ct.start < ct.end && ct.end <= len(c.text), "cut [%d,%d)", ct.start, ct.end)
				got = append(got, trimSpace(c.text[ct.start:ct.end]))
				reasons = append(reasons, ct.reason)
			}
			assert.Equal(t, c.cuts, got)
			assert.Equal(t, c.reason, reasons)
			assert.Equal(t, c.site, r.meta.site)
		})
	}
}

func TestCutInlineSkipsRemovedBlocks(t *testing.T) {
	r := &run{mode: ModeText}
	text := "Junk line. example.com"
	r.blocks = []block{{start: 0, end: len(text), text: text, final: drop(classBad, ReasonMenu)}}
	r.cutInline()
	assert.Empty(t, r.blocks[0].cutList())
}

func TestSortCutsAndVisible(t *testing.T) {
	cs := []cut{{start: 10, end: 12}, {start: 0, end: 3}, {start: 5, end: 6}}
	sortCuts(cs)
	assert.Equal(t, []cut{{start: 0, end: 3}, {start: 5, end: 6}, {start: 10, end: 12}}, cs)
	assert.Equal(t, "3456789", visibleWithout("0123456789ab", []cut{{start: 0, end: 3}, {start: 10, end: 12}}))
	assert.Equal(t, "3ab", visibleWithout("0123456789ab", []cut{{start: 0, end: 3}, {start: 1, end: 5}, {start: 4, end: 10}}), "an overlapping cut is skipped")
}
