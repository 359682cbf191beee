package cleaner

import (
	"bytes"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner/internal/htmlparse"
	"golang.org/x/net/html"
)

// parseHTML (the fork in internal/htmlparse) must give the tree
// x/net/html gives, node for node, on every page the cleaner reads.

// checkParseHTML parses src with parseHTML and with x/net/html and fails
// when the trees or the errors differ, or when src changed.
func checkParseHTML(t *testing.T, name string, src []byte) {
	t.Helper()
	if d := htmlparse.Compare(src, parseHTML); d != "" {
		t.Fatalf("%s: %s", name, d)
	}
}

func TestParseHTML(t *testing.T) {
	for _, src := range []string{
		``,
		`<p class=a>x &amp; y</p>`,
		"<SCRIPT>if (a<b) x--;\r\n</SCRIPT><style>p{}</style><svg><style>s</style></svg>",
		`<table><tr><td>a</td><script>x</script></tr></table><a href="?a=1&amp;b=2">l</a>`,
	} {
		checkParseHTML(t, strconv.Quote(src), []byte(src))
	}
}

// TestParseHTMLCorpus compares the trees of every page of the corpora.
func TestParseHTMLCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus comparison")
	}
	dirs := []string{filepath.Join("..", "..", "shared", "corpus", "dev"), filepath.Join("..", "..", "shared", "corpus", "multi")}
	n := 0
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
		for _, f := range files {
			page := readGzipPage(t, f)
			src, err := decodeHTML(page, Options{})
			if err != nil {
				continue
			}
			n++
			checkParseHTML(t, f, src)
		}
	}
	if n == 0 {
		t.Skip("no corpus at ../../shared/corpus (dev and multi)")
	}
	t.Logf("%d pages, the same trees", n)
}

// BenchmarkParseDevHTML parses every dev page once per iteration, with
// x/net/html and with parseHTML: the parse alone, without the walks.
func BenchmarkParseDevHTML(b *testing.B) {
	pages := loadDevHTML(b)
	srcs := make([][]byte, 0, len(pages))
	size := 0
	for _, p := range pages {
		if src, err := decodeHTML(p, Options{}); err == nil {
			srcs = append(srcs, src)
			size += len(src)
		}
	}
	for _, bc := range []struct {
		name  string
		parse func([]byte) (*html.Node, error)
	}{
		{"xnet", func(src []byte) (*html.Node, error) {
			return html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
		}},
		{"fork", parseHTML},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, src := range srcs {
					if _, err := bc.parse(src); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
