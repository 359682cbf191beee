package main

import "flag"

// selectorFlags declares the rule flags: CSS selectors for HTML input,
// checked before any input is read (a bad one is a usage error).
func selectorFlags(fs *flag.FlagSet, cfg *config) {
	fs.StringVar(&cfg.opts.Content, "content", "",
		"CSS `selector` of the article's root in HTML input: extraction works inside the elements it matches (if none, automatically)")
	fs.Func("remove", "CSS `selector` of elements to remove from HTML input, listed with reason \"selector\" (repeatable)", func(s string) error {
		cfg.opts.Remove = append(cfg.opts.Remove, s)
		return nil
	})
	fs.Func("keep", "CSS `selector` of elements to keep in HTML input whatever the cleaner thinks (repeatable)", func(s string) error {
		cfg.opts.Keep = append(cfg.opts.Keep, s)
		return nil
	})
}
