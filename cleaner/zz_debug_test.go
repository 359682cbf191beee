package cleaner

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestZZDebugMeta(t *testing.T) {
	ids := strings.Fields(os.Getenv("ZZ_IDS"))
	for _, id := range ids {
		f, err := os.Open("/work/shared/corpus/multi/html/" + id + ".html.gz")
		if err != nil {
			t.Fatal(err)
		}
		gz, _ := gzip.NewReader(f)
		data, _ := io.ReadAll(gz)
		doc, _ := html.Parse(bytes.NewReader(data))
		var mn metaNodes
		mn.gather(doc, false)
		var m pageMeta
		m.readJSONLD(mn.jsonLD)
		m.readMetaTags(&mn)
		m.readMicrodata(&mn)
		for _, h := range mn.h1s {
			m.h1s = append(m.h1s, collapseSpace(nodeText(h)))
		}
		if mn.headTitle != nil {
			m.docTitle = collapseSpace(nodeText(mn.headTitle))
		}
		fmt.Printf("== %s\n titles %q\n doc %q\n h1s %q\n sites %q\n authors %q\n urls %q\n", id, m.titles, m.docTitle, m.h1s, m.sites, m.authors, m.urls)
	}
}
