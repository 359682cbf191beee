// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package htmlparse is a fork of the tokenizer and tree builder of
// golang.org/x/net/html (v0.62.0, BSD-3-Clause: see LICENSE) that parses
// a page held in memory into the same tree of x/net/html's own *html.Node
// values, faster and with far fewer allocations. It exists because the
// parse was about two thirds of a clean in WebAssembly.
//
// Parse(src) returns the tree that
// html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
// returns, node for node: the parser's tests compare the two on any input
// (FuzzParse) and the cleaner's compare them on every corpus page.
//
// What was changed, and why:
//
//   - The tokenizer reads the whole input from a byte slice (token.go):
//     no io.Reader, no buffer to grow and copy, and the loops that look
//     for the next '<' (text, raw text, script data) or for a closing
//     quote jump to it with bytes.IndexByte.
//   - Token makes its strings without copying where the input's bytes are
//     the string (token_strings.go): tag names and attribute keys are
//     their atom's string, and text, comments and attribute values with
//     no character reference, no '\r' and no NUL are strings over the
//     input (unsafe.String). x/net/html copies every one of them, and
//     lower-cases and unescapes in place in its buffer; this package never
//     writes to the input. So the input must not change while the tree or
//     any string taken from it is in use.
//   - Text that needs unescaping goes through html.UnescapeString, and
//     attribute values through a wrapper of it with the attribute rules,
//     so the big entity table is not linked twice.
//   - The check for duplicate attributes compares the keys in place
//     instead of lower-casing a copy of each into a map; raw text element
//     names are constants instead of lower-cased copies.
//   - The parser takes its nodes from slabs (one allocation for many).
//   - Only what the cleaner uses is kept: Parse with scripting disabled.
//     No fragments, no options, no rendering, no Token.String. Node,
//     NodeType and Attribute are aliases of x/net/html's, so everything
//     that reads the tree (cascadia, the cleaner's walks) is unchanged.
//
// parse.go, foreign.go, doctype.go and const.go are x/net/html's with
// &Node{…} allocations and Node.clone turned into parser methods (the
// node type is x/net/html's, which cannot have methods here).
//
// diff.go is this package's own: Diff, where two trees first differ, with
// which the tests compare the fork's trees with x/net/html's.
package htmlparse
