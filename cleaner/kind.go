package cleaner

// Kind is the structural role of a block in the article.
type Kind uint8

// The block kinds. Text input yields paragraphs, headings, list items,
// quotes and code; HTML input may yield all of them.
const (
	KindParagraph Kind = iota
	KindHeading
	KindListItem
	KindQuote
	KindCode
	KindTable
	KindFigure
	KindCaption
	KindImage
	kindCount // keep last
)

var kindNames = [kindCount]string{
	KindParagraph: "paragraph",
	KindHeading:   "heading",
	KindListItem:  "list-item",
	KindQuote:     "quote",
	KindCode:      "code",
	KindTable:     "table",
	KindFigure:    "figure",
	KindCaption:   "caption",
	KindImage:     "image",
}

// String returns the kind's stable name, as used in JSON.
func (k Kind) String() string {
	if k < kindCount {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText encodes the kind as its stable name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a stable name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return &unknownNameError{what: "kind", name: string(b)}
}
