package parser

import (
	"fmt"
	"strings"
	"testing"

	"enginescope/core/ast"
)

// describe renders a scope's allocation: "name:location[index]" in declaration order.
func describe(s *ast.Scope) string {
	var parts []string
	if s.ThisVar != nil && s.ThisVar.Location != ast.LocUnallocated {
		parts = append(parts, fmt.Sprintf("this:%s%d", s.ThisVar.Location, s.ThisVar.Index))
	}
	for _, v := range s.Vars {
		parts = append(parts, fmt.Sprintf("%s:%s%d", v.Name, v.Location, v.Index))
	}
	if s.NewTargetVar != nil {
		parts = append(parts, fmt.Sprintf("new.target:%s%d", s.NewTargetVar.Location, s.NewTargetVar.Index))
	}
	if s.FunctionVar != nil {
		parts = append(parts, fmt.Sprintf("%s:%s%d", s.FunctionVar.Name, s.FunctionVar.Location, s.FunctionVar.Index))
	}
	if s.ClassVar != nil {
		parts = append(parts, fmt.Sprintf("%s:%s%d", s.ClassVar.Name, s.ClassVar.Location, s.ClassVar.Index))
	}
	return strings.Join(parts, " ")
}

func funcScope(t *testing.T, src string, nth int) (*ast.Program, *ast.FunctionLiteral) {
	t.Helper()
	prog := mustParse(t, src, Options{Eager: true})
	return prog, find(prog, "FunctionLiteral", nth).(*ast.FunctionLiteral)
}

// TestAllocation compares with V8 14.6 --print-bytecode (context slot
// indexes include the 2-slot header; parameters are allocated last to first).
func TestAllocation(t *testing.T) {
	cases := []struct {
		src  string
		nth  int
		want string
	}{
		// from `node --print-bytecode`: a→[2], x→[3], y→r0, g→r1, e in a catch context, z in a block context
		{"function f(a, b) { var x = 1; let y = 2; var unused; function g() { return x + a; } try { g(); } catch (e) { y = e; } { let z = 3; (() => z)(); } return y; }", 0,
			"a:context2 b:parameter1 x:context3 y:local0 unused:unallocated-1 g:local1"},
		// this→[2], b→[3], a→[4], new.target→[5], x→[6], arguments→[7]
		{"function f(a, b) { var x = 1; var unused; return () => this + a + x + arguments.length + new.target; }", 0,
			"this:context2 a:context4 b:context3 x:context6 unused:unallocated-1 arguments:context7 new.target:context5"},
		// q→[2], p→[3], v→[4], l→[5], fd→[6], arguments→[7]
		{"function n(p, q) { var v = 1; let l = 2; function fd(){} return () => p + v + l + fd + arguments[0]; }", 0,
			"p:context3 q:context2 v:context4 l:context5 fd:context6 arguments:context7"},
		{"function s(a) { let b = a; return b; }", 0, "a:parameter0 b:local0"},
		{"var f = function g() { return g; };", 0, "g:local0"},
		{"var f = function g() { return () => g; };", 0, "g:context2"},
		// sloppy eval: extension slot, everything in the context (this→[3], a→[4], .new.target→[5], q→[6], arguments→[7])
		{"function e1(a){ var q = 1; eval(''); return q }", 0, "this:context3 a:context4 q:context6 arguments:context7 new.target:context5"},
		{"function e2(a){ 'use strict'; var q = 1; eval(''); return q }", 0, "this:context2 a:context3 q:context5 arguments:context6 new.target:context4"},
		// sloppy mapped arguments force the parameters into the context (b→[2], a→[3])
		{"function k(a, b){ return arguments.length }", 0, "a:context3 b:context2 arguments:local0"},
	}
	for _, c := range cases {
		_, f := funcScope(t, c.src, c.nth)
		if got := describe(f.Scope); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, c.want)
		}
	}
	// class scope: private names first, then the class binding ([2] #p, [3] C)
	prog := mustParse(t, "function m() { let t = 1; return class C { #p = t; static s = C; m(){ return this.#p } } }", Options{Eager: true})
	cl := find(prog, "ClassLiteral", 0).(*ast.ClassLiteral)
	if got := describe(cl.Scope); got != "#p:context2 C:context3" {
		t.Errorf("class scope: %s", got)
	}
	if got := describe(find(prog, "FunctionLiteral", 0).(*ast.FunctionLiteral).Scope); got != "t:context2" {
		t.Errorf("m: %s", got)
	}
	// private methods need the class brand ([2] #m, [3] .brand)
	prog = mustParse(t, "class P { #m() {} t() { return this.#m() } }", Options{Eager: true})
	if got := describe(find(prog, "ClassLiteral", 0).(*ast.ClassLiteral).Scope); got != "#m:context2 .brand:context3 P:unallocated-1" {
		t.Errorf("class with a private method: %s", got)
	}
}

func TestScriptScope(t *testing.T) {
	prog := mustParse(t, "var v = 1; function f() { return l + c + u; } let l = 2; const c = 3; class K {} u = 4; { let b = 5; }", Options{})
	got := describe(prog.Scope)
	if got != "v:global-1 f:global-1 l:context2 c:context3 K:context4" {
		t.Errorf("script scope: %s", got)
	}
	if len(prog.Scope.Implicit) != 1 || prog.Scope.Implicit[0].Name != "u" || prog.Scope.Implicit[0].Location != ast.LocGlobal {
		t.Errorf("implicit globals: %v", prog.Scope.Implicit)
	}
	if len(prog.Scope.Inner) != 3 || prog.Scope.Inner[2].Type != ast.BlockScope {
		t.Fatalf("inner scopes: %d", len(prog.Scope.Inner))
	}
	if got := describe(prog.Scope.Inner[2]); got != "b:local0" {
		t.Errorf("script block: %s", got)
	}
}

func TestBlockScopesAndTDZ(t *testing.T) {
	src := "function f() { x; let x = 1; x; { } { let y; y; } for (let i = 0; i < 2; i++) { } switch (1) { case 1: let s; s; } return () => x; }"
	prog, f := funcScope(t, src, 0)
	// blocks without declarations are not materialised
	var types []string
	for _, s := range f.Scope.Inner {
		types = append(types, s.Type.String())
	}
	if strings.Join(types, ",") != "block,block,block,function" {
		t.Errorf("inner scopes %v", types)
	}
	var refs []*ast.Identifier
	ast.Inspect(prog, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Var != nil && id.Var.Kind.IsLexical() && id.Var.Start != id.Start {
			refs = append(refs, id)
		}
		return true
	})
	want := map[string][]bool{"x": {true, false, true}, "y": {false}, "i": {false, false}, "s": {true}}
	got := map[string][]bool{}
	for _, r := range refs {
		got[r.Name] = append(got[r.Name], r.HoleCheck)
	}
	for name, w := range want {
		if fmt.Sprint(got[name]) != fmt.Sprint(w) {
			t.Errorf("hole checks of %s: got %v want %v", name, got[name], w)
		}
	}
	if !f.Scope.Lookup("x").NeedsHoleCheck {
		t.Error("let needs a TDZ check")
	}
}

func TestResolution(t *testing.T) {
	prog := mustParse(t, "var a; function f(b) { var c; return function g() { return a + b + c + d + this; }; }", Options{Eager: true})
	g := find(prog, "FunctionLiteral", 1).(*ast.FunctionLiteral)
	f := find(prog, "FunctionLiteral", 0).(*ast.FunctionLiteral)
	ret := g.Body[0].(*ast.ReturnStatement)
	var ids []*ast.Identifier
	ast.Inspect(ret, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok {
			ids = append(ids, id)
		}
		return true
	})
	locs := map[string]string{}
	for _, id := range ids {
		locs[id.Name] = id.Var.Kind.String() + "/" + id.Var.Location.String()
	}
	want := map[string]string{"a": "var/global", "b": "param/context", "c": "var/context", "d": "implicitGlobal/global"}
	for k, v := range want {
		if locs[k] != v {
			t.Errorf("%s resolves to %s, want %s", k, locs[k], v)
		}
	}
	// hops from g's scope to f's scope: g allocates no context, f does
	if h := g.Scope.ContextHops(f.Scope); h != 0 {
		t.Errorf("hops g→f = %d", h)
	}
	if !g.Scope.UsesThis || f.Scope.UsesThis {
		t.Error("this usage flags")
	}
	// with and sloppy eval make lookups dynamic
	prog = mustParse(t, "function h(o) { var z; with (o) { z; } } function e() { var q; eval('1'); return q + r; }", Options{Eager: true})
	var dyn []string
	ast.Inspect(prog, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Var != nil && id.Var.Location == ast.LocLookup {
			dyn = append(dyn, id.Name)
		}
		return true
	})
	if fmt.Sprint(dyn) != "[z eval r]" {
		t.Errorf("dynamic lookups %v", dyn)
	}
	e := find(prog, "FunctionLiteral", 1).(*ast.FunctionLiteral)
	if !e.Scope.CallsSloppyEval || !e.Scope.HasExtension || e.Scope.ContextHeader() != 3 || e.Scope.Lookup("q").Location != ast.LocContext {
		t.Errorf("eval: sloppy=%v ext=%v q=%v", e.Scope.CallsSloppyEval, e.Scope.HasExtension, e.Scope.Lookup("q").Location)
	}
}

func TestFunctionFlags(t *testing.T) {
	_, f := funcScope(t, "function f(a, [b], c = 1, ...d) { return arguments; }", 0)
	if f.ParamCount != 4 || f.Length != 2 || f.SimpleParams || !f.Scope.UsesArguments {
		t.Errorf("params: count=%d length=%d simple=%v args=%v", f.ParamCount, f.Length, f.SimpleParams, f.Scope.UsesArguments)
	}
	prog := mustParse(t, "class A extends B { constructor() { super(); } m() { return () => super.m(); } static { } x = 1; }", Options{Eager: true})
	cl := find(prog, "ClassLiteral", 0).(*ast.ClassLiteral)
	if cl.Constructor == nil || cl.Constructor.Kind != ast.FuncDerivedConstructor || !cl.Constructor.Scope.UsesSuperCall {
		t.Error("derived constructor")
	}
	if cl.InstanceInit == nil || cl.StaticInit == nil || cl.InstanceInit.Kind != ast.FuncClassMembersInitializer {
		t.Error("class initializer functions")
	}
	m := find(prog, "FunctionLiteral", 1).(*ast.FunctionLiteral)
	if !m.Scope.UsesSuperProperty {
		t.Error("super property use through an arrow")
	}
}

func TestAnnexBFunctions(t *testing.T) {
	_, f := funcScope(t, "function f() { { function g() {} } return g; }", 0)
	outer := f.Scope.Lookup("g")
	inner := f.Scope.Inner[0].Lookup("g")
	if outer == nil || inner == nil || inner.AnnexB != outer || outer.Kind != ast.VarVar {
		t.Fatalf("annex B binding: outer=%v inner=%v", outer, inner)
	}
	// no hoisting when it would conflict with a lexical binding
	_, f = funcScope(t, "function f() { let g; { function g() {} } }", 0)
	if inner := f.Scope.Inner[0].Lookup("g"); inner.AnnexB != nil {
		t.Error("hoisted across a let")
	}
	_, f = funcScope(t, "function f() { 'use strict'; { function g() {} } }", 0)
	if f.Scope.Lookup("g") != nil {
		t.Error("strict code does not hoist block functions")
	}
}
