package scrape_test

import (
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/seed15afa100/articlecleaner/scrape"
)

// pages stand for what a crawler fetched (colly's OnHTML hands out the
// same *goquery.Selection); nothing is downloaded here.
var pages = map[string]string{
	"https://gazette.example/ferries": `<html><head><title>Ferries return | Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferries return</h1>
<p>The harbour's three ferries returned to service on Monday after four months of repairs to the old pier.</p>
<div class="newsletter-box"><p>Get the harbour newsletter every morning in your inbox, free of charge.</p></div>
<p>Crews replaced two hundred planks and the crossings now run every twenty minutes again.</p></article>
</body></html>`,
	"https://gazette.example/market": `<html><head><title>Market moves | Gazette</title></head><body>
<article><h1>The market moves to the quay</h1>
<p>The Saturday market will move from the square to the quay in May, the town council decided on Tuesday evening.</p>
<div class="newsletter-box"><p>Get the harbour newsletter every morning in your inbox, free of charge.</p></div>
</article></body></html>`,
}

// A scraper loop: each fetched page's article element goes to the
// cleaner as goquery holds it, with the site's rule for its newsletter
// box.
func Example_scraperLoop() {
	opts := cleaner.Options{Remove: []string{".newsletter-box"}}
	for _, url := range []string{"https://gazette.example/ferries", "https://gazette.example/market"} {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(pages[url]))
		if err != nil {
			fmt.Println(url, err)
			continue
		}
		opts.URL = url
		a, err := scrape.FromSelection(doc.Find("article"), opts)
		if err != nil {
			fmt.Println(url, err)
			continue
		}
		fmt.Printf("%s\n%s\n", a.Title, a.Text())
		for _, r := range a.Removed() {
			why := r.Reason.String()
			if r.Rule != "" {
				why += " " + r.Rule
			}
			fmt.Printf("removed (%s): %q\n", why, r.Text)
		}
		fmt.Println()
	}
	// Output:
	// Ferries return
	// The harbour's three ferries returned to service on Monday after four months of repairs to the old pier.
	//
	// Crews replaced two hundred planks and the crossings now run every twenty minutes again.
	// removed (title): "Ferries return"
	// removed (selector .newsletter-box): "Get the harbour newsletter every morning in your inbox, free of charge."
	//
	// The market moves to the quay
	// The Saturday market will move from the square to the quay in May, the town council decided on Tuesday evening.
	// removed (title): "The market moves to the quay"
	// removed (selector .newsletter-box): "Get the harbour newsletter every morning in your inbox, free of charge."
}
