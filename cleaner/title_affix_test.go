package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestStripAffix(t *testing.T) {
	for _, c := range []struct {
		name, title, host string
		sites             []string
		want, site        string
	}{
		{"declared site at the end", "Ferry timetable changes for winter | Harbour Gazette", "", []string{"Harbour Gazette"}, "Ferry timetable changes for winter", "Harbour Gazette"},
		{"shorter end part", "Ferry timetable changes for winter - Gazette", "", nil, "Ferry timetable changes for winter", "Gazette"},
		{"domain at the end", "Ferry timetable changes | HARBOURNEWS.NET", "", nil, "Ferry timetable changes", "HARBOURNEWS.NET"},
		{"site from the host before a dash", "HBG - Neue Fahrpläne für den Winter", "www.hbg.de", nil, "Neue Fahrpläne für den Winter", "HBG"},
		{"site name before a colon-less pipe", "Lena's Little Kitchen | Plum cake with crumble topping tonight", "", nil, "Plum cake with crumble topping tonight", ""},
		{"section label before a pipe", "Local News | Ferry timetable changes for winter", "", nil, "Ferry timetable changes for winter", ""},
		{"site and archive labels", "Quiet Pages » Blog Archive » Why small integers are shared", "", nil, "Why small integers are shared", ""},
		{"a host word in the end part", "»Keep the lake clean!« - The SailingBlog of Tegel", "sailingblog.example.org", nil, "»Keep the lake clean!«", "The SailingBlog of Tegel"},
		{"CJK site after a bare dash", "港口的声音：渡轮冬季时刻表-港口网", "", nil, "港口的声音：渡轮冬季时刻表", "港口网"},
		{"CJK title after a declared site", "HARBOUR EASY|渡轮冬季时刻表", "", []string{"HARBOUR EASY"}, "渡轮冬季时刻表", "HARBOUR EASY"},
		{"a place before a dash stays", "Tegel - Road closed for hours after a crash", "", nil, "Tegel - Road closed for hours after a crash", ""},
		{"no affix", "Ferry timetable changes for winter", "", nil, "Ferry timetable changes for winter", ""},
		{"a colon kicker stays", "Winter: Ferry timetable changes", "", nil, "Winter: Ferry timetable changes", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, site := stripAffix(c.title, newSiteNames(c.host, c.sites...))
			assert.Equal(t, c.want, got)
			assert.Equal(t, c.site, site)
		})
	}
}

func TestH1Kicker(t *testing.T) {
	for _, c := range []struct{ h1, kicker, headline string }{
		{`<h1><span class="k">Climate</span><span class="sr">: </span><span>Drilling until it gets hot</span></h1>`, "Climate", "Drilling until it gets hot"},
		{`<h1><span class="t"><small>Workout of the week</small><br>Medley pyramid with intervals</span></h1>`, "Workout of the week", "Medley pyramid with intervals"},
		{`<h1><span>Energy saving</span> Free power check for homes</h1>`, "Energy saving", "Free power check for homes"},
		{`<h1>Ferry timetable changes for winter</h1>`, "", ""},
		{`<h1><a href="/x">Ferry timetable changes for winter</a></h1>`, "", ""},
		{`<h1><span>Ferry</span> news</h1>`, "", ""},
	} {
		doc, err := html.Parse(strings.NewReader(c.h1))
		assert.NoError(t, err)
		h := findFirst(doc, func(n *html.Node) bool { return n.Data == "h1" })
		k, hl := h1Kicker(h)
		assert.Equal(t, c.kicker, k, c.h1)
		assert.Equal(t, c.headline, hl, c.h1)
	}
}

// The title of an HTML page: without the site's name, the kicker or a
// logo heading; the site taken from the title when nothing else names it.
func TestHTMLTitleAndSite(t *testing.T) {
	body := `<p>The ferry company said on Monday that the winter timetable will start two weeks earlier this year, because fewer passengers travel after the autumn holidays end.</p>
<p>Boats will leave every forty minutes instead of every twenty, and the last crossing of the evening moves from eleven to half past nine, the company told the council.</p>`
	for _, c := range []struct{ name, head, h1, title, site string }{
		{"pipe suffix, site from it", `<title>Ferry timetable changes for winter | Harbour Gazette</title>`, ``, "Ferry timetable changes for winter", "Harbour Gazette"},
		{"logo h1 that the title ends with", `<title>Ferry timetable changes for winter | Harbour Gazette</title>`, `<h1>Harbour Gazette</h1>`, "Ferry timetable changes for winter", "Harbour Gazette"},
		{"og:title that is the site name", `<meta property="og:title" content="Harbour Gazette"><meta property="og:site_name" content="Harbour Gazette"><title>x</title>`, `<h1>Ferry timetable changes for winter</h1>`, "Ferry timetable changes for winter", "Harbour Gazette"},
		{"logo h1 that the title starts with", `<title>Quiet Pages » Blog Archive » Why small integers are shared</title>`, `<h1>Quiet Pages</h1>`, "Why small integers are shared", "Quiet Pages"},
		{"h1 with a section prefix", `<meta property="og:title" content="Ferry timetable changes for winter">`, `<h1>Local News | Ferry timetable changes for winter</h1>`, "Ferry timetable changes for winter", ""},
		{"kicker in the h1", `<meta property="og:title" content="Winter: Ferry timetable changes for the season">`, `<h1><span>Winter</span><span>: </span><span>Ferry timetable changes for the season</span></h1>`, "Ferry timetable changes for the season", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<html lang="en"><head>` + c.head + `</head><body>` + c.h1 + `<article>` + body + `</article></body></html>`
			a, err := Clean([]byte(page), Options{Mode: ModeHTML})
			if assert.NoError(t, err) {
				assert.Equal(t, c.title, a.Title)
				assert.Equal(t, c.site, a.Site)
			}
		})
	}
}
