package cleaner

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLazyRegexpsCompile compiles every lazy pattern, so that an invalid
// one fails here rather than on the first page that needs it.
func TestLazyRegexpsCompile(t *testing.T) {
	require.NotEmpty(t, lazyRegexps)
	for _, l := range lazyRegexps {
		expr := l.expr()
		_, err := regexp.Compile(expr)
		require.NoError(t, err, expr)
		assert.Equal(t, expr, l.String())
	}
}

// TestLazyRegexpSameAnswers checks that every method answers as the
// compiled *regexp.Regexp does.
func TestLazyRegexpSameAnswers(t *testing.T) {
	const expr = `(\d+)-(\w+)`
	l, re := lazyRE(expr), regexp.MustCompile(expr)
	for _, s := range []string{"", "no digits", "12-ab and 3-c", "x 7-y"} {
		assert.Equal(t, re.MatchString(s), l.MatchString(s), s)
		assert.Equal(t, re.FindStringIndex(s), l.FindStringIndex(s), s)
		assert.Equal(t, re.FindStringSubmatch(s), l.FindStringSubmatch(s), s)
		assert.Equal(t, re.FindStringSubmatchIndex(s), l.FindStringSubmatchIndex(s), s)
		assert.Equal(t, re.FindSubmatch([]byte(s)), l.FindSubmatch([]byte(s)), s)
		assert.Equal(t, re.FindAllStringIndex(s, -1), l.FindAllStringIndex(s, -1), s)
		assert.Equal(t, re.ReplaceAllString(s, "<$2>"), l.ReplaceAllString(s, "<$2>"), s)
	}
}
