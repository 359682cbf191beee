package cleaner

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStopListFiles checks every stop-word list: a header naming its source
// and license, one word a line, and no more lists than detection has bits.
func TestStopListFiles(t *testing.T) {
	entries, err := fs.ReadDir(wordFiles, "words")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(entries), 20, "stop-word languages")
	assert.LessOrEqual(t, len(entries), 64, "stopTables.langs has one bit a language")
	for _, e := range entries {
		data, err := wordFiles.ReadFile("words/" + e.Name())
		require.NoError(t, err)
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		assert.True(t, strings.HasPrefix(lines[0], "# ") && strings.Contains(lines[0], "License"),
			"%s: the first line names the source and its license", e.Name())
		for _, ln := range lines {
			if strings.HasPrefix(ln, "#") {
				continue
			}
			assert.Equal(t, foldKey(ln), ln, "%s: %q is one folded word", e.Name(), ln)
		}
		name := strings.TrimSuffix(e.Name(), ".txt")
		assert.NotEmpty(t, stopLists().sets[name], name)
		assert.False(t, stopLists().sets[name]["#"], "%s: the header is not a word", name)
	}
}

// TestDetectLanguage runs the detector over a paragraph of each language
// (text written for this test).
func TestDetectLanguage(t *testing.T) {
	tests := []struct{ want, text string }{
		{"pl", "W poniedziałek rada miasta zdecydowała, że nowy park zostanie otwarty jeszcze przed latem. Mieszkańcy mogą zgłaszać swoje pomysły do końca miesiąca, a projekt będzie gotowy w maju."},
		{"nl", "De gemeenteraad heeft maandag besloten dat het nieuwe park nog voor de zomer wordt geopend. Bewoners kunnen tot het einde van de maand hun ideeën insturen en het ontwerp is in mei klaar."},
		{"cs", "Městská rada v pondělí rozhodla, že nový park bude otevřen ještě před létem. Obyvatelé mohou své nápady posílat do konce měsíce a návrh bude hotový v květnu, pokud se nic nezmění."},
		{"sv", "Kommunfullmäktige beslutade på måndagen att den nya parken ska öppna redan före sommaren. Invånarna kan skicka in sina idéer till slutet av månaden och förslaget är klart i maj."},
		{"tr", "Belediye meclisi pazartesi günü yeni parkın yazdan önce açılmasına karar verdi. Mahalle sakinleri fikirlerini ay sonuna kadar gönderebilir ve proje mayıs ayında hazır olacak, ancak bütçe henüz belli değil."},
		{"da", "Byrådet besluttede mandag, at den nye park skal åbne allerede før sommeren. Borgerne kan sende deres idéer ind til slutningen af måneden, og forslaget er klar i maj, hvis alt går som planlagt."},
		{"fi", "Kaupunginvaltuusto päätti maanantaina, että uusi puisto avataan jo ennen kesää. Asukkaat voivat lähettää ideoitaan kuun loppuun asti, ja suunnitelma on valmis toukokuussa, jos kaikki menee hyvin."},
		{"hu", "A városi tanács hétfőn úgy döntött, hogy az új park még a nyár előtt megnyílik. A lakók a hónap végéig küldhetik be az ötleteiket, és a terv májusra elkészül, ha minden jól megy."},
		{"ar", "قرر مجلس المدينة يوم الاثنين أن الحديقة الجديدة ستفتح قبل الصيف. ويمكن للسكان إرسال أفكارهم حتى نهاية الشهر، على أن يكون المشروع جاهزا في مايو إذا لم تتغير الخطة."},
		{"zh", "市议会星期一决定，新公园将在夏天之前开放。居民可以在月底之前提交他们的想法，设计方案将在五月完成。"},
		{"ja", "市議会は月曜日、新しい公園を夏の前に開くことを決めました。住民は月末までに意見を送ることができ、計画は五月に完成する予定です。"},
		{"ko", "시의회는 월요일에 새 공원을 여름 전에 열기로 결정했다. 주민들은 이달 말까지 의견을 보낼 수 있으며 설계는 오월에 완성될 예정이다."},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			a, err := Clean([]byte(tc.text), Options{Mode: ModeText})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Lang)
		})
	}
}

// TestDensityOtherScripts checks that the density signals hold for
// right-to-left text (stop words found with or without vowel signs) and
// for scripts without spaces (lengths in characters): prose is prose and a
// menu item is not (text written for this test). Prose is at least
// near-good: whether it is good also depends on its length.
func TestDensityOtherScripts(t *testing.T) {
	lists := stopLists().sets
	tests := []struct {
		name string
		sw   stopWords
		text string
		want class
	}{
		{"arabic prose", stopWords{set: lists["ar"], known: true},
			"وقالت مديرة المكتبة إن أكثر من ألف قارئ جديد سجلوا في الأسبوع الأول، وهو عدد لم يكن متوقعا من قبل.", classGood},
		{"arabic prose with vowel signs", stopWords{set: lists["ar"], known: true},
			"وَقَالَتْ مُدِيرَةُ المَكْتَبَةِ إِنَّ أَكْثَرَ مِنْ أَلْفِ قَارِئٍ جَدِيدٍ سَجَّلُوا فِي الأُسْبُوعِ الأَوَّلِ، وَهُوَ عَدَدٌ لَمْ يَكُنْ مُتَوَقَّعًا.", classGood},
		{"arabic menu item", stopWords{set: lists["ar"], known: true}, "الأخبار الرياضية", classShort},
		{"japanese prose", stopWords{set: lists["ja"], cjk: true},
			"館長によると、最初の一週間で千人以上が新しく利用者登録をしたということです。", classGood},
		{"japanese menu item", stopWords{set: lists["ja"], cjk: true}, "スポーツ", classShort},
		{"chinese prose", stopWords{set: lists["zh"], cjk: true},
			"市议会星期一决定，新公园将在夏天之前开放，居民可以在月底之前提交他们的想法。", classGood},
		{"korean prose", stopWords{set: lists["ko"], cjk: true},
			"관장은 첫 주에 천 명이 넘는 주민이 새로 회원 등록을 했다고 밝혔다. 주민들이 오래 기다려 온 시설이다.", classGood},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := measure(tc.text, tc.sw)
			v := classifyFeatures(&f, tc.sw)
			assert.True(t, v.keep)
			if tc.want == classShort {
				assert.Equal(t, classShort, v.class)
				return
			}
			assert.GreaterOrEqual(t, v.class, classNearGood, "prose")
			if !tc.sw.cjk {
				assert.GreaterOrEqual(t, f.stopDensity, stopLow, "stop words found")
			}
		})
	}
}

// countLettersRef is the letter count as first written: a range over the
// runes.
func countLettersRef(s string) (letters, cjk int) {
	for _, c := range s {
		if c >= utf8.RuneSelf && unicode.IsLetter(c) {
			letters++
			if isCJK(c) {
				cjk++
			}
		} else if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters, cjk
}

var countLettersCases = []string{"", "The strike, day 3!", "Größe ändern", "東京で会議", "서울 회의", "a\xffb\xc3", "Zz@[`{", "Ａｂｃ 123"}

func TestCountLetters(t *testing.T) {
	for _, s := range countLettersCases {
		l, c := countLettersRef(s)
		gl, gc := countLetters(s)
		assert.Equal(t, l, gl, "letters of %q", s)
		assert.Equal(t, c, gc, "CJK of %q", s)
	}
	l, c := countLetters("Zz@[`{ 東京")
	assert.Equal(t, 4, l)
	assert.Equal(t, 2, c)
}

func FuzzCountLetters(f *testing.F) {
	for _, s := range countLettersCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, c := countLettersRef(s)
		gl, gc := countLetters(s)
		if l != gl || c != gc {
			t.Fatalf("%q: %d, %d; want %d, %d", s, gl, gc, l, c)
		}
	})
}
