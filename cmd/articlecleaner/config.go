package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// config is the parsed command line.
type config struct {
	opts     cleaner.Options
	format   format
	full     bool // JSON: add markdown, html and segments
	jobs     int
	progress bool // force the progress line even when stderr is not a terminal
	output   string
	version  bool
	files    []string // "-" is standard input; empty means standard input
	// clean is cleaner.CleanString, and cleanSingle cleaner.CleanLazy,
	// for a single input, whose segments are made as they are written
	// (job.go); tests put in one that panics.
	clean, cleanSingle func(string, cleaner.Options) (*cleaner.Article, error)
}

// defaultConfig is the configuration before flags are applied.
func defaultConfig() *config {
	return &config{format: formatText, clean: cleaner.CleanString, cleanSingle: cleaner.CleanLazy,
		opts: cleaner.Options{MaxInputBytes: cleaner.DefaultMaxInputBytes}}
}

// errHelp asks for the usage text on standard output and exit 0.
var errHelp = errors.New("help requested")

// newFlagSet declares every flag on cfg. usage.go prints them from the
// same set, so the help cannot drift from the flags.
func newFlagSet(cfg *config) *flag.FlagSet {
	fs := flag.NewFlagSet(progName, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, in one line
	fs.Func("mode", "input `kind`: auto (sniff the first bytes), text (pasted text) or html (default auto)", func(s string) error {
		switch s {
		case "auto", "":
			cfg.opts.Mode = cleaner.ModeAuto
		case "text":
			cfg.opts.Mode = cleaner.ModeText
		case "html":
			cfg.opts.Mode = cleaner.ModeHTML
		default:
			return fmt.Errorf("%q is not one of auto, text, html", s)
		}
		return nil
	})
	fs.Func("focus", "`focus`: balanced, precision (less junk, some text lost) or recall (more text, some junk kept) (default balanced)", func(s string) error {
		switch f := cleaner.Focus(s); f {
		case "balanced", cleaner.FocusBalanced, cleaner.FocusPrecision, cleaner.FocusRecall:
			cfg.opts.Focus = f
		default:
			return fmt.Errorf("%q is not one of balanced, precision, recall", s)
		}
		return nil
	})
	fs.Func("format", "output `format`: text, markdown (or md), html or json (JSON Lines, one object per input) (default text)", func(s string) error {
		f, ok := parseFormat(s)
		if !ok {
			return fmt.Errorf("%q is not one of %s", s, strings.Join(formatNames(), ", "))
		}
		cfg.format = f
		return nil
	})
	fs.StringVar(&cfg.opts.URL, "url", "", "the page's `URL`, to resolve relative links in HTML input (applies to every input)")
	fs.Func("charset", "input `encoding` when it is not UTF-8 and the input does not say so, e.g. windows-1252", func(s string) error {
		if enc, _ := charset.Lookup(s); enc == nil {
			return fmt.Errorf("unknown charset %q", s)
		}
		cfg.opts.Charset = s
		return nil
	})
	fs.Var((*byteSize)(&cfg.opts.MaxInputBytes), "max-bytes",
		"refuse inputs larger than `size` after decompression, in bytes or with a K, M or G suffix")
	fs.Func("restore", "comma-separated `ids` of removed pieces to put back (ids are in the JSON output)", func(s string) error {
		for _, f := range strings.Split(s, ",") {
			id, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || id < 0 {
				return fmt.Errorf("%q is not a list of ids such as 3,7", s)
			}
			cfg.opts.Restore = append(cfg.opts.Restore, id)
		}
		return nil
	})
	selectorFlags(fs, cfg)
	fs.BoolVar(&cfg.full, "full", false, "with -format json, also include markdown, html and every segment")
	fs.IntVar(&cfg.jobs, "jobs", runtime.GOMAXPROCS(0), "clean up to `n` inputs in parallel; output stays in input order")
	fs.BoolVar(&cfg.progress, "progress", false, "report progress on stderr even when it is not a terminal")
	fs.StringVar(&cfg.output, "o", "", "write the output to `file` instead of standard output")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit")
	return fs
}

// parseArgs parses the flags, which may come before, between or after the
// file names; "--" ends the flags.
func parseArgs(args []string) (*config, error) {
	cfg := defaultConfig()
	fs := newFlagSet(cfg)
	rest := args
	for len(rest) > 0 {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			break
		}
		consumed := len(rest) - len(left)
		if consumed > 0 && rest[consumed-1] == "--" {
			cfg.files = append(cfg.files, left...)
			break
		}
		cfg.files = append(cfg.files, left[0])
		rest = left[1:]
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// check rejects combinations the flags alone cannot.
func (c *config) check() error {
	if c.jobs < 1 {
		return fmt.Errorf("-jobs %d: need at least 1", c.jobs)
	}
	if c.full && c.format != formatJSON {
		return errors.New("-full applies only to -format json")
	}
	return c.opts.Check()
}
