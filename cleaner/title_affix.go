package cleaner

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// Site affixes on titles: "Headline | Site", "Headline - Site",
// "Site: Headline", "Site » Blog Archive » Headline", "标题-新华网". A part
// is the site's name when it says what the page says its site is (the
// declared site name, the page's host, a logo heading that the <title>
// also carries), or, at the end, when it is shorter than the headline; a
// short label before " | " or " - " is a section or site name too.

// affixSeparators join a headline and a site or section name. The bare
// ones only count next to CJK text, which writes them without spaces.
var (
	affixSeparators     = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " // ", " │ ", " ｜ ", " // » "}
	affixSeparatorsBare = []string{"|", "｜", "-", "_", "－", "—"}
)

const (
	// affixPrefixMaxWords: a section or site label before the headline
	// ("Local News | …", "Blog Archive » …") is this short. Before " - "
	// it takes a site name: "Region - Headline" is a dateline as often.
	affixPrefixMaxWords = 4
	// affixHostMaxWords / affixHostMinLabel: a short part with a word
	// that is a label of the page's host names the site ("Der SeglerBlog
	// aus Berlin"); short labels ("zeit", "taz") are ordinary words too.
	affixHostMaxWords = 5
	affixHostMinLabel = 5
	// affixMaxSteps: "Site » Blog Archive » Headline" takes two steps.
	affixMaxSteps = 3
	// affixCJKMaxRunes: a CJK site name after a bare separator is short.
	affixCJKMaxRunes = 8
)

// siteNames are what a page calls its site, folded for comparison.
type siteNames struct {
	names []string // foldKey of each declared name
	host  []string // the labels of the page's host, without www and the TLD
	// domain is the host's last label before the TLD: the site's own
	// name, where the labels before it may name a user's blog.
	domain string
}

func newSiteNames(host string, names ...string) siteNames {
	var s siteNames
	for _, n := range names {
		if k := foldKey(n); k != "" {
			s.names = append(s.names, k)
		}
	}
	labels := strings.Split(strings.ToLower(strings.TrimPrefix(host, "www.")), ".")
	if len(labels) > 1 {
		labels = labels[:len(labels)-1]
	}
	for _, l := range labels {
		if len(l) >= 3 {
			s.host = append(s.host, l)
		}
	}
	if len(labels) > 0 && host != "" {
		s.domain = strings.ReplaceAll(labels[len(labels)-1], "-", "")
	}
	return s
}

// hostOf returns the host of a URL, or "".
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Hostname()
}

// is reports whether part names the site: it is, or begins with, a
// declared name, or written without spaces it is a label of the host
// ("BMAS" on bmas.de, "ZEIT ONLINE" as og:site_name), or it is a domain
// name itself.
func (s siteNames) is(part string) bool {
	k := foldKey(part)
	if k == "" {
		return false
	}
	for _, n := range s.names {
		if k == n || strings.HasPrefix(k, n+" ") || strings.HasPrefix(n, k+" ") {
			return true
		}
	}
	joined := strings.ReplaceAll(k, " ", "")
	short := strings.Count(k, " ") < affixHostMaxWords
	for _, h := range s.host {
		if joined == h || strings.HasPrefix(h, joined) && len(joined)*2 >= len(h) {
			return true
		}
		if short && len(h) >= affixHostMinLabel && (" "+k+" ") != strings.ReplaceAll(" "+k+" ", " "+h+" ", " ") {
			return true // "Der SeglerBlog aus Berlin" on seglerblog.…
		}
	}
	return looksLikeDomain(strings.TrimSpace(part))
}

// looksLikeDomain: "FASSETTE.NET", "mediaarchitecture.de".
func looksLikeDomain(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot >= len(s)-2 {
		return false
	}
	for _, r := range s[dot+1:] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// stripAffix removes site and section affixes from a title and returns
// the headline and the site name it took off, or "": the outermost part
// that names the site (an end part, or a start part that says what the
// page says its site is; a section label before " | " is not a site).
func stripAffix(t string, sites siteNames) (string, string) {
	head, site, _ := stripAffixParts(t, sites)
	return head, site
}

// stripAffixParts is stripAffix that also returns every part it took off.
func stripAffixParts(t string, sites siteNames) (string, string, []string) {
	t = strings.TrimSpace(t)
	site := ""
	var parts []string
	for step := 0; step < affixMaxSteps; step++ {
		head, part, named, ok := splitAffix(t, sites)
		if !ok {
			break
		}
		if named && site == "" {
			site = part // the outermost part that names the site
		}
		parts = append(parts, part)
		t = head
	}
	return t, site, parts
}

// splitAffix finds one affix to take off t: its headline, the affix,
// and whether the affix names the site (rather than a section).
func splitAffix(t string, sites siteNames) (head, part string, named, ok bool) {
	for _, sep := range affixSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		h, tail := trimAffix(t[:i]), trimAffix(t[i+len(sep):])
		if h != "" && tail != "" && (sites.is(tail) || countWords(h) >= titleMinWords && countWords(tail) < countWords(h)) {
			return h, tail, true, true
		}
	}
	for _, sep := range affixSeparators {
		j := strings.Index(t, sep)
		if j <= 0 {
			continue
		}
		lead, rest := trimAffix(t[:j]), trimAffix(t[j+len(sep):])
		if lead == "" || rest == "" {
			continue
		}
		label := (sep == " | " || sep == " » ") && countWords(lead) <= affixPrefixMaxWords &&
			countWords(rest) >= titleMinWords && countWords(lead) < countWords(rest)
		if sites.is(lead) && countWords(rest) >= 1 {
			return rest, lead, true, true
		}
		if label {
			return rest, lead, false, true
		}
	}
	// "标题-新华网", "NEWS WEB EASY|标题": CJK titles join without spaces.
	for _, sep := range affixSeparatorsBare {
		if i := strings.LastIndex(t, sep); i > 0 {
			h, tail := t[:i], t[i+len(sep):]
			if endsCJK(h) && startsCJK(tail) && utf8.RuneCountInString(tail) <= affixCJKMaxRunes && utf8.RuneCountInString(h) > utf8.RuneCountInString(tail) {
				return strings.TrimSpace(h), strings.TrimSpace(tail), true, true
			}
		}
		if j := strings.Index(t, sep); j > 0 {
			lead, rest := t[:j], t[j+len(sep):]
			if startsCJK(rest) && sites.is(lead) {
				return strings.TrimSpace(rest), strings.TrimSpace(lead), true, true
			}
		}
	}
	return t, "", false, false
}

func startsCJK(s string) bool { r, _ := utf8.DecodeRuneInString(s); return isCJK(r) }

func endsCJK(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isCJK(r) || strings.ContainsRune("！？。」』）", r)
}

// trimAffix trims space and the separator marks left standing alone at a
// part's ends ("mediaarchitecture.de // » Jens Weber"), not quotation
// marks that touch a word ("»Keep the lake clean!«").
func trimAffix(s string) string {
	f := strings.Fields(s)
	for len(f) > 0 && strings.Trim(f[0], "»«|/·") == "" {
		f = f[1:]
	}
	for len(f) > 0 && strings.Trim(f[len(f)-1], "»«|/·") == "" {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}
