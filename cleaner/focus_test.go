package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// focusPage has something for each focus rule: a caption, a list of
// links inside the article, a line of tags after its last paragraph, and
// a paragraph of prose under a box of links beside it.
const focusPage = `<!doctype html><html lang="en"><head><title>Town hall opens its doors after two years of repairs</title></head><body>
<div class="wrap">
<div class="main">
<h1>Town hall opens its doors after two years of repairs</h1>
<p>The town hall reopened on Saturday after two years of repairs to its roof and its clock tower, and hundreds of residents queued in the square to see the restored council chamber for themselves.</p>
<figure><img src="/hall.jpg" alt=""><figcaption>The restored clock tower on Saturday morning.</figcaption></figure>
<p>The work cost more than the council had planned, because the builders found that the beams under the roof had rotted much further than the first survey of the building had shown.</p>
<p>The mayor said the delays had been worth it, and that the building would now stand for another century without needing more than the usual care from the town's own workers.</p>
<p>Documents from the town's archive will be shown in the entrance hall until the end of the month:</p>
<ul>
<li><a href="/archive/charter">The town charter of 1672</a></li>
<li><a href="/archive/plans">The architect's plans of 1851</a></li>
</ul>
<p>The hall is open to visitors every weekday from nine in the morning until five in the afternoon, and guided tours of the clock tower start on the hour.</p>
<p>Tags: town hall, clock tower</p>
</div>
<div class="box">
<h2>From the town's office</h2>
<ul>
<li><a href="/office/forms">Forms and applications for residents</a></li>
<li><a href="/office/hours">Opening hours of every office in town</a></li>
<li><a href="/office/parking">Parking permits for the town centre</a></li>
<li><a href="/office/waste">Waste collection days for each street</a></li>
<li><a href="/office/library">The town library and its reading rooms</a></li>
<li><a href="/office/pool">Swimming pool timetable for the winter</a></li>
<li><a href="/office/markets">Market days in the square and the harbour</a></li>
<li><a href="/office/contact">How to reach the council by telephone</a></li>
</ul>
<p>Residents who want to hire the council chamber for a wedding or a concert can book it through the town's office, which is open every morning from Monday to Friday.</p>
</div>
</div>
</body></html>`

func TestFocus(t *testing.T) {
	const (
		caption = "The restored clock tower on Saturday morning."
		link    = "The town charter of 1672"
		tags    = "Tags: town hall, clock tower"
		beside  = "Residents who want to hire the council chamber"
	)
	tests := []struct {
		focus      Focus
		kept, gone []string
	}{
		{FocusBalanced, []string{tags}, []string{caption, link, beside}},
		{FocusPrecision, nil, []string{caption, link, tags, beside}},
		{FocusRecall, []string{caption, link, tags, beside}, nil},
	}
	for _, tt := range tests {
		name := string(tt.focus)
		if name == "" {
			name = "balanced"
		}
		t.Run(name, func(t *testing.T) {
			a, err := CleanString(focusPage, Options{Mode: ModeHTML, Focus: tt.focus})
			require.NoError(t, err)
			text := a.Text()
			for _, s := range tt.kept {
				assert.Contains(t, text, s)
			}
			for _, s := range tt.gone {
				assert.NotContains(t, text, s)
			}
		})
	}
}

func TestFocusInvalid(t *testing.T) {
	_, err := CleanString("Some text.", Options{Focus: "everything"})
	require.ErrorIs(t, err, ErrOptions)
	_, err = CleanString("Some text.", Options{Focus: "balanced"})
	require.NoError(t, err)
}
