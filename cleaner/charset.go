package cleaner

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// Reading the bytes of an HTML page as text. The order follows what
// browsers do, with one safeguard: a byte-order mark decides; then bytes
// that are valid UTF-8 with non-ASCII characters in them are UTF-8 (a page
// saved or converted to UTF-8 often keeps a stale <meta charset>, while
// legacy-encoded text that happens to be valid UTF-8 is vanishingly rare);
// then the page's own <meta charset> or http-equiv declaration; then the
// caller's Options.Charset hint; then UTF-8 when valid, else Windows-1252,
// the WHATWG default for unlabelled Western pages.

// metaScanBytes is how far the declaration is looked for. The HTML spec
// prescans 1024 bytes; real pages put long scripts and styles before
// their meta tags, so we look further.
const metaScanBytes = 64 << 10

// reMetaCharset finds <meta charset=…> and the charset parameter of
// <meta http-equiv="Content-Type" content="…; charset=…">.
var reMetaCharset = lazyRE(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decodeHTML returns the page as UTF-8: the input itself when it is
// UTF-8 already, never modified.
func decodeHTML(in []byte, opts Options) ([]byte, error) {
	if opts.Charset != "" {
		if e, _ := lookupEncoding(opts.Charset); e == nil {
			return nil, fmt.Errorf("%w: unknown charset %q", ErrOptions, opts.Charset)
		}
	}
	enc, name := htmlEncoding(in, opts)
	if name == "utf-8" {
		in = bytes.TrimPrefix(in, []byte("\ufeff"))
		if !utf8.Valid(in) {
			return bytes.ToValidUTF8(in, []byte("\ufffd")), nil
		}
		return in, nil
	}
	out, err := enc.NewDecoder().Bytes(in)
	if err != nil {
		return nil, fmt.Errorf("cleaner: decoding %s: %w", name, err)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\ufffd"))
	}
	return out, nil
}

// htmlEncoding picks the page's encoding.
func htmlEncoding(in []byte, opts Options) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(in, []byte("\xef\xbb\xbf")):
		return lookupEncoding("utf-8")
	case bytes.HasPrefix(in, []byte("\xfe\xff")), bytes.HasPrefix(in, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "utf-16"
	}
	head := in
	if len(head) > metaScanBytes {
		head = head[:metaScanBytes]
	}
	if utf8.Valid(in) && hasNonASCII(in) {
		return encodingNamed("utf-8")
	}
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		if e, name := lookupEncoding(string(m[1])); e != nil {
			return e, name
		}
	}
	if opts.Charset != "" {
		return lookupEncoding(opts.Charset)
	}
	if utf8.Valid(in) {
		return encodingNamed("utf-8")
	}
	return encodingNamed("windows-1252")
}

func encodingNamed(label string) (encoding.Encoding, string) { return lookupEncoding(label) }

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
