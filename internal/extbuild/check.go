//go:build !js

package extbuild

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// AllowedPermissions are the only permissions the extension may ask for:
// activeTab and scripting read the page the user clicked on, and
// contextMenus adds "Clean selected text", storage keeps the user's
// per-site rules (storage.local, never synced), and offscreen (Chrome only)
// keeps the background's cleaner warm in an offscreen document across the
// service worker's stops. No host permissions at all.
var AllowedPermissions = []string{"activeTab", "scripting", "contextMenus", "storage", "offscreen"}

// ExtensionPagesCSP is the policy of the extension's own pages: its own
// scripts, and compiling WebAssembly (not eval).
const ExtensionPagesCSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"

// Manifest is the part of manifest.json that Check looks at.
type Manifest struct {
	ManifestVersion int      `json:"manifest_version"`
	Name            string   `json:"name"`
	Version         string   `json:"version"`
	Permissions     []string `json:"permissions"`
	HostPermissions []string `json:"host_permissions"`
	Optional        []string `json:"optional_permissions"`
	OptionalHost    []string `json:"optional_host_permissions"`
	ContentScripts  []any    `json:"content_scripts"`
	Background      struct {
		ServiceWorker string   `json:"service_worker"`
		Scripts       []string `json:"scripts"`
	} `json:"background"`
	Action struct {
		DefaultIcon map[string]string `json:"default_icon"`
	} `json:"action"`
	Icons    map[string]string `json:"icons"`
	Commands map[string]struct {
		SuggestedKey map[string]string `json:"suggested_key"`
	} `json:"commands"`
	CSP struct {
		ExtensionPages string `json:"extension_pages"`
	} `json:"content_security_policy"`
	OptionsUI struct {
		Page string `json:"page"`
	} `json:"options_ui"`
	Specific struct {
		Gecko struct {
			ID               string `json:"id"`
			StrictMinVersion string `json:"strict_min_version"`
			DataCollection   struct {
				Required []string `json:"required"`
			} `json:"data_collection_permissions"`
		} `json:"gecko"`
	} `json:"browser_specific_settings"`
}

// ReadManifest parses dir/manifest.json.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, fmt.Errorf("extbuild: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("extbuild: manifest.json: %w", err)
	}
	return &m, nil
}

// Check verifies an assembled extension: the manifest keeps to the rules
// above, every file it names exists (icons as PNGs of their size), and
// every script, stylesheet and module that a page or module loads is there.
func Check(cfg Config) error {
	return CheckDir(cfg.Out)
}

// CheckDir is Check for the extension in dir.
func CheckDir(dir string) error {
	m, err := ReadManifest(dir)
	if err != nil {
		return err
	}
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if m.ManifestVersion != 3 {
		bad("manifest_version is %d, not 3", m.ManifestVersion)
	}
	for _, p := range m.Permissions {
		if !slices.Contains(AllowedPermissions, p) {
			bad("permission %q is not one of %v", p, AllowedPermissions)
		}
	}
	if len(m.HostPermissions)+len(m.Optional)+len(m.OptionalHost)+len(m.ContentScripts) > 0 {
		bad("the manifest asks for host or optional permissions or content scripts")
	}
	if m.CSP.ExtensionPages != ExtensionPagesCSP {
		bad("content_security_policy.extension_pages is %q, want %q", m.CSP.ExtensionPages, ExtensionPagesCSP)
	}
	if m.Background.ServiceWorker == "" || len(m.Background.Scripts) != 1 || m.Background.Scripts[0] != m.Background.ServiceWorker {
		bad("background needs service_worker (Chrome) and scripts (Firefox) naming the same file")
	}
	if m.Specific.Gecko.ID == "" || m.Specific.Gecko.StrictMinVersion == "" ||
		!slices.Equal(m.Specific.Gecko.DataCollection.Required, []string{"none"}) {
		bad("browser_specific_settings.gecko needs id, strict_min_version and data_collection_permissions.required [\"none\"]")
	}
	files := []string{m.Background.ServiceWorker, "reader.html"}
	if slices.Contains(m.Permissions, "offscreen") {
		files = append(files, "offscreen.html")
	}
	if m.OptionsUI.Page == "" {
		bad("options_ui.page is missing: the rules are managed there")
	} else {
		files = append(files, m.OptionsUI.Page)
	}
	for _, icons := range []map[string]string{m.Icons, m.Action.DefaultIcon} {
		for size, name := range icons {
			if err := checkIcon(filepath.Join(dir, name), size); err != nil {
				bad("%v", err)
			}
		}
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			bad("%s is missing", f)
		}
	}
	if err := checkReferences(dir); err != nil {
		bad("%v", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("extbuild: the extension in %s is not valid:\n  %s", dir, strings.Join(problems, "\n  "))
	}
	return nil
}

func checkIcon(path, size string) error {
	want, err := strconv.Atoi(size)
	if err != nil {
		return fmt.Errorf("icon size %q is not a number", size)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("icon %s is missing", filepath.Base(path))
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("icon %s is not a PNG: %v", filepath.Base(path), err)
	}
	if cfg.Width != want || cfg.Height != want {
		return fmt.Errorf("icon %s is %dx%d, want %dx%d", filepath.Base(path), cfg.Width, cfg.Height, want, want)
	}
	return nil
}

var (
	// reHTMLRef finds the files an HTML page loads.
	reHTMLRef = regexp.MustCompile(`(?i)<(?:script|link)\b[^>]*\b(?:src|href)="([^"#?:]+)"`)
	// reJSRef finds relative static imports and new URL('…', import.meta.url).
	reJSRef = regexp.MustCompile(`(?:\bimport\s*(?:[^'"()]*?\bfrom\s*)?|\bnew URL\(\s*)['"](\.{1,2}/[^'"]+|[\w.-]+\.(?:js|wasm))['"]`)
)

// checkReferences verifies that every file a page or module loads exists.
func checkReferences(dir string) error {
	var missing []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var re *regexp.Regexp
		switch filepath.Ext(p) {
		case ".html":
			re = reHTMLRef
		case ".js":
			re = reJSRef
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, line := range bytes.Split(b, []byte("\n")) {
			if t := bytes.TrimSpace(line); bytes.HasPrefix(t, []byte("//")) || bytes.HasPrefix(t, []byte("*")) {
				continue // examples in comments
			}
			for _, m := range re.FindAllSubmatch(line, -1) {
				ref := filepath.Join(filepath.Dir(p), filepath.FromSlash(string(m[1])))
				if _, err := os.Stat(ref); err != nil {
					rel, _ := filepath.Rel(dir, p)
					missing = append(missing, fmt.Sprintf("%s loads %s, which is missing", rel, m[1]))
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s", strings.Join(missing, "; "))
	}
	return nil
}
