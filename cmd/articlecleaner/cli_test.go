package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInputs runs the command on one input of each kind and checks the
// exit code and what it prints.
func TestInputs(t *testing.T) {
	seed := seedBytes(t)
	dir := t.TempDir()
	seedPath := writeFile(t, dir, "seed.txt", seed)
	// The gzip is named .txt: it must be recognised by its bytes.
	gzPath := writeFile(t, dir, "seed-gz.txt", gzipBytes(t, seed))
	gzExt := writeFile(t, dir, "seed.txt.gz", gzipBytes(t, seed))
	binPath := writeFile(t, dir, "image.bin", binaryData())
	badUTF8 := writeFile(t, dir, "latin1.txt", []byte("Caf\xe9 au lait: a long enough sentence about a caf\xe9 in the old town.\n"))
	empty := writeFile(t, dir, "empty.txt", nil)
	blank := writeFile(t, dir, "blank.txt", []byte(" \n\n\t \n"))
	truncGz := writeFile(t, dir, "trunc.gz", gzipBytes(t, seed)[:60])
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		out      []string // substrings of stdout
		notOut   []string // not in stdout
		stderr   string   // substring of stderr; "" means stderr must be empty
		emptyOut bool
	}{
		{name: "seed text", args: []string{seedPath}, code: exitOK,
			out: []string{seedTitle + "\n", seedDate, "Picketers carry signs"}, notOut: []string{"==>"}},
		{name: "seed markdown", args: []string{"-format", "markdown", seedPath}, code: exitOK,
			out: []string{"# " + seedTitle + "\n", "Picketers carry signs"}},
		{name: "seed html", args: []string{"-format=html", seedPath}, code: exitOK,
			out: []string{"<article>", "<h1>" + seedTitle + "</h1>", "<p>Picketers carry signs"}},
		{name: "gzip by magic bytes", args: []string{gzPath}, code: exitOK, out: []string{seedTitle, "Picketers carry signs"}},
		{name: "gzip by extension", args: []string{gzExt}, code: exitOK, out: []string{seedTitle}},
		{name: "binary", args: []string{binPath}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + binPath + ": input looks binary"},
		{name: "invalid utf-8", args: []string{badUTF8}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + badUTF8 + ": input is not valid UTF-8: invalid byte 0xe9 at offset 3"},
		{name: "invalid utf-8 with charset", args: []string{"-charset", "windows-1252", badUTF8}, code: exitOK,
			out: []string{"Café au lait"}},
		{name: "empty", args: []string{empty}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + empty + ": input is empty\n"},
		{name: "blank", args: []string{blank}, code: exitFail, emptyOut: true, stderr: ": input is empty\n"},
		{name: "truncated gzip", args: []string{truncGz}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + truncGz + ": reading gzip: unexpected EOF\n"},
		{name: "missing", args: []string{missing}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + missing + ": no such file or directory\n"},
		{name: "directory", args: []string{dir}, code: exitFail, emptyOut: true,
			stderr: "articlecleaner: " + dir + ": is a directory\n"},
		{name: "too large", args: []string{"-max-bytes", "1K", seedPath}, code: exitFail, emptyOut: true,
			stderr: ": input is too large: more than 1024 bytes (raise -max-bytes)\n"},
		{name: "too large after gunzip", args: []string{"-max-bytes=1K", gzPath}, code: exitFail, emptyOut: true,
			stderr: ": input is too large: more than 1024 bytes"},
		{name: "stdin without args", stdin: string(seed), code: exitOK, out: []string{seedTitle}},
		{name: "stdin as dash", args: []string{"-format", "json", "-"}, stdin: articleText, code: exitOK,
			out: []string{`"file":"-"`, "new park along the river"}},
		{name: "empty stdin", code: exitFail, emptyOut: true, stderr: "articlecleaner: standard input: input is empty\n"},
		{name: "flags after files", args: []string{seedPath, "-format", "md"}, code: exitOK, out: []string{"# " + seedTitle}},
		{name: "double dash ends flags", args: []string{"--", "-format"}, code: exitFail,
			stderr: "articlecleaner: -format: no such file or directory\n"},
		{name: "text mode forced", args: []string{"-mode", "text", "-format", "json"}, stdin: "<p>Hello there, this is a paragraph.</p>",
			code: exitOK, out: []string{`"mode":"text"`}},
		{name: "focus recall keeps a caption", args: []string{"-focus", "recall", "-mode", "html"},
			stdin: "<article><p>" + strings.Repeat("A sentence of the article. ", 20) + "</p><figure><img src=\"a.jpg\"><figcaption>The harbour at dawn.</figcaption></figure><p>" + strings.Repeat("Another sentence of it. ", 20) + "</p></article>",
			code:  exitOK, out: []string{"The harbour at dawn."}},
		{name: "focus balanced drops a caption", args: []string{"-focus", "balanced", "-mode", "html"},
			stdin: "<article><p>" + strings.Repeat("A sentence of the article. ", 20) + "</p><figure><img src=\"a.jpg\"><figcaption>The harbour at dawn.</figcaption></figure><p>" + strings.Repeat("Another sentence of it. ", 20) + "</p></article>",
			code:  exitOK, out: []string{"Another sentence of it."}, notOut: []string{"The harbour at dawn."}},
		{name: "html sniffed", args: []string{"-format", "json"}, stdin: "<html><body><p>" + strings.Repeat("A sentence of the article. ", 20) + "</p></body></html>",
			code: exitOK, out: []string{`"mode":"html"`, "A sentence of the article."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", errOut)
			for _, s := range tt.out {
				assert.Contains(t, out, s)
			}
			for _, s := range tt.notOut {
				assert.NotContains(t, out, s)
			}
			if tt.emptyOut {
				assert.Empty(t, out)
			}
			if tt.stderr == "" {
				assert.Empty(t, errOut)
			} else {
				assert.Contains(t, errOut, tt.stderr)
				assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line per failed input: %q", errOut)
			}
		})
	}
}

// TestBatchGoesOn checks that failed inputs among good ones are reported,
// the good ones are still printed, in order, with headers, and the exit
// code is 1.
func TestBatchGoesOn(t *testing.T) {
	seed := seedBytes(t)
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", seed)
	missing := filepath.Join(dir, "missing.txt")
	bin := writeFile(t, dir, "b.bin", binaryData())
	c := writeFile(t, dir, "c.txt", []byte(articleText))

	code, out, errOut := runCLI(t, "", a, missing, bin, c)
	assert.Equal(t, exitFail, code)
	assert.Equal(t, "articlecleaner: "+missing+": no such file or directory\n"+
		"articlecleaner: "+bin+": input looks binary, not text or HTML: it contains NUL bytes\n", errOut)
	ia := strings.Index(out, "==> "+a+" <==\n"+seedTitle)
	ic := strings.Index(out, "\n\n==> "+c+" <==\n")
	require.GreaterOrEqual(t, ia, 0, out)
	require.Greater(t, ic, ia, out)
	assert.Contains(t, out[ic:], "new park along the river")
	assert.NotContains(t, out, missing)
	assert.NotContains(t, out, bin)
}

// TestUsageErrors checks that bad flags exit 2 with a one-line reason
// and a pointer to -h, and process nothing.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown flag", []string{"-frobnicate"}, "flag provided but not defined: -frobnicate"},
		{"bad mode", []string{"-mode", "pdf"}, `"pdf" is not one of auto, text, html`},
		{"bad focus", []string{"-focus", "all"}, `"all" is not one of balanced, precision, recall`},
		{"bad format", []string{"-format", "xml"}, `"xml" is not one of text, markdown, html, json`},
		{"no jobs", []string{"-jobs", "0"}, "-jobs 0: need at least 1"},
		{"bad size", []string{"-max-bytes", "lots"}, `"lots" is not a positive size`},
		{"negative size", []string{"-max-bytes", "-5"}, `"-5" is not a positive size`},
		{"huge size", []string{"-max-bytes", "9G"}, "larger than the maximum"},
		{"unknown charset", []string{"-charset", "klingon"}, `unknown charset "klingon"`},
		{"bad restore", []string{"-restore", "1,x"}, `"1,x" is not a list of ids`},
		{"full without json", []string{"-full"}, "-full applies only to -format json"},
		{"missing value", []string{"-format"}, "flag needs an argument: -format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, articleText, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.msg)
			assert.True(t, strings.HasPrefix(errOut, "articlecleaner: "), errOut)
			assert.Contains(t, errOut, "Run 'articlecleaner -h' for usage.")
		})
	}
}

// TestHelp checks that -h documents every flag, the formats, examples,
// exit codes and the registered subcommands.
func TestHelp(t *testing.T) {
	subcommands["zz-test"] = subcommand{summary: "a subcommand registered by the test", run: nil}
	t.Cleanup(func() { delete(subcommands, "zz-test") })

	for _, arg := range []string{"-h", "-help", "--help"} {
		code, out, errOut := runCLI(t, "", arg)
		assert.Equal(t, exitOK, code)
		assert.Empty(t, errOut)
		assert.True(t, strings.HasPrefix(out, "Usage: articlecleaner [flags] [file ...]\n"), out)
		newFlagSet(defaultConfig()).VisitAll(func(f *flag.Flag) {
			documented := regexp.MustCompile(`\n  -` + f.Name + `[ \n]`).MatchString(out)
			assert.True(t, documented, "flag -%s is documented", f.Name)
		})
		for _, s := range []string{"Examples:", "Exit status:", "  0  ", "  1  ", "  2  ",
			"zz-test  a subcommand registered by the test", "json      JSON Lines", "gzip"} {
			assert.Contains(t, out, s)
		}
	}
}

// TestSubcommandDispatch checks that a registered subcommand gets the
// arguments after its name, before any flag parsing.
func TestSubcommandDispatch(t *testing.T) {
	var got []string
	subcommands["zz-echo"] = subcommand{summary: "test", run: func(args []string, stdout, _ io.Writer) int {
		got = args
		fmt.Fprint(stdout, "echo")
		return 3
	}}
	t.Cleanup(func() { delete(subcommands, "zz-echo") })
	code, out, _ := runCLI(t, "", "zz-echo", "-addr", "x")
	assert.Equal(t, 3, code)
	assert.Equal(t, "echo", out)
	assert.Equal(t, []string{"-addr", "x"}, got)
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "-version")
	assert.Equal(t, exitOK, code)
	assert.Regexp(t, `^articlecleaner \S+ go\S+ \S+/\S+\n$`, out)
}

// TestOutputFile checks -o, and that an unwritable -o fails with exit 1.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "in.txt", []byte(articleText))
	outPath := filepath.Join(dir, "out.jsonl")
	code, out, errOut := runCLI(t, "", "-format", "json", "-o", outPath, in)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, out)
	b, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Len(t, jsonLines(t, string(b)), 1)

	code, _, errOut = runCLI(t, "", "-o", filepath.Join(dir, "no", "such", "dir", "out"), in)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, errOut, "articlecleaner: open ")
}

// TestOutputOverInput checks that -o refuses to overwrite an input.
func TestOutputOverInput(t *testing.T) {
	in := writeFile(t, t.TempDir(), "in.txt", []byte(articleText))
	code, out, errOut := runCLI(t, "", "-o", in, in)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Equal(t, "articlecleaner: -o "+in+" would overwrite the input "+in+"\n", errOut)
	b, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, articleText, string(b))
}
