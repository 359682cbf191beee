package cleaner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// Benchmarks of the pasted-text path on generated pages: what a Select All
// + Copy of many news pages in a row gives (menus, headlines, bylines,
// prose, share bars, related headlines, footers), built deterministically
// from small pools so that paragraphs vary and repeat like real pages.
//
//	go test -bench CleanText -run '^$' ./cleaner

var (
	benchMenu = []string{"Home", "News", "World", "Business", "Tech", "Science", "Sport", "Culture",
		"Opinion", "Travel", "Weather", "Video", "Podcasts", "Sign in", "Subscribe"}
	benchSubjects = []string{"The council", "The union", "The company", "Residents", "The minister",
		"Scientists", "The court", "Farmers", "The airline", "Teachers", "The hospital", "Investors"}
	benchVerbs = []string{"said on Tuesday that", "warned that", "announced that", "confirmed that",
		"told reporters that", "argued in a statement that", "admitted that", "insisted that"}
	benchClauses = []string{
		"the plan would cost far more than the %d million first estimated",
		"talks would resume next week after a break of %d days",
		"more than %d people had signed the petition since the spring",
		"the new rules would come into force in %d months at the earliest",
		"prices in the region had risen by %d percent over the past year",
		"about %d jobs could be lost if the factory closed",
		"the decision had been delayed %d times because of legal challenges",
		"a report due in %d weeks would settle the question",
	}
	benchTails = []string{"", " according to officials", " despite strong opposition", " in the capital",
		", though many doubted it", " for the first time since 2008"}
	benchHeadlines = []string{"Talks resume as deadline nears", "Storm damage bill rises again",
		"City votes to expand the tram network", "Factory closure threatens hundreds of jobs",
		"New rules for drones come into force", "Court blocks controversial merger"}
)

// benchSentence is one generated sentence.
func benchSentence(rng *rand.Rand) string {
	return benchSubjects[rng.IntN(len(benchSubjects))] + " " + benchVerbs[rng.IntN(len(benchVerbs))] + " " +
		fmt.Sprintf(benchClauses[rng.IntN(len(benchClauses))], 2+rng.IntN(500)) + benchTails[rng.IntN(len(benchTails))] + "."
}

// benchPage writes one pasted page.
func benchPage(b *strings.Builder, rng *rand.Rand, n int) {
	b.WriteString("Skip to main content\n")
	for _, m := range benchMenu[:5+rng.IntN(len(benchMenu)-5)] {
		b.WriteString(m + "\n")
	}
	headline := benchHeadlines[rng.IntN(len(benchHeadlines))]
	fmt.Fprintf(b, "%s, part %d\nBy Staff Reporter %d\nUpdated %d:%02d GMT March %d, 2024\nShare\nFacebook\nTwitter\n",
		headline, n, rng.IntN(90), rng.IntN(24), rng.IntN(60), 1+rng.IntN(28))
	paras := 5 + rng.IntN(8)
	for p := range paras {
		var para []string
		for range 2 + rng.IntN(5) {
			para = append(para, benchSentence(rng))
		}
		b.WriteString(strings.Join(para, " ") + "\n")
		switch {
		case p == 2 && rng.IntN(3) == 0:
			b.WriteString("ADVERTISEMENT\n")
		case p == 3 && rng.IntN(3) == 0:
			fmt.Fprintf(b, "Read more: %s\n", benchHeadlines[rng.IntN(len(benchHeadlines))])
		}
	}
	fmt.Fprintf(b, "%d comments\nMore stories\n", rng.IntN(400))
	for range 4 {
		b.WriteString(benchHeadlines[rng.IntN(len(benchHeadlines))] + "\n")
	}
	b.WriteString("We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy.\n")
	b.WriteString("© 2024 The Daily Courier. All rights reserved.\n\n")
}

// benchText returns about size bytes of pasted pages, the same for the
// same size.
func benchText(size int) []byte {
	rng := rand.New(rand.NewPCG(1, uint64(size)))
	var b strings.Builder
	b.Grow(size + 8<<10)
	for n := 1; b.Len() < size; n++ {
		benchPage(&b, rng, n)
	}
	return []byte(b.String())
}

func TestBenchText(t *testing.T) {
	a, b := benchText(100<<10), benchText(100<<10)
	assert.Equal(t, a, b, "deterministic")
	assert.True(t, utf8.Valid(a))
	assert.GreaterOrEqual(t, len(a), 100<<10)
	assert.Less(t, len(a), 110<<10)
	art, err := Clean(a, Options{Mode: ModeText})
	assert.NoError(t, err)
	assert.NotEmpty(t, art.Text())
	assert.NotEmpty(t, art.Removed())
}

func benchmarkCleanText(b *testing.B, size int) {
	in := benchText(size)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Clean(in, Options{Mode: ModeText}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCleanText100KB(b *testing.B) { benchmarkCleanText(b, 100<<10) }
func BenchmarkCleanText1MB(b *testing.B)   { benchmarkCleanText(b, 1<<20) }
func BenchmarkCleanText10MB(b *testing.B)  { benchmarkCleanText(b, 10<<20) }
