package cleaner

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Invariants every result of Clean must hold, shared by the golden tests,
// the seed test and the fuzz targets. They return the first broken one as
// an error so that fuzzing can report it with the input.

// knownErrors are the sentinel errors Clean may wrap; any other error is a
// bug (a crash turned into an error, or a missing wrap).
var knownErrors = []error{ErrEmpty, ErrTooLarge, ErrBinary, ErrInvalidUTF8, ErrOptions}

// checkError reports an error that wraps none of the sentinels.
func checkError(err error) error {
	for _, k := range knownErrors {
		if errors.Is(err, k) {
			return nil
		}
	}
	if strings.HasPrefix(err.Error(), "cleaner: decoding ") {
		return nil // a charset decoder's own error, wrapped with %w
	}
	return fmt.Errorf("error wraps no sentinel: %v", err)
}

// checkOutputs checks that every rendering of a is valid UTF-8 and that
// the JSON record encodes.
func checkOutputs(a *Article) error {
	fields := map[string]string{
		"Title": a.Title, "Byline": a.Byline, "Date": a.Date, "Site": a.Site, "Lang": a.Lang,
		"Excerpt": a.Excerpt, "Text": a.Text(), "Markdown": a.Markdown(), "HTML": a.HTML(),
	}
	for name, v := range fields {
		if !utf8.ValidString(v) {
			return fmt.Errorf("%s is not valid UTF-8: %q", name, v)
		}
	}
	for _, s := range a.Segments {
		if !utf8.ValidString(s.Text) || !utf8.ValidString(s.HTML) {
			return fmt.Errorf("segment %d text is not valid UTF-8: %q", s.ID, s.Text)
		}
		for _, c := range s.Cuts {
			if !utf8.ValidString(c.Text) {
				return fmt.Errorf("cut %d text is not valid UTF-8: %q", c.ID, c.Text)
			}
		}
	}
	for _, r := range a.Removed() {
		if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Why) {
			return fmt.Errorf("removed %d is not valid UTF-8: %q", r.ID, r.Text)
		}
	}
	data, err := json.Marshal(a.Record())
	if err != nil {
		return fmt.Errorf("record does not encode: %v", err)
	}
	if !utf8.Valid(data) || !json.Valid(data) {
		return fmt.Errorf("record JSON is not valid")
	}
	return nil
}

// checkIDs checks that segment and cut IDs are unique across both.
func checkIDs(a *Article) error {
	seen := map[int]bool{}
	for i, s := range a.Segments {
		if s.ID != i {
			return fmt.Errorf("segment %d has ID %d", i, s.ID)
		}
		if seen[s.ID] {
			return fmt.Errorf("ID %d used twice", s.ID)
		}
		seen[s.ID] = true
		for _, c := range s.Cuts {
			if seen[c.ID] {
				return fmt.Errorf("cut ID %d used twice", c.ID)
			}
			seen[c.ID] = true
		}
	}
	return nil
}

// checkTextSpans checks, for text input, that every segment
// and cut points back at its bytes in the input: segments in order and not
// overlapping, Segment.Text == input[Span], cuts inside their segment and
// input[cut.Span] trimmed == cut.Text.
func checkTextSpans(input string, a *Article) error {
	last := 0
	for _, s := range a.Segments {
		if s.Span == nil {
			return fmt.Errorf("segment %d has no span", s.ID)
		}
		sp := *s.Span
		if sp.Start < last || sp.Start >= sp.End || sp.End > len(input) {
			return fmt.Errorf("segment %d span %v out of order or range (previous end %d, input %d bytes)", s.ID, sp, last, len(input))
		}
		last = sp.End
		if got := input[sp.Start:sp.End]; got != s.Text {
			return fmt.Errorf("segment %d: input[%d:%d] = %q, Text = %q", s.ID, sp.Start, sp.End, got, s.Text)
		}
		if trimSpace(s.Text) != s.Text {
			return fmt.Errorf("segment %d text is not trimmed: %q", s.ID, s.Text)
		}
		for _, c := range s.Cuts {
			if c.Span == nil {
				return fmt.Errorf("cut %d has no span", c.ID)
			}
			if c.Start < 0 || c.Start > c.End || c.End > len(s.Text) {
				return fmt.Errorf("cut %d [%d,%d) outside its segment text of %d bytes", c.ID, c.Start, c.End, len(s.Text))
			}
			cs := *c.Span
			if cs.Start != sp.Start+c.Start || cs.End != sp.Start+c.End {
				return fmt.Errorf("cut %d span %v does not match offsets [%d,%d) in segment at %d", c.ID, cs, c.Start, c.End, sp.Start)
			}
			if cs.Start < sp.Start || cs.End > sp.End {
				return fmt.Errorf("cut %d span %v outside its segment span %v", c.ID, cs, sp)
			}
			if got := trimSpace(input[cs.Start:cs.End]); got != c.Text {
				return fmt.Errorf("cut %d: input[%d:%d] trimmed = %q, Text = %q", c.ID, cs.Start, cs.End, got, c.Text)
			}
		}
	}
	return nil
}

// spanText is the text that spans of a text-mode result index: the input
// itself when it is UTF-8, else the input decoded from UTF-16 (by its
// byte-order mark) or from opts.Charset, as Clean decodes it.
func spanText(input []byte, opts Options) (string, error) {
	in, err := fromUTF16(input, opts)
	if err != nil {
		return "", fmt.Errorf("decoding failed after Clean succeeded: %v", err)
	}
	src, err := decodeText(in, opts)
	if err != nil {
		return "", fmt.Errorf("decoding failed after Clean succeeded: %v", err)
	}
	return src, nil
}

// checkDeterministic cleans the input twice more and compares the JSON.
func checkDeterministic(input []byte, opts Options, a *Article) error {
	want, err := json.Marshal(a.Record())
	if err != nil {
		return err
	}
	b, err := Clean(input, opts)
	if err != nil {
		return fmt.Errorf("second run failed: %v", err)
	}
	got, err := json.Marshal(b.Record())
	if err != nil {
		return err
	}
	if string(got) != string(want) {
		return fmt.Errorf("two runs differ:\n%s\n%s", want, got)
	}
	return nil
}

// checkArticle runs every invariant that applies to the result.
func checkArticle(input []byte, opts Options, a *Article) error {
	if err := checkOutputs(a); err != nil {
		return err
	}
	if err := checkIDs(a); err != nil {
		return err
	}
	if a.Mode == ModeText {
		src, err := spanText(input, opts)
		if err != nil {
			return err
		}
		if err := checkTextSpans(src, a); err != nil {
			return err
		}
	}
	return checkDeterministic(input, opts, a)
}
