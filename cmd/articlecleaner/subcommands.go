package main

import "io"

// subcommand is a named mode of the CLI other than cleaning, such as
// `articlecleaner serve`. Files register theirs in init.
type subcommand struct {
	summary string // one line for -h
	run     func(args []string, stdout, stderr io.Writer) int
}

// subcommands maps a first argument to its subcommand. It is filled by
// init functions before main runs and only read afterwards.
var subcommands = map[string]subcommand{}
