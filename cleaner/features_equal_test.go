package cleaner

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The fast feature stage against its reference (features_ref_test.go):
// the same features for every block of both corpora, for the golden
// cases and for any fuzzed line.

// featureBlock is one block as the features stage sees it.
type featureBlock struct {
	text string
	stop stopWords
	set  *wordSet // stop, as computeFeatures makes it for the run
}

// corpusBlocks runs the stages before features over every page of the
// dev corpus (pasted text and HTML) and of multi (HTML), when present,
// and returns the blocks; nil when no corpus is there.
func corpusBlocks(tb testing.TB) (text, html []featureBlock) {
	tb.Helper()
	dev := devCorpus()
	if dev == "" {
		return nil, nil
	}
	blocks := func(input []byte, mode Mode) []featureBlock {
		r := &run{opts: Options{Mode: mode}, mode: mode}
		if err := r.frontEnd(input); err != nil {
			return nil
		}
		r.splitGlued()
		r.detectLanguage()
		out := make([]featureBlock, len(r.blocks))
		set := newWordSet(r.stop.set)
		for i, b := range r.blocks {
			out[i] = featureBlock{b.text, r.stop, set}
		}
		return out
	}
	texts, _ := filepath.Glob(filepath.Join(dev, "text", "*.txt"))
	sort.Strings(texts)
	for _, f := range texts {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text = append(text, blocks(data, ModeText)...)
	}
	pages, _ := filepath.Glob(filepath.Join(dev, "html", "*.html.gz"))
	more, _ := filepath.Glob(filepath.Join(dev, "..", "multi", "html", "*.html.gz"))
	pages = append(pages, more...)
	sort.Strings(pages)
	for _, f := range pages {
		page := readGzipPage(tb, f)
		html = append(html, blocks(page, ModeHTML)...)
	}
	return text, html
}

// checkFeatures requires the same features from measureInto and its
// reference.
func checkFeatures(tb testing.TB, s string, sw stopWords, kb *keyBuffer) {
	tb.Helper()
	var ref []byte
	want := measureIntoRef(s, sw, &ref)
	kb.stop = newWordSet(sw.set)
	got := measureInto(s, kb)
	if got != want {
		tb.Fatalf("%q:\n got %+v\nwant %+v", s, got, want)
	}
}

// TestFeaturesMatchReferenceOnCorpora: every block of both corpora.
func TestFeaturesMatchReferenceOnCorpora(t *testing.T) {
	text, html := corpusBlocks(t)
	if text == nil {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	var kb keyBuffer
	for _, b := range append(text, html...) {
		checkFeatures(t, b.text, b.stop, &kb)
	}
}

// featureCases: one line for each feature, and lines near them.
var featureCases = []string{
	"", " ", "The union said it would meet the studios again.", "12 comments", "3.4K shares 10 likes", "1,024",
	"5 minutes ago", "Updated an hour AGO", "By Jane Doe", "BY JANE DOE | REUTERS", "von Anna Schmidt | Berlin",
	"Read more: Strike talks break off", "Lees ook: De staking", "Читайте также: Забастовка",
	"Nov 18, 2019 at 9:24 pm ET • 2 min read", "November 19, 2019", "19 November 2019", "2019-11-19T06:55",
	"19.11.2019", "Updated Nov 19, 6:55 AM", "Updated 0339 GMT (1139 HKT) November 19, 2019", "5. Oktober 2013 um 10:00",
	"5 de octubre de 2013", "2019年6月24日", "SEPT 3 2020 — Berlin", "Posted 11/19/19", "On Monday at 10.30am",
	"(AP Photo/Jane Doe)", "Photo by Jane Doe", "REUTERS/Jane Doe", "© Getty Images", "(Foto: Jane Doe)", "Quelle: dpa",
	"Jane Doe is a senior reporter for The Daily.", "Jane Doe ist Redakteurin bei der Zeitung.", "Hallo, ich bin Anna, und das ist mein Blog.",
	"JANE DOE İS A WRİTER", "Jane Doe is a WRİTER for us", "Kelvin \u212aelvin ſecs", "headtopics.com", "https://example.com/a",
	"www.example.org", "{{ title }}", "[object Object]", "undefined", "null", "<%= name %>",
	"— Jane Doe (@janedoe) November 18, 2019", "Home » News » World", "« Previous", "Share this article",
	"We use cookies to improve your experience", "Sign up for our newsletter", "日本語のテキストと English mixed 한국어",
	"ÉCOLE Straße İstanbul ΣΟΦΊΑ", "bad \xff\xfe bytes", "إِنَّ الْكِتَابَ فِي الْمَكْتَبَةِ", "Wein\u00adwirt\u00adschaft",
	"mar apr MAY", "International internships for fellows", "Jan. 5", "12:30", "3 de mayo de 202221:25",
}

// TestFeaturesMatchReference: the golden lines, with and without a
// stop-word list.
func TestFeaturesMatchReference(t *testing.T) {
	lists := stopLists()
	var kb keyBuffer
	for _, sw := range []stopWords{{}, {set: lists.sets["en"], known: true, latin: true}, {set: lists.sets["de"], known: true, latin: true}} {
		for _, s := range featureCases {
			checkFeatures(t, s, sw, &kb)
		}
	}
}

// FuzzFeaturesMatchReference: any line.
func FuzzFeaturesMatchReference(f *testing.F) {
	for _, s := range featureCases {
		f.Add(s)
	}
	sw := stopWords{set: stopLists().sets["en"], known: true, latin: true}
	var kb keyBuffer
	f.Fuzz(func(t *testing.T, s string) { checkFeatures(t, s, sw, &kb) })
}

// BenchmarkFeatures is the features stage alone over the blocks of the
// dev corpus: the pasted texts, and the HTML pages of dev and multi.
//
//	go test -bench Features -run '^$' -benchmem ./cleaner
func BenchmarkFeatures(b *testing.B) {
	text, html := corpusBlocks(b)
	if text == nil {
		b.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	for _, c := range []struct {
		name   string
		blocks []featureBlock
	}{{"text", text}, {"html", html}} {
		// The stage as it was (features_ref_test.go), for a comparison
		// in the same process.
		b.Run(c.name+"/reference", func(b *testing.B) {
			size := 0
			for _, fb := range c.blocks {
				size += len(fb.text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var scratch []byte
			for b.Loop() {
				for _, fb := range c.blocks {
					measureIntoRef(fb.text, fb.stop, &scratch)
				}
			}
		})
		b.Run(c.name, func(b *testing.B) {
			size := 0
			for _, fb := range c.blocks {
				size += len(fb.text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				var kb keyBuffer // as computeFeatures has it: one a run
				kb.keys.Grow(size)
				for _, fb := range c.blocks {
					kb.stop = fb.set
					measureInto(fb.text, &kb)
				}
			}
		})
	}
}

// checkDates requires the same answers from the date readers and their
// references.
func checkDates(t *testing.T, s string) {
	t.Helper()
	if got, want := hasMonthName(s), hasMonthNameRef(s); got != want {
		t.Fatalf("hasMonthName(%q) = %v, want %v", s, got, want)
	}
	iso, a, b, ok := findDate(s)
	iso2, a2, b2, ok2 := findDateRef(s)
	if iso != iso2 || a != a2 || b != b2 || ok != ok2 {
		t.Fatalf("findDate(%q) = %q %d %d %v, want %q %d %d %v", s, iso, a, b, ok, iso2, a2, b2, ok2)
	}
	if got, want := isDateLine(s), isDateLineRef(s); got != want {
		t.Fatalf("isDateLine(%q) = %v, want %v", s, got, want)
	}
	iso, ok = findAnyDate(s)
	iso2, ok2 = findAnyDateRef(s)
	if iso != iso2 || ok != ok2 {
		t.Fatalf("findAnyDate(%q) = %q %v, want %q %v", s, iso, ok, iso2, ok2)
	}
}

// checkDateShapes: the shape tests before the date patterns never turn
// a match away.
func checkDateShapes(t *testing.T, s string) {
	t.Helper()
	if reISODate.MatchString(s) && !hasISOShape(s) {
		t.Errorf("%q: reISODate matches, hasISOShape says no", s)
	}
	if n, kept, plain := plainWords(s); plain {
		if n != len(words(s)) {
			t.Errorf("%q: plainWords counts %d, words %d", s, n, len(words(s)))
		}
		if after := len(words(reTimeWords.ReplaceAllString(s, " "))); after > n || after < kept {
			t.Errorf("%q: %d words before the time words go (%d kept), %d after", s, n, kept, after)
		}
	}
	odd := strings.Contains(s, "ſ")
	if reMonthDay.MatchString(s) && !odd && !monthThenDay(s) {
		t.Errorf("%q: reMonthDay matches, monthThenDay says no", s)
	}
	if reDayMonth.MatchString(s) && !odd && !dayThenMonth(s) {
		t.Errorf("%q: reDayMonth matches, dayThenMonth says no", s)
	}
}

var dateCases = []string{
	"Nov 19, 2019", "NOVEMBER\t19th, 2019", "Sept. 3 2020", "19 Nov 2019", "19th of November, 2019", "3RD OF\nSEPT 2020",
	"1st. Jan. 2020", "Updated 6:55 a.m. ET on Monday", "PUBLISHED ON TUESDAY AT 10.30 P.M. GMT", "The talks on the 12:30 train went on",
	"amp mp pa x1:23 1:23y", "x12:345y on at", "a-b:c|d 10.30am", "GMT(1139 HKT)", "x on y", "pm_am on", "on’at", "Dec\u212a 5 2019", "5 ſept 2019", "ſept 5 2019", "Jan.5 2019", "5Jan 2019", "5. Nov 2019",
	"ſep 19, 6:55", "SEP 19 6.55 am", "Updated \u212aov 19", "märz 2019", "5. MÄRZ 2019", "5 de OCTUBRE de 2013",
	"12 października 2021", "Oktober 5, 2013", "20 août 2020", "2019-13-45", "19.11.2019", "1.2.20",
}

func TestDatesMatchReference(t *testing.T) {
	for _, s := range append(dateCases, featureCases...) {
		checkDates(t, s)
	}
}

func FuzzDatesMatchReference(f *testing.F) {
	for _, s := range append(dateCases, featureCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDates(t, s)
		checkDateShapes(t, s)
	})
}

// checkPhrase requires the same phrase from matchPhrase and its
// reference, on a line's folded words and on the raw line as a key.
func checkPhrase(t *testing.T, s string) {
	t.Helper()
	key, n := appendFoldKey(nil, s)
	for _, k := range []string{string(key), s, " " + s + "  x "} {
		r, how, ok := matchPhrase(k, n)
		r2, how2, ok2 := matchPhraseRef(k, n)
		if r != r2 || how != how2 || ok != ok2 {
			t.Fatalf("matchPhrase(%q, %d) = %v %v %v, want %v %v %v", k, n, r, how, ok, r2, how2, ok2)
		}
	}
}

func TestPhraseMatchesReference(t *testing.T) {
	for _, s := range featureCases {
		checkPhrase(t, s)
	}
}

func FuzzPhraseMatchesReference(f *testing.F) {
	for _, s := range featureCases {
		f.Add(s)
	}
	f.Fuzz(checkPhrase)
}

// TestDateShapes: the shape tests before the date patterns never turn
// a match away.
func TestDateShapes(t *testing.T) {
	for _, s := range append(append(dateCases, featureCases...), "a-2019-11-19", "-2019-11-19", "1999-01-0", "x 2000-12-31") {
		checkDateShapes(t, s)
	}
}
