package cleaner

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Input checks: what makes bytes something we can clean.
const (
	// sniffBytes is how much of the input the binary and HTML sniffers
	// read: enough to pass a long <head>, small enough to be free.
	sniffBytes = 8 << 10
	// maxControlShare is the share of control characters (other than
	// tab, newline, carriage return, form feed) above which input is
	// taken for binary; text pasted from a page has practically none.
	maxControlShare = 0.02
)

// checkInput rejects empty, oversized and binary input.
func checkInput(in []byte, opts Options) error {
	if err := checkSize(len(in), opts); err != nil {
		return err
	}
	if len(bytes.TrimSpace(in)) == 0 {
		return ErrEmpty
	}
	return checkHead(in[:min(len(in), sniffBytes)])
}

// checkInputString is checkInput for a string, without a copy of it.
func checkInputString(s string, opts Options) error {
	if err := checkSize(len(s), opts); err != nil {
		return err
	}
	if len(strings.TrimSpace(s)) == 0 {
		return ErrEmpty
	}
	return checkHead([]byte(s[:min(len(s), sniffBytes)]))
}

// checkSize rejects an input of n bytes over the options' limit.
func checkSize(n int, opts Options) error {
	if n > opts.maxInput() {
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, n, opts.maxInput())
	}
	return nil
}

// checkHead rejects binary input by its first sniffBytes, head.
func checkHead(head []byte) error {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return fmt.Errorf("%w: it is gzip-compressed; decompress it first", ErrBinary)
	}
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return fmt.Errorf("%w: it is a PDF document", ErrBinary)
	}
	controls := 0
	for _, c := range head {
		if c == 0 {
			return fmt.Errorf("%w: it contains NUL bytes", ErrBinary)
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			controls++
		}
	}
	if float64(controls) > maxControlShare*float64(len(head)) {
		return fmt.Errorf("%w: %d control characters in the first %d bytes", ErrBinary, controls, len(head))
	}
	return nil
}

// hasUTF16BOM reports whether s starts with a UTF-16 byte-order mark,
// which fromUTF16 decodes.
func hasUTF16BOM(s string) bool {
	return len(s) >= 2 && (s[0] == 0xff && s[1] == 0xfe || s[0] == 0xfe && s[1] == 0xff)
}

// fromUTF16 decodes input that starts with a UTF-16 byte-order mark (as
// Windows editors save text) to UTF-8; other input is returned as it is.
// Spans then refer to the UTF-8 text.
func fromUTF16(in []byte, opts Options) ([]byte, error) {
	if len(in) < 2 || !(in[0] == 0xff && in[1] == 0xfe || in[0] == 0xfe && in[1] == 0xff) {
		return in, nil
	}
	// UTF-16 takes up to twice the bytes of UTF-8 for the same text in
	// Latin scripts; the decoded text is checked against the limit again.
	if len(in) > 2*opts.maxInput() {
		return nil, fmt.Errorf("%w: %d bytes of UTF-16", ErrTooLarge, len(in))
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(in)
	if err != nil {
		return nil, fmt.Errorf("%w: bad UTF-16: %v", ErrInvalidUTF8, err)
	}
	return out, nil
}

// sniffMode decides between text and HTML by the input's first bytes.
func sniffMode(in []byte) Mode {
	head := in
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	head = bytes.TrimLeft(head, "\ufeff \t\r\n")
	if len(head) == 0 || head[0] != '<' {
		return ModeText
	}
	lower := strings.ToLower(string(head))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<div", "<p>", "<p ", "<article", "<section", "<main", "<table", "<h1", "<h2", "<ul", "<span", "<!--"} {
		if strings.Contains(lower, tag) {
			return ModeHTML
		}
	}
	return ModeText
}

// decodeText returns the input as UTF-8 text: decoded from opts.Charset
// when given, else checked to be valid UTF-8. A UTF-8 byte-order mark is
// kept (as a character the segmenter skips) so byte offsets stay those of
// the input.
func decodeText(in []byte, opts Options) (string, error) {
	if opts.Charset != "" {
		enc, name := lookupEncoding(opts.Charset)
		if enc == nil {
			return "", fmt.Errorf("%w: unknown charset %q", ErrOptions, opts.Charset)
		}
		if name != "utf-8" {
			out, err := enc.NewDecoder().Bytes(in)
			if err != nil {
				return "", fmt.Errorf("cleaner: decoding %s: %w", name, err)
			}
			return string(out), nil
		}
	}
	if !utf8.Valid(in) {
		return "", fmt.Errorf("%w: invalid byte 0x%02x at offset %d (name its encoding with the charset option)",
			ErrInvalidUTF8, in[firstInvalidUTF8(in)], firstInvalidUTF8(in))
	}
	return string(in), nil
}

// decodeTextString is decodeText for a string: UTF-8 text is returned as
// it is, not copied; text in another charset is decoded as decodeText
// does.
func decodeTextString(s string, opts Options) (string, error) {
	if opts.Charset != "" {
		if enc, name := lookupEncoding(opts.Charset); enc == nil || name != "utf-8" {
			return decodeText([]byte(s), opts)
		}
	}
	if !utf8.ValidString(s) {
		return decodeText([]byte(s), opts) // its error
	}
	return s, nil
}
