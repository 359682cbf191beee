package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// prefilterCases: lines each pattern matches, and ordinary lines.
var prefilterCases = []string{
	"12 comments", "3.4K shares 10 likes", "1,024", ".5", "5 minutes ago", "Updated an hour AGO",
	"By Jane Doe", "von Anna Schmidt | Berlin", "por María López", "Read more: Strike talks break off",
	"See also — The union's offer", "ſee also: the talks", "Don't miss » The vote", "Watch: the picket line",
	"The union said it would meet the studios again.", "", "ago", "Photo by Jane Doe", "2 ſecs ago",
	"Lees ook: De staking", "Zobacz także: Strajk", "Czytaj też: Strajk", "Baca juga: Mogok", "Puedes ver: La huelga",
	"Citește și: Greva", "Related coverage – The strike", "More on this story: x", "LISTEN: the vote", "Recommended » x",
	"Dont miss: x", "Lesen Sie auch: x", "Auch lesen: x", "Siehe auch: x", "Mehr zum Thema: x", "Lire aussi : x", "Voir aussi: x",
	"Lea también: x", "Lee también: x", "Leia também: x", "Veja também: x", "Leggi anche: x", "Læs også: x", "Les også: x",
	"Läs även: x", "Lue myös: x", "Čtěte také: x", "Přečtěte si také: x", "Čítajte aj: x", "AYRICA OKUYUN: x", "Ayrıca bakınız: x",
	"Mire: x", "Puedes ver: x", "Mira también: x", "Leia mais: x", "Saiba mais: x", "Pročitajte još: x", "ЧИТАЙТЕ ТАКЖЕ: x",
	"اقرأ أيضاً: x", "Przeczytaj także: x", "Zobacz też: x", "Also read: x", "Read next: x", "ſee also: x",
	"Jane Doe is a senior reporter for The Daily.", "Jane Doe  was\tan editor at the paper", "Staff writer Jane Doe writes",
	"J.R.R. Tolkien-Smith O’Neil has been a columnist", "reporter Jane Doe covers", "Bekijk ook: De staking", "Ver también: La huelga", "à lire aussi : la grève", "Читайте также: Забастовка",
}

// TestFeaturePrefilters: wherever a pattern matches, its cheap test lets
// it run.
func TestFeaturePrefilters(t *testing.T) {
	for _, s := range prefilterCases {
		checkPrefilters(t, s)
	}
	assert.False(t, endsWithAgo("The union said it would meet the studios again."))
	assert.False(t, mayBePointer("The union said it would meet the studios again."))
	assert.True(t, reByline.MatchString("By Jane Doe"))
	assert.True(t, reRelTime.MatchString("5 minutes ago"))
	assert.True(t, rePointer.MatchString("Read more: Strike talks break off"))
}

func checkPrefilters(t *testing.T, s string) {
	t.Helper()
	if reEngagement.MatchString(s) && !startsWithAny(s, "0123456789") {
		t.Errorf("%q: reEngagement matches, the prefilter says no", s)
	}
	if reCount.MatchString(s) && !startsWithAny(s, "0123456789.,") {
		t.Errorf("%q: reCount matches, the prefilter says no", s)
	}
	if reRelTime.MatchString(s) && !endsWithAgo(s) {
		t.Errorf("%q: reRelTime matches, the prefilter says no", s)
	}
	if rePointer.MatchString(s) && !mayBePointer(s) {
		t.Errorf("%q: rePointer matches, the prefilter says no", s)
	}
	if rePointer.MatchString(s) && !opensPointer(s) {
		t.Errorf("%q: rePointer matches, opensPointer says no", s)
	}
	if reAuthorBio.MatchString(s) && !mayBeAuthorBio(s) {
		t.Errorf("%q: reAuthorBio matches, mayBeAuthorBio says no", s)
	}
	if reByline.MatchString(s) && !startsWithAny(s, "bvpdBVPD") {
		t.Errorf("%q: reByline matches, the prefilter says no", s)
	}
}

// FuzzFeaturePrefilters: a prefilter never turns away a match.
func FuzzFeaturePrefilters(f *testing.F) {
	for _, s := range prefilterCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPrefilters(t, s) })
}

// checkContentPrefilters: the cheap tests before rePlaceholder and
// reCaption never turn away a match.
func checkContentPrefilters(t *testing.T, s string) {
	t.Helper()
	if rePlaceholder.MatchString(s) && !mayBePlaceholder(s) {
		t.Errorf("%q: rePlaceholder matches, the prefilter says no", s)
	}
	if reCaption.MatchString(s) && !mayBeCaption(s, featureWords().match(s)) {
		t.Errorf("%q: reCaption matches, the prefilter says no", s)
	}
}

var contentPrefilterCases = []string{
	"{{ title }}", "${name}", "[object Object]", "<%= x %>", "{% if %}", "(AP Photo/Jane Doe)", "REUTERS/Jane",
	"file photo", "Photo: Jane", "PHOTOGRAPH BY: Jane", "© Reuters", "via Getty", "VIA REUTERS", "Getty Images",
	"ſhutterstock", "Getty Imageſ", "Shutter\u212atock", "The union said it would meet the studios again.",
}

func TestContentPrefilters(t *testing.T) {
	for _, s := range append(contentPrefilterCases, prefilterCases...) {
		checkContentPrefilters(t, s)
	}
}

func FuzzContentPrefilters(f *testing.F) {
	for _, s := range contentPrefilterCases {
		f.Add(s)
	}
	f.Fuzz(checkContentPrefilters)
}
