package cleaner

import (
	"io/fs"
	"strings"
	"testing"

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
