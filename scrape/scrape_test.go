package scrape

import (
	"bytes"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

func readPage(t *testing.T) ([]byte, *goquery.Document) {
	t.Helper()
	in, err := os.ReadFile("../testdata/rules/harbour.html")
	require.NoError(t, err)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(in))
	require.NoError(t, err)
	return in, doc
}

// output parses an article's sanitized HTML, to assert on its structure.
func output(t *testing.T, a *cleaner.Article) *goquery.Document {
	t.Helper()
	out, err := goquery.NewDocumentFromReader(strings.NewReader(a.HTML()))
	require.NoError(t, err)
	return out
}

func TestFromDocument(t *testing.T) {
	in, doc := readPage(t)
	opts := cleaner.Options{Content: "main.story", Remove: []string{".newsletter-box"}, Keep: []string{"aside#promo"}}
	a, err := FromDocument(doc, opts)
	require.NoError(t, err)
	want, err := cleaner.Clean(in, opts)
	require.NoError(t, err)
	assert.Equal(t, want.Record(), a.Record(), "the same article as from the page's bytes")

	out := output(t, a)
	assert.Equal(t, 1, out.Find("article").Length())
	assert.Equal(t, "Harbour ferries return after the winter repairs", out.Find("article > h1").Text())
	// The paragraphs of the body: the line of byline, date and site under
	// the headline is the one in <em>.
	paras := out.Find("article > p").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.Children().Length() != 1 || s.Children().First().Text() != s.Text() || !s.Children().First().Is("em")
	}).Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	require.GreaterOrEqual(t, len(paras), 3)
	assert.True(t, strings.HasPrefix(paras[0], "The harbour's three ferries"), "the lede comes first: %q", paras)
	assert.Contains(t, paras, "Our guide to the seaside walks of the region has new maps of the coast path this summer.", "kept by the rule")
	assert.Zero(t, out.Find("div, nav, footer, script, [class], [id]").Length(), "only allow-listed tags, no attributes from the page")
	assert.NotContains(t, out.Text(), "newsletter")
}

func TestFromDocumentURL(t *testing.T) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(
		`<html><body><article><p>The ferries returned on Monday after four months of repairs, the port authority said, and the pier is open again. <a href="/timetable">The timetable</a> is online.</p></article></body></html>`))
	require.NoError(t, err)
	doc.Url, _ = url.Parse("https://gazette.example/news/ferries")
	a, err := FromDocument(doc, cleaner.Options{})
	require.NoError(t, err)
	href, ok := output(t, a).Find("a").Attr("href")
	require.True(t, ok)
	assert.Equal(t, "https://gazette.example/timetable", href, "links resolved against doc.Url")
}

func TestFromSelection(t *testing.T) {
	_, doc := readPage(t)
	a, err := FromSelection(doc.Find("main"), cleaner.Options{})
	require.NoError(t, err)
	assert.Equal(t, "Harbour ferries return after the winter repairs", a.Title, "metadata from the whole document")
	out := output(t, a)
	assert.NotContains(t, out.Text(), "Weather", "the menu is outside the selection")
	assert.Contains(t, out.Find("p").Text(), "Crews replaced")

	many, err := FromSelection(doc.Find("main > p"), cleaner.Options{})
	require.NoError(t, err)
	assert.Contains(t, many.Text(), "Crews replaced")
	assert.NotContains(t, many.Text(), "newsletter")
}

func TestBadInput(t *testing.T) {
	_, doc := readPage(t)
	_, err := FromDocument(nil, cleaner.Options{})
	assert.ErrorIs(t, err, cleaner.ErrEmpty)
	_, err = FromDocument(&goquery.Document{}, cleaner.Options{})
	assert.ErrorIs(t, err, cleaner.ErrEmpty)
	_, err = FromSelection(nil, cleaner.Options{})
	assert.ErrorIs(t, err, cleaner.ErrEmpty)
	_, err = FromSelection(doc.Find("table.none"), cleaner.Options{})
	assert.ErrorIs(t, err, cleaner.ErrEmpty)
	_, err = FromDocument(doc, cleaner.Options{Content: "main >"})
	assert.ErrorIs(t, err, cleaner.ErrOptions)
}

// TestWasmDependencies: the WebAssembly build carries neither goquery nor
// net/http (goquery alone would add about 440 KB brotli), and the core
// imports neither on any platform.
func TestWasmDependencies(t *testing.T) {
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		env  []string
		pkg  string
	}{
		{"wasm", []string{"GOOS=js", "GOARCH=wasm"}, "./wasm"},
		{"cleaner", nil, "./cleaner"},
		{"cleaner in wasm", []string{"GOOS=js", "GOARCH=wasm"}, "./cleaner"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command("go", "list", "-deps", c.pkg)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), c.env...)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "%s", out)
			deps := strings.Fields(string(out))
			require.Contains(t, deps, "github.com/seed15afa100/articlecleaner/cleaner", "go list ran on the right package")
			require.Contains(t, deps, "github.com/andybalholm/cascadia")
			for _, bad := range []string{"github.com/PuerkitoBio/goquery", "net/http", "github.com/seed15afa100/articlecleaner/scrape"} {
				assert.NotContains(t, deps, bad)
			}
		})
	}
}
