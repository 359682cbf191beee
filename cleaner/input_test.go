package cleaner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const okText = "The council approved the budget on Tuesday after a long debate about schools."

func TestOptionsValidate(t *testing.T) {
	for _, m := range []Mode{ModeAuto, ModeText, ModeHTML, "auto"} {
		assert.NoError(t, Options{Mode: m}.validate(), "mode %q", m)
	}
	err := Options{Mode: "pdf"}.validate()
	require.ErrorIs(t, err, ErrOptions)
	assert.Contains(t, err.Error(), `"pdf"`)
	assert.ErrorIs(t, Options{MaxInputBytes: -1}.validate(), ErrOptions)
	assert.Equal(t, DefaultMaxInputBytes, Options{}.maxInput())
	assert.Equal(t, 10, Options{MaxInputBytes: 10}.maxInput())
}

func TestOptionsJSON(t *testing.T) {
	var o Options
	require.NoError(t, json.Unmarshal([]byte(`{"mode":"text","charset":"windows-1252","restore":[1,2],"maxInputBytes":100}`), &o))
	assert.Equal(t, Options{Mode: ModeText, Charset: "windows-1252", Restore: []int{1, 2}, MaxInputBytes: 100}, o)
	data, err := json.Marshal(Options{})
	require.NoError(t, err)
	assert.Equal(t, "{}", string(data), "the zero value is an empty object")
}

func TestCleanInputErrors(t *testing.T) {
	big := strings.Repeat(okText+"\n", 4)
	cases := []struct {
		name  string
		in    []byte
		opts  Options
		err   error
		words string // part of the message
	}{
		{"nil", nil, Options{}, ErrEmpty, "empty"},
		{"empty", []byte{}, Options{}, ErrEmpty, "empty"},
		{"white space", []byte(" \n\t\r\n  "), Options{Mode: ModeText}, ErrEmpty, "empty"},
		{"NUL byte", []byte("hello\x00world, this is text"), Options{}, ErrBinary, "NUL"},
		{"control characters", append([]byte("text "), bytes.Repeat([]byte{0x01, 0x02, 'a'}, 20)...), Options{}, ErrBinary, "control characters"},
		{"gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 'x', 'y'}, Options{}, ErrBinary, "gzip"},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), Options{}, ErrBinary, "PDF"},
		{"too large", []byte(big), Options{MaxInputBytes: 100}, ErrTooLarge, "limit is 100"},
		{"invalid UTF-8 with its offset", []byte("caf\xe9 au lait is nice"), Options{Mode: ModeText}, ErrInvalidUTF8, "0xe9 at offset 3"},
		{"truncated UTF-8 at the end", []byte(okText + "\xe2\x80"), Options{Mode: ModeText}, ErrInvalidUTF8, fmt.Sprintf("0xe2 at offset %d", len(okText))},
		{"unknown charset", []byte(okText), Options{Mode: ModeText, Charset: "klingon-8"}, ErrOptions, "klingon-8"},
		{"bad mode", []byte(okText), Options{Mode: "markdown"}, ErrOptions, "markdown"},
		{"negative limit", []byte(okText), Options{MaxInputBytes: -5}, ErrOptions, "negative"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Clean(c.in, c.opts)
			assert.Nil(t, a)
			require.Error(t, err)
			assert.True(t, errors.Is(err, c.err), "%v is not %v", err, c.err)
			assert.Contains(t, err.Error(), c.words)
			assert.True(t, strings.HasPrefix(err.Error(), "cleaner: "), "errors carry the package name: %v", err)
		})
	}
}

func TestCleanAtTheSizeLimit(t *testing.T) {
	in := []byte(okText)
	_, err := Clean(in, Options{MaxInputBytes: len(in)})
	assert.NoError(t, err, "exactly the limit is allowed")
	_, err = Clean(in, Options{MaxInputBytes: len(in) - 1})
	assert.ErrorIs(t, err, ErrTooLarge)
}

func TestCharsetWindows1252(t *testing.T) {
	// "Café owners say “prices” rose – again." in windows-1252.
	in := []byte("Caf\xe9 owners in the old town say that their \x93prices\x94 rose \x96 again \x96 this winter because of the cost of energy.")
	a, err := Clean(in, Options{Mode: ModeText, Charset: "windows-1252"})
	require.NoError(t, err)
	assert.Equal(t, "Café owners in the old town say that their “prices” rose – again – this winter because of the cost of energy.", a.Text())
	require.NoError(t, checkOutputs(a))

	for _, name := range []string{"cp1252", "latin1", "ISO-8859-1"} {
		_, err := Clean(in, Options{Mode: ModeText, Charset: name})
		assert.NoError(t, err, name)
	}
	// Named UTF-8 is still checked.
	_, err = Clean(in, Options{Mode: ModeText, Charset: "utf-8"})
	assert.ErrorIs(t, err, ErrInvalidUTF8)
}

func TestUTF16SpansIndexTheDecodedText(t *testing.T) {
	in := []byte("\xff\xfeH\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00")
	opts := Options{Mode: ModeText}
	a, err := Clean(in, opts)
	require.NoError(t, err)
	assert.Equal(t, "Hi there", a.Text())
	assert.Equal(t, &Span{Start: 0, End: 8}, a.Segments[0].Span, "offsets in the UTF-8 text, not the UTF-16 bytes")
	require.NoError(t, checkArticle(in, opts, a))
}

func TestByteOrderMark(t *testing.T) {
	in := "\ufeff" + okText
	a, err := CleanString(in, Options{})
	require.NoError(t, err)
	assert.Equal(t, ModeText, a.Mode)
	assert.Equal(t, okText, a.Text())
	require.NoError(t, checkTextSpans(in, a), "spans count the mark's bytes")
}

func TestSniffMode(t *testing.T) {
	cases := map[string]Mode{
		"<!DOCTYPE html><html><body><p>Hi</p></body></html>": ModeHTML,
		"\ufeff  <html>":                     ModeHTML,
		"<p>Paragraph":                       ModeHTML,
		"<div class=x>y</div>":               ModeHTML,
		"<!-- comment -->":                   ModeHTML,
		"Plain text with <b>bold</b> inside": ModeText,
		"< 5 apples and > 3 pears":           ModeText,
		"<3 love it":                         ModeText,
		"":                                   ModeText,
	}
	for in, want := range cases {
		assert.Equal(t, want, sniffMode([]byte(in)), "%q", in)
	}
}

func TestFirstInvalidUTF8(t *testing.T) {
	assert.Equal(t, -1, firstInvalidUTF8([]byte("héllo")))
	assert.Equal(t, 0, firstInvalidUTF8([]byte{0xff}))
	assert.Equal(t, 2, firstInvalidUTF8([]byte("ab\xc3")))
	assert.Equal(t, 1, firstInvalidUTF8([]byte("a\xed\xa0\x80")), "surrogates are invalid")
}
