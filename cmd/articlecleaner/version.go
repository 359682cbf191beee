package main

import (
	"runtime"
	"runtime/debug"
)

// version is set at link time: go build -ldflags "-X main.version=v1.2.3".
// When it is not, the module version from the build info is used.
var version = ""

func versionLine() string {
	v := version
	if v == "" {
		v = "(devel)"
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
			v = bi.Main.Version
		}
	}
	return progName + " " + v + " " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
}
