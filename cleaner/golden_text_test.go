package cleaner

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Golden tests for pasted text: testdata/text/<case>.txt holds an input
// and the rendering a careful reader wants, in txtar-like sections:
//
//	comment lines
//	-- input --
//	the pasted text
//	-- want --
//	title: …
//	…
//
// go test ./cleaner -run Golden -update rewrites the want sections of the
// cases that are not known failures.

var update = flag.Bool("update", false, "rewrite the want sections of golden files")

const goldenTextDir = "../testdata/text"

// knownFailures lists golden cases the core gets wrong today. Their want
// section is what it should produce; the test skips them while they fail
// and fails with "no longer failing" once they pass, so the entry can go.
var knownFailures = map[string]string{}

// section is one "-- name --" part of a golden file.
type section struct {
	name string
	data []byte
}

// goldenFile is a parsed golden file.
type goldenFile struct {
	comment  []byte
	sections []section
}

// parseGolden splits a file into its comment and "-- name --" sections.
func parseGolden(data []byte) goldenFile {
	var g goldenFile
	cur := -1
	for len(data) > 0 {
		line := data
		rest := []byte(nil)
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, rest = data[:i+1], data[i+1:]
		}
		data = rest
		if name, ok := sectionName(line); ok {
			g.sections = append(g.sections, section{name: name})
			cur = len(g.sections) - 1
			continue
		}
		if cur < 0 {
			g.comment = append(g.comment, line...)
		} else {
			g.sections[cur].data = append(g.sections[cur].data, line...)
		}
	}
	return g
}

func sectionName(line []byte) (string, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < 7 {
		return "", false
	}
	return strings.TrimSpace(s[3 : len(s)-3]), true
}

func (g goldenFile) get(name string) ([]byte, bool) {
	for _, s := range g.sections {
		if s.name == name {
			return s.data, true
		}
	}
	return nil, false
}

func (g *goldenFile) set(name string, data []byte) {
	for i := range g.sections {
		if g.sections[i].name == name {
			g.sections[i].data = data
			return
		}
	}
	g.sections = append(g.sections, section{name: name, data: data})
}

func (g goldenFile) format() []byte {
	var b bytes.Buffer
	b.Write(g.comment)
	for _, s := range g.sections {
		fmt.Fprintf(&b, "-- %s --\n", s.name)
		b.Write(s.data)
		if len(s.data) > 0 && s.data[len(s.data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// goldenInput returns the input section without the final newline that
// the file format adds after it.
func goldenInput(g goldenFile) []byte {
	in, _ := g.get("input")
	return bytes.TrimSuffix(in, []byte("\n"))
}

// renderGolden is the readable form of a result that golden files hold:
// metadata lines, the kept text, then one line per removed piece.
func renderGolden(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\ndate: %s\nlang: %s\npage: %s\n", a.Title, a.Byline, a.Date, a.Lang, a.PageType)
	b.WriteString("\ntext:\n")
	if t := a.Text(); t != "" {
		b.WriteString(t + "\n")
	}
	b.WriteString("\nremoved:\n")
	for _, r := range a.Removed() {
		reason := r.Reason.String()
		if r.Inline {
			reason += " (cut)"
		}
		fmt.Fprintf(&b, "%s\t%s\n", reason, strings.ReplaceAll(r.Text, "\n", `\n`))
	}
	return b.String()
}

func goldenFiles(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(goldenTextDir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no golden files in %s", goldenTextDir)
	return files
}

func TestGoldenText(t *testing.T) {
	seen := map[string]bool{}
	for _, file := range goldenFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			g := parseGolden(data)
			input := goldenInput(g)
			require.NotEmpty(t, input, "%s has no input section", file)
			opts := Options{Mode: ModeText}
			a, err := Clean(input, opts)
			require.NoError(t, err)
			require.NoError(t, checkArticle(input, opts, a))
			got := renderGolden(a)
			want, _ := g.get("want")
			why, known := knownFailures[name]
			if *update && !known {
				g.set("want", []byte(got))
				require.NoError(t, os.WriteFile(file, g.format(), 0o644))
				return
			}
			if known {
				if got == string(want) {
					t.Fatalf("%s is no longer failing: remove it from knownFailures", name)
				}
				t.Skipf("known failure: %s", why)
			}
			require.Equal(t, string(want), got, "golden %s (run with -update to accept)", file)
		})
	}
	for name := range knownFailures {
		if !seen[name] {
			t.Errorf("knownFailures names %q, which has no golden file", name)
		}
	}
}

func TestParseGolden(t *testing.T) {
	data := []byte("a comment\n-- input --\nline one\n-- not a marker\n\n-- want --\nx\ty\n")
	g := parseGolden(data)
	require.Equal(t, "a comment\n", string(g.comment))
	in, ok := g.get("input")
	require.True(t, ok)
	require.Equal(t, "line one\n-- not a marker\n\n", string(in))
	require.Equal(t, "line one\n-- not a marker\n", string(goldenInput(g)))
	want, _ := g.get("want")
	require.Equal(t, "x\ty\n", string(want))
	require.Equal(t, string(data), string(g.format()), "format round-trips")
	g.set("want", []byte("new\n"))
	g.set("extra", []byte("e"))
	require.Equal(t, "a comment\n-- input --\nline one\n-- not a marker\n\n-- want --\nnew\n-- extra --\ne\n", string(g.format()))
}
