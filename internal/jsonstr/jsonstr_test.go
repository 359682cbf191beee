package jsonstr

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAppend(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", `""`},
		{"plain text", `"plain text"`},
		{`q"b\`, `"q\"b\\"`},
		{"<>&", `"<>&"`},
		{"\b\f\n\r\t\x00\x1f\x7f", `"\b\f\n\r\t\u0000\u001f` + "\x7f" + `"`},
		{"\u2028\u2029", `"\u2028\u2029"`},
		{"a\xffb", `"a\ufffdb"`},
		{"é€😀", `"é€😀"`},
	} {
		require.Equal(t, tt.want, string(Append([]byte("x"), tt.in))[1:], "%q", tt.in)
	}
}

// FuzzAppend holds Append to encoding/json's bytes (HTML escaping off).
func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "plain", `q"b\`, "<>&", "\b\f\n\r\t\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "é€😀", "a\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(s))
		require.Equal(t, want.String(), string(Append(nil, s))+"\n", "%q", s)
	})
}

func TestAppendASCII(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text", `"plain text"`},
		{`q"b` + "\n", `"q\"b\n"`},
		{"é€😀", `"\u00e9\u20ac\ud83d\ude00"`},
		{"eight ascii then é", `"eight ascii then \u00e9"`},
		{"\u2028", `"\u2028"`},
		{"a\xffb", `"a\ufffdb"`},
	} {
		require.Equal(t, tt.want, string(AppendASCII([]byte("x"), tt.in))[1:], "%q", tt.in)
	}
}

// FuzzAppendASCII holds AppendASCII to ASCII bytes that parse to what
// Append's parse to, and NonASCII to a count of the bytes beyond ASCII.
func FuzzAppendASCII(f *testing.F) {
	for _, s := range []string{"", "plain", `q"b\`, "\u2028", "\xff\xfe", "é€😀", "a\xe2\x80", "\U0010ffff", "twelve bytes é and more"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := AppendASCII(nil, s)
		for _, c := range got {
			require.Less(t, c, byte(0x80), "%q: ASCII only", s)
		}
		var a, b string
		require.NoError(t, json.Unmarshal(got, &a))
		require.NoError(t, json.Unmarshal(Append(nil, s), &b))
		require.Equal(t, b, a, "%q", s)
		n := 0
		for _, c := range []byte(s) {
			if c >= 0x80 {
				n++
			}
		}
		require.Equal(t, n, NonASCII(s), "%q", s)
	})
}

// TestPlainWord holds plainWord to the byte table on every word of one
// byte set in plain filler, at each of the eight places.
func TestPlainWord(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := range 8 {
			w := []byte("abcdefgh")
			w[at] = byte(c)
			want := true
			for _, b := range w {
				want = want && plain[b]
			}
			require.Equal(t, want, plainWord(string(w)), "%q", w)
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	for name, line := range map[string]string{
		"ascii":  "The harbour ferries returned after the winter pause, earlier than last year. ",
		"quotes": "The harbour ferries returned after the winter pause, “earlier” than last year.\n",
	} {
		s := strings.Repeat(line, 200)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			var dst []byte
			for range b.N {
				dst = Append(dst[:0], s)
			}
		})
	}
}
