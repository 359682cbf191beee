package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func englishStop() stopWords { return stopWords{set: stopLists().sets["en"], known: true} }

func TestMeasure(t *testing.T) {
	en := englishStop()
	cases := []struct {
		name  string
		text  string
		check func(t *testing.T, f features)
	}{
		{"prose", "The union said it would meet the studios again next week.", func(t *testing.T, f features) {
			assert.Equal(t, 57, f.chars)
			assert.Equal(t, 11, f.words)
			assert.Greater(t, f.stop, 4)
			assert.InDelta(t, float64(f.stop)/11, f.stopDensity, 1e-9)
			assert.True(t, f.terminal)
			assert.False(t, f.startsLower)
			assert.InDelta(t, 1.0/11, f.capShare, 1e-9)
			assert.Equal(t, "the union said it would meet the studios again next week", f.key)
			assert.Equal(t, ReasonNone, f.phrase)
		}},
		{"closing quote after the full stop", `"It is over."`, func(t *testing.T, f features) {
			assert.True(t, f.terminal)
		}},
		{"no terminal", "Strike talks break off", func(t *testing.T, f features) {
			assert.False(t, f.terminal)
			assert.InDelta(t, 0.25, f.capShare, 1e-9)
		}},
		{"starts lower", "and then it rained", func(t *testing.T, f features) {
			assert.True(t, f.startsLower)
		}},
		{"capitals", "BREAKING NEWS", func(t *testing.T, f features) {
			assert.InDelta(t, 1.0, f.upperShare, 1e-9)
			assert.InDelta(t, 1.0, f.capShare, 1e-9)
		}},
		{"digits", "2023 10 12", func(t *testing.T, f features) {
			assert.InDelta(t, 8.0/10, f.digitShare, 1e-9)
		}},
		{"menu separators", "Home | News | Sport | Weather", func(t *testing.T, f features) {
			assert.Equal(t, 3, f.separators)
			assert.Equal(t, 4, f.words)
		}},
		{"crumb", "KIRO7Seattle »", func(t *testing.T, f features) { assert.True(t, f.crumb) }},
		{"crumb at start", "« Back to news", func(t *testing.T, f features) { assert.True(t, f.crumb) }},
		{"url", "Read it at https://example.com/story now", func(t *testing.T, f features) {
			assert.True(t, f.url)
			assert.False(t, f.domainOnly)
		}},
		{"domain only", "headtopics.com", func(t *testing.T, f features) { assert.True(t, f.domainOnly) }},
		{"placeholder", "{{PageTitle}} Loading news...", func(t *testing.T, f features) { assert.True(t, f.placeholder) }},
		{"bare value", "undefined", func(t *testing.T, f features) { assert.True(t, f.placeholder) }},
		{"not a placeholder", "Prices rose by {about} a third", func(t *testing.T, f features) { assert.False(t, f.placeholder) }},
		{"engagement", "12 comments", func(t *testing.T, f features) { assert.True(t, f.engagement) }},
		{"engagement with suffix", "3.4K shares", func(t *testing.T, f features) { assert.True(t, f.engagement) }},
		{"count only", "1,204", func(t *testing.T, f features) { assert.True(t, f.countOnly) }},
		{"date only", "Updated 0339 GMT (1139 HKT) November 19, 2019", func(t *testing.T, f features) { assert.True(t, f.dateOnly) }},
		{"byline", "By Jane Doe and John Roe, Reuters", func(t *testing.T, f features) { assert.True(t, f.byline) }},
		{"not a byline", "By the end of the year prices had doubled", func(t *testing.T, f features) { assert.False(t, f.byline) }},
		{"phrase line", "Read more", func(t *testing.T, f features) {
			assert.Equal(t, ReasonReadMore, f.phrase)
			assert.Equal(t, matchLine, f.phraseHow)
		}},
		{"phrase contains", "We use cookies to improve your experience.", func(t *testing.T, f features) {
			assert.Equal(t, ReasonCookie, f.phrase)
			assert.Equal(t, matchContains, f.phraseHow)
		}},
		{"apostrophes inside words", "Hollywood's writers didn’t stop", func(t *testing.T, f features) {
			assert.Equal(t, 4, f.words)
			assert.Equal(t, "hollywood's writers didn’t stop", f.key)
		}},
		{"CJK counts characters as words", "城市地铁新线路", func(t *testing.T, f features) {
			assert.Equal(t, 7, f.chars)
			assert.Equal(t, 7, f.words)
		}},
		{"empty", "", func(t *testing.T, f features) {
			assert.Equal(t, features{}, f)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, measure(c.text, en)) })
	}
}

func TestMeasureWithoutStopList(t *testing.T) {
	f := measure("The union said it would meet the studios again.", stopWords{})
	assert.Zero(t, f.stop)
	assert.Zero(t, f.stopDensity)
	assert.Equal(t, 9, f.words)
}

func TestEndsSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"Done.": true, "Really?": true, "Stop!": true, "And so…": true, "完了。": true, "هل انتهى؟": true, "終わり．": true,
		`"Yes."`: true, "(See above.)": true, "as follows:": true, "Headline": false, "": false, "3.5 million": false,
	} {
		assert.Equal(t, want, endsSentence(in), "%q", in)
	}
}

func TestWordsAndCount(t *testing.T) {
	assert.Equal(t, []string{"it's", "a", "test", "2024"}, words("It's a TEST, 2024!"))
	assert.Equal(t, []string{"新", "闻", "abc"}, words("新闻 abc"))
	assert.Equal(t, 4, countWords("It's a test, 2024"))
	assert.Equal(t, 3, countWords("新闻a"))
	assert.Equal(t, "strike talks", foldKey("  Strike — TALKS!! "))
	// Arabic vowel signs belong to their word and are dropped from it,
	// so that the word lists (written without them) match.
	assert.Equal(t, []string{"في", "الحديقة"}, words("فِي الحَدِيقَةِ"))
	assert.Equal(t, 2, countWords("فِي الحَدِيقَةِ"))
	// Hebrew, right to left, spaced: one word a run of letters.
	assert.Equal(t, 3, countWords("הספרייה נפתחה שבת."))
}
