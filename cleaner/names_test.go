package cleaner

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReasonNames(t *testing.T) {
	seen := map[string]bool{}
	for r := ReasonNone; r < reasonCount; r++ {
		name := r.String()
		require.NotEmpty(t, name, "reason %d has no name", r)
		assert.NotEqual(t, "unknown", name)
		assert.False(t, seen[name], "name %q used twice", name)
		seen[name] = true
		assert.NotEmpty(t, r.Describe(), "reason %s has no words", name)

		text, err := r.MarshalText()
		require.NoError(t, err)
		var back Reason
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, r, back)
	}
	assert.Equal(t, "kept", ReasonNone.String())
	assert.Equal(t, "menu", ReasonMenu.String())
	assert.Equal(t, "duplicate", ReasonDuplicate.String())
	assert.Equal(t, "placeholder", ReasonPlaceholder.String())
	assert.Equal(t, "unknown", reasonCount.String())
	assert.Equal(t, "unknown", Reason(255).Describe())

	var r Reason
	err := r.UnmarshalText([]byte("no-such-reason"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown reason "no-such-reason"`)
}

func TestKindNames(t *testing.T) {
	seen := map[string]bool{}
	for k := KindParagraph; k < kindCount; k++ {
		name := k.String()
		assert.NotEqual(t, "unknown", name)
		assert.False(t, seen[name], "name %q used twice", name)
		seen[name] = true
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back Kind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	assert.Equal(t, "list-item", KindListItem.String())
	assert.Equal(t, "unknown", Kind(200).String())
	var k Kind
	assert.Error(t, k.UnmarshalText([]byte("Paragraph")), "names are case-sensitive")
}

func TestSegmentJSON(t *testing.T) {
	s := Segment{ID: 3, Kind: KindListItem, Text: "x", Span: &Span{Start: 1, End: 2}, Reason: ReasonMenu, Initial: ReasonShortLine,
		Cuts: []Cut{{ID: 9, Start: 0, End: 1, Text: "x", Reason: ReasonSiteName}}}
	data, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":3,"kind":"list-item","text":"x","span":{"start":1,"end":2},"kept":false,"reason":"menu","initial":"short-line",
		"cuts":[{"id":9,"start":0,"end":1,"text":"x","reason":"site-name"}]}`, string(data))
	var back Segment
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, s, back)
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"nope"}`), &back))
}
