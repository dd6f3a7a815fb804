package parser

import (
	"strconv"
	"strings"
	"unicode"

	"enginescope/core/ast"
)

// V8's FuncNameInferrer gives the functions the language leaves anonymous a
// dotted name from where they are stored: `F.prototype.m1 = function(){}` is
// "F.m1", `this.cb = function(){}` inside `function Ctor` is "Ctor.cb". The
// name never becomes `.name` (that stays ""), but stack traces and
// %DebugPrint show it (SharedFunctionInfo::DebugName falls back to it).
//
// V8 infers while it fully parses a function, so the names start from that
// function's own name if it looks like a constructor (capitalized); inner
// functions are preparsed and get theirs when they are parsed in turn.

// inferFunctionNames names the anonymous functions of a fully parsed body.
func (p *parser) inferFunctionNames(body []ast.Statement, enclosing string) {
	var base []string
	if enclosing != "" && unicode.IsUpper([]rune(enclosing)[0]) {
		base = []string{enclosing}
	}
	for _, s := range body {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignmentExpression:
				if path, ok := p.assignTargetNames(n.Left); ok {
					p.nameStored(n.Right, appendNames(base, path))
				}
			case *ast.VariableDeclarator:
				if id, ok := n.ID.(*ast.Identifier); ok {
					p.nameStored(n.Init, appendNames(base, []string{id.Name}))
				}
			}
			return true
		})
	}
}

// nameStored gives the dotted name to the functions a stored value is made of:
// the value itself, either side of `?:`, `||`, `&&`, `??`, array elements,
// object-literal values (with their key appended) and chained assignments
// (`o.a = o.b = function(){}` is "o.a.o.b"). Call arguments, sequences and
// parenthesized functions keep no name, as in V8.
func (p *parser) nameStored(e ast.Expression, names []string) {
	if e == nil || len(names) == 0 {
		return
	}
	if _, par := p.parens[e]; par {
		return
	}
	switch e := e.(type) {
	case *ast.FunctionLiteral:
		if e.DebugInferredName == "" {
			e.DebugInferredName = strings.Join(names, ".")
		}
	case *ast.ConditionalExpression:
		p.nameStored(e.Consequent, names)
		p.nameStored(e.Alternate, names)
	case *ast.LogicalExpression:
		p.nameStored(e.Left, names)
		p.nameStored(e.Right, names)
	case *ast.ArrayLiteral:
		for _, el := range e.Elements {
			p.nameStored(el, names)
		}
	case *ast.ObjectLiteral:
		for _, el := range e.Properties {
			if prop, ok := el.(*ast.Property); ok && !prop.Computed {
				if key, ok := propKeyName(prop.Key); ok {
					p.nameStored(prop.Value, appendNames(names, []string{key}))
				}
			}
		}
	case *ast.AssignmentExpression:
		if path, ok := p.assignTargetNames(e.Left); ok {
			p.nameStored(e.Right, appendNames(names, path))
		}
	}
}

// assignTargetNames is the name path of an assignment target: identifiers and
// property names, `this` left out, "prototype" dropped, computed keys that are
// not plain string names as "<computed>".
func (p *parser) assignTargetNames(t ast.Node) ([]string, bool) {
	switch t := t.(type) {
	case *ast.Identifier:
		return []string{t.Name}, true
	case *ast.ThisExpression:
		return nil, true
	case *ast.MemberExpression:
		path, ok := p.assignTargetNames(t.Object)
		if !ok {
			path = nil
		}
		key := "<computed>"
		switch k := t.Property.(type) {
		case *ast.Identifier:
			if !t.Computed {
				key = k.Name
			}
		case *ast.PrivateIdentifier:
			key = "#" + k.Name
		case *ast.StringLiteral:
			if s := k.Value; !isArrayIndexName(s) {
				key = s
			}
		}
		if key == "prototype" {
			return path, true
		}
		return append(path, key), true
	case *ast.CallExpression:
		return p.assignTargetNames(t.Callee)
	}
	return nil, false
}

func isArrayIndexName(s string) bool {
	n, err := strconv.ParseUint(s, 10, 32)
	return err == nil && n < 1<<32-1 && strconv.FormatUint(n, 10) == s
}

func appendNames(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}
