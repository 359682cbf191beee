package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The classifier is tested from feature values alone, with no text: each
// rule by its name, then the order in which the rules run.

func ruleByName(t *testing.T, name string) rule {
	t.Helper()
	for _, r := range rules {
		if r.name == name {
			return r
		}
	}
	require.Failf(t, "no rule", "rule %q is not in rules", name)
	return rule{}
}

// prose is the features of a long English paragraph.
func prose() features {
	return features{chars: goodMinChars + 80, words: 32, stop: 14, stopDensity: 14.0 / 32, terminal: true, capShare: 0.1, upperShare: 0.03}
}

func TestRules(t *testing.T) {
	en := englishStop()
	cjk := stopWords{cjk: true}
	unknown := stopWords{}
	pass := verdict{}
	cases := []struct {
		rule   string
		name   string
		f      features
		sw     stopWords
		want   verdict
		decide bool
	}{
		{"placeholder", "placeholder", features{placeholder: true, words: 1}, en, drop(classBad, ReasonPlaceholder), true},
		{"placeholder", "none", prose(), en, pass, false},

		{"counter", "engagement", features{engagement: true, words: 2}, en, drop(classBad, ReasonEngagement), true},
		{"counter", "count only", features{countOnly: true, words: 1}, en, drop(classBad, ReasonEngagement), true},
		{"counter", "none", prose(), en, pass, false},

		{"phrase", "cookie", features{phrase: ReasonCookie, words: 8}, en, drop(classBad, ReasonCookie), true},
		{"phrase", "read more", features{phrase: ReasonReadMore, phraseHow: matchLine, words: 2}, en, drop(classBad, ReasonReadMore), true},
		{"phrase", "none", prose(), en, pass, false},

		{"dateline", "date only", features{dateOnly: true, words: 4}, en, drop(classBad, ReasonDateline), true},
		{"dateline", "none", prose(), en, pass, false},

		{"byline", "byline", features{byline: true, words: 3, capShare: 1}, en, drop(classBad, ReasonByline), true},
		{"byline", "a sentence that starts with By", features{byline: true, words: 6, terminal: true}, en, pass, false},

		{"domain", "domain", features{domainOnly: true, words: 2}, en, drop(classBad, ReasonSiteName), true},
		{"domain", "none", prose(), en, pass, false},

		{"crumb", "crumb", features{crumb: true, words: 1}, en, drop(classBad, ReasonMenu), true},
		{"crumb", "long line ending in an arrow", features{crumb: true, words: prefixMaxWords + 1}, en, pass, false},
		{"crumb", "separated menu", features{separators: 3, words: 4}, en, drop(classBad, ReasonMenu), true},
		{"crumb", "separators in a sentence", features{separators: 3, words: 4, terminal: true}, en, pass, false},
		{"crumb", "one separator", features{separators: 1, words: 2}, en, pass, false},

		{"all-caps", "label", features{upperShare: 1, words: 1, chars: 8}, en, drop(classBad, ReasonAllCaps), true},
		{"all-caps", "shouted sentence", features{upperShare: 1, words: 5, chars: 30, terminal: true}, en, pass, false},
		{"all-caps", "long capitals", features{upperShare: 1, words: allCapsMaxWords + 1, chars: 80}, en, pass, false},
		{"all-caps", "two letters", features{upperShare: 1, words: 1, chars: 2}, en, pass, false},
		{"all-caps", "mixed case", features{upperShare: 0.5, words: 2, chars: 12}, en, pass, false},

		{"prose", "good", prose(), en, keep(classGood), true},
		{"prose", "near-good: medium length, many stop words",
			features{chars: nearGoodMinChars + 10, words: 12, stop: 5, stopDensity: 5.0 / 12, terminal: true}, en, keep(classNearGood), true},
		{"prose", "near-good: long, few stop words but a sentence",
			features{chars: goodMinChars + 50, words: 25, stop: 5, stopDensity: 0.2, terminal: true}, en, keep(classNearGood), true},
		{"prose", "bad: long list of names",
			features{chars: goodMinChars + 50, words: 25, stop: 1, stopDensity: 0.04}, en, drop(classBad, ReasonBoilerplate), true},
		{"prose", "short: few words", features{chars: 20, words: shortMaxWords}, en, keep(classShort), true},
		{"prose", "short: few characters", features{chars: nearGoodMinChars - 1, words: 6}, en, keep(classShort), true},
		{"prose", "short sentence is near-good",
			features{chars: 30, words: sentenceMinWords, stop: 1, stopDensity: 0.25, terminal: true}, en, keep(classNearGood), true},
		{"prose", "short sentence starting lower case is short",
			features{chars: 30, words: sentenceMinWords, stop: 1, stopDensity: 0.25, terminal: true, startsLower: true}, en, keep(classShort), true},
		{"prose", "unknown language: long sentence is good",
			features{chars: goodMinChars + 1, words: 20, terminal: true}, unknown, keep(classGood), true},
		{"prose", "unknown language: long without full stop is near-good",
			features{chars: goodMinChars + 1, words: 20}, unknown, keep(classNearGood), true},
		{"prose", "CJK good", features{chars: cjkGoodChars, words: cjkGoodChars, terminal: true}, cjk, keep(classGood), true},
		{"prose", "CJK near-good", features{chars: cjkNearGoodChars, words: cjkNearGoodChars}, cjk, keep(classNearGood), true},
		{"prose", "CJK short", features{chars: cjkNearGoodChars - 1, words: cjkNearGoodChars - 1}, cjk, keep(classShort), true},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			r := ruleByName(t, c.rule)
			f := c.f
			got, ok := r.fn(&f, c.sw)
			assert.Equal(t, c.decide, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestRuleNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules {
		assert.False(t, seen[r.name], "rule %q twice", r.name)
		seen[r.name] = true
		require.NotNil(t, r.fn, r.name)
	}
	assert.Equal(t, "prose", rules[len(rules)-1].name, "prose is the catch-all and runs last")
}

// TestClassifyFeaturesOrder checks which rule wins when several match.
func TestClassifyFeaturesOrder(t *testing.T) {
	en := englishStop()
	cases := []struct {
		name string
		f    features
		want verdict
	}{
		{"placeholder beats prose", func() features { f := prose(); f.placeholder = true; return f }(), drop(classBad, ReasonPlaceholder)},
		{"placeholder beats phrase", features{placeholder: true, phrase: ReasonWidget, words: 4}, drop(classBad, ReasonPlaceholder)},
		{"counter beats phrase", features{engagement: true, phrase: ReasonComments, words: 2}, drop(classBad, ReasonEngagement)},
		{"phrase beats dateline", features{phrase: ReasonLegal, dateOnly: true, words: 3}, drop(classBad, ReasonLegal)},
		{"dateline beats byline", features{dateOnly: true, byline: true, words: 5}, drop(classBad, ReasonDateline)},
		{"byline beats all-caps", features{byline: true, upperShare: 1, words: 3, chars: 12}, drop(classBad, ReasonByline)},
		{"crumb beats all-caps", features{crumb: true, upperShare: 1, words: 1, chars: 10}, drop(classBad, ReasonMenu)},
		{"prose when nothing matches", prose(), keep(classGood)},
		{"zero features are short", features{}, keep(classShort)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := c.f
			assert.Equal(t, c.want, classifyFeatures(&f, en))
		})
	}
}

// TestClassifyFromText ties measure and classifyFeatures together on a few
// lines whose verdict is beyond doubt.
func TestClassifyFromText(t *testing.T) {
	en := englishStop()
	cases := map[string]Reason{
		"{{PageTitle}}":         ReasonPlaceholder,
		"Loading news...":       ReasonWidget,
		"Share on Facebook":     ReasonShare,
		"12 comments":           ReasonEngagement,
		"Updated March 3, 2024": ReasonDateline,
		"By Jane Doe":           ReasonByline,
		"headtopics.com":        ReasonSiteName,
		"KIRO7Seattle »":        ReasonMenu,
		"ADVERTISEMENT":         ReasonAdvertisement,
		"WORLD NEWS":            ReasonAllCaps,
		"We use cookies to improve your experience. By continuing to use this site you agree.": ReasonCookie,
	}
	for text, want := range cases {
		f := measure(text, en)
		v := classifyFeatures(&f, en)
		assert.False(t, v.keep, "%q is kept", text)
		assert.Equal(t, want, v.reason, "%q", text)
	}
	para := "The alliance of studios and streaming services that negotiates with actors said late Wednesday that the two sides are so far apart that there is no point in continuing."
	f := measure(para, en)
	assert.Equal(t, keep(classGood), classifyFeatures(&f, en))
}
