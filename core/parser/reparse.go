package parser

import (
	"errors"

	"enginescope/core/ast"
)

// ParseFunction fully re-parses a function that ParseScript (or an earlier
// ParseFunction) preparsed. src must be the same source. The result is a new
// FunctionLiteral with its Body; its own inner functions are preparsed again.
// Its scope hangs off the same outer scopes as lit.Scope, and the analysis
// agrees with the preparse (same captured variables and context slots).
func ParseFunction(src []byte, lit *ast.FunctionLiteral, opts Options) (fn *ast.FunctionLiteral, err error) {
	if lit == nil || lit.Scope == nil {
		return nil, errors.New("parser: ParseFunction needs a function literal from a previous parse")
	}
	outer := lit.Scope.Outer
	start := lit.ParamsStart
	if lit.IsArrow {
		start = lit.Start
	}
	p := newParser(src, opts, start)
	defer p.recover(&err)
	p.reparseTarget = lit
	p.reparseStart = lit.Start
	if lit.Preparse != nil && lit.Preparse.FirstInnerID > 0 {
		p.nextFuncID = lit.Preparse.FirstInnerID
	} else {
		p.nextFuncID = lit.ID + 1
	}
	// the already analysed outer scope chain, wrapped for the parser
	root := &pscope{s: outer}
	p.scope = root
	p.fn = outerState(lit, outer, opts)
	root.fn = p.fn
	p.next()
	var f *ast.FunctionLiteral
	if lit.IsArrow {
		e := p.parseAssign(false)
		af, ok := e.(*ast.FunctionLiteral)
		if !ok || !af.IsArrow || af.Start != lit.Start {
			return nil, errors.New("parser: ParseFunction: source does not match the function literal")
		}
		f = af
	} else {
		f = &ast.FunctionLiteral{Span: ast.Span{Start: lit.Start}, ID: lit.ID, Name: cloneName(lit.Name),
			IsDeclaration: lit.IsDeclaration, IsMethod: lit.IsMethod, IsStatic: lit.IsStatic, Class: lit.Class,
			InferredName: lit.InferredName, DebugInferredName: lit.DebugInferredName}
		p.funcs = append(p.funcs, f)
		p.reparseDone = true
		var cls *classState
		if lit.IsMethod && lit.Class != nil {
			cls = &classState{lit: lit.Class}
		}
		p.parseFunctionRest(f, lit.IsAsync, lit.IsGenerator, lit.Kind, cls)
		if f.Name != nil && lit.Name != nil {
			f.Name.Var = lit.Name.Var
			if f.Scope.FunctionVar != nil {
				f.Name.Var = f.Scope.FunctionVar
			}
		}
	}
	if f.End != lit.End {
		return nil, errors.New("parser: ParseFunction: re-parse ended at a different position")
	}
	p.reparseResult = f
	f.Preparse = lit.Preparse // replaced by the analysis with the re-computed data
	// analyse only the new function's scope subtree
	var fps *pscope
	for _, c := range root.inner {
		if c.s == f.Scope {
			fps = c
		}
	}
	if fps == nil {
		return nil, errors.New("parser: ParseFunction: no function scope")
	}
	p.inferFunctionNames(f.Body, lit.OwnName()) // V8's lazy parse starts from the function's own name
	p.analyze(fps, nil)
	// the function's own captured list is recomputed by the analysis
	return f, nil
}

func cloneName(id *ast.Identifier) *ast.Identifier {
	if id == nil {
		return nil
	}
	c := *id
	return &c
}

// outerState builds the parsing context a function had around it.
func outerState(lit *ast.FunctionLiteral, outer *ast.Scope, opts Options) *funcState {
	fs := &funcState{strict: outer != nil && outer.Strict}
	if lit.Class != nil && lit.IsMethod {
		fs.strict = true
	}
	// the immediately enclosing function decides await/yield in arrow heads
	var imm, nonArrow *ast.FunctionLiteral
	static := false
	for s := outer; s != nil; s = s.Outer {
		if s.Type == ast.BlockScope && s.IsDeclarationScope && s.Function != nil && s.Function.Kind == ast.FuncClassStaticInitializer && imm == nil {
			static = true
		}
		if s.Type != ast.FunctionScope || s.Function == nil {
			continue
		}
		if imm == nil {
			imm = s.Function
		}
		if !s.Function.IsArrow {
			nonArrow = s.Function
			break
		}
	}
	if imm != nil {
		fs.isAsync, fs.isGenerator = imm.IsAsync, imm.IsGenerator
	}
	fs.isStatic = static
	if nonArrow != nil {
		fs.newTarget = true
		switch nonArrow.Kind {
		case ast.FuncMethod, ast.FuncGetter, ast.FuncSetter, ast.FuncClassConstructor, ast.FuncClassMembersInitializer, ast.FuncClassStaticInitializer:
			fs.superProp = true
		case ast.FuncDerivedConstructor:
			fs.superProp, fs.superCall = true, true
		}
		fs.fieldInit = !isRealFunction(nonArrow) || static
	} else if opts.CommonJS {
		fs.newTarget = true
	}
	fs.returnOK = imm != nil
	return fs
}
