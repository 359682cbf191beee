package cleaner

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

type urlT = url.URL

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	require.NoError(t, err)
	return u
}

// robustBudget bounds how long one adversarial input may take; far above
// the real cost (milliseconds), it only catches hangs.
const robustBudget = 20 * time.Second

func TestHTMLDeeplyNested(t *testing.T) {
	for _, depth := range []int{600, 100_000} {
		in := strings.Repeat("<div>", depth) + "<p>Deep text that is still an article paragraph of some length, kept when it can be.</p>" + strings.Repeat("</div>", depth)
		start := time.Now()
		a, err := Clean([]byte(in), Options{Mode: ModeHTML})
		require.NoError(t, err, "depth %d", depth)
		assert.Less(t, time.Since(start), robustBudget)
		assert.Contains(t, a.Text(), "Deep text", "depth %d", depth)
	}
	// Deep inline nesting inside a paragraph.
	in := "<p>" + strings.Repeat("<b>", 100_000) + "bold" + "</p>"
	_, err := Clean([]byte(in), Options{Mode: ModeHTML})
	require.NoError(t, err)
}

func TestHTMLHuge(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article><h1>Huge</h1>")
	for b.Len() < 2<<20 { // 2 MiB: the largest real pages are about this size
		b.WriteString("<p>A paragraph of ordinary prose, repeated to make a very large page that must still be cleaned in time.</p><div><a href='/x'>link</a></div>")
	}
	b.WriteString("</article></body></html>")
	start := time.Now()
	a, err := Clean([]byte(b.String()), Options{Mode: ModeHTML})
	require.NoError(t, err)
	assert.Less(t, time.Since(start), robustBudget)
	assert.NotEmpty(t, a.Segments)
}

func TestHTMLCharsets(t *testing.T) {
	const text = "Déjà vu: “quoted” – 5 €"
	cp1252, err := charmap.Windows1252.NewEncoder().String(text)
	require.NoError(t, err)
	page := func(head, body string) []byte {
		return []byte("<html><head>" + head + "</head><body><p>" + body + "</p></body></html>")
	}
	cases := []struct {
		name string
		in   []byte
		opts Options
		want string
	}{
		{"utf-8", page(`<meta charset="utf-8">`, text), Options{}, text},
		{"utf-8 BOM", append([]byte("\ufeff"), page("", text)...), Options{}, text},
		{"meta charset", page(`<meta charset="windows-1252">`, cp1252), Options{}, text},
		{"http-equiv", page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, cp1252), Options{}, text},
		{"hint", page("", cp1252), Options{Charset: "windows-1252"}, text},
		{"no label, not UTF-8", page("", cp1252), Options{}, text},
		{"stale label on UTF-8", page(`<meta charset="iso-8859-1">`, text), Options{}, text},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Mode = ModeHTML
			a, err := Clean(c.in, c.opts)
			require.NoError(t, err)
			require.NotEmpty(t, a.Segments)
			assert.Equal(t, c.want, a.Segments[0].Text)
		})
	}
	_, err = Clean(page("", "x"), Options{Mode: ModeHTML, Charset: "no-such-charset"})
	assert.ErrorIs(t, err, ErrOptions)
}

// FuzzCleanHTML: any input cleans without panicking, to valid UTF-8, the
// same way twice, with only allow-listed markup in the HTML.
func FuzzCleanHTML(f *testing.F) {
	files, _ := filepath.Glob("../testdata/html/*.html")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(articleProse(`<a href="javascript:x">y</a><svg><script>z</script></svg>`)))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Clean(in, Options{Mode: ModeHTML, URL: "https://site.example/"})
		if err != nil {
			return
		}
		out, text := a.HTML(), a.Text()
		if !utf8.ValidString(out) || !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 output")
		}
		b, err := Clean(in, Options{Mode: ModeHTML, URL: "https://site.example/"})
		if err != nil || b.HTML() != out || b.Text() != text {
			t.Fatalf("not deterministic")
		}
		if bytes.Contains(bytes.ToLower([]byte(out)), []byte("<script")) {
			t.Fatalf("script in output: %q", out)
		}
	})
}
