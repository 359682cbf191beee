package harness

import (
	"bytes"
	"html"
	"strings"
)

// ParagraphsHTML wraps pasted text as an HTML page with one <p> per
// non-blank line. The peers only read HTML, so this is how they are
// given pasted text.
func ParagraphsHTML(text []byte) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n")
	for line := range strings.SplitSeq(string(text), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(line))
		b.WriteString("</p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.Bytes()
}
