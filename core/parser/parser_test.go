package parser

import (
	"fmt"
	"strings"
	"testing"

	"enginescope/core/ast"
)

func mustParse(t *testing.T, src string, opts Options) *ast.Program {
	t.Helper()
	prog, err := ParseScript([]byte(src), opts)
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return prog
}

// find returns the first node (pre-order) of the given Go type name.
func find(root ast.Node, typ string, nth int) ast.Node {
	var found ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.") == typ {
			if nth == 0 {
				found = n
				return false
			}
			nth--
		}
		return true
	})
	return found
}

// TestPositions checks exact spans of many node kinds.
func TestPositions(t *testing.T) {
	cases := []struct {
		src, typ string
		nth      int
		text     string
	}{
		{"  if (a) b(); else { c }", "IfStatement", 0, "if (a) b(); else { c }"},
		{"x;  a + b  ;", "ExpressionStatement", 1, "a + b  ;"},
		{"x = a + b * c", "BinaryExpression", 1, "b * c"},
		{"for (let i = 0; i < n; i++) {}", "ForStatement", 0, "for (let i = 0; i < n; i++) {}"},
		{"for (let i = 0; i < n; i++) {}", "VariableDeclaration", 0, "let i = 0"},
		{"var a = 1, b;", "VariableDeclaration", 0, "var a = 1, b;"},
		{"var a = 1, b;", "VariableDeclarator", 1, "b"},
		{"let {a, b: [c]} = o;", "ObjectPattern", 0, "{a, b: [c]}"},
		{"let {a, b: [c]} = o;", "ArrayPattern", 0, "[c]"},
		{"f(a, ...b)", "SpreadElement", 0, "...b"},
		{"x = (a, b)", "SequenceExpression", 0, "a, b"},
		{"x = (a)", "Identifier", 1, "a"},
		{"x = a?.b.c", "ChainExpression", 0, "a?.b.c"},
		{"x = a?.b.c", "MemberExpression", 0, "a?.b.c"},
		{"new Foo(1)", "NewExpression", 0, "new Foo(1)"},
		{"new Foo", "NewExpression", 0, "new Foo"},
		{"x = `a${b}c`", "TemplateLiteral", 0, "`a${b}c`"},
		{"x = `a${b}c`", "TemplateElement", 1, "c"},
		{"tag`x`", "TaggedTemplateExpression", 0, "tag`x`"},
		{"x = /re/g", "RegExpLiteral", 0, "/re/g"},
		{"x = 0x1F || 1_0", "NumberLiteral", 1, "1_0"},
		{"function f(a = 1, ...r) { return a }", "FunctionLiteral", 0, "function f(a = 1, ...r) { return a }"},
		{"function f(a = 1, ...r) { return a }", "AssignmentPattern", 0, "a = 1"},
		{"function f(a = 1, ...r) { return a }", "RestElement", 0, "...r"},
		{"x = async (a) => a", "FunctionLiteral", 0, "async (a) => a"},
		{"x = a => { }", "FunctionLiteral", 0, "a => { }"},
		{"o = { get x() { return 1 }, m() {} }", "FunctionLiteral", 0, "get x() { return 1 }"},
		{"o = { get x() { return 1 }, m() {} }", "Property", 1, "m() {}"},
		{"class A extends B { static async *m() {} #f = 1; static { } }", "ClassLiteral", 0, "class A extends B { static async *m() {} #f = 1; static { } }"},
		{"class A extends B { static async *m() {} #f = 1; static { } }", "MethodDefinition", 0, "static async *m() {}"},
		{"class A extends B { static async *m() {} #f = 1; static { } }", "FunctionLiteral", 0, "async *m() {}"}, // Function.prototype.toString leaves out `static` (Node 26),
		{"class A extends B { static async *m() {} #f = 1; static { } }", "PropertyDefinition", 0, "#f = 1;"},
		{"class A extends B { static async *m() {} #f = 1; static { } }", "StaticBlock", 0, "static { }"},
		{"try { } catch (e) { } finally { }", "CatchClause", 0, "catch (e) { }"},
		{"switch (x) { case 1: a; default: }", "SwitchCase", 0, "case 1: a;"},
		{"l: while (1) break l;", "LabeledStatement", 0, "l: while (1) break l;"},
		{"do x; while (y)", "DoWhileStatement", 0, "do x; while (y)"},
		{"function f() { return new.target }", "MetaProperty", 0, "new.target"},
		{"x = [1, , 2]", "ArrayLiteral", 0, "[1, , 2]"},
		{"a = b ?? c", "LogicalExpression", 0, "b ?? c"},
		{"[a, b] = c", "AssignmentExpression", 0, "[a, b] = c"},
		{"x = (-a) ** 2 ? 1 : 2", "ConditionalExpression", 0, "(-a) ** 2 ? 1 : 2"},
		{"ünï = 'é'", "StringLiteral", 0, "'é'"},
	}
	for _, c := range cases {
		prog := mustParse(t, c.src, Options{Eager: true})
		n := find(prog, c.typ, c.nth)
		if n == nil {
			t.Errorf("%q: no %s #%d", c.src, c.typ, c.nth)
			continue
		}
		s, e := n.Pos()
		if got := c.src[s:e]; got != c.text {
			t.Errorf("%q: %s #%d = %q, want %q", c.src, c.typ, c.nth, got, c.text)
		}
	}
}

func TestLiteralValues(t *testing.T) {
	prog := mustParse(t, "x = [1e3, 'a\\u{1F600}', 123n, /a/gi, `x\\n${1}`, tag`\\unicode`]", Options{})
	arr := find(prog, "ArrayLiteral", 0).(*ast.ArrayLiteral)
	if n := arr.Elements[0].(*ast.NumberLiteral); n.Value != 1000 || n.Raw != "1e3" {
		t.Errorf("number %v %q", n.Value, n.Raw)
	}
	if s := arr.Elements[1].(*ast.StringLiteral); s.Value != "a😀" {
		t.Errorf("string %q", s.Value)
	}
	if b := arr.Elements[2].(*ast.BigIntLiteral); b.Digits != "123" {
		t.Errorf("bigint %q", b.Digits)
	}
	if r := arr.Elements[3].(*ast.RegExpLiteral); r.Pattern != "a" || r.Flags != "gi" {
		t.Errorf("regexp %q %q", r.Pattern, r.Flags)
	}
	tl := arr.Elements[4].(*ast.TemplateLiteral)
	if *tl.Quasis[0].Cooked != "x\n" || tl.Quasis[0].Raw != "x\\n" || len(tl.Expressions) != 1 {
		t.Errorf("template %q %q", *tl.Quasis[0].Cooked, tl.Quasis[0].Raw)
	}
	tt := arr.Elements[5].(*ast.TaggedTemplateExpression)
	if tt.Quasi.Quasis[0].Cooked != nil || tt.Quasi.Quasis[0].Raw != "\\unicode" {
		t.Errorf("tagged template with invalid escape must have nil Cooked")
	}
}

func TestDirectivesAndStrict(t *testing.T) {
	prog := mustParse(t, "'use strict'; function f() { return 1 }", Options{Eager: true})
	if !prog.Strict || prog.Body[0].(*ast.ExpressionStatement).Directive != "use strict" {
		t.Error("script directive")
	}
	prog = mustParse(t, "function f() { 'use strict'; } function g() {} ('use strict');", Options{Eager: true})
	if prog.Strict {
		t.Error("parenthesized string is not a directive")
	}
	f := find(prog, "FunctionLiteral", 0).(*ast.FunctionLiteral)
	g := find(prog, "FunctionLiteral", 1).(*ast.FunctionLiteral)
	if !f.Strict || g.Strict {
		t.Errorf("strict flags f=%v g=%v", f.Strict, g.Strict)
	}
	prog = mustParse(t, "class A { m() {} }", Options{Eager: true})
	if m := find(prog, "FunctionLiteral", 0).(*ast.FunctionLiteral); !m.Strict || m.Kind != ast.FuncMethod {
		t.Error("class bodies are strict")
	}
}

func TestASI(t *testing.T) {
	ok := []string{
		"a = b\n++c", "return_ = 1\n", "x\n(y)", "let x = 1\nlet y = 2", "do {} while (0) x", "a\n?.b",
		"function f() { return\n1 }", "throw 1\n", "x = y\n/z/g", "for (;;) break\nx",
		"var a = 1, b = 2\nvar c", "async\nfunction f() {}", "let\nx", "i\n++\nj",
	}
	for _, src := range ok {
		if _, err := ParseScript([]byte(src), Options{}); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
	prog := mustParse(t, "function f() { return\n1 }", Options{Eager: true})
	ret := find(prog, "ReturnStatement", 0).(*ast.ReturnStatement)
	if ret.Argument != nil {
		t.Error("return followed by a newline returns undefined")
	}
	prog = mustParse(t, "a = b\n++c", Options{})
	if len(prog.Body) != 2 {
		t.Error("++ after a newline starts a new statement")
	}
}

func TestHashbangAndCommonJS(t *testing.T) {
	src := "#!/usr/bin/env node\nreturn new.target === undefined && arguments.length\n"
	if _, err := ParseScript([]byte(src), Options{}); err == nil {
		t.Error("return at script top level must be rejected")
	}
	prog := mustParse(t, src, Options{CommonJS: true})
	if prog.Wrapper == nil || len(prog.Wrapper.Params) != 5 || prog.Wrapper.Scope.Outer != prog.Scope {
		t.Fatal("wrapper function")
	}
	ret := prog.Body[0].(*ast.ReturnStatement)
	if ret.Start != 20 {
		t.Errorf("positions stay file-relative: return at %d", ret.Start)
	}
	args := find(prog, "Identifier", 1).(*ast.Identifier)
	_ = args
	if prog.Wrapper.Scope.ArgumentsVar == nil {
		t.Error("arguments of the wrapper")
	}
	_, err := ParseScript([]byte("let a;\nlet a;"), Options{CommonJS: true, Filename: "/x.js"})
	if err == nil || err.(*SyntaxError).Line != 2 {
		t.Errorf("line numbers are file-relative: %v", err)
	}
}

func TestSyntaxErrorFormat(t *testing.T) {
	_, err := ParseScript([]byte("var a = 1;\n    let x = ;\n"), Options{Filename: "/abs/path/file.js"})
	se := err.(*SyntaxError)
	want := "/abs/path/file.js:2\n    let x = ;\n            ^\n\nSyntaxError: Unexpected token ';'\n"
	if se.Format() != want {
		t.Errorf("got\n%s\nwant\n%s", se.Format(), want)
	}
	if se.Line != 2 || se.Column != 12 {
		t.Errorf("line/column %d:%d", se.Line, se.Column)
	}
	if !strings.HasSuffix(se.FormatNode("v26.10.0"), "\n\nNode.js v26.10.0\n") {
		t.Error("FormatNode")
	}
	// columns count UTF-16 units
	_, err = ParseScript([]byte("'😀'; foo bar"), Options{})
	if se := err.(*SyntaxError); se.Column != 10 || se.EndColumn != 13 {
		t.Errorf("utf-16 columns %d-%d", se.Column, se.EndColumn)
	}
}
