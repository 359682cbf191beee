package cleaner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// Golden tests of the HTML front end: testdata/html/<case>.html is the
// input, <case>.golden the expected result beside it (metadata, every
// segment with its verdict, and the rendered HTML). Run with -update to
// rewrite the golden files after a deliberate change, then review the
// diff.

func TestGoldenHTML(t *testing.T) {
	files, err := filepath.Glob("../testdata/html/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			require.NoError(t, err)
			a, err := Clean(in, Options{Mode: ModeHTML, URL: "https://news.example.com/section/page.html"})
			require.NoError(t, err)
			got := goldenHTMLDump(a)
			golden := strings.TrimSuffix(f, ".html") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create it")
			assert.Equal(t, string(want), got, "golden %s (run with -update to accept)", golden)
		})
	}
}

// goldenHTMLDump renders what a golden file holds.
func goldenHTMLDump(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\ndate: %s\nsite: %s\nlang: %s\nurl: %s\npageType: %s\n",
		a.Title, a.Byline, a.Date, a.Site, a.Lang, a.URL, a.PageType)
	b.WriteString("-- segments --\n")
	for _, s := range a.Segments {
		mark := "-"
		if s.Kept {
			mark = "+"
		}
		fmt.Fprintf(&b, "%s %s %s: %s\n", mark, s.Kind, s.Reason, strings.ReplaceAll(s.Text, "\n", " / "))
	}
	b.WriteString("-- html --\n")
	b.WriteString(a.HTML())
	return b.String()
}

// encodedPages are golden inputs in legacy encodings. Their bytes are
// generated from the UTF-8 text here with x/text's encoders (run with
// -update) and committed; the test checks the committed bytes still
// match, so the generator and the files cannot drift apart.
var encodedPages = []struct {
	file string
	enc  encoding.Encoding
	html string
}{
	{"latin1.html", charmap.ISO8859_1, `<!doctype html><html lang="fr"><head><meta charset="iso-8859-1"><title>Le marché de Noël ouvre ses portes</title></head><body>
<nav><a href="/">Accueil</a> <a href="/ville">Ville</a></nav>
<article><h1>Le marché de Noël ouvre ses portes</h1>
<p>Le marché de Noël de la place centrale a ouvert ses portes vendredi soir, avec une soixantaine de chalets et une grande roue installée pour la première fois cette année.</p>
<p>Les organisateurs espèrent accueillir plus de deux cent mille visiteurs d'ici à la fin du mois de décembre, malgré la hausse des prix de l'énergie.</p>
</article></body></html>`},
	{"cp1252.html", charmap.Windows1252, `<!doctype html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Prices rise – again</title></head><body>
<article><h1>Prices rise – again</h1>
<p>“Everything costs more,” said one shopper, who paid €4 for a loaf of bread on Monday – a rise of almost a third since the same week last year at the bakery.</p>
<p>The statistics office said food prices had risen faster than wages for the third year running, and that the gap was widest for families on low incomes.</p>
</article></body></html>`},
	{"shift-jis.html", japanese.ShiftJIS, `<!doctype html><html lang="ja"><head><meta charset="Shift_JIS"><title>東京で桜が開花</title></head><body>
<article><h1>東京で桜が開花</h1>
<p>気象庁は二十日、東京都心で桜が開花したと発表しました。平年より六日早く、去年と比べても四日早い開花となりました。</p>
<p>都内の公園では、週末にかけて多くの花見客が訪れると見込まれており、関係者は混雑への注意を呼びかけています。</p>
</article></body></html>`},
}

func TestEncodedGoldenInputs(t *testing.T) {
	for _, p := range encodedPages {
		t.Run(p.file, func(t *testing.T) {
			want, err := p.enc.NewEncoder().Bytes([]byte(p.html))
			require.NoError(t, err)
			path := filepath.Join("../testdata/html", p.file)
			if *update {
				require.NoError(t, os.WriteFile(path, want, 0o644))
				return
			}
			got, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to generate it")
			assert.Equal(t, want, got)
			a, err := Clean(got, Options{Mode: ModeHTML})
			require.NoError(t, err)
			assert.Contains(t, p.html, a.Title, "the title decodes to the original text")
			for _, s := range a.Kept() {
				assert.Contains(t, p.html, s.Text, "kept text decodes to the original")
			}
			assert.NotEmpty(t, a.Kept())
		})
	}
}
