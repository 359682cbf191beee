// Package cleaner turns an article that arrives full of junk — pasted from
// a web page, produced by a scraper, or a whole HTML page — into a clean
// article: title, byline, date, site, language and the paragraphs with
// their structure, plus every removed piece with the reason it was
// removed. It is pure Go (no I/O, no logging, no global state) and runs
// natively and as WebAssembly in the browser.
//
// # Use
//
//	a, err := cleaner.Clean(input, cleaner.Options{})
//	fmt.Println(a.Title)
//	fmt.Println(a.Text())           // or a.Markdown(), a.HTML()
//	for _, r := range a.Removed() { // nothing is lost silently
//		fmt.Println(r.Reason, r.Text)
//	}
//
// The zero Options sniff text or HTML. For HTML, Options.Content,
// Options.Remove and Options.Keep take CSS selectors (compiled with
// cascadia): the article's root, elements always removed (listed with
// ReasonSelector and the selector, Segment.Rule) and elements always kept;
// Article.Rules says what they did. Every HTML segment carries a short
// selector of its element (Segment.Selector) to make such rules from.
// CleanNode cleans a tree that is already parsed (a goquery document's
// nodes; the scrape package takes goquery values directly). CleanLazy is
// for long inputs read once: its Article makes its segments as they are
// read (AllSegments), so that they are never all in memory.
//
// Clean is deterministic: the same
// input and options give the same result, segment IDs included, so a
// caller can put removed pieces back with Options.Restore or
// Article.Restore. Errors are for input that cannot be read (empty,
// binary, too large, not decodable); "nothing worth keeping" is a result
// with PageType "empty".
//
// # Pipeline
//
// Two front ends produce the same blocks, and one pipeline of named stages
// (the pipeline variable in clean.go) decides on them:
//
//	segment      segment_text.go   pasted text → one block a line, with its byte span;
//	                               tables, lists, quotes, fenced code, hard-wrapped prose
//	             html_segment.go   HTML → one block per block element, with DOM features;
//	                               soft hyphens (textutil.go) are dropped here and
//	                               from every rendering of pasted text
//	             html_parse.go     the page parsed by internal/htmlparse, a fork of
//	                               x/net/html's tokenizer and tree builder that reads
//	                               the page in memory and makes strings without
//	                               copying; the same *html.Node tree, proven on the
//	                               corpora and by fuzzing against x/net/html
//	             html_text.go      the walk's text by byte tables: fields, escaping
//	             html_live.go      marks from the extension's live page: not rendered
//	                               (hidden) or hidden until a click (collapsed, kept)
//	             selectors.go      the caller's CSS selectors, compiled with cascadia
//	             selectors_apply.go  matched once, handed down to the blocks; removed
//	                               ones set aside before the pipeline, put back before
//	                               assemble; keep rules have the last word
//	             node.go           CleanNode: a parsed tree in, no serializing; the
//	                               walk of the trees shared with html_segment.go,
//	                               after one walk that gathers the metadata elements
//	                               and <base> (meta_html.go)
//	             charset.go        HTML character set (BOM, <meta>, the caller's hint),
//	             encodings.go      with the WHATWG encoding labels
//	             encodings_cjk.go  Chinese, Japanese, Korean multi-byte encodings (x/text);
//	             encodings_cjk_js.go  in WebAssembly the host's TextDecoder decodes them
//	                               (HostDecoder), which saves 230 KB of tables
//	             input.go          empty, binary, oversized input; UTF-16 and charsets
//	split-glued  glued.go          "…and studiosStrike talks have…" split at the seam
//	language     lang.go           language by stop words (words/*.txt, one word a line,
//	                               26 languages from stopwords-iso, MIT); CJK by script
//	features     features.go       per-block measurements: length, stop words, shape
//	             features_scan.go  the one pass over a block: folded words, letters, word lists
//	             foldmatch.go      word lists found in lower-cased text in one pass
//	                               (a case-folding Aho–Corasick automaton)
//	             stopset.go        the run's stop words as an open-addressing table
//	             dates.go          dates in text, normalised to YYYY-MM-DD
//	             dates_intl.go     month names of other languages, CJK dates, glued
//	                               numeric dates, declared timestamps (metadata
//	                               and date-meta lines)
//	             patterns.go       every regular expression, and the phrase lists
//	                               (phrases/*.txt: share, cookie, newsletter, read more…)
//	             lazy_regexp.go    patterns compiled on first use, not at package start
//	classify     classify.go       context-free rules, each a named function giving a
//	                               verdict and a typed Reason (reason.go)
//	             classify_dom.go   the DOM rules: hidden, link density, class hints
//	dedupe       dedupe.go         exact and contained repeats across the whole
//	                               document, indexed by word shingles (linear)
//	             dedupe_index.go   the shingle index: dense ids in one table,
//	                               postings in one slice
//	comments     comments.go       where a comment section starts
//	             comments_shape.go exact cheap tests in front of the marker
//	                               expressions, and their groups
//	             comments_gap.go   a comment link above a whole article starts none
//	             comments_count.go "10 thoughts on “…”" starts the comments alone
//	revise       revise.go         context: the article is the heaviest run of prose
//	                               (a maximum-sum subarray); first verdicts are kept
//	             revise_sections.go the article before its comment form is the body
//	             revise_lead.go    the lead above the byline and date joins the body
//	             revise_before_section.go the article before a tail section
//	                               ("Most read") outweighed by forms after it
//	             teasers_text.go   headline-and-summary lists of other stories
//	             teasers_links.go  headlines next to a read-more link
//	             teasers_cards.go  story cards between paragraphs (headline repeated)
//	             teasers_glued.go  menus of headlines glued to their summaries
//	             revise_dom.go     the same for HTML, with container scoring
//	                               (html_score.go); teaser rails and tickers
//	                               around the article weigh as junk
//	                               (html_teasers.go); when the heaviest run of
//	                               blocks outweighs that element by far, the
//	                               run is the body (html_fallback.go)
//	focus        focus.go          Options.Focus: captions go (balanced); prose
//	                               ends the body (precision); what context
//	                               removed comes back (recall)
//	labels       labels.go         a heading or label line the body ends on, and a
//	                               "label:" line whose next block was removed
//	             notes.go          closing calls set wholly in bold at the body's end
//	live-hidden  html_live.go      what the live page hides leaves the article last, so
//	                               the context decisions are the static page's
//	metadata     meta_text.go      title, byline and date lines in text
//	             title_text.go     the headline the lead repeats (not its dek, a caption, a kicker)
//	             meta_html.go      JSON-LD, OpenGraph, <meta>, microdata, <time>, read
//	                               from the elements gathered before the walk
//	             title_affix.go    site and section affixes of titles, the site's names
//	             title_kicker.go   the kicker an h1 starts with
//	             authors.go        bylines in many languages; what is not an author
//	             authors_html.go   byline elements (rel=author, class author/byline)
//	             jsonlite.go       a small JSON reader for JSON-LD
//	bio          bio.go            a note about the byline's author among the body's
//	                               last blocks ("Jane is our … editor")
//	inline       inline.go         junk inside a kept paragraph, cut as its own span:
//	                               a pasted site name, "Read more", a source or
//	                               via tag ("(via SomeApp)", "Quelle: dpa")
//	             inline_tail.go    exact cheap tests in front of its end-anchored patterns
//	headings     revise.go         subheadings of pasted text (markHeadings)
//	assemble     assemble.go       the Article: every block as a Segment, in order
//	             lazy.go           CleanLazy: an Article whose segments are made from
//	                               the blocks as they are read, never all held
//	             segment_selector.go  a short, stable CSS selector for each HTML segment
//	render       render.go         plain text, Markdown, sanitized HTML, Record (JSON)
//	             softhyphen.go     soft hyphens: no word break, dropped from the text
//	             sanitize.go       the HTML allow-list
//
// What every stage shares:
//
//	types        options.go        Options, Mode, Focus: what the caller asks for
//	             article.go        Article, Segment, Span: what the caller gets
//	             block.go          block, verdict, cut: the unit every stage works on
//	             kind.go           Kind: a block's structural role
//	helpers      html_util.go      attribute and tree helpers of the HTML stages
//	             parallel.go       a long paste's per-block loops (split-glued,
//	                               features) in chunks on the machine's cores
//	             html_hints.go     what class, id, role and itemprop names say
//	                               (token groups in hints/groups.txt)
//
// Thresholds are named constants next to the stage that uses them, each
// with a comment saying why it has its value.
//
// # Security
//
// Article.HTML and Segment.HTML contain only allow-listed tags and
// attributes; scripts, styles, event handlers, javascript: and data: URLs,
// frames, objects, forms, SVG and MathML never pass. Input size is bounded
// by Options.MaxInputBytes, and every stage is linear or n·log n in the
// input, so adversarial input cannot make Clean hang. The caller's own
// selectors are bounded in number and length; a selector such as
// "*:has(*)" costs more on a deep page, as it would in a browser.
package cleaner
