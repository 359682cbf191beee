//go:build !js

// Command cmd assembles the npm package: go run ./internal/npmbuild/cmd
// -out dist/npm (what make npm runs before npm pack).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/seed15afa100/articlecleaner/internal/npmbuild"
)

func main() {
	out := flag.String("out", "dist/npm", "the package's folder (emptied first)")
	flag.Parse()
	root, err := npmbuild.ModuleRoot(".")
	if err == nil {
		err = npmbuild.Build(npmbuild.Config{Root: root, Out: *out})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("npm package in", *out)
}
