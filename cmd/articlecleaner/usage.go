package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

const usageHead = `Usage: articlecleaner [flags] [file ...]
       articlecleaner <subcommand> [args]

Cleans articles: reads pasted text or an HTML page and prints the article
without menus, ads, share buttons, duplicates and other page furniture.
Every removed piece is listed, with its reason, in the JSON output.

Inputs are files; with no file, or "-", standard input is read. Files may
be gzip-compressed (recognised by their first bytes, whatever their name).
Several files are cleaned in parallel and printed in the order given; text,
markdown and html output then puts a "==> file <==" line before each one.
Flags may come before, between or after the files; "--" ends them.

Flags:
`

const usageTail = `
Output formats:
  text      title, a line with byline · date · site, then the body
  markdown  the article as Markdown, title as a level-1 heading
  html      the article as sanitized HTML (<article>…</article>)
  json      JSON Lines, one object per input, in input order: file (as
            given, "-" for standard input), title, byline, date, site,
            lang, url, excerpt, mode (text or html), pageType (article,
            list or empty), text (the body without the title), removed
            (each {id, text, reason, why, segment, inline, span}) and
            stats; with -full also markdown, html and segments. An input
            that fails gives {file, error}.

Examples:
  articlecleaner page.txt                      clean pasted text
  pbpaste | articlecleaner -format markdown    clean the clipboard (macOS)
  articlecleaner -mode html -url https://example.com/a page.html.gz
  articlecleaner -content 'main .story' -remove .newsletter-box page.html
  articlecleaner -format json -jobs 4 -o out.jsonl corpus/*.txt
  articlecleaner -format json page.txt | jq -r '.removed[] | "\(.reason)\t\(.text)"'

Exit status:
  0  every input was cleaned (an input with no article is not an error)
  1  at least one input could not be read or cleaned (each is reported on
     stderr as "articlecleaner: FILE: reason"; the others are still
     processed), or the output could not be written
  2  usage error: unknown flag or bad flag value; nothing was processed
`

// writeUsage prints the full help: usage, flags, formats, examples, exit
// codes and the registered subcommands.
func writeUsage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	fs := newFlagSet(defaultConfig())
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, usageTail)
	if len(subcommands) == 0 {
		return
	}
	names := make([]string, 0, len(subcommands))
	for name := range subcommands {
		names = append(names, name)
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	fmt.Fprint(w, "\nSubcommands (articlecleaner <subcommand> -h for their flags):\n")
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, strings.TrimSpace(subcommands[n].summary))
	}
}
