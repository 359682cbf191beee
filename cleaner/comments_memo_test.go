package cleaner

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// commentMarkersReference is commentMarkers reading every line, repeats
// included.
func (r *run) commentMarkersReference() (markers []int, strong map[int]bool) {
	var scratch []byte
	strong = map[int]bool{}
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.f.words > prefixMaxWords*2 {
			continue
		}
		switch commentLineKind(trimSpace(b.text), b.f.words, &scratch) {
		case commentStrong:
			markers = append(markers, i)
			strong[i] = true
		case commentWeak:
			markers = append(markers, i)
		}
	}
	return markers, strong
}

// checkCommentMarkers requires the same markers from commentMarkers as
// from its reference, on text cleaned up to the comments stage.
func checkCommentMarkers(t *testing.T, text string) {
	t.Helper()
	r := &run{opts: Options{Mode: ModeText}, mode: ModeText}
	require.NoError(t, r.frontEnd([]byte(text)))
	for _, st := range pipeline {
		if st.name == "comments" {
			break
		}
		st.run(r)
	}
	m, s := r.commentMarkers()
	wm, ws := r.commentMarkersReference()
	require.Equal(t, wm, m)
	require.Equal(t, ws, s)
}

func TestCommentMarkersRepeats(t *testing.T) {
	post := "Strike talks break off\n\nThe union said it would meet the studios again on Monday, and the studios agreed.\n\n" +
		"12 Comments\n\nanna says:\n\nI agree.\n\nReply\n\nbob says:\n\nNo.\n\nReply\n\nLeave a Reply\n\n"
	checkCommentMarkers(t, post+post+post)
	dir := devCorpus()
	if dir == "" {
		t.Skip("no corpus at ../../shared/corpus/dev (set CORPUS=… to point at one)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	sort.Strings(files)
	var paste []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		paste = append(append(paste, data...), "\n\n"...)
	}
	checkCommentMarkers(t, string(paste)+string(paste))
}
