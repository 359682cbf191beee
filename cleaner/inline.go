package cleaner

import (
	"strings"
	"unicode/utf8"
)

// Inline junk: pieces pasted onto a kept paragraph that are not part of
// it, cut out as their own span with a reason so they can be restored.
var (
	// reTrailingDomain: "…artificial intelligence. headtopics.com"
	reTrailingDomain = lazyRE(`(?i)([.!?…"”’)])\s+((?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|org|net|co\.uk|co|io|news|info|tv|uk|us|ca|au|de|fr))\s*$`)
	// reTrailingReadMore: "…said on Monday. Read more »"
	reTrailingReadMore = lazyRE(`(?i)([.!?…"”’)])\s+((?:read more|continue reading|read the full (?:story|article)|click here to read more)\s*[:.…»›>]*)\s*$`)
	// reSourceTagBracketed: "… she said. (via SomeApp)", "[Quelle: dpa]",
	// in the languages the cleaner reads.
	reSourceTagBracketed = lazyRE(`(?i)([.!?…"”’)\]])\s*([(\[]\s*(?:via|h/t|hat tip|` + sourceWords + `)\b[^()\[\]\n]{1,80}[)\]])\s*$`)
	// reSourceTagLabel: "… she said. Quelle: dpa", "… Source: Reuters".
	reSourceTagLabel = lazyRE(`(?i)([.!?…"”’)])\s+((?:` + sourceWords + `)\s*:\s+[^\s.!?][^.!?\n]{0,60})\s*$`)
	// reSourceTagVia: "… she said. via SomeApp", "… h/t @someone": a name
	// after it, not a sentence ("Via the bridge you reach the town").
	reSourceTagVia = lazyRE(`([.!?…"”’)])\s+((?i:via|h/t)\s+[@\p{Lu}][^\s.!?]*(?:\s+\p{Lu}[^\s.!?]*){0,2})\s*$`)
	// reLeadingAd: "Advertisement The company said…" when a label was glued on.
	reLeadingAd = lazyRE(`^(?:ADVERTISEMENT|Advertisement|SPONSORED|Sponsored)\s+`)
)

// sourceWords say "source" in English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Turkish, Czech, Swedish, Danish and
// Norwegian, Finnish.
const sourceWords = `sources?|quelle|quellen|fuente|fuentes|fonte|fonti|bron|źródło|źródła|kaynak|zdroj|källa|kilde|lähde`

// sourceTagMaxWords: a source or via tag names a source, not a sentence.
const sourceTagMaxWords = 8

func (r *run) cutInline() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.kind == KindCode {
			continue
		}
		// The end-anchored patterns only need the paragraph's tail.
		off := tailStart(b.text)
		tail := b.text[off:]
		cuts := b.cutList()
		if m := matchIf(mayEndWithDomain(tail), reTrailingDomain, tail); m != nil {
			cuts = append(cuts, cut{start: off + m[4], end: len(b.text), reason: ReasonSiteName})
			if r.meta.site == "" {
				r.meta.site = strings.ToLower(tail[m[4]:m[5]])
			}
		} else if m := matchIf(mayEndWithReadMore(tail), reTrailingReadMore, tail); m != nil {
			cuts = append(cuts, cut{start: off + m[4], end: len(b.text), reason: ReasonReadMore})
		} else if m := sourceTag(tail); m != nil {
			cuts = append(cuts, cut{start: off + m[4], end: len(b.text), reason: ReasonSourceTag})
		}
		if m := reLeadingAd.FindStringIndex(b.text); m != nil && (len(cuts) == 0 || cuts[0].start >= m[1]) {
			cuts = append([]cut{{start: 0, end: m[1], reason: ReasonAdvertisement}}, cuts...)
		}
		sortCuts(cuts)
		if len(cuts) > 0 && strings.TrimSpace(visibleWithout(b.text, cuts)) == "" {
			// Nothing would be left: the whole block is the junk.
			b.remove(cuts[0].reason)
			cuts = nil
		}
		b.setCuts(cuts)
	}
}

// inlineTail: a pasted site name or "Read more" and the punctuation
// before it fit in this many bytes (a domain is at most 253).
const inlineTail = 300

// tailStart returns where the last inlineTail bytes of s start, at a
// character boundary.
func tailStart(s string) int {
	if len(s) <= inlineTail {
		return 0
	}
	i := len(s) - inlineTail
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// sortCuts orders cuts by start and drops overlaps.
func sortCuts(cs []cut) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].start < cs[j-1].start; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func visibleWithout(text string, cs []cut) string {
	var b strings.Builder
	last := 0
	for _, c := range cs {
		if c.start < last {
			continue
		}
		b.WriteString(text[last:c.start])
		last = c.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// sourceTag matches a source or via tag at the end of a paragraph's
// tail: the submatch indexes of reSourceTag*, or nil.
func sourceTag(tail string) []int {
	for _, p := range [...]struct {
		may bool
		re  *lazyRegexp
	}{
		{mayEndBracketed(tail), reSourceTagBracketed},
		{mayEndWithLabel(tail), reSourceTagLabel},
		{mayEndWithVia(tail), reSourceTagVia},
	} {
		if m := matchIf(p.may, p.re, tail); m != nil && countWords(tail[m[4]:m[5]]) <= sourceTagMaxWords {
			return m
		}
	}
	return nil
}
