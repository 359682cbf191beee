package cleaner

// Context-free classification: each rule looks at one block's features and
// either decides or passes. The first rule that decides wins.

// Thresholds of the prose rule. They follow jusText's defaults (length
// 70/200 characters, stop-word density 0.30/0.32), which were fitted on
// news pages; our lines are shorter than jusText's paragraphs because a
// pasted page puts every block on its own line, hence the lower floor.
const (
	// goodMinChars: a line this long with enough stop words is prose.
	goodMinChars = 100
	// nearGoodMinChars: shorter lines are judged by their neighbours.
	nearGoodMinChars = 50
	// stopHigh: the stop-word density of running prose.
	stopHigh = 0.30
	// stopLow: below this density a long line is a list of names or
	// headlines, not prose.
	stopLow = 0.18
	// cjkGoodChars / cjkNearGoodChars: the same for scripts without
	// spaces, where one character carries about as much as a short word.
	cjkGoodChars     = 40
	cjkNearGoodChars = 15
	// captionMaxWords: captions are a sentence or two; a longer block
	// that mentions "Getty Images" is an article about it.
	captionMaxWords = 70
	// authorBioMaxWords: an author's note is two or three sentences.
	authorBioMaxWords = 90
	// tagListMinWords / tagListCapShare: a long line of capitalised
	// words without a full stop is a list of tags or links; even a long
	// headline capitalises its short words less.
	tagListMinWords = 12
	tagListCapShare = 0.85
	// bylineMaxWords: "By Jane Doe and John Roe, Reuters" fits.
	bylineMaxWords = 12
	// allCapsMinShare: a line whose letters are nearly all capitals.
	allCapsMinShare = 0.8
	// allCapsMaxWords: longer capitalised lines may be shouted prose.
	allCapsMaxWords = 10
	// allCapsHeadingWords: capitalised lines this long may be subheadings;
	// shorter ones are labels ("VIDEO", "ADVERTISEMENT", "TOP STORIES").
	allCapsHeadingWords = 3
	// shortMaxWords: lines up to this many words are judged by context.
	shortMaxWords = 3
	// sentenceMinWords: a line this long that ends like a sentence and
	// has a stop word reads as a sentence, however short; menu items and
	// labels do not end in a full stop.
	sentenceMinWords = 4
)

// rule is one named context-free classifier.
type rule struct {
	name string
	fn   func(f *features, sw stopWords) (verdict, bool)
}

// rules run in order; the first that decides wins.
var rules = []rule{
	{"placeholder", rulePlaceholder},
	{"table", ruleTable},
	{"tweet-credit", ruleTweetCredit},
	{"counter", ruleCounter},
	{"phrase", rulePhrase},
	{"caption", ruleCaption},
	{"dateline", ruleDateline},
	{"byline", ruleByline},
	{"domain", ruleDomain},
	{"crumb", ruleCrumb},
	{"all-caps", ruleAllCaps},
	{"prose", ruleProse},
}

func (r *run) classify() {
	for i := range r.blocks {
		b := &r.blocks[i]
		if v, ok := r.classifyDOM(b); ok { // HTML blocks: the markup decides first
			b.first, b.final = v, v
			continue
		}
		b.first = classifyFeatures(b.f, r.stop)
		b.final = b.first
	}
}

// classifyFeatures runs the rules over one block's features.
func classifyFeatures(f *features, sw stopWords) verdict {
	for _, rl := range rules {
		if v, ok := rl.fn(f, sw); ok {
			return v
		}
	}
	return keep(classShort)
}

func rulePlaceholder(f *features, _ stopWords) (verdict, bool) {
	if f.placeholder {
		return drop(classBad, ReasonPlaceholder), true
	}
	return verdict{}, false
}

// ruleTable leaves tables to context: a data table inside the article is
// part of it, one among the page furniture is not.
func ruleTable(f *features, _ stopWords) (verdict, bool) {
	if f.table {
		return keep(classShort), true
	}
	return verdict{}, false
}

// ruleTweetCredit keeps the attribution of a quoted tweet, which the date
// and name in it would otherwise send to the byline and dateline rules.
func ruleTweetCredit(f *features, _ stopWords) (verdict, bool) {
	if f.tweetCredit {
		return keep(classNearGood), true
	}
	return verdict{}, false
}

func ruleCounter(f *features, _ stopWords) (verdict, bool) {
	if f.engagement || f.countOnly {
		return drop(classBad, ReasonEngagement), true
	}
	return verdict{}, false
}

func rulePhrase(f *features, _ stopWords) (verdict, bool) {
	if f.pointer {
		return drop(classBad, ReasonReadMore), true
	}
	if f.phrase != ReasonNone {
		return drop(classBad, f.phrase), true
	}
	return verdict{}, false
}

// ruleCaption removes photo captions, told by the credit they carry.
func ruleCaption(f *features, _ stopWords) (verdict, bool) {
	if f.caption {
		return drop(classBad, ReasonPhotoCredit), true
	}
	return verdict{}, false
}

func ruleDateline(f *features, _ stopWords) (verdict, bool) {
	if f.dateOnly || f.relTime || f.dateMeta {
		return drop(classBad, ReasonDateline), true
	}
	return verdict{}, false
}

func ruleByline(f *features, _ stopWords) (verdict, bool) {
	if f.byline && !f.terminal {
		return drop(classBad, ReasonByline), true
	}
	return verdict{}, false
}

func ruleDomain(f *features, _ stopWords) (verdict, bool) {
	if f.domainOnly {
		return drop(classBad, ReasonSiteName), true
	}
	return verdict{}, false
}

func ruleCrumb(f *features, _ stopWords) (verdict, bool) {
	if f.crumb && f.words <= prefixMaxWords || f.separators >= 2 && f.separators*2 >= f.words && !f.terminal {
		return drop(classBad, ReasonMenu), true
	}
	return verdict{}, false
}

func ruleAllCaps(f *features, _ stopWords) (verdict, bool) {
	if f.words >= tagListMinWords && f.capShare >= tagListCapShare && !f.terminal {
		// "Afghanistan Barack Obama Bekam Buku Iman …": a tag cloud or
		// a run of menu items copied onto one line.
		return drop(classBad, ReasonMenu), true
	}
	if f.upperShare >= allCapsMinShare && f.words <= allCapsMaxWords && f.chars >= 3 && !f.terminal {
		if f.words >= allCapsHeadingWords {
			// "WHAT YOU NEED TO MAKE JAM": a subheading, if it stands
			// between paragraphs; context decides.
			return keep(classShort), true
		}
		return drop(classBad, ReasonAllCaps), true
	}
	return verdict{}, false
}

// otherScriptMaxLatin: a line with fewer than this share of Latin letters,
// on a page whose language is written in Latin letters, is in another
// script, and the page's stop words cannot tell prose from junk in it.
const otherScriptMaxLatin = 0.2

// ruleProse sorts what is left by length and stop-word density.
func ruleProse(f *features, sw stopWords) (verdict, bool) {
	if sw.cjk {
		switch {
		case f.chars >= cjkGoodChars && f.terminal:
			return keep(classGood), true
		case f.chars >= cjkNearGoodChars:
			return keep(classNearGood), true
		}
		return keep(classShort), true
	}
	if f.words >= sentenceMinWords && f.terminal && f.stop > 0 && !f.startsLower {
		if f.chars < nearGoodMinChars {
			// A short sentence: "The refreshing autumn sky!"
			return keep(classNearGood), true
		}
	} else if f.words <= shortMaxWords || f.chars < nearGoodMinChars {
		return keep(classShort), true
	}
	if !sw.known {
		if f.chars >= goodMinChars && f.terminal {
			return keep(classGood), true
		}
		return keep(classNearGood), true
	}
	switch {
	case f.stopDensity >= stopHigh && f.chars >= goodMinChars:
		return keep(classGood), true
	case f.stopDensity >= stopHigh || f.stopDensity >= stopLow && f.terminal:
		return keep(classNearGood), true
	case f.stopDensity < stopLow && !f.terminal && !(sw.latin && f.latinShare < otherScriptMaxLatin):
		// (A line in another script, a quotation in Arabic or Greek
		// in a Latin-script article, is beyond the stop words.)
		return drop(classBad, ReasonBoilerplate), true
	}
	return keep(classNearGood), true
}
