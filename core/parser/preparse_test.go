package parser

import (
	"fmt"
	"strings"
	"testing"

	"enginescope/core/ast"
)

var preparseSources = []string{
	`function outer(a, b) {
  var x = 1, unused = 2;
  let y = a;
  function inner(c) { return x + c + (() => y + this)(); }
  const arrow = (d = b) => d + inner(d);
  class K extends Object { #p = x; m() { return this.#p + a; } static s = () => y; }
  try { inner(); } catch (e) { (function () { return e; })(); }
  for (let i = 0; i < 3; i++) { setTimeout(() => i); }
  return arrow;
}
var g = function named(n) { return n ? named(n - 1) : arguments.length; };
const h = async function* (p, ...q) { for await (const r of q) yield r + p; };
let o = { m(z) { return () => super.toString() + z; }, get v() { return 1; } };
(function () { 'use strict'; function deep() { return function deeper() { return deep; }; } })();
function withEval(s) { var hidden = 1; return eval(s); }
function sloppyArgs(a1, a2) { return arguments[0] + (() => a2)(); }
`,
	`let top = 1; function f() { return top; } class C { static m() { return C; } }`,
	`class Base { constructor(x) { this.x = x; } }
class D extends Base {
  #priv = 1; static #sp = 2; field = () => this.#priv + super.constructor.name;
  constructor(...args) { super(...args); const k = () => super.toString(); k(); }
  get g() { return this.#priv; } set g(v) { this.#priv = v; }
  static async *gen(a, b = () => a) { yield* [a, await b()]; }
  #pm() { return D.#sp; } static { const s = () => D.#sp; var w = s(); function inner() { return w; } }
  m() { return async (x) => { for await (const y of x) { (function () { return y + this; })(); } }; }
}
var o = { async *[Symbol.asyncIterator]() {}, get ['x' + 1]() { return (a) => a; }, __proto__: null };
label: for (const [k, v] of Object.entries(o)) { if (k) { continue label; } (() => v)(); }
function withScopes(p) { try { throw p; } catch ({ message: m }) { return () => m; } finally { let z = p; (() => z)(); } }
function params(a, [b, c] = [a], { d = b, ...e } = {}, ...f) { var a; return () => a + b + c + d + e + f; }
function sloppyBlocks() { { function hoisted() { return 1; } } return hoisted(); }
`,
}

// TestPreparseReparseAgreement: re-parsing every preparsed function (and,
// recursively, the functions preparsed by that re-parse) yields the same
// captured variables and the same allocation as the preparse.
func TestPreparseReparseAgreement(t *testing.T) {
	for _, src := range preparseSources {
		var events []PreparseEvent
		prog, err := ParseScript([]byte(src), Options{OnPreparse: func(e PreparseEvent) { events = append(events, e) }})
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != len(prog.Functions) || len(events) == 0 {
			t.Fatalf("%d events for %d preparsed functions", len(events), len(prog.Functions))
		}
		eager, err := ParseScript([]byte(src), Options{Eager: true})
		if err != nil {
			t.Fatal(err)
		}
		if a, b := scopeTree(prog.Scope), scopeTree(eager.Scope); a != b {
			t.Errorf("preparse and eager analysis differ:\n%s\n---\n%s", a, b)
		}
		count := 0
		var check func(fns []*ast.FunctionLiteral, depth int)
		check = func(fns []*ast.FunctionLiteral, depth int) {
			for _, f := range fns {
				if !f.Preparsed || f.Body != nil {
					t.Errorf("function at %d not preparsed", f.Start)
				}
				var inner []PreparseEvent
				g, err := ParseFunction([]byte(src), f, Options{OnPreparse: func(e PreparseEvent) { inner = append(inner, e) }})
				if err != nil {
					t.Fatalf("reparse of %q: %v", src[f.Start:f.End], err)
				}
				count++
				if g.Body == nil || g.Preparsed || g.ID != f.ID || g.Start != f.Start || g.End != f.End {
					t.Errorf("reparse result of %d: id %d/%d", f.Start, g.ID, f.ID)
				}
				if a, b := fmt.Sprint(f.Preparse.CapturedNames), fmt.Sprint(g.Preparse.CapturedNames); a != b {
					t.Errorf("%q: captured %s (preparse) vs %s (reparse)", src[f.Start:f.End], a, b)
				}
				if a, b := scopeTree(f.Scope), scopeTree(g.Scope); a != b {
					t.Errorf("%q: scopes differ:\npreparse\n%s\nreparse\n%s", src[f.Start:f.End], a, b)
				}
				if g.Scope.Outer != f.Scope.Outer {
					t.Error("reparsed scope must hang off the same outer scope")
				}
				var next []*ast.FunctionLiteral
				for _, e := range inner {
					next = append(next, e.Func)
				}
				// inner functions are numbered as in the first parse
				for _, n := range next {
					if n.ID <= g.ID && !g.IsArrow {
						t.Errorf("inner function id %d not after %d", n.ID, g.ID)
					}
				}
				check(next, depth+1)
			}
		}
		check(prog.Functions, 0)
		if count < len(prog.Functions) {
			t.Errorf("re-parsed %d functions", count)
		}
	}
}

// scopeTree renders a scope subtree (types, context sizes and allocations).
func scopeTree(s *ast.Scope) string {
	var b strings.Builder
	var walk func(s *ast.Scope, depth int)
	walk = func(s *ast.Scope, depth int) {
		fmt.Fprintf(&b, "%s%s [%d,%d) ctx=%d %s\n", strings.Repeat("  ", depth), s.Type, s.Start, s.End, s.NumContextSlots(), describe(s))
		for _, c := range s.Inner {
			walk(c, depth+1)
		}
	}
	walk(s, 0)
	return b.String()
}

func TestPreparseEvents(t *testing.T) {
	src := "var a = 1; function f() { return a + b; } let b = 2; var g = () => f;"
	var got []string
	_, err := ParseScript([]byte(src), Options{OnPreparse: func(e PreparseEvent) {
		got = append(got, fmt.Sprintf("%s[%d,%d)%v", e.Name, e.Start, e.End, e.Captured))
	}})
	if err != nil {
		t.Fatal(err)
	}
	// globals (var/function) are not captured; script-level let is (script context)
	want := "[f[11,41)[b] g[61,68)[]]"
	if fmt.Sprint(got) != want {
		t.Errorf("events %v, want %s", got, want)
	}
}
