package main

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
)

// printLanguages prints P, R and F1 per detected language (and metadata
// accuracy per language where the gold has metadata), most pages first.
func printLanguages(w io.Writer, r runResult, gold map[string]goldDoc) {
	groups := map[string][]page{}
	for _, p := range r.pages {
		lang := p.lang
		if lang == "" {
			lang = "?"
		}
		groups[lang] = append(groups[lang], p)
	}
	langs := make([]string, 0, len(groups))
	for l := range groups {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if len(groups[langs[i]]) != len(groups[langs[j]]) {
			return len(groups[langs[i]]) > len(groups[langs[j]])
		}
		return langs[i] < langs[j]
	})
	fmt.Fprintln(w, "by detected language:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if r.hasMeta {
		fmt.Fprintln(tw, "lang\tpages\tP\tR\tF1\ttitle\tauthor\tdate\t")
	} else {
		fmt.Fprintln(tw, "lang\tpages\tP\tR\tF1\t")
	}
	for _, l := range langs {
		g := groups[l]
		p, rc, f1 := aggregate(g)
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t", l, len(g), p, rc, f1)
		if r.hasMeta {
			m, _ := scoreMeta(gold, g)
			fmt.Fprintf(tw, "%s\t%s\t%s\t", share(m.title), share(m.author), share(m.date))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// share is a field's accuracy, or "-" when no page of the group has a
// value to get right.
func share(f fieldScore) string {
	if f.expected == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", f.accuracy())
}

func printMeta(w io.Writer, r runResult) {
	fmt.Fprintln(w, "metadata (right / pages with a value; given / pages annotated as having none):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "field\taccuracy\tright\tfalse positives\t")
	for _, f := range []struct {
		name string
		s    fieldScore
	}{{"title", r.meta.title}, {"author", r.meta.author}, {"date", r.meta.date}} {
		fmt.Fprintf(tw, "%s\t%.3f\t%d/%d\t%d/%d\t\n", f.name, f.s.accuracy(), f.s.right, f.s.expected, f.s.falsePos, f.s.none)
	}
	tw.Flush()
}

// printSummary prints one line per corpus and input.
func printSummary(w io.Writer, results []runResult) {
	fmt.Fprintln(w, "== summary")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tinput\tP\tR\tF1\ttitle\tauthor\tauthor FP\tdate\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%s\t%.3f\t%.3f\t%.3f\t", r.corpus, inputName(r.input), r.precision, r.recall, r.f1)
		if r.hasMeta {
			m := r.meta
			fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%s\t\n", share(m.title), share(m.author), m.author.falsePos, m.author.none, share(m.date))
		} else {
			fmt.Fprint(tw, "-\t-\t-\t-\t\n")
		}
	}
	tw.Flush()
}

// printMisses lists the pages whose field is wrong: the expected value,
// then the given one ("" for none).
func printMisses(w io.Writer, field string, gold map[string]goldDoc, pages []page) {
	fmt.Fprintf(w, "%s misses (expected → given):\n", field)
	for _, p := range pages {
		g := gold[p.id]
		var want *metaValue
		var got string
		var match func(string, string) bool
		switch field {
		case "title":
			want, got, match = g.Title, p.title, titleMatch
		case "author":
			want, got, match = g.Author, p.by, authorMatch
		case "date":
			want, got, match = g.Date, p.date, dateMatch
		default:
			fmt.Fprintf(w, "  unknown field %q (title, author or date)\n", field)
			return
		}
		if want == nil || (*want == "" && got == "") || (*want != "" && match(string(*want), got)) {
			continue
		}
		fmt.Fprintf(w, "  %-40.40s %q → %q\n", p.id, string(*want), got)
	}
}
