//go:build !js

package npmbuild

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Package is what the build and the tests read of package.json.
type Package struct {
	Name        string          `json:"name"`
	Version     string          `json:"version"`
	License     string          `json:"license"`
	Type        string          `json:"type"`
	SideEffects json.RawMessage `json:"sideEffects"`
	Exports     map[string]any  `json:"exports"`
	Imports     map[string]any  `json:"imports"`
	Files       []string        `json:"files"`
	Types       string          `json:"types"`
}

// ReadPackage reads dir/package.json.
func ReadPackage(dir string) (*Package, error) {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil, fmt.Errorf("npmbuild: %w", err)
	}
	var p Package
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("npmbuild: package.json: %w", err)
	}
	return &p, nil
}

// Referenced lists the files package.json names in files, exports,
// imports and types, without "./", sorted and once each.
func (p *Package) Referenced() []string {
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			seen[strings.TrimSuffix(strings.TrimPrefix(v, "./"), "/")] = true
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, f := range p.Files {
		walk(f)
	}
	walk(p.Exports)
	walk(p.Imports)
	walk(p.Types)
	out := make([]string, 0, len(seen))
	for f := range seen {
		if f != "" {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}
