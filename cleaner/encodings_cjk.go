//go:build !js

package cleaner

import (
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The multi-byte encodings of Chinese, Japanese and Korean, natively from
// x/text. (In the browser the host decodes them: encodings_cjk_js.go.)
var (
	encGBK       = simplifiedchinese.GBK
	encGB18030   = simplifiedchinese.GB18030
	encBig5      = traditionalchinese.Big5
	encEUCJP     = japanese.EUCJP
	encISO2022JP = japanese.ISO2022JP
	encShiftJIS  = japanese.ShiftJIS
	encEUCKR     = korean.EUCKR
)
