//go:build !js

package npmtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/seed15afa100/articlecleaner/internal/npmbuild"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPackageInNode installs the tarball and cleans the seed in Node.js
// through the package's entry, which finds its own wasm: the result is the
// seed's expected title, date and text.
func TestPackageInNode(t *testing.T) {
	s := project(t)
	seed, err := filepath.Abs(seedInput)
	require.NoError(t, err)
	out, err := run(s.dir, "node", "node-seed.mjs", seed)
	require.NoError(t, err)
	var got struct {
		seedWant
		Removed int    `json:"removed"`
		Version string `json:"version"`
	}
	require.NoError(t, json.Unmarshal([]byte(lastLine(out)), &got), out)
	assert.Equal(t, expected(t), got.seedWant)
	assert.Positive(t, got.Removed)
	assert.NotEmpty(t, got.Version)
}

// TestPackageManifest checks the installed package.json and files: an ES
// module package without side effects, an exports map for the entry, the
// worker API and the wasm, the types, a license, and every file it names.
func TestPackageManifest(t *testing.T) {
	s := project(t)
	installed := filepath.Join(s.dir, "node_modules", "articlecleaner")
	pkg, err := npmbuild.ReadPackage(installed)
	require.NoError(t, err)
	assert.Equal(t, "articlecleaner", pkg.Name)
	assert.Equal(t, "module", pkg.Type)
	assert.JSONEq(t, "false", string(pkg.SideEffects))
	assert.NotEmpty(t, pkg.License)
	for _, key := range []string{".", "./worker", "./articlecleaner.wasm", "./package.json"} {
		assert.Contains(t, pkg.Exports, key)
	}
	for _, f := range append(pkg.Referenced(), "LICENSE", "README.md") {
		_, err := os.Stat(filepath.Join(installed, f))
		assert.NoError(t, err, "%s is missing from the installed package", f)
	}
	_, err = os.Stat(filepath.Join(installed, "test"))
	assert.True(t, os.IsNotExist(err), "the tests' scratch project must not be packed")
}

// TestPackageTypes runs tsc --noEmit on example.ts, a typed use of the
// package whose @ts-expect-error lines must each be an error.
func TestPackageTypes(t *testing.T) {
	s := project(t)
	_, err := run(s.dir, filepath.Join("node_modules", ".bin", "tsc"), "--noEmit", "-p", "tsconfig.json")
	require.NoError(t, err)
}
