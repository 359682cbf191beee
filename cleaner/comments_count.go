package cleaner

import (
	"strings"
)

// The heading of a comment list that counts the comments and names the
// article they are on: "10 thoughts on “Business Focus”", "34 responses to
// “…”", "12 Kommentare zu „…“". It says by itself that the comments begin
// (the commenters' names under it carry no marker of their own), so it
// starts the section without the other markers the section needs.
var reCommentsCountHeading = lazyRE(`(?i)^\d[\d,.]*\s+(?:thoughts?|responses?|comments?|replies|reactions|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer)\s+(?:on|to|zu|zum|zur|sur|à|en|em|a|su|op|på|til)\s+["“„«‘'‚]`)

// commentsCountHeadingMaxWords: the heading holds the article's title.
const commentsCountHeadingMaxWords = 30

// commentsCountHeading reports a comment list's counting heading.
func commentsCountHeading(b *block) bool {
	if b.f.words > commentsCountHeadingMaxWords || b.f.digitShare == 0 {
		return false
	}
	t := trimSpace(b.text)
	return len(t) > 0 && t[0] >= '0' && t[0] <= '9' && strings.ContainsAny(t, "\"“„«‘'‚") && reCommentsCountHeading.MatchString(t)
}
