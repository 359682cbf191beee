package cleaner

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use rather
// than when the package starts. Compiling the package's patterns at init
// took most of its start (6 ms and 14,000 allocations natively, about
// 100 ms in WebAssembly, inside the page's "wasm ready" time); compiled on
// first use, a pattern costs nothing until a page needs it (the date
// patterns of other languages, the author notes, …) and the page can show
// its input box sooner. The methods are those of *regexp.Regexp the
// package uses, with the same results; it is safe for concurrent use.
type lazyRegexp struct {
	once sync.Once
	expr func() string
	re   *regexp.Regexp
}

// lazyRegexps is every lazy pattern, so that a test compiles them all (an
// invalid one would otherwise panic only on its first use).
var lazyRegexps []*lazyRegexp

// lazyRE is regexp.MustCompile(expr), compiled on first use.
func lazyRE(expr string) *lazyRegexp {
	return lazyREFunc(func() string { return expr })
}

// lazyREFunc is a lazy pattern whose expression is itself built on first
// use (from a table, say).
func lazyREFunc(expr func() string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// compiled returns the pattern, compiling it on the first call.
func (l *lazyRegexp) compiled() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr()) })
	return l.re
}

func (l *lazyRegexp) String() string            { return l.compiled().String() }
func (l *lazyRegexp) MatchString(s string) bool { return l.compiled().MatchString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int {
	return l.compiled().FindStringIndex(s)
}
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	return l.compiled().FindStringSubmatch(s)
}
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.compiled().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindSubmatch(b []byte) [][]byte {
	return l.compiled().FindSubmatch(b)
}
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.compiled().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.compiled().ReplaceAllString(src, repl)
}
