package cleaner

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Character encodings by their WHATWG labels (https://encoding.spec.whatwg.org),
// the names pages and people give them. The table is our own rather than
// x/text's htmlindex, which would bring the language-tag tables of
// x/text/language into the WebAssembly build for no use here.

// whatwgEncoding is one encoding: its canonical name, its labels and its
// decoder.
type whatwgEncoding struct {
	name   string
	labels []string
	enc    encoding.Encoding
}

var whatwgEncodings = []whatwgEncoding{
	{"utf-8", []string{"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"}, unicode.UTF8},
	{"ibm866", []string{"866", "cp866", "csibm866", "ibm866"}, charmap.CodePage866},
	{"iso-8859-2", []string{"csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"}, charmap.ISO8859_2},
	{"iso-8859-3", []string{"csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"}, charmap.ISO8859_3},
	{"iso-8859-4", []string{"csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"}, charmap.ISO8859_4},
	{"iso-8859-5", []string{"csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"}, charmap.ISO8859_5},
	{"iso-8859-6", []string{"arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"}, charmap.ISO8859_6},
	{"iso-8859-7", []string{"csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"}, charmap.ISO8859_7},
	{"iso-8859-8", []string{"csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"}, charmap.ISO8859_8},
	{"iso-8859-8-i", []string{"csiso88598i", "iso-8859-8-i", "logical"}, charmap.ISO8859_8},
	{"iso-8859-10", []string{"csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"}, charmap.ISO8859_10},
	{"iso-8859-13", []string{"iso-8859-13", "iso8859-13", "iso885913"}, charmap.ISO8859_13},
	{"iso-8859-14", []string{"iso-8859-14", "iso8859-14", "iso885914"}, charmap.ISO8859_14},
	{"iso-8859-15", []string{"csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"}, charmap.ISO8859_15},
	{"iso-8859-16", []string{"iso-8859-16"}, charmap.ISO8859_16},
	{"koi8-r", []string{"cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"}, charmap.KOI8R},
	{"koi8-u", []string{"koi8-ru", "koi8-u"}, charmap.KOI8U},
	{"macintosh", []string{"csmacintosh", "mac", "macintosh", "x-mac-roman"}, charmap.Macintosh},
	{"windows-874", []string{"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"}, charmap.Windows874},
	{"windows-1250", []string{"cp1250", "windows-1250", "x-cp1250"}, charmap.Windows1250},
	{"windows-1251", []string{"cp1251", "windows-1251", "x-cp1251"}, charmap.Windows1251},
	// Pages labelled Latin-1 or ASCII are decoded as Windows-1252, its
	// superset, as browsers do.
	{"windows-1252", []string{"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"}, charmap.Windows1252},
	{"windows-1253", []string{"cp1253", "windows-1253", "x-cp1253"}, charmap.Windows1253},
	{"windows-1254", []string{"cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"}, charmap.Windows1254},
	{"windows-1255", []string{"cp1255", "windows-1255", "x-cp1255"}, charmap.Windows1255},
	{"windows-1256", []string{"cp1256", "windows-1256", "x-cp1256"}, charmap.Windows1256},
	{"windows-1257", []string{"cp1257", "windows-1257", "x-cp1257"}, charmap.Windows1257},
	{"windows-1258", []string{"cp1258", "windows-1258", "x-cp1258"}, charmap.Windows1258},
	{"x-mac-cyrillic", []string{"x-mac-cyrillic", "x-mac-ukrainian"}, charmap.MacintoshCyrillic},
	{"gbk", []string{"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"}, encGBK},
	{"gb18030", []string{"gb18030"}, encGB18030},
	{"big5", []string{"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}, encBig5},
	{"euc-jp", []string{"cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"}, encEUCJP},
	{"iso-2022-jp", []string{"csiso2022jp", "iso-2022-jp"}, encISO2022JP},
	{"shift_jis", []string{"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"}, encShiftJIS},
	{"euc-kr", []string{"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"}, encEUCKR},
	{"utf-16be", []string{"unicodefffe", "utf-16be"}, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	{"utf-16le", []string{"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"}, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
}

// lookupEncoding returns the encoding a label names and its canonical
// name, or nil and "" for a label no browser knows.
func lookupEncoding(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(label, " \t\n\f\r"))
	for _, e := range whatwgEncodings {
		for _, l := range e.labels {
			if l == label {
				return e.enc, e.name
			}
		}
	}
	return nil, ""
}
