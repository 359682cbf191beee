// Command articlecleaner cleans pasted text and HTML articles: it reads
// files (or standard input), keeps the article and reports every piece it
// removed with the reason. Run `articlecleaner -h` for the flags.
//
// main.go holds the entry point and the dispatch; config.go the flags
// (size.go byte sizes such as "20M", selectors.go the CSS rule flags),
// usage.go the help text, subcommands.go the named modes and serve.go
// `articlecleaner serve` (the page on loopback), input.go reading (and
// gunzipping) one input, job.go cleaning one input (memlimit.go the
// memory limit for a single one), format.go the output formats
// (format_stream.go writing a single input's straight into the output),
// batch.go the parallel, ordered batch, progress.go the progress line and
// version.go the version.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0 // every input was cleaned
	exitFail  = 1 // at least one input could not be read or cleaned, or output failed
	exitUsage = 2 // bad flags or arguments; nothing was processed
)

// progName prefixes every message on standard error.
const progName = "articlecleaner"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command with its streams passed in, so tests can call
// it. It returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if sc, ok := subcommands[args[0]]; ok {
			return sc.run(args[1:], stdout, stderr)
		}
	}
	cfg, err := parseArgs(args)
	if err != nil {
		if err == errHelp {
			writeUsage(stdout)
			return exitOK
		}
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		fmt.Fprintf(stderr, "Run '%s -h' for usage.\n", progName)
		return exitUsage
	}
	if cfg.version {
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	}
	if len(cfg.files) == 0 && isTerminal(stdin) {
		fmt.Fprintf(stderr, "%s: reading standard input (end it with Ctrl-D; -h for help)\n", progName)
	}
	if cfg.output == "" {
		return runBatch(cfg, stdin, stdout, stderr)
	}
	if name, ok := outputIsInput(cfg); ok {
		fmt.Fprintf(stderr, "%s: -o %s would overwrite the input %s\n", progName, cfg.output, name)
		return exitUsage
	}
	f, err := os.Create(cfg.output)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return exitFail
	}
	code := runBatch(cfg, stdin, f, stderr)
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return exitFail
	}
	return code
}

// outputIsInput reports whether the -o file is one of the inputs, which
// creating it would empty before it is read.
func outputIsInput(cfg *config) (string, bool) {
	out, err := os.Stat(cfg.output)
	if err != nil {
		return "", false
	}
	for _, name := range cfg.files {
		if in, err := os.Stat(name); err == nil && os.SameFile(in, out) {
			return name, true
		}
	}
	return "", false
}
