package cleaner

import (
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// The caller's rules: CSS selectors (Options.Content, Remove and Keep)
// compiled with cascadia once per call, matched once against the parsed
// page, and handed down the element tree to the blocks. Blocks that a
// Remove rule matches, and those outside Content, are set aside before
// the pipeline, as if the page did not have them, and put back in their
// place, removed, before assembly; Keep rules have the last word over the
// pipeline's verdicts.

// Limits on the rules of one call. A site's rules are a handful; these
// bound what a caller can make the matcher do.
const (
	// maxRules: selectors in Content, Remove and Keep together.
	maxRules = 256
	// maxSelectorLen: characters of one selector; real ones are tens.
	maxSelectorLen = 1024
)

// RuleAction says what a caller's selector does.
type RuleAction string

// The actions, named after their Options field.
const (
	RuleContent RuleAction = "content" // the article's root
	RuleRemove  RuleAction = "remove"  // always removed
	RuleKeep    RuleAction = "keep"    // always kept
)

// RuleEffect is what one selector did on the page.
type RuleEffect struct {
	Action   RuleAction `json:"action"`
	Selector string     `json:"selector"`
	// Elements is how many elements it matched.
	Elements int `json:"elements"`
	// Segments is how many segments it decided: removed (remove),
	// kept against the cleaner's own verdict (keep), or found inside
	// the matched elements (content).
	Segments int `json:"segments"`
}

// RulesReport says what the caller's selectors did, so that a rule that
// matched nothing, or was refused, does not go unnoticed.
type RulesReport struct {
	Removed int `json:"removed"` // segments removed by Remove rules
	Kept    int `json:"kept"`    // segments Keep rules saved from removal
	Outside int `json:"outside"` // segments removed as outside Content
	// ContentUsed is set when Content matched elements holding text and
	// extraction worked inside them.
	ContentUsed bool `json:"contentUsed"`
	// RemoveRefused is set when the Remove rules would have removed every
	// piece of the page: they were not applied, and nothing was lost.
	RemoveRefused bool         `json:"removeRefused,omitempty"`
	Effects       []RuleEffect `json:"effects"`
	Notes         []string     `json:"notes,omitempty"` // in plain words
}

// SelectorError is an invalid or unsupported selector in Options. It
// matches ErrOptions with errors.Is.
type SelectorError struct {
	Action   RuleAction
	Selector string
	Problem  string
}

func (e *SelectorError) Error() string {
	return fmt.Sprintf("%v: %s selector %q: %s", ErrOptions, e.Action, e.Selector, e.Problem)
}

// Unwrap makes errors.Is(err, ErrOptions) true.
func (e *SelectorError) Unwrap() error { return ErrOptions }

// ruleKind is what decides a block, from the caller's rules.
type ruleKind uint8

const (
	ruleNone    ruleKind = iota
	ruleRemove           // inside an element of Options.Remove
	ruleKeep             // inside an element of Options.Keep
	ruleOutside          // outside every element of Options.Content
)

// ruleMark is a block's or an element's rule: its kind and the index of
// the selector in rules.list.
type ruleMark struct {
	kind      ruleKind
	idx       uint16
	inContent bool // inside an element of Options.Content, when it is used
}

// callerRule is one compiled selector.
type callerRule struct {
	action RuleAction
	text   string
	sel    cascadia.SelectorGroup
}

// rules are the compiled selectors of one call and what they did.
type callerRules struct {
	list    []callerRule
	content int // the index of the Content rule, or -1
	m       *ruleMatches
	report  RulesReport
	aside   []asideBlock // blocks set aside by setAside
}

// asideBlock is a block set aside, and where it goes back: before the
// block that was at index at of the pipeline's blocks.
type asideBlock struct {
	at int
	b  block
}

// ruleMatches are the elements the rules matched on the page.
type ruleMatches struct {
	at      map[*html.Node]ruleMark // remove and keep; keep wins on one element
	content map[*html.Node]bool
}

// Check reports whether the options are valid, their selectors included,
// without cleaning anything: the error Clean would return for them.
func (o Options) Check() error {
	_, err := o.compile()
	return err
}

// compileRules compiles the options' selectors; nil when there are none.
func compileRules(o Options) (*callerRules, error) {
	if o.Content == "" && len(o.Remove) == 0 && len(o.Keep) == 0 {
		return nil, nil
	}
	if n := len(o.Remove) + len(o.Keep) + 1; n > maxRules {
		return nil, fmt.Errorf("%w: %d selectors, more than the %d allowed", ErrOptions, n, maxRules)
	}
	ru := &callerRules{content: -1}
	add := func(action RuleAction, text string) error {
		sel, err := compileSelector(action, text)
		if err != nil {
			return err
		}
		ru.list = append(ru.list, callerRule{action: action, text: strings.TrimSpace(text), sel: sel})
		return nil
	}
	if o.Content != "" {
		ru.content = 0
		if err := add(RuleContent, o.Content); err != nil {
			return nil, err
		}
	}
	for _, s := range o.Remove {
		if err := add(RuleRemove, s); err != nil {
			return nil, err
		}
	}
	for _, s := range o.Keep {
		if err := add(RuleKeep, s); err != nil {
			return nil, err
		}
	}
	return ru, nil
}

// compileSelector parses one selector (a group such as "aside, .ad" is
// one selector); pseudo-elements and pseudo-classes cascadia does not
// know are errors.
func compileSelector(action RuleAction, text string) (cascadia.SelectorGroup, error) {
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		return nil, &SelectorError{Action: action, Selector: text, Problem: "is empty"}
	case len(t) > maxSelectorLen:
		return nil, &SelectorError{Action: action, Selector: t[:40] + "…",
			Problem: fmt.Sprintf("is %d characters long, more than the %d allowed", len(t), maxSelectorLen)}
	}
	sel, err := cascadia.ParseGroup(t)
	if err != nil {
		return nil, &SelectorError{Action: action, Selector: t, Problem: err.Error()}
	}
	if pc := dynamicPseudoClass(t); pc != "" {
		return nil, &SelectorError{Action: action, Selector: t,
			Problem: ":" + pc + " is not supported: it depends on the user's actions and never matches a page read as HTML"}
	}
	return sel, nil
}

// dynamicPseudoClasses depend on what the user does in a browser; cascadia
// parses them but they never match, so a rule using one is a mistake.
var dynamicPseudoClasses = []string{"hover", "visited", "active", "focus", "target"}

// dynamicPseudoClass returns the first dynamic pseudo-class in sel, or "".
func dynamicPseudoClass(sel string) string {
	low := strings.ToLower(sel)
	for _, pc := range dynamicPseudoClasses {
		for rest := low; ; {
			i := strings.Index(rest, ":"+pc)
			if i < 0 {
				break
			}
			rest = rest[i+1+len(pc):]
			if rest == "" || !isIdentByte(rest[0]) {
				return pc
			}
		}
	}
	return ""
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}
