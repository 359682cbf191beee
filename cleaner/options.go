package cleaner

import (
	"errors"
	"fmt"
)

// Mode selects the front end that turns input into blocks.
type Mode string

// The modes. The zero value sniffs the input.
const (
	ModeAuto Mode = ""
	ModeText Mode = "text"
	ModeHTML Mode = "html"
)

// Focus trades precision against recall, as trafilatura's favor_precision
// and favor_recall do.
type Focus string

// The focuses. The zero value is balanced.
const (
	FocusBalanced  Focus = ""
	FocusPrecision Focus = "precision" // less junk, at the cost of some text
	FocusRecall    Focus = "recall"    // more text, at the cost of some junk
)

// DefaultMaxInputBytes bounds the input when Options.MaxInputBytes is zero.
// 32 MiB is far above any real article page (the largest dev page is under
// 2 MB) yet small enough for a browser tab to clean without running out of
// memory.
const DefaultMaxInputBytes = 32 << 20

// Options controls one call of Clean. The zero value works: it sniffs the
// mode, reads UTF-8 and applies the default size limit. Options has JSON
// tags so it crosses into JavaScript unchanged.
type Options struct {
	// Mode forces the text or HTML front end; empty sniffs the input.
	Mode Mode `json:"mode,omitempty"`
	// URL is the page's address, used to resolve relative links and
	// images in HTML input.
	URL string `json:"url,omitempty"`
	// Charset names the input's encoding (for example "windows-1252")
	// when it is not UTF-8 and the input does not say so itself.
	Charset string `json:"charset,omitempty"`
	// Restore lists IDs of removed segments or cuts to put back.
	Restore []int `json:"restore,omitempty"`
	// MaxInputBytes bounds the input; zero means DefaultMaxInputBytes.
	MaxInputBytes int `json:"maxInputBytes,omitempty"`
	// Focus is "balanced" (or empty), "precision" or "recall".
	Focus Focus `json:"focus,omitempty"`
	// Content is a CSS selector for the article's root in HTML input:
	// when it matches, extraction works inside the matched elements and
	// everything outside them is removed; when it matches nothing, the
	// cleaner says so in Article.Rules and extracts as without it.
	Content string `json:"content,omitempty"`
	// Remove lists CSS selectors of elements dropped before cleaning
	// (HTML input); each piece is listed as removed with ReasonSelector
	// and the selector that matched (Segment.Rule).
	Remove []string `json:"remove,omitempty"`
	// Keep lists CSS selectors of elements always kept (HTML input): a
	// keep rule wins over the automatic verdict and over Remove.
	Keep []string `json:"keep,omitempty"`
}

// Errors returned by Clean. They are wrapped with details; test with
// errors.Is.
var (
	ErrEmpty       = errors.New("cleaner: input is empty")
	ErrTooLarge    = errors.New("cleaner: input is too large")
	ErrBinary      = errors.New("cleaner: input looks binary, not text or HTML")
	ErrInvalidUTF8 = errors.New("cleaner: input is not valid UTF-8")
	ErrOptions     = errors.New("cleaner: invalid options")
)

func (o Options) maxInput() int {
	if o.MaxInputBytes > 0 {
		return o.MaxInputBytes
	}
	return DefaultMaxInputBytes
}

func (o Options) validate() error {
	switch o.Mode {
	case ModeAuto, ModeText, ModeHTML, "auto":
	default:
		return fmt.Errorf("%w: mode %q is not one of auto, text, html", ErrOptions, o.Mode)
	}
	switch o.Focus {
	case FocusBalanced, "balanced", FocusPrecision, FocusRecall:
	default:
		return fmt.Errorf("%w: focus %q is not one of balanced, precision, recall", ErrOptions, o.Focus)
	}
	if o.MaxInputBytes < 0 {
		return fmt.Errorf("%w: maxInputBytes %d is negative", ErrOptions, o.MaxInputBytes)
	}
	return nil
}

type unknownNameError struct{ what, name string }

func (e *unknownNameError) Error() string {
	return fmt.Sprintf("cleaner: unknown %s %q", e.what, e.name)
}
