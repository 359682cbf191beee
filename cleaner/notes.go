package cleaner

import "strings"

// The notes stage: a publisher sets its closing calls apart from the
// article by markup — the whole last paragraph in bold: "Follow us on …",
// "Support our journalism", "Like this story? Share it", "More information
// at …". A paragraph of the article's own prose is set in roman, with at
// most a few words in bold. Italics are left alone: a closing paragraph in
// italics is as often the article's own (a video's description, an
// epilogue) as a note, and on both corpora dropping it cost text. HTML
// only: pasted text has lost the markup.

// maxTrailingNotes: a publisher closes with one or two such notes; more
// set-apart paragraphs at the end are an article set in italics.
const maxTrailingNotes = 2

// emphasisTags are the inline elements that set a closing call apart.
var emphasisTags = []string{"strong", "b"}

// dropTrailingNotes removes the body's last paragraphs when each is set
// wholly in bold.
func (r *run) dropTrailingNotes() {
	if r.mode != ModeHTML {
		return
	}
	prose := r.firstKeptSentence()
	var notes []int
	for i := len(r.blocks) - 1; i > prose && prose >= 0; i-- {
		b := &r.blocks[i]
		if !b.final.keep || b.kind == KindImage || b.domOf().image {
			continue
		}
		if b.kind != KindParagraph || !whollyEmphasised(b.domOf().html) {
			break
		}
		notes = append(notes, i)
		if len(notes) > maxTrailingNotes {
			return // a run of them is the article's own style
		}
	}
	for _, i := range notes {
		r.blocks[i].remove(ReasonBoilerplate)
	}
}

// whollyEmphasised reports inner HTML that is one emphasis element from
// its first character to its last (a trailing full stop aside).
func whollyEmphasised(h string) bool {
	h = strings.TrimRight(strings.TrimSpace(h), ".")
	for _, tag := range emphasisTags {
		open, close := "<"+tag+">", "</"+tag+">"
		if strings.HasPrefix(h, open) && strings.HasSuffix(h, close) &&
			strings.Count(h, close) == 1 {
			return true
		}
	}
	return false
}
