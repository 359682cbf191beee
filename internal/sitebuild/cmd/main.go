//go:build !js

// Command cmd writes the static site: go run ./internal/sitebuild/cmd
// -out dist/site (what make site runs).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/seed15afa100/articlecleaner/internal/extbuild"
	"github.com/seed15afa100/articlecleaner/internal/sitebuild"
)

func main() {
	out := flag.String("out", "dist/site", "the site's folder (emptied first)")
	flag.Parse()
	root, err := extbuild.ModuleRoot(".")
	if err == nil {
		err = sitebuild.Build(sitebuild.Config{Root: root, Out: *out})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("static site in", *out)
}
