package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// goldDoc is one page of a corpus's ground-truth.json: either the whole
// expected body (dev) or snippets that must and must not appear (multi),
// and, where annotated, the expected title, author and date. A nil field
// means "not annotated"; an empty string means "the page has none".
type goldDoc struct {
	Body    string     `json:"articleBody"`
	With    []string   `json:"with"`
	Without []string   `json:"without"`
	Title   *metaValue `json:"title"`
	Author  *metaValue `json:"author"`
	Date    *metaValue `json:"date"`
}

// metaValue is a metadata value of the gold: a string, or a list of
// strings (several authors), read as one string joined with ", ".
type metaValue string

func (m *metaValue) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err == nil {
		*m = metaValue(s)
		return nil
	}
	var list []string
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("metadata value is neither a string nor a list of strings: %s", data)
	}
	*m = metaValue(strings.Join(list, ", "))
	return nil
}

func (g goldDoc) snippets() bool { return len(g.With) > 0 || len(g.Without) > 0 }

func readGold(path string) (map[string]goldDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	gold := map[string]goldDoc{}
	if err := json.Unmarshal(data, &gold); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return gold, nil
}
