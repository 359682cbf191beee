// Command run-raw is the bench's baseline child program: it "extracts"
// the whole pasted text, which is what the peers do with it, and shows
// the harness's own time and memory floor. See harness.ChildMain.
package main

import "github.com/seed15afa100/articlecleaner/bench/internal/harness"

func main() {
	harness.ChildMain(harness.Extractor{Name: "raw-text", Input: harness.InputText, Extract: keepAll})
}

func keepAll(data []byte, _ string) (string, error) { return string(data), nil }
