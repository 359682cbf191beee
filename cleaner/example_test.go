package cleaner_test

import (
	"fmt"
	"strings"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

// pasted is what a Select All + Copy of a small news page gives.
const pasted = `Skip to main content
Home
News
Sport
Ferry service to the islands resumes after storm
Ferries to the outer islands started running again on Thursday morning, three days after a storm with winds of more than 120 kilometres an hour forced the operator to keep its boats in port.
Hundreds of travellers had been stranded on both sides, and the operator added two extra sailings on Thursday and Friday to clear the backlog.
Share
Facebook
12 comments`

// Clean pasted text and print the title and the body.
func ExampleClean() {
	a, err := cleaner.Clean([]byte(pasted), cleaner.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Title:", a.Title)
	fmt.Println()
	fmt.Println(a.Text())
	// Output:
	// Title: Ferry service to the islands resumes after storm
	//
	// Ferries to the outer islands started running again on Thursday morning, three days after a storm with winds of more than 120 kilometres an hour forced the operator to keep its boats in port.
	//
	// Hundreds of travellers had been stranded on both sides, and the operator added two extra sailings on Thursday and Friday to clear the backlog.
}

// List what was removed, and why.
func ExampleArticle_Removed() {
	a, err := cleaner.CleanString(pasted, cleaner.Options{Mode: cleaner.ModeText})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.Removed() {
		fmt.Printf("%-11s %s\n", r.Reason, r.Text)
	}
	// Output:
	// widget      Skip to main content
	// menu        Home
	// menu        News
	// menu        Sport
	// title       Ferry service to the islands resumes after storm
	// share       Share
	// share       Facebook
	// engagement  12 comments
}

// Put a removed piece back: clean again with its ID in Options.Restore
// (or call Article.Restore on the result you have).
func ExampleOptions_restore() {
	in := "The writers' strike ended after five months of talks. deadline.com"
	a, err := cleaner.CleanString(in, cleaner.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Text())
	r := a.Removed()[0]
	fmt.Printf("removed %q (%s)\n", r.Text, r.Why)

	b, err := cleaner.CleanString(in, cleaner.Options{Restore: []int{r.ID}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Text())
	fmt.Println(strings.Repeat("-", 3))
	a.Restore(r.ID)
	fmt.Println(a.Text() == b.Text())
	// Output:
	// The writers' strike ended after five months of talks.
	// removed "deadline.com" (site name)
	// The writers' strike ended after five months of talks. deadline.com
	// ---
	// true
}

// Focus trades precision against recall: recall keeps a photo's caption
// that the default drops.
func ExampleOptions_focus() {
	page := `<article><h1>Ferry service resumes</h1>
<p>Ferries to the outer islands started running again on Thursday morning, three days after a storm forced the operator to keep its boats in port.</p>
<figure><img src="ferry.jpg" alt=""><figcaption>The first ferry leaves the harbour.</figcaption></figure>
<p>Hundreds of travellers had been stranded on both sides, and the operator added two extra sailings to clear the backlog.</p>
</article>`
	for _, f := range []cleaner.Focus{cleaner.FocusBalanced, cleaner.FocusRecall} {
		a, err := cleaner.CleanString(page, cleaner.Options{Mode: cleaner.ModeHTML, Focus: f})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%q keeps the caption: %v\n", f, strings.Contains(a.Text(), "The first ferry"))
	}
	// Output:
	// "" keeps the caption: false
	// "recall" keeps the caption: true
}

// Write a long paste's removals one at a time: CleanLazy's article makes
// its segments as they are read, instead of holding them all.
func ExampleCleanLazy() {
	a, err := cleaner.CleanLazy(pasted, cleaner.Options{Mode: cleaner.ModeText})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Segments held:", len(a.Segments))
	n := 0
	for s := range a.AllSegments() {
		if s.Kept {
			n++
		}
	}
	fmt.Println("Segments kept:", n)
	for r := range a.AllRemoved() {
		if r.Reason == cleaner.ReasonMenu {
			fmt.Printf("%s at %d–%d\n", r.Text, r.Span.Start, r.Span.End)
		}
	}
	// Output:
	// Segments held: 0
	// Segments kept: 2
	// Home at 21–25
	// News at 26–30
	// Sport at 31–36
}
