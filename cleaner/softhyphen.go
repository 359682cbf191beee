package cleaner

import "strings"

// Soft hyphens. Pages that hyphenate on the server put U+00AD SOFT HYPHEN
// between the syllables of long words ("Wein­wirt­schaft"); a browser
// shows none of them, but Select All + Copy pastes them all. They are no
// text: a word with soft hyphens in it is one word (for stop words, the
// language and duplicates), and the cleaned text comes out without them,
// so that it reads, searches and quotes like what the page showed.

// softHyphen is U+00AD.
const softHyphen = '\u00ad'

// dropSoftHyphens returns s without its soft hyphens.
func dropSoftHyphens(s string) string {
	if !strings.ContainsRune(s, softHyphen) {
		return s
	}
	return strings.ReplaceAll(s, string(softHyphen), "")
}
