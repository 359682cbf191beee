// Command articlecleaner cleans pasted text and HTML articles.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 {
		if sc, ok := subcommands[os.Args[1]]; ok {
			os.Exit(sc.run(os.Args[2:], os.Stdout, os.Stderr))
		}
	}
	fmt.Fprintln(os.Stderr, "articlecleaner: not yet implemented")
	os.Exit(2)
}
