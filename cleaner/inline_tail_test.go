package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInlineTailPrefilters: wherever a pattern matches, its cheap test
// says it may; and the tests turn ordinary endings away.
func TestInlineTailPrefilters(t *testing.T) {
	cases := []struct {
		text             string
		domain, readMore bool
	}{
		{"The talks ended on Tuesday. example.com", true, false},
		{"The talks ended on Tuesday. WWW.Example.CO.UK \n", true, false},
		{"The talks ended on Tuesday. example.uſ", true, false},         // (?i) folds ſ to s
		{"The talks ended on Tuesday. example.u\u212a \n", true, false}, // and K (Kelvin) to k
		{"Sie sagte: „Das ist es“", false, false},
		{"The talks ended on Tuesday. Read more »", false, true},
		{"The talks ended on Tuesday. Continue reading…  ", false, true},
		{"The talks ended on Tuesday. Read the full STORY: ", false, true},
		{"The talks ended on Tuesday.", false, false},
		{"Prices rose 2.5", false, false},
		{"", false, false},
	}
	for _, c := range cases {
		assert.Equal(t, c.domain, reTrailingDomain.MatchString(c.text), "pattern, %q", c.text)
		assert.Equal(t, c.readMore, reTrailingReadMore.MatchString(c.text), "pattern, %q", c.text)
		if c.domain {
			assert.True(t, mayEndWithDomain(c.text), "%q", c.text)
		}
		if c.readMore {
			assert.True(t, mayEndWithReadMore(c.text), "%q", c.text)
		}
	}
	sourceCases := []struct {
		text                  string
		bracketed, label, via bool
	}{
		{"She said. (via SomeApp)", true, false, false},
		{"She said. [Quelle: dpa]  ", true, false, false},
		{"She said. (H/T Jane Doe)\n", true, false, false},
		{"She said. Source: Reuters", false, true, false},
		{"Il a dit. SOURCES : AFP et Reuters ", false, true, false},
		{"She said. via SomeApp", false, false, true},
		{"She said! VIA @someone", false, false, true},
		{"She said. h/t Jane Doe", false, false, true},
		{"Via the bridge you reach the town.", false, false, false},
		{"The talks ended at 10:30 on Tuesday.", false, false, false},
		{"", false, false, false},
	}
	for _, c := range sourceCases {
		assert.Equal(t, c.bracketed, reSourceTagBracketed.MatchString(c.text), "pattern, %q", c.text)
		assert.Equal(t, c.label, reSourceTagLabel.MatchString(c.text), "pattern, %q", c.text)
		assert.Equal(t, c.via, reSourceTagVia.MatchString(c.text), "pattern, %q", c.text)
		checkSourceTagPrefilters(t, c.text)
	}
	assert.False(t, mayEndBracketed("The talks ended at 10:30 on Tuesday."))
	assert.False(t, mayEndWithLabel("The talks ended at 10:30 on Tuesday."))
	assert.False(t, mayEndWithVia("Via the bridge you reach the town. It is old."))
	assert.False(t, mayEndWithDomain("The talks ended on Tuesday."))
	assert.False(t, mayEndWithReadMore("The talks ended on Tuesday."))
}

// FuzzInlineTailPrefilters: a prefilter never turns away a match.
func FuzzInlineTailPrefilters(f *testing.F) {
	for _, s := range []string{"Done. example.com", "Done. Read more »", "Done. read the full article…", "x. a.uſ \t", "She said. (via SomeApp)", "She said. Quelle: dpa", "She said. h/t Jane Doe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reTrailingDomain.MatchString(s) && !mayEndWithDomain(s) {
			t.Fatalf("%q: the domain pattern matches, the prefilter says no", s)
		}
		if reTrailingReadMore.MatchString(s) && !mayEndWithReadMore(s) {
			t.Fatalf("%q: the read-more pattern matches, the prefilter says no", s)
		}
		checkSourceTagPrefilters(t, s)
	})
}

// checkSourceTagPrefilters: wherever a source-tag pattern matches, its
// cheap test says it may.
func checkSourceTagPrefilters(t *testing.T, s string) {
	t.Helper()
	if reSourceTagBracketed.MatchString(s) && !mayEndBracketed(s) {
		t.Errorf("%q: the bracketed source pattern matches, the prefilter says no", s)
	}
	if reSourceTagLabel.MatchString(s) && !mayEndWithLabel(s) {
		t.Errorf("%q: the source label pattern matches, the prefilter says no", s)
	}
	if reSourceTagVia.MatchString(s) && !mayEndWithVia(s) {
		t.Errorf("%q: the via pattern matches, the prefilter says no", s)
	}
}
