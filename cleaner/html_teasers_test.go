package cleaner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storyParas are paragraphs of running prose, each its own.
var storyParas = []string{
	"Paragraph 0: the council voted on the plan after a long debate, and the residents who came to the meeting were not happy with the result.",
	"Paragraph 1: several of them said that they had not been told about the new road until the diggers arrived in front of their houses last spring.",
	"Paragraph 2: the mayor answered that the notices had been sent by post in January and that the plans were on the town's website for months.",
	"Paragraph 3: a second vote is planned for the autumn, when the council will also decide how much of the budget goes to the repair of old bridges.",
	"Paragraph 4: until then the works will go on as planned, with the section near the school to be finished before the children return in September.",
}

// articleParas is an article body of n paragraphs of running prose.
func articleParas(n int) string {
	var b strings.Builder
	for _, p := range storyParas[:n] {
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

// summaries are teaser summaries, each its own.
var summaries = []string{
	"The harbour master explained why the ferries stopped running during the storm on Tuesday night.",
	"Farmers in the valley expect a smaller harvest after the dry summer, a survey of growers shows.",
	"A new bakery opened on the high street, the third one this year, to queues around the block.",
	"Police are asking for witnesses after a van crashed into the wall of the old library on Sunday.",
	"The football club signed a young goalkeeper from the academy to a contract of three seasons.",
	"Students at the college protested against higher fees outside the town hall on Friday morning.",
	"The hospital will build a larger car park next to its maternity wing, the trust has announced.",
	"An exhibition of local painters from the last century drew record crowds to the museum this week.",
}

// headlines are teaser headlines, each its own.
var headlines = []string{
	"Ferries stop in the storm", "A smaller harvest ahead", "Third bakery opens", "Van hits the library",
	"Club signs goalkeeper", "Students protest fees", "Hospital plans car park", "Painters draw crowds",
}

// cards is a rail of n teaser cards: a linked headline and a summary each.
func cards(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="x">`)
	for i := range n {
		fmt.Fprintf(&b, `<div><img src="/i%d.jpg" alt="Photo %d"><h3><a href="/s%d">%s</a></h3><p>By Jane Roe</p><p>%s</p></div>`, i, i, i, headlines[i], summaries[i])
	}
	b.WriteString(`</div>`)
	return b.String()
}

// ticker is a list of n items that open with a linked headline and end in
// a cut-off summary.
func ticker(n int) string {
	var b strings.Builder
	b.WriteString(`<ul>`)
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/t%d">Breaking headline number %d about the port</a> CITY: %s..</li>`, i, i, summaries[i])
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func TestTeasers(t *testing.T) {
	tests := []struct {
		name     string
		page     string
		wantKept []string
		wantGone []string
	}{
		{
			name:     "rail of cards after the article",
			page:     `<div><h1>The vote</h1>` + articleParas(4) + cards(8) + `</div>`,
			wantKept: []string{"Paragraph 0", "Paragraph 3"},
			wantGone: []string{"harbour master", "exhibition of local painters"},
		},
		{
			name:     "ticker before the article",
			page:     `<div>` + ticker(8) + `<h1>The vote</h1>` + articleParas(4) + `</div>`,
			wantKept: []string{"Paragraph 0", "Paragraph 3"},
			wantGone: []string{"Breaking headline number 0", "Breaking headline number 7"},
		},
		{
			name:     "two cards are the article's own",
			page:     `<div><h1>The vote</h1>` + articleParas(4) + cards(2) + `</div>`,
			wantKept: []string{"Paragraph 0", "harbour master", "Farmers in the valley"},
		},
		{
			name: "items with whole sentences are an article's list",
			page: `<div><h1>Ten things</h1>` + articleParas(1) + `<ul>` +
				strings.Repeat(`<li><strong><a href="/a">The company confirmed the layoffs today</a>.</strong> It said that the cuts were needed to keep the business going in the year ahead.</li>`, 6) +
				`</ul></div>`,
			wantKept: []string{"Paragraph 0", "The company confirmed the layoffs today"},
		},
		{
			name:     "a page of cards only is a list",
			page:     `<div>` + cards(8) + `</div>`,
			wantKept: []string{"harbour master", "exhibition of local painters"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean([]byte(tc.page), Options{Mode: ModeHTML})
			require.NoError(t, err)
			text := a.Text()
			for _, s := range tc.wantKept {
				assert.Contains(t, text, s)
			}
			for _, s := range tc.wantGone {
				assert.NotContains(t, text, s)
			}
		})
	}
}

func TestBodyRescues(t *testing.T) {
	schedule := `<p>Tour Dates:<br>June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre<br>June 10 – Tampa, FL @ Midflorida Credit Union Amphitheatre<br>June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre<br>June 17 – Nashville, TN @ Bridgestone Arena</p>`
	menu := `<p>Home<br>World News<br>Sports Desk<br>Local Politics<br>Business Weekly<br>Culture And Arts<br>Contact Us Today</p>`
	lede := `The band will reunite with its former singer for a tour of fifty cities next year, the promoters said.`
	tests := []struct {
		name     string
		page     string
		wantKept []string
		wantGone []string
	}{
		{
			name:     "schedule set with line breaks",
			page:     `<article><h1>Tour</h1>` + articleParas(3) + schedule + `</article>`,
			wantKept: []string{"June 9", "June 17 – Nashville"},
		},
		{
			name:     "line-broken menu without figures",
			page:     `<article><h1>Tour</h1>` + articleParas(3) + menu + `</article>`,
			wantGone: []string{"World News"},
		},
		{
			name:     "lede repeated in the header",
			page:     `<header><p>` + lede + `</p></header><article><h1>Tour</h1><p>` + lede + `</p>` + articleParas(3) + `</article>`,
			wantKept: []string{lede},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Clean([]byte(tc.page), Options{Mode: ModeHTML})
			require.NoError(t, err)
			text := a.Text()
			for _, s := range tc.wantKept {
				assert.Contains(t, text, s)
			}
			for _, s := range tc.wantGone {
				assert.NotContains(t, text, s)
			}
			if tc.name == "lede repeated in the header" {
				assert.Equal(t, 1, strings.Count(text, lede), "the lede once")
			}
		})
	}
}
