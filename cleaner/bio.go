package cleaner

import (
	"strings"
	"unicode"
)

// The bio stage: once the byline is known, a note about its author that
// ends the body ("Jane is our UK-based editor…", "Jane Doe studierte …")
// is about the writer, not the story. The signal is repetition: the
// paragraph opens with the name the byline gives, and stands among the
// body's last blocks, where a publisher puts the author's box.

// bioTailBlocks: the author's note is the body's last or next-to-last
// block of text (a "more from this author" line may follow it).
const bioTailBlocks = 2

// bioMinFirstName: a first name alone marks a note only when it is a real
// name, not an initial.
const bioMinFirstName = 3

// dropAuthorBio removes a paragraph among the body's last blocks that
// opens with the byline's name.
func (r *run) dropAuthorBio() {
	names := bylineNames(r.meta.byline)
	if len(names) == 0 {
		return
	}
	prose := r.firstKeptSentence()
	seen := 0
	for i := len(r.blocks) - 1; i > prose && prose >= 0 && seen < bioTailBlocks; i-- {
		b := &r.blocks[i]
		if !b.final.keep || b.kind == KindImage || b.domOf().image {
			continue
		}
		seen++
		if b.kind != KindParagraph && b.kind != KindQuote || b.f.words > authorBioMaxWords {
			continue
		}
		if opensWithName(trimSpace(b.text), names) {
			b.remove(ReasonAuthorBio)
		}
	}
}

// bylineNames splits a byline into the names it holds ("Jane Doe and John
// Roe", "Jane Doe, John Roe").
func bylineNames(byline string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(byline, func(r rune) bool { return r == ',' || r == '&' || r == ';' }) {
		for _, name := range strings.Split(part, " and ") {
			if name = trimSpace(name); len(strings.Fields(name)) >= 2 {
				out = append(out, name)
			}
		}
	}
	return out
}

// opensWithName reports text that starts with one of the full names, or
// with a name's first word followed by a word in lower case ("Jane is…",
// "Jule studierte…"): the way a note about the author begins.
func opensWithName(text string, names []string) bool {
	for _, name := range names {
		if hasNamePrefix(text, name) {
			return true
		}
		first := strings.Fields(name)[0]
		if len([]rune(first)) < bioMinFirstName || !hasNamePrefix(text, first) {
			continue
		}
		rest := strings.Fields(text[len(first):])
		if len(rest) > 0 && unicode.IsLower([]rune(rest[0])[0]) {
			return true
		}
	}
	return false
}

// hasNamePrefix reports text starting with name as whole words.
func hasNamePrefix(text, name string) bool {
	if !strings.HasPrefix(text, name) {
		return false
	}
	rest := text[len(name):]
	return rest == "" || !unicode.IsLetter([]rune(rest)[0])
}
