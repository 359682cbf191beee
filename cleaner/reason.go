package cleaner

// Reason says why a segment was removed. Reasons are data: every removed
// segment carries one, and the JSON form is its stable name.
type Reason uint8

// The reasons, grouped by the signal that produces them.
const (
	ReasonNone Reason = iota // kept

	// Shape and position.
	ReasonMenu         // a run of short, link-like lines: navigation, section lists
	ReasonBoilerplate  // short line outside the article body (head or foot of the page)
	ReasonOutsideBody  // prose-like text outside the main article region
	ReasonShortLine    // too short and too bare to be article text
	ReasonAllCaps      // a line in capitals with no sentence: section labels, banners
	ReasonRelatedLinks // a list of other headlines: "related", "more stories"
	ReasonComments     // the comment section and its controls

	// Phrases and patterns.
	ReasonPlaceholder   // template placeholder: {{…}}, ${…}, [object Object], undefined
	ReasonWidget        // widget state: "Loading…", "Failed to load…"
	ReasonShare         // share, print, e-mail and social buttons
	ReasonCookie        // cookie and consent notices
	ReasonNewsletter    // newsletter and subscription calls to action
	ReasonReadMore      // "Read more", "Continue reading" and similar pointers
	ReasonAdvertisement // advertisement labels
	ReasonPhotoCredit   // photo and image credits, captions controls
	ReasonLegal         // copyright, terms, privacy footers
	ReasonEngagement    // counters: "12 comments", "3K shares"

	// Metadata lifted out of the body.
	ReasonTitle     // the headline, moved into the title
	ReasonByline    // the author line, moved into the byline
	ReasonAuthorBio // "Jane Doe is a reporter for…" after the article
	ReasonDateline  // a date or timestamp line, moved into the date
	ReasonSiteName  // the site's name on its own or pasted onto a paragraph
	ReasonSourceTag // "(via SomeApp)", "Quelle: dpa" at the end of a paragraph

	// Repetition.
	ReasonDuplicate // the same text, or text contained in a longer block, seen before

	// HTML structure.
	ReasonHidden     // hidden in the page: hidden, aria-hidden, display:none, <template>
	ReasonNonContent // script, style, form controls and other non-text elements
	ReasonLinkDense  // mostly links

	// The caller's rules.
	ReasonSelector // matched by a CSS selector of Options.Remove

	reasonCount // keep last
)

var reasonNames = [reasonCount]string{
	ReasonNone:          "kept",
	ReasonMenu:          "menu",
	ReasonBoilerplate:   "boilerplate",
	ReasonOutsideBody:   "outside-body",
	ReasonShortLine:     "short-line",
	ReasonAllCaps:       "all-caps",
	ReasonRelatedLinks:  "related-links",
	ReasonComments:      "comments",
	ReasonPlaceholder:   "placeholder",
	ReasonWidget:        "widget",
	ReasonShare:         "share",
	ReasonCookie:        "cookie",
	ReasonNewsletter:    "newsletter",
	ReasonReadMore:      "read-more",
	ReasonAdvertisement: "advertisement",
	ReasonPhotoCredit:   "photo-credit",
	ReasonLegal:         "legal",
	ReasonEngagement:    "engagement",
	ReasonTitle:         "title",
	ReasonByline:        "byline",
	ReasonAuthorBio:     "author-bio",
	ReasonDateline:      "dateline",
	ReasonSiteName:      "site-name",
	ReasonSourceTag:     "source-tag",
	ReasonDuplicate:     "duplicate",
	ReasonHidden:        "hidden",
	ReasonNonContent:    "non-content",
	ReasonLinkDense:     "link-dense",
	ReasonSelector:      "selector",
}

var reasonWords = [reasonCount]string{
	ReasonNone:          "kept",
	ReasonMenu:          "navigation menu",
	ReasonBoilerplate:   "page furniture around the article",
	ReasonOutsideBody:   "text outside the article",
	ReasonShortLine:     "short line that is not a sentence",
	ReasonAllCaps:       "label in capitals",
	ReasonRelatedLinks:  "links to other stories",
	ReasonComments:      "comments section",
	ReasonPlaceholder:   "template placeholder",
	ReasonWidget:        "widget loading or error message",
	ReasonShare:         "share buttons",
	ReasonCookie:        "cookie notice",
	ReasonNewsletter:    "newsletter or subscription prompt",
	ReasonReadMore:      "\"read more\" link",
	ReasonAdvertisement: "advertisement",
	ReasonPhotoCredit:   "photo credit",
	ReasonLegal:         "copyright or legal footer",
	ReasonEngagement:    "like, share or comment counter",
	ReasonTitle:         "headline (moved to the title)",
	ReasonByline:        "byline (moved to the author)",
	ReasonAuthorBio:     "about the author",
	ReasonDateline:      "date line (moved to the date)",
	ReasonSiteName:      "site name",
	ReasonSourceTag:     "source or via tag",
	ReasonDuplicate:     "repeated text",
	ReasonHidden:        "hidden in the page",
	ReasonNonContent:    "script, style or form element",
	ReasonLinkDense:     "mostly links",
	ReasonSelector:      "removed by your selector",
}

// String returns the reason's stable name, as used in JSON.
func (r Reason) String() string {
	if r < reasonCount {
		return reasonNames[r]
	}
	return "unknown"
}

// Describe returns the reason in plain words for people.
func (r Reason) Describe() string {
	if r < reasonCount {
		return reasonWords[r]
	}
	return "unknown"
}

// MarshalText encodes the reason as its stable name.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a stable name.
func (r *Reason) UnmarshalText(b []byte) error {
	for i, n := range reasonNames {
		if n == string(b) {
			*r = Reason(i)
			return nil
		}
	}
	return &unknownNameError{what: "reason", name: string(b)}
}
