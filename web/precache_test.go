package web

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const swSource = "const PRECACHE = /*precache*/{\"version\":\"\",\"files\":{}}/*precache*/;\nself.x = 1;\n"

func filled(t *testing.T, files map[string][]byte) Precache {
	t.Helper()
	require.NoError(t, FillPrecache(files))
	m := regexp.MustCompile(`/\*precache\*/(.*?)/\*precache\*/`).FindSubmatch(files[ServiceWorkerFile])
	require.NotNil(t, m, "%s", files[ServiceWorkerFile])
	var pc Precache
	require.NoError(t, json.Unmarshal(m[1], &pc))
	return pc
}

// TestFillPrecache checks which files the service worker precaches, with
// which hashes, and that the version follows every file's content.
func TestFillPrecache(t *testing.T) {
	files := func() map[string][]byte {
		return map[string][]byte{
			ServiceWorkerFile:        []byte(swSource),
			"index.html":             []byte("<!doctype html>"),
			"articlecleaner.wasm":    []byte("\x00asm"),
			"articlecleaner.wasm.br": []byte("br"),
			"articlecleaner.wasm.gz": []byte("gz"),
			"js/app.js":              []byte("app"),
			"_headers":               []byte("/*"),
			".DS_Store":              []byte("x"),
			"data.gz":                []byte("a gzip file of its own"),
		}
	}
	f := files()
	pc := filled(t, f)
	assert.Equal(t, map[string]string{
		"index.html":          "fe26c59e91ac8de694b2531dc3bdc1b7faf471d3d7e4e00870af60f5f22897cb",
		"articlecleaner.wasm": "cd5d4935a48c0672cb06407bb443bc0087aff947c6b864bac886982c73b3027f",
		"js/app.js":           "a172cedcae47474b615c54d510a5d84a8dea3032e958587430b413538be3f333",
		"data.gz":             "c6cd165f1e8325b80ebe6a178fe715b1f87e5330e1e661f340ba63deb5f2bc80",
	}, pc.Files)
	assert.Len(t, pc.Version, precacheVersionLen)
	assert.Contains(t, string(f[ServiceWorkerFile]), "self.x = 1;", "the rest of the script is kept")

	// The same files give the same version; any change gives another.
	assert.Equal(t, pc.Version, filled(t, files()).Version)
	changed := files()
	changed["js/app.js"] = []byte("app2")
	assert.NotEqual(t, pc.Version, filled(t, changed).Version)

	// No service worker: nothing to fill. A source without the list: an error.
	none := files()
	delete(none, ServiceWorkerFile)
	require.NoError(t, FillPrecache(none))
	broken := files()
	broken[ServiceWorkerFile] = []byte("self.x = 1;")
	assert.Error(t, FillPrecache(broken))
}
