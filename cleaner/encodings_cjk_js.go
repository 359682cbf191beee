//go:build js

package cleaner

import (
	"errors"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// In WebAssembly the multi-byte encodings of Chinese, Japanese and Korean
// are decoded by the host, whose decoder (the browser's TextDecoder)
// implements the same WHATWG Encoding Standard as x/text: x/text's tables
// for them weigh about 240 KB of the 1.4 MB the page may download. The
// labels and the choice of encoding stay here; only the byte-to-text
// mapping is the host's.
var (
	encGBK       encoding.Encoding = hostEncoding("gbk")
	encGB18030   encoding.Encoding = hostEncoding("gb18030")
	encBig5      encoding.Encoding = hostEncoding("big5")
	encEUCJP     encoding.Encoding = hostEncoding("euc-jp")
	encISO2022JP encoding.Encoding = hostEncoding("iso-2022-jp")
	encShiftJIS  encoding.Encoding = hostEncoding("shift_jis")
	encEUCKR     encoding.Encoding = hostEncoding("euc-kr")
)

// HostDecoder decodes in, in the encoding with the WHATWG name given, to
// UTF-8, replacing what cannot be decoded with U+FFFD. The program that
// embeds the cleaner in WebAssembly sets it once at start (wasm/main.go:
// TextDecoder); while it is nil, input in these encodings is an error.
var HostDecoder func(name string, in []byte) ([]byte, error)

// errNoHostDecoder: the host gave no decoder for an encoding that needs it.
var errNoHostDecoder = errors.New("no decoder for this encoding in this build (set cleaner.HostDecoder)")

// hostEncoding is an encoding the host decodes; it is never encoded to.
type hostEncoding string

func (e hostEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &hostTransformer{name: string(e)}}
}

func (e hostEncoding) NewEncoder() *encoding.Encoder { return encoding.Nop.NewEncoder() }

// hostTransformer decodes the whole input at once when it has seen its
// end, then hands the text out as the destination makes room.
type hostTransformer struct {
	name    string
	out     []byte
	done    int
	decoded bool
}

func (t *hostTransformer) Reset() { *t = hostTransformer{name: t.name} }

func (t *hostTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if !atEOF {
		return 0, 0, transform.ErrShortSrc
	}
	if !t.decoded {
		if HostDecoder == nil {
			return 0, 0, errNoHostDecoder
		}
		if t.out, err = HostDecoder(t.name, src); err != nil {
			return 0, 0, err
		}
		t.decoded = true
	}
	n := copy(dst, t.out[t.done:])
	t.done += n
	if t.done < len(t.out) {
		return n, 0, transform.ErrShortDst
	}
	return n, len(src), nil
}
