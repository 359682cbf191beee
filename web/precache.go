package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
)

// ServiceWorkerFile is the page's service worker. Its source holds an
// empty precache list between two /*precache*/ markers, which
// FillPrecache fills in from the files served beside it.
const ServiceWorkerFile = "sw.js"

// precacheList matches the list in the service worker's source.
var precacheList = regexp.MustCompile(`/\*precache\*/.*?/\*precache\*/`)

// precacheVersionLen is the length of the version, in hex digits: 64 bits
// tell the versions of one page apart.
const precacheVersionLen = 16

// Precache is what the service worker downloads on install: every file by
// its path, with the hex SHA-256 of its content, and a version hashing
// them all.
type Precache struct {
	Version string            `json:"version"`
	Files   map[string]string `json:"files"`
}

// NewPrecache lists the files of the page's tree (path → content): all
// but the service worker itself, precompressed forms (x.br, x.gz beside
// x) and files whose names start with a dot or an underscore (host
// configuration such as _headers).
func NewPrecache(files map[string][]byte) Precache {
	pc := Precache{Files: map[string]string{}}
	for p, b := range files {
		if !precached(p, files) {
			continue
		}
		sum := sha256.Sum256(b)
		pc.Files[p] = hex.EncodeToString(sum[:])
	}
	paths := make([]string, 0, len(pc.Files))
	for p := range pc.Files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		fmt.Fprintf(h, "%s %s\n", p, pc.Files[p])
	}
	pc.Version = hex.EncodeToString(h.Sum(nil))[:precacheVersionLen]
	return pc
}

func precached(p string, files map[string][]byte) bool {
	base := path.Base(p)
	if p == ServiceWorkerFile || strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") {
		return false
	}
	if ext := path.Ext(p); ext == ".br" || ext == ".gz" {
		if _, ok := files[strings.TrimSuffix(p, ext)]; ok {
			return false
		}
	}
	return true
}

// FillPrecache writes the precache list of the other files into the
// service worker in files, if there is one.
func FillPrecache(files map[string][]byte) error {
	src, ok := files[ServiceWorkerFile]
	if !ok {
		return nil
	}
	if len(precacheList.FindAll(src, -1)) != 1 {
		return fmt.Errorf("web: %s must hold one /*precache*/…/*precache*/ list", ServiceWorkerFile)
	}
	list, err := json.Marshal(NewPrecache(files))
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	files[ServiceWorkerFile] = precacheList.ReplaceAllLiteral(src, []byte("/*precache*/"+string(list)+"/*precache*/"))
	return nil
}

// manifestType is the web app manifest's media type.
const manifestType = "application/manifest+json"

func init() {
	contentTypes[".webmanifest"] = manifestType
}
