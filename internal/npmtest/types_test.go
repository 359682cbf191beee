//go:build !js

package npmtest

import (
	"encoding"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const declarations = "../../npm/index.d.ts"

// jsOnlyFields are fields the declarations add to a Go type: JavaScript's
// side of the boundary, which the wasm reads besides the Go fields.
var jsOnlyFields = map[string][]string{"Options": {"onProgress"}}

// tsField is one property of an interface in the declarations.
type tsField struct {
	typ      string
	optional bool
}

var (
	reInterface = regexp.MustCompile(`(?s)export interface (\w+) \{(.*?)\n\}`)
	reAlias     = regexp.MustCompile(`export type (\w+) = ([^;]+);`)
	reComment   = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	reProperty  = regexp.MustCompile(`^(\w+)(\??):\s*(.+)$`)
	reStrLit    = regexp.MustCompile(`^'[^']*'$`)
)

// parseDeclarations reads the interfaces and type aliases of a .d.ts.
func parseDeclarations(t *testing.T, src string) (map[string]map[string]tsField, map[string]string) {
	t.Helper()
	ifaces := map[string]map[string]tsField{}
	for _, m := range reInterface.FindAllStringSubmatch(src, -1) {
		fields := map[string]tsField{}
		for _, prop := range strings.Split(reComment.ReplaceAllString(m[2], ""), ";") {
			prop = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(prop), "readonly "))
			if prop == "" {
				continue
			}
			p := reProperty.FindStringSubmatch(prop)
			if p == nil { // a method: reported if the interface is checked
				fields["("+prop+")"] = tsField{}
				continue
			}
			fields[p[1]] = tsField{typ: strings.TrimSpace(p[3]), optional: p[2] == "?"}
		}
		ifaces[m[1]] = fields
	}
	aliases := map[string]string{}
	for _, m := range reAlias.FindAllStringSubmatch(src, -1) {
		aliases[m[1]] = strings.TrimSpace(m[2])
	}
	return ifaces, aliases
}

// TestTypesMatchGo checks index.d.ts against the Go types by reflection:
// cleaner.Options and cleaner.Record, and every struct they hold, must
// each be an interface of the same name with one property per JSON field,
// optional exactly where the field is omitempty or a pointer, of the
// matching type (strings, numbers, booleans, arrays, the nested
// interfaces). A field added in Go fails this test until the declarations
// have it.
func TestTypesMatchGo(t *testing.T) {
	src, err := os.ReadFile(declarations)
	require.NoError(t, err)
	ifaces, aliases := parseDeclarations(t, string(src))
	c := &typeCheck{t: t, ifaces: ifaces, aliases: aliases, seen: map[reflect.Type]bool{}}
	c.structType(reflect.TypeFor[cleaner.Options]())
	c.structType(reflect.TypeFor[cleaner.Record]())
	assert.GreaterOrEqual(t, len(c.seen), 7, "Options, Record, Removed, Segment, Cut, Span, Stats at least")
}

type typeCheck struct {
	t       *testing.T
	ifaces  map[string]map[string]tsField
	aliases map[string]string
	seen    map[reflect.Type]bool
}

func (c *typeCheck) structType(rt reflect.Type) {
	if c.seen[rt] {
		return
	}
	c.seen[rt] = true
	name := rt.Name()
	ts, ok := c.ifaces[name]
	if !assert.True(c.t, ok, "index.d.ts has no interface %s for cleaner.%s", name, name) {
		return
	}
	want := map[string]bool{}
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag := f.Tag.Get("json")
		if !f.IsExported() || tag == "-" {
			continue
		}
		jsName, opts, _ := strings.Cut(tag, ",")
		if jsName == "" {
			jsName = f.Name
		}
		want[jsName] = true
		got, ok := ts[jsName]
		if !assert.True(c.t, ok, "interface %s lacks %s (cleaner.%s.%s)", name, jsName, name, f.Name) {
			continue
		}
		optional := strings.Contains(","+opts+",", ",omitempty,") || f.Type.Kind() == reflect.Pointer
		assert.Equal(c.t, optional, got.optional, "%s.%s: optional (?) must match the Go field's omitempty or pointer", name, jsName)
		c.fieldType(name+"."+jsName, f.Type, got.typ)
	}
	for _, extra := range jsOnlyFields[name] {
		want[extra] = true
	}
	var stale []string
	for jsName := range ts {
		if !want[jsName] {
			stale = append(stale, jsName)
		}
	}
	sort.Strings(stale)
	assert.Empty(c.t, stale, "interface %s has properties cleaner.%s lacks", name, name)
}

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// fieldType checks that the TypeScript type ts fits the Go type rt.
func (c *typeCheck) fieldType(where string, rt reflect.Type, ts string) {
	if rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	if alias, ok := c.aliases[ts]; ok {
		ts = alias
	}
	switch {
	case rt.Implements(textMarshaler) || rt.Kind() == reflect.String:
		assert.True(c.t, ts == "string" || isStringUnion(ts), "%s: want a string type for %s, have %s", where, rt, ts)
	case rt.Kind() == reflect.Bool:
		assert.Equal(c.t, "boolean", ts, where)
	case rt.Kind() >= reflect.Int && rt.Kind() <= reflect.Float64:
		assert.Equal(c.t, "number", ts, where)
	case rt.Kind() == reflect.Slice:
		elem, ok := strings.CutSuffix(ts, "[]")
		if assert.True(c.t, ok, "%s: want an array for %s, have %s", where, rt, ts) {
			c.fieldType(where+"[]", rt.Elem(), elem)
		}
	case rt.Kind() == reflect.Struct:
		assert.Equal(c.t, rt.Name(), ts, "%s: the interface of %s", where, rt)
		c.structType(rt)
	default:
		c.t.Errorf("%s: no TypeScript mapping for the Go type %s", where, rt)
	}
}

func isStringUnion(ts string) bool {
	for _, part := range strings.Split(ts, "|") {
		if !reStrLit.MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}
