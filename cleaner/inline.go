package cleaner

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Inline junk: pieces pasted onto a kept paragraph that are not part of
// it, cut out as their own span with a reason so they can be restored.
var (
	// reTrailingDomain: "…artificial intelligence. headtopics.com"
	reTrailingDomain = regexp.MustCompile(`(?i)([.!?…"”’)])\s+((?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|org|net|co\.uk|co|io|news|info|tv|uk|us|ca|au|de|fr))\s*$`)
	// reTrailingReadMore: "…said on Monday. Read more »"
	reTrailingReadMore = regexp.MustCompile(`(?i)([.!?…"”’)])\s+((?:read more|continue reading|read the full (?:story|article)|click here to read more)\s*[:.…»›>]*)\s*$`)
	// reLeadingAd: "Advertisement The company said…" when a label was glued on.
	reLeadingAd = regexp.MustCompile(`^(?:ADVERTISEMENT|Advertisement|SPONSORED|Sponsored)\s+`)
)

func (r *run) cutInline() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if !b.final.keep || b.kind == KindCode {
			continue
		}
		// The end-anchored patterns only need the paragraph's tail.
		off := tailStart(b.text)
		tail := b.text[off:]
		if m := matchIf(mayEndWithDomain(tail), reTrailingDomain, tail); m != nil {
			b.cuts = append(b.cuts, cut{start: off + m[4], end: len(b.text), reason: ReasonSiteName})
			if r.meta.site == "" {
				r.meta.site = strings.ToLower(tail[m[4]:m[5]])
			}
		} else if m := matchIf(mayEndWithReadMore(tail), reTrailingReadMore, tail); m != nil {
			b.cuts = append(b.cuts, cut{start: off + m[4], end: len(b.text), reason: ReasonReadMore})
		}
		if m := reLeadingAd.FindStringIndex(b.text); m != nil && (len(b.cuts) == 0 || b.cuts[0].start >= m[1]) {
			b.cuts = append([]cut{{start: 0, end: m[1], reason: ReasonAdvertisement}}, b.cuts...)
		}
		sortCuts(b.cuts)
		if len(b.cuts) > 0 && strings.TrimSpace(visibleWithout(b.text, b.cuts)) == "" {
			// Nothing would be left: the whole block is the junk.
			b.remove(b.cuts[0].reason)
			b.cuts = nil
		}
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
