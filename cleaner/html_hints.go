package cleaner

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Token groups for the class, id, role and itemprop values of HTML
// elements: data, one group a line, in hints/groups.txt.
//
//go:embed hints/groups.txt
var hintFiles embed.FS

// hint is what an element's names say it is.
type hint uint8

const (
	hintNone    hint = iota
	hintContent      // the article: article, content, entry, post, story…
	hintComments
	hintShare
	hintRelated
	hintAd
	hintMenu
	hintFooter
	hintSidebar
	hintCookie
	hintNewsletter
	hintByline
	hintModal
	hintHidden
	hintCount // keep last
)

var hintNames = map[string]hint{
	"content": hintContent, "comments": hintComments, "share": hintShare, "related": hintRelated,
	"ad": hintAd, "menu": hintMenu, "footer": hintFooter, "sidebar": hintSidebar, "cookie": hintCookie,
	"newsletter": hintNewsletter, "byline": hintByline, "modal": hintModal, "hidden": hintHidden,
}

// hintReasons: the reason a block gets when a negative hint removes it.
var hintReasons = [hintCount]Reason{
	hintComments:   ReasonComments,
	hintShare:      ReasonShare,
	hintRelated:    ReasonRelatedLinks,
	hintAd:         ReasonAdvertisement,
	hintMenu:       ReasonMenu,
	hintFooter:     ReasonLegal,
	hintSidebar:    ReasonOutsideBody,
	hintCookie:     ReasonCookie,
	hintNewsletter: ReasonNewsletter,
	hintByline:     ReasonByline,
	hintModal:      ReasonWidget,
	hintHidden:     ReasonHidden,
}

// negative reports whether the hint marks page furniture.
func (h hint) negative() bool { return h > hintContent && h < hintCount }

// hintSets are the parsed token groups: tokens, and whole class names
// that hide an element.
type hintSets struct {
	tokens      map[string]hint
	hiddenClass map[string]bool
	// starts marks the first two letters of the tokens: a name that
	// starts otherwise is no token, nor the first half of one (most of a
	// page's class names), and is not looked up. Tokens are lower-case
	// ASCII; were one not, startsLike lets everything through.
	starts   [26][26]bool
	unsorted bool // a token does not start with two ASCII letters
	// hiddenFirst marks the first letters of the hiding class names and
	// hiddenMax is the longest: other names are not looked up. They are
	// lower-case ASCII; were one not, hiddenAny lets everything through.
	hiddenFirst [26]bool
	hiddenMax   int
	hiddenAny   bool
}

// mayHide reports whether the letters of a class name (classLetters) may
// be a hiding class name.
func (t *hintSets) mayHide(letters []byte) bool {
	if t.hiddenAny {
		return true
	}
	return len(letters) > 0 && len(letters) <= t.hiddenMax && letters[0]-'a' < 26 && t.hiddenFirst[letters[0]-'a']
}

// startsLike reports whether a token may start as tok does (tok, or tok
// joined with what follows it).
func (t *hintSets) startsLike(tok string) bool {
	if t.unsorted || len(tok) < 2 {
		return true
	}
	a, b := tok[0]-'a', tok[1]-'a'
	return a >= 26 || b >= 26 || t.starts[a][b]
}

// hintTable parses the groups once; the result is never modified.
var hintTable = sync.OnceValue(func() *hintSets {
	t := &hintSets{tokens: map[string]hint{}, hiddenClass: map[string]bool{}}
	data, _ := hintFiles.ReadFile("hints/groups.txt")
	for _, ln := range strings.Split(string(data), "\n") {
		name, toks, ok := strings.Cut(ln, "\t")
		if !ok || strings.HasPrefix(ln, "#") {
			continue
		}
		h, ok := hintNames[name]
		if !ok {
			continue
		}
		for _, tok := range strings.Fields(toks) {
			if h == hintHidden {
				t.hiddenClass[tok] = true
				t.hiddenMax = max(t.hiddenMax, len(tok))
				if tok == "" || tok[0]-'a' >= 26 || strings.ToLower(tok) != tok {
					t.hiddenAny = true
				} else {
					t.hiddenFirst[tok[0]-'a'] = true
				}
				continue
			}
			t.tokens[tok] = h
			if len(tok) < 2 || tok[0]-'a' >= 26 || tok[1]-'a' >= 26 {
				t.unsorted = true
			} else {
				t.starts[tok[0]-'a'][tok[1]-'a'] = true
			}
		}
	}
	return t
})

// hintAttrs are the attributes whose values name what an element is.
var hintAttrs = [...]string{"class", "id", "role", "itemprop"}

// elementHint returns what an element's names say it is. Of negative
// tokens a strong one wins, else the first found.
func elementHint(n *html.Node) hint { return elementHintMemo(n, nil) }

// valueHint is what the tokens of one attribute value say: the first
// negative hint among them, the first strong one, and whether one names
// content. elementHint folds these over the element's attributes in
// order, which gives what folding over all its tokens in order gives.
type valueHint struct {
	firstNeg, firstStrong hint
	content               bool
}

// hintMemo caches valueHints by value for one walk: a page repeats its
// class names on element after element.
type hintMemo map[string]valueHint

// elementHintMemo is elementHint with the values' hints cached in memo
// (nil: none).
func elementHintMemo(n *html.Node, memo hintMemo) hint {
	var all valueHint
	for _, a := range n.Attr {
		if !isHintAttr(a.Key) || a.Val == "" {
			continue
		}
		var v valueHint
		if memo == nil || a.Key == "id" { // ids are unique: not worth keeping
			v = valueHints(a.Val)
		} else if c, ok := memo[a.Val]; ok {
			v = c
		} else {
			v = valueHints(a.Val)
			memo[a.Val] = v
		}
		if all.firstNeg == hintNone {
			all.firstNeg = v.firstNeg
		}
		if all.firstStrong == hintNone {
			all.firstStrong = v.firstStrong
		}
		all.content = all.content || v.content
	}
	best := all.firstNeg
	if all.firstStrong != hintNone {
		best = all.firstStrong
	}
	if all.content && (best == hintNone || !best.strong()) {
		return hintContent
	}
	return best
}

// valueHints reads the tokens of one class, id, role or itemprop value.
func valueHints(val string) valueHint {
	sets := hintTable()
	t := sets.tokens
	var v valueHint
	var scratch [16]string
	toks := appendHintTokens(scratch[:0], val)
	for i, tok := range toks {
		if !sets.startsLike(tok) {
			continue
		}
		h := t[tok]
		if h == hintNone && i+1 < len(toks) {
			h = t[tok+toks[i+1]]
		}
		switch {
		case h.negative():
			if v.firstNeg == hintNone {
				v.firstNeg = h
			}
			if h.strong() && v.firstStrong == hintNone {
				v.firstStrong = h
			}
		case h == hintContent:
			v.content = true
		}
	}
	return v
}

// strong reports negative hints that win over a content token in the same
// name ("article-comments" is comments), where weak ones lose to it
// ("content-with-sidebar" holds content).
func (h hint) strong() bool {
	switch h {
	case hintComments, hintShare, hintRelated, hintAd, hintCookie, hintNewsletter, hintModal:
		return true
	}
	return false
}

// hiddenByClassNames reports whether one of the class names in cls hides
// its element.
func hiddenByClassNames(cls string) bool {
	if cls == "" {
		return false
	}
	// ASCII names in one pass: split at spaces (as strings.Fields splits
	// ASCII), each name's letters lower-cased on the way.
	t := hintTable()
	var scratch [64]byte
	l := scratch[:0]
	for i := 0; i < len(cls); i++ {
		switch c := cls[i]; {
		case c >= utf8.RuneSelf:
			return hiddenByClassNamesUnicode(cls)
		case asciiSpace[c]:
			if t.mayHide(l) && t.hiddenClass[string(l)] {
				return true
			}
			l = l[:0]
		case 'a' <= c && c <= 'z':
			l = append(l, c)
		case 'A' <= c && c <= 'Z':
			l = append(l, c+'a'-'A')
		}
	}
	return t.mayHide(l) && t.hiddenClass[string(l)]
}

// hiddenByClassNamesUnicode is hiddenByClassNames for values beyond
// ASCII.
func hiddenByClassNamesUnicode(cls string) bool {
	t := hintTable()
	var scratch [64]byte
	for c := range strings.FieldsSeq(cls) {
		if l := classLetters(scratch[:0], c); t.mayHide(l) && t.hiddenClass[string(l)] {
			return true
		}
	}
	return false
}

// classLetters appends the letters of a class name to dst, lower-cased
// ("sr-only" → "sronly").
func classLetters(dst []byte, c string) []byte {
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case ch >= 0x80:
			return append(dst[:0], classLettersUnicode(c)...)
		case ch >= 'a' && ch <= 'z':
			dst = append(dst, ch)
		case ch >= 'A' && ch <= 'Z':
			dst = append(dst, ch+'a'-'A')
		}
	}
	return dst
}

// classLettersUnicode is classLetters for names beyond ASCII.
func classLettersUnicode(c string) string {
	var b strings.Builder
	b.Grow(len(c))
	for _, r := range c {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isHintAttr(k string) bool {
	for _, h := range hintAttrs {
		if k == h {
			return true
		}
	}
	return false
}

// appendHintTokens splits a class or id value into lower-case tokens at
// non-letters and at camelCase seams, appended to out.
func appendHintTokens(out []string, v string) []string {
	start := -1
	var prev rune
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(v[start:end]))
		}
		start = -1
	}
	for i, c := range v {
		switch {
		case !unicode.IsLetter(c):
			flush(i)
		case unicode.IsUpper(c) && unicode.IsLower(prev) && start >= 0:
			flush(i)
			start = i
		case start < 0:
			start = i
		}
		prev = c
	}
	flush(len(v))
	return out
}
