package cleaner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segmenting pasted text: one block a line, since a copy of a web page puts
// every block element (menu item, headline, paragraph) on a line of its
// own. Hard-wrapped prose (mail, plain-text articles) is joined back into
// paragraphs.
const (
	// wrapMaxWidth: text whose long lines all stop at or below this many
	// characters was wrapped by a program (72–80 is the custom).
	wrapMaxWidth = 100
	// wrapMinWidth: text is wrapped at 60–80 columns; a page of short
	// lines (a menu, a list) is not wrapped prose however regular.
	wrapMinWidth = 40
	// wrapMinLines: too few lines say nothing about wrapping.
	wrapMinLines = 8
	// wrapFill: a wrapped line fills at least this share of the width.
	wrapFill = 0.6
)

// line is one line of the source, trimmed.
type line struct {
	start, end  int // trimmed content
	blankBefore bool
}

func (r *run) segmentText() {
	lines := splitLines(r.src)
	width, wrapped := wrapWidth(r.src, lines)
	// Every block takes at least one line: one allocation of the right
	// size instead of doubling a slice of large blocks on long pastes,
	// with room for the blocks splitGlued splits off (gluedSlack).
	r.blocks = slices.Grow(r.blocks, len(lines)+len(lines)/gluedSlack)
	inFence := -1
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		text := r.src[ln.start:ln.end]
		if strings.HasPrefix(text, "```") {
			if inFence < 0 {
				inFence = i
				continue
			}
			if inFence+1 < i {
				first, last := lines[inFence+1], lines[i-1]
				r.blocks = append(r.blocks, block{start: first.start, end: last.end,
					text: r.src[first.start:last.end], kind: KindCode, blankBefore: lines[inFence].blankBefore})
			}
			inFence = -1
			continue
		}
		if inFence >= 0 {
			continue
		}
		if isTableRow(text) {
			// A copied table: its rows, cells separated by tabs, make
			// one block.
			j := i
			for j+1 < len(lines) && isTableRow(r.src[lines[j+1].start:lines[j+1].end]) {
				j++
			}
			if j > i {
				r.blocks = append(r.blocks, block{start: ln.start, end: lines[j].end,
					text: r.src[ln.start:lines[j].end], kind: KindTable, blankBefore: ln.blankBefore})
				i = j
				continue
			}
		}
		start, kind, level := lineKind(r.src, ln)
		// A drop cap on its own line joins the rest of its word.
		// (The line is trimmed: a drop cap is one rune, utf8.UTFMax bytes
		// at most; longer lines are not counted through.)
		if len(text) <= utf8.UTFMax && isDropCap(text) && i+1 < len(lines) {
			if c, _ := utf8.DecodeRuneInString(r.src[lines[i+1].start:]); unicode.IsLower(c) {
				i++
			}
		}
		// Join hard-wrapped continuation lines.
		for wrapped && i+1 < len(lines) && !lines[i+1].blankBefore &&
			continues(r.src[lines[i].start:lines[i].end], r.src[lines[i+1].start:lines[i+1].end], width) {
			i++
		}
		if end := lines[i].end; start < end {
			// Filled in place: a block is large, and a long paste has
			// hundreds of thousands.
			r.blocks = append(r.blocks, block{})
			b := &r.blocks[len(r.blocks)-1]
			b.start, b.end, b.text, b.kind, b.level, b.blankBefore = start, end, r.src[start:end], kind, levelOf(level), ln.blankBefore
		}
	}
	if inFence >= 0 { // an unclosed fence: its lines are ordinary text
		for _, ln := range lines[inFence+1:] {
			r.blocks = append(r.blocks, block{start: ln.start, end: ln.end, text: r.src[ln.start:ln.end], blankBefore: ln.blankBefore})
		}
	}
}

// isTableRow reports whether a line is a table row as a browser copies it:
// two or more cells separated by tabs.
func isTableRow(s string) bool {
	if strings.IndexByte(s, '\t') < 0 {
		return false // one cell
	}
	cells := 0
	for c := range strings.SplitSeq(s, "\t") {
		if trimSpace(c) != "" {
			cells++
		}
	}
	return cells >= 2
}

// splitLines returns the non-empty lines of s, trimmed of white space.
func splitLines(s string) []line {
	// One allocation: there are at most as many lines as line breaks, +1.
	out := make([]line, 0, strings.Count(s, "\n")+1)
	blank := false
	for pos := 0; pos < len(s); {
		nl := strings.IndexByte(s[pos:], '\n')
		end := len(s)
		next := len(s)
		if nl >= 0 {
			end = pos + nl
			next = end + 1
		}
		a, b := pos, end
		for a < b {
			r, size := utf8.DecodeRuneInString(s[a:b])
			if !isSpace(r) {
				break
			}
			a += size
		}
		for b > a {
			r, size := utf8.DecodeLastRuneInString(s[a:b])
			if !isSpace(r) {
				break
			}
			b -= size
		}
		if a < b {
			out = append(out, line{start: a, end: b, blankBefore: blank || len(out) == 0})
			blank = false
		} else {
			blank = true
		}
		pos = next
	}
	return out
}

// wrapWidth reports whether the text looks hard-wrapped, and at what width.
func wrapWidth(s string, lines []line) (int, bool) {
	if len(lines) < wrapMinLines {
		return 0, false
	}
	width, long := 0, 0
	for _, ln := range lines {
		n := utf8.RuneCountInString(s[ln.start:ln.end])
		if n > wrapMaxWidth {
			return 0, false
		}
		if n > width {
			width = n
		}
	}
	for _, ln := range lines {
		if float64(utf8.RuneCountInString(s[ln.start:ln.end])) >= wrapFill*float64(width) {
			long++
		}
	}
	return width, width >= wrapMinWidth && long*2 >= len(lines)
}

// continues reports whether next is the wrapped continuation of cur.
func continues(cur, next string, width int) bool {
	if float64(utf8.RuneCountInString(cur)) < wrapFill*float64(width) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if bulletLen(next) > 0 {
		return false
	}
	return unicode.IsLower(r) || !endsSentence(cur)
}

// lineKind recognises list items and quotes by their marker, and returns
// the start of the content after the marker.
func lineKind(src string, ln line) (int, Kind, int) {
	text := src[ln.start:ln.end]
	if n := bulletLen(text); n > 0 && n < len(text) {
		return ln.start + afterSpace(text, n), KindListItem, 0
	}
	if strings.HasPrefix(text, "> ") {
		return ln.start + afterSpace(text, 2), KindQuote, 0
	}
	if h := strings.IndexFunc(text, func(r rune) bool { return r != '#' }); h > 0 && h <= 6 && h+1 < len(text) && text[h] == ' ' {
		return ln.start + afterSpace(text, h+1), KindHeading, h
	}
	return ln.start, KindParagraph, 0
}

// afterSpace returns the offset of the first non-space at or after i, so
// that "-   item" yields "item", not "  item". The line is trimmed, so
// something follows the space.
func afterSpace(text string, i int) int {
	return len(text) - len(strings.TrimLeftFunc(text[i:], isSpace))
}

// bulletLen returns the length of a list marker ("- ", "• ", "1. ") at the
// start of s, including the space after it, or 0.
func bulletLen(s string) int {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "▪ ", "◦ "} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return i + 2
	}
	return 0
}
