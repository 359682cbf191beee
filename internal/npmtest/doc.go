//go:build !js

// Package npmtest tests the npm package (npm/, assembled by
// internal/npmbuild) the way a user gets it: packed with npm pack, the
// tarball installed into a scratch project beside the pinned test tools
// of npm/test (esbuild, typescript: npm ci from its lockfile), then (a)
// run in Node.js on the seed, (b) bundled with esbuild and run in headless
// Chromium on the seed, (c) type-checked by tsc --noEmit. It also checks
// the package's TypeScript declarations against the Go types they mirror.
//
// Node.js and npm are required (scripts/ensure-deps installs them), and
// the npm registry for the pinned tools; ARTICLECLEANER_SKIP_BROWSER=1
// skips the Chromium test only.
package npmtest
