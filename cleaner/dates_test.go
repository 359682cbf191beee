package cleaner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindDate(t *testing.T) {
	cases := []struct {
		in, want, match string // match: the text the date was read from
	}{
		{"2023-10-12", "2023-10-12", "2023-10-12"},
		{"date 2023-10-12 Picketers carry signs", "2023-10-12", "2023-10-12"},
		{"Published 2024-03-05T08:30:00Z by the desk", "2024-03-05", "2024-03-05T08:30:00"},
		{"October 12, 2023", "2023-10-12", "October 12, 2023"},
		{"Updated Oct. 12 2023 at 5pm", "2023-10-12", "Oct. 12 2023"},
		{"Sept. 27, 2023, in Los Angeles", "2023-09-27", "Sept. 27, 2023"},
		{"on March 3rd, 2024", "2024-03-03", "March 3rd, 2024"},
		{"12 October 2023", "2023-10-12", "12 October 2023"},
		{"the 1st of May, 2021", "2021-05-01", "1st of May, 2021"},
		{"5. Januar 2024", "2024-01-05", "5. Januar 2024"},
		{"2 Dec 1999", "1999-12-02", "2 Dec 1999"},
		{"earliest wins: 1 March 2024, then 2023-01-01", "2024-03-01", "1 March 2024"},
		{"2023-01-01 before May 5, 2024", "2023-01-01", "2023-01-01"},
	}
	for _, c := range cases {
		iso, a, b, ok := findDate(c.in)
		if assert.True(t, ok, "%q", c.in) {
			assert.Equal(t, c.want, iso, "%q", c.in)
			assert.Equal(t, c.match, c.in[a:b], "%q", c.in)
		}
	}
	for _, in := range []string{"", "no date here", "2023-02-30", "2023-13-01", "February 30, 2023",
		"31 June 2020", "1850-01-01", "12/10/2023", "Call 555-1234", "May the force be with you"} {
		_, _, _, ok := findDate(in)
		assert.False(t, ok, "%q", in)
	}
	// A leap day is a date.
	iso, _, _, ok := findDate("February 29, 2024")
	assert.True(t, ok)
	assert.Equal(t, "2024-02-29", iso)
}

func TestIsDateLine(t *testing.T) {
	yes := []string{
		"2023-10-12",
		"October 12, 2023",
		"Updated 0339 GMT (1139 HKT) November 19, 2019",
		"Posted: 19.11.2019 04:10",
		"Published on Monday, March 4, 2024 at 3:15 p.m. ET",
		"Last modified: 2024-01-02 10:00",
		"12/10/2023",
		"Thu 12 Oct 2023 07.45 BST",
	}
	no := []string{
		"",
		"No date here",
		"The strike began on March 4, 2024 and lasted for several weeks",
		"Published by the city council on March 4, 2024 after the vote",
		strings.Repeat("x", 100) + " March 4, 2024 " + strings.Repeat("y", 20),
		"Posted in News, Politics",
	}
	for _, s := range yes {
		assert.True(t, isDateLine(s), "%q is a date line", s)
	}
	for _, s := range no {
		assert.False(t, isDateLine(s), "%q is not a date line", s)
	}
}

func TestIsoDate(t *testing.T) {
	assert.Equal(t, "2024-02-29", isoDate("2024", "2", "29"))
	assert.Equal(t, "", isoDate("2023", "2", "29"))
	assert.Equal(t, "", isoDate("2023", "0", "1"))
	assert.Equal(t, "", isoDate("2023", "1", "32"))
	assert.Equal(t, "", isoDate("year", "1", "1"))
}
