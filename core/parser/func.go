package parser

import (
	"enginescope/core/ast"
)

type scopeMark struct {
	refs, this, newTarget, priv, inner, evals, supers int
	firstID                                           int // next function ID when the head started
}

func (p *parser) markScope() scopeMark {
	s := p.scope
	return scopeMark{len(s.refs), len(s.this), len(s.newTarget), len(s.privRefs), len(s.inner), len(s.evals), len(s.supers), p.nextFuncID}
}

// adopt moves everything recorded in the current scope since m into the
// (new, just pushed) arrow scope as.
func (p *parser) adopt(as *pscope, m scopeMark) {
	from := as.outer
	as.refs = append(as.refs, from.refs[m.refs:]...)
	from.refs = from.refs[:m.refs]
	as.this = append(as.this, from.this[m.this:]...)
	from.this = from.this[:m.this]
	as.newTarget = append(as.newTarget, from.newTarget[m.newTarget:]...)
	from.newTarget = from.newTarget[:m.newTarget]
	as.privRefs = append(as.privRefs, from.privRefs[m.priv:]...)
	from.privRefs = from.privRefs[:m.priv]
	as.evals = append(as.evals, from.evals[m.evals:]...)
	from.evals = from.evals[:m.evals]
	as.supers = append(as.supers, from.supers[m.supers:]...)
	from.supers = from.supers[:m.supers]
	// inner scopes created since the mark (excluding as, the last one)
	moved := append([]*pscope(nil), from.inner[m.inner:len(from.inner)-1]...)
	from.inner = append(from.inner[:m.inner], as)
	for _, c := range moved {
		c.outer = as
		c.s.Outer = as.s
		setFunction(c, as.s.Function)
	}
	as.inner = append(moved, as.inner...)
}

func setFunction(ps *pscope, f *ast.FunctionLiteral) {
	if ps.s.Type == ast.FunctionScope {
		return
	}
	ps.s.Function = f
	for _, c := range ps.inner {
		setFunction(c, f)
	}
}

type headState struct {
	yieldPos, yieldEnd, awaitPos, awaitEnd, awaitIdentPos, awaitIdentEnd int
}

func (p *parser) saveHead() headState {
	h := headState{p.yieldPos, p.yieldEnd, p.awaitPos, p.awaitEnd, p.awaitIdentPos, p.awaitIdentEnd}
	p.yieldPos, p.awaitPos, p.awaitIdentPos = -1, -1, -1
	return h
}

// restoreHead merges the head's positions back (the head was an expression).
func (p *parser) restoreHead(h headState) {
	if h.yieldPos >= 0 {
		p.yieldPos, p.yieldEnd = h.yieldPos, h.yieldEnd
	}
	if h.awaitPos >= 0 {
		p.awaitPos, p.awaitEnd = h.awaitPos, h.awaitEnd
	}
	if h.awaitIdentPos >= 0 {
		p.awaitIdentPos, p.awaitIdentEnd = h.awaitIdentPos, h.awaitIdentEnd
	}
}

func (p *parser) newFunctionLiteral(start int) *ast.FunctionLiteral {
	f := &ast.FunctionLiteral{Span: ast.Span{Start: start}}
	if p.reparseTarget != nil && p.reparseStart == start && !p.reparseDone {
		f.ID = p.reparseTarget.ID
		p.reparseDone = true
	} else {
		f.ID = p.nextFuncID
	}
	p.nextFuncID++
	p.funcs = append(p.funcs, f)
	p.firstInner[f] = p.nextFuncID
	return f
}

// ------------------------------------------------------------------ arrows

func (p *parser) parseParenOrArrow(c *cover) ast.Expression {
	start := p.s.start
	canArrow := p.assignStart == start
	opStart := p.prevStart
	m := p.markScope()
	h := p.saveHead()
	p.next()
	inner := p.pushCover()
	var exprs []ast.Expression
	var rest *ast.SpreadElement
	trailing := false
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			rest = p.parseExprRest(true, inner)
			break
		}
		exprs = append(exprs, p.parseAssignCover(false, inner))
		if p.tok == tComma {
			p.next()
			if p.tok == tRParen {
				trailing = true
			}
			continue
		}
		if p.tok != tRParen {
			p.unexpected()
		}
	}
	rparen, rparenEnd := p.s.start, p.s.end
	p.next()
	p.popCover(inner)
	if p.tok == tArrow && !p.s.nlBefore {
		if !canArrow {
			// an arrow function is an AssignmentExpression, not an operand
			p.errorAt("Malformed arrow function parameter list", opStart, p.prevStart)
		}
		return p.finishArrow(start, start, exprs, rest, false, m, h)
	}
	if len(exprs) == 0 || trailing {
		p.errorAt("Unexpected token ')'", rparen, rparenEnd)
	}
	p.checkCover(inner)
	p.restoreHead(h)
	var e ast.Expression
	if len(exprs) == 1 {
		e = exprs[0]
	} else {
		s0, _ := exprs[0].Pos()
		_, e1 := exprs[len(exprs)-1].Pos()
		e = &ast.SequenceExpression{Span: ast.Span{Start: s0, End: e1}, Expressions: exprs}
	}
	if _, ok := p.parens[e]; !ok {
		p.parens[e] = ast.Span{Start: start, End: p.prevEnd}
	}
	return e
}

// parseArrowSingle: `x => ...` or `async x => ...` (current token is x).
func (p *parser) parseArrowSingle(start, pstart int, isAsync bool) ast.Expression {
	m := p.markScope()
	h := p.saveHead()
	name := p.s.lit
	id := &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: name, Escaped: p.s.escaped}
	if isAsync && name == "await" {
		p.errorTok("'await' is not a valid identifier name in an async function")
	}
	p.checkIdentifierName(name, id.Start, id.End, id.Escaped, true)
	p.next()
	return p.finishArrow(start, pstart, []ast.Expression{id}, nil, isAsync, m, h)
}

func (p *parser) parseAsyncCallOrArrow(c *cover) ast.Expression {
	start, end := p.s.start, p.s.end
	asyncID := &ast.Identifier{Span: ast.Span{Start: start, End: end}, Name: "async"}
	p.next()
	pstart := p.s.start
	canArrow := p.assignStart == start
	m := p.markScope()
	h := p.saveHead()
	p.next() // (
	inner := p.pushCover()
	var args []ast.Expression
	var rest *ast.SpreadElement
	restNotLast := false
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			rs := p.s.start
			p.next()
			arg := p.parseAssignCover(false, inner)
			sp := &ast.SpreadElement{Span: p.span(rs), Argument: arg}
			args = append(args, sp)
			if rest != nil {
				restNotLast = true
			}
			rest = sp
		} else {
			args = append(args, p.parseAssignCover(false, inner))
			if rest != nil {
				restNotLast = true
			}
		}
		if p.tok == tRParen {
			break
		}
		if p.tok != tComma {
			p.errorAt("missing ) after argument list", p.prevStart, p.prevEnd)
		}
		p.next()
		if rest != nil && p.tok == tRParen {
			restNotLast = true
		}
	}
	p.next()
	p.popCover(inner)
	if p.tok == tArrow && !p.s.nlBefore && canArrow {
		if p.awaitIdentPos >= 0 {
			p.errorAt("'await' is not a valid identifier name in an async function", p.awaitIdentPos, p.awaitIdentEnd)
		}
		if p.awaitPos >= 0 {
			p.errorAt("Illegal await-expression in formal parameters of async function", p.awaitPos, p.awaitEnd)
		}
		var params []ast.Expression
		var r *ast.SpreadElement
		for _, a := range args {
			if sp, ok := a.(*ast.SpreadElement); ok {
				if restNotLast || sp != rest {
					p.errorAt("Rest parameter must be last formal parameter", sp.Start, sp.End)
				}
				r = sp
				continue
			}
			params = append(params, a)
		}
		return p.finishArrow(start, pstart, params, r, true, m, h)
	}
	p.checkCover(inner)
	p.restoreHead(h)
	p.scope.refs = append(p.scope.refs, asyncID)
	return &ast.CallExpression{Span: p.span(start), Callee: asyncID, Arguments: args}
}

// finishArrow turns an arrow head into a FunctionLiteral and parses the body.
func (p *parser) finishArrow(start, pstart int, params []ast.Expression, rest *ast.SpreadElement, isAsync bool, m scopeMark, h headState) *ast.FunctionLiteral {
	yieldPos, yieldEnd, awaitPos, awaitEnd := p.yieldPos, p.yieldEnd, p.awaitPos, p.awaitEnd
	awaitIdentPos, awaitIdentEnd := p.awaitIdentPos, p.awaitIdentEnd
	p.restoreHead(h)
	f := p.newFunctionLiteral(start)
	p.firstInner[f] = m.firstID
	f.IsArrow, f.IsAsync, f.Kind = true, isAsync, ast.FuncArrow
	f.ParamsStart = pstart
	fs := &funcState{parent: p.fn, lit: f, isArrow: true, isAsync: isAsync, strict: p.fn.strict, start: start, returnOK: true}
	as := p.pushScope(ast.FunctionScope, pstart)
	as.s.Function = f
	as.s.IsArrowScope = true
	as.fn = fs
	fs.scope = as
	p.adopt(as, m)
	// convert the head
	var ids []*ast.Identifier
	simple := rest == nil
	for _, e := range params {
		pat := p.toParam(e, &ids)
		if _, ok := pat.(*ast.Identifier); !ok {
			simple = false
		}
		f.Params = append(f.Params, pat)
	}
	if rest != nil {
		if ae, ok := rest.Argument.(*ast.AssignmentExpression); ok {
			_ = ae
			p.invalidTarget(rest.Argument)
		}
		var arg ast.Pattern
		switch a := rest.Argument.(type) {
		case *ast.Identifier:
			if _, par := p.parens[a]; par {
				p.invalidTarget(a)
			}
			ids = append(ids, a)
			arg = a
		case *ast.ObjectLiteral, *ast.ArrayLiteral:
			arg = p.toBinding(p.toAssignPattern(a), &ids, false)
		default:
			p.invalidTarget(a)
		}
		f.Params = append(f.Params, &ast.RestElement{Span: rest.Span, Argument: arg})
	}
	if yieldPos >= 0 && p.fn.isGenerator {
		p.errorAt("Yield expression not allowed in formal parameter", yieldPos, yieldEnd)
	}
	if awaitPos >= 0 {
		p.errorAt("Illegal await-expression in formal parameters of async function", awaitPos, awaitEnd)
	}
	if isAsync && awaitIdentPos >= 0 {
		p.errorAt("'await' is not a valid identifier name in an async function", awaitIdentPos, awaitIdentEnd)
	}
	p.fn = fs
	// bindings are not references
	isBinding := make(map[*ast.Identifier]bool, len(ids))
	for _, id := range ids {
		isBinding[id] = true
	}
	kept := as.refs[:0]
	for _, r := range as.refs {
		if !isBinding[r] {
			kept = append(kept, r)
		}
	}
	as.refs = kept
	fs.paramIDs = ids
	for i, id := range ids {
		if id.Name == "await" && isAsync {
			p.errorAt("'await' is not a valid identifier name in an async function", id.Start, id.End)
		}
		if p.strict() && (id.Name == "eval" || id.Name == "arguments") {
			p.errorAt("Unexpected eval or arguments in strict mode", id.Start, id.End)
		}
		for _, prev := range ids[:i] {
			if prev.Name == id.Name {
				p.errorAt("Duplicate parameter name not allowed in this context", id.Start, id.End)
			}
		}
		v := newVar(id.Name, ast.VarParam, id.Start, id.End)
		v.NeedsHoleCheck = false
		as.s.Declare(v)
		id.Var = v
	}
	p.setParams(f, as)
	f.SimpleParams = simple
	as.s.HasSimpleParams = simple
	// body
	p.expect(tArrow)
	if p.tok == tLBrace {
		p.parseFunctionBody(f, fs)
	} else {
		f.ExpressionBody = true
		f.BodyStart = p.s.start
		e := p.parseAssign(false)
		p.checkOctal(fs, f.Start)
		s, en := e.Pos()
		f.Body = []ast.Statement{&ast.ReturnStatement{Span: ast.Span{Start: s, End: en}, Argument: e}}
		p.finishFunction(f, fs)
	}
	return f
}

// setParams fills the scope's parameter list (by position) and counts.
func (p *parser) setParams(f *ast.FunctionLiteral, ps *pscope) {
	f.ParamCount = len(f.Params)
	f.Length = len(f.Params)
	for i, pat := range f.Params {
		switch pat.(type) {
		case *ast.AssignmentPattern, *ast.RestElement:
			if f.Length == len(f.Params) {
				f.Length = i
			}
		}
		if id, ok := pat.(*ast.Identifier); ok {
			ps.s.Params = append(ps.s.Params, id.Var)
		} else {
			ps.s.Params = append(ps.s.Params, nil)
		}
	}
	if f.Length > len(f.Params) {
		f.Length = len(f.Params)
	}
}

// ------------------------------------------------------------- functions

func (p *parser) parseFunctionDeclaration(start int, isAsync bool, annexB bool) ast.Statement {
	kwStart, kwEnd := p.s.start, p.s.end
	p.next()
	isGen := p.eat(tMul)
	if p.tok != tIdentifier {
		if p.tok == tLParen {
			p.errorAt("Function statements require a function name", p.prevStart, p.prevEnd)
		}
		p.unexpected()
	}
	_ = kwEnd
	id := p.parseBindingIdentifier()
	p.checkStrictFunctionName(id)
	sloppyPlain := !p.strict() && !isAsync && !isGen
	if annexB && !sloppyPlain {
		if isGen {
			p.errorAt("Generators can only be declared at the top level or inside a block.", kwStart, kwEnd)
		}
	}
	v := p.declareFunction(id, kwStart, sloppyPlain)
	id.Var = v
	f := p.newFunctionLiteral(start)
	f.IsDeclaration = true
	f.Name = id
	p.parseFunctionRest(f, isAsync, isGen, ast.FuncNormal, nil)
	return &ast.FunctionDeclaration{Span: f.Span, Function: f}
}

func (p *parser) parseFunctionExpression(start int, isAsync bool) ast.Expression {
	p.next() // function
	isGen := p.eat(tMul)
	f := p.newFunctionLiteral(start)
	var name *ast.Identifier
	if p.tok != tLParen {
		if p.tok != tIdentifier {
			p.unexpected()
		}
		// the name is checked in the function's own context
		saved := p.fn
		p.fn = &funcState{parent: saved, isAsync: isAsync, isGenerator: isGen, strict: saved.strict}
		name = p.parseBindingIdentifier()
		p.checkStrictFunctionName(name)
		p.fn = saved
		f.Name = name
	}
	p.parseFunctionRest(f, isAsync, isGen, ast.FuncNormal, nil)
	return f
}

// parseMethod parses `(params) { body }` of an object or class method.
func (p *parser) parseMethod(start int, kind ast.FunctionKind, isAsync, isGen, static bool, cls *classState) *ast.FunctionLiteral {
	f := p.newFunctionLiteral(start)
	f.IsMethod = true
	f.IsStatic = static
	if cls != nil {
		f.Class = cls.lit
	}
	p.parseFunctionRest(f, isAsync, isGen, kind, cls)
	return f
}

// parseFunctionRest parses parameters and body; p.tok is `(`.
func (p *parser) parseFunctionRest(f *ast.FunctionLiteral, isAsync, isGen bool, kind ast.FunctionKind, cls *classState) {
	f.IsAsync, f.IsGenerator, f.Kind = isAsync, isGen, kind
	fs := &funcState{parent: p.fn, lit: f, isAsync: isAsync, isGenerator: isGen, strict: p.fn.strict, start: f.Start,
		returnOK: true, newTarget: true, kind: kind}
	if cls != nil {
		fs.strict = true
	}
	switch kind {
	case ast.FuncMethod, ast.FuncGetter, ast.FuncSetter, ast.FuncClassConstructor, ast.FuncDerivedConstructor:
		fs.superProp = true
	}
	fs.superCall = kind == ast.FuncDerivedConstructor
	if p.tok != tLParen {
		p.unexpected()
	}
	ps := p.pushScope(ast.FunctionScope, p.s.start)
	ps.s.Function = f
	ps.fn = fs
	ps.s.Strict = fs.strict
	fs.scope = ps
	f.Scope = ps.s
	saved := p.fn
	p.fn = fs
	if f.Name != nil && !f.IsDeclaration && !f.IsMethod {
		fv := newVar(f.Name.Name, ast.VarFunctionName, f.Name.Start, f.Name.End)
		fv.NeedsHoleCheck = false
		fv.Scope = ps.s
		ps.s.FunctionVar = fv
		f.Name.Var = fv
	}
	p.parseFormalParams(f, fs)
	p.parseFunctionBody(f, fs)
	p.fn = saved
}

func (p *parser) parseFormalParams(f *ast.FunctionLiteral, fs *funcState) {
	f.ParamsStart = p.s.start
	open := p.s.start
	p.next()
	fs.inParams = true
	simple := true
	hasRest := false
	for p.tok != tRParen {
		pstart := p.s.start
		if p.tok == tEllipsis {
			p.next()
			var target ast.Pattern
			if p.tok == tLBrack || p.tok == tLBrace {
				target = p.parseBindingPattern(bindParam)
			} else {
				id := p.parseBindingIdentifier()
				id.Var = p.declareBinding(id, bindParam)
				target = id
			}
			if p.tok == tAssign {
				p.errorTok("Rest parameter may not have a default initializer")
			}
			f.Params = append(f.Params, &ast.RestElement{Span: p.span(pstart), Argument: target})
			simple = false
			hasRest = true
			if p.tok == tComma {
				p.errorTok("Rest parameter must be last formal parameter")
			}
			if p.tok != tRParen {
				p.unexpected()
			}
			break
		}
		var target ast.Pattern
		if p.tok == tLBrack || p.tok == tLBrace {
			target = p.parseBindingPattern(bindParam)
			simple = false
		} else {
			id := p.parseBindingIdentifier()
			id.Var = p.declareBinding(id, bindParam)
			target = id
		}
		if p.tok == tAssign {
			p.next()
			def := p.parseAssign(false)
			if id, ok := target.(*ast.Identifier); ok {
				p.nameFunction(def, id.Name)
			}
			target = &ast.AssignmentPattern{Span: p.span(pstart), Left: target, Right: def}
			simple = false
		}
		f.Params = append(f.Params, target)
		if p.tok != tRParen {
			if p.tok != tComma {
				p.unexpected()
			}
			p.next()
		}
	}
	p.next()
	fs.inParams = false
	closeEnd := p.prevEnd
	f.SimpleParams = simple
	fs.scope.s.HasSimpleParams = simple
	// collect binding identifiers in order
	for _, pat := range f.Params {
		collectBindingIDs(pat, &fs.paramIDs)
	}
	p.setParams(f, fs.scope)
	switch f.Kind {
	case ast.FuncGetter:
		if len(f.Params) != 0 {
			p.errorAt("Getter must not have any formal parameters.", open, closeEnd)
		}
	case ast.FuncSetter:
		if hasRest {
			p.errorAt("Setter function argument must not be a rest parameter", open, closeEnd)
		}
		if len(f.Params) != 1 {
			p.errorAt("Setter must have exactly one formal parameter.", open, closeEnd)
		}
	}
	if fs.dupParam != nil && (fs.strict || !simple || f.IsMethod || f.IsArrow) {
		p.errorAt("Duplicate parameter name not allowed in this context", fs.dupParam.Start, fs.dupParam.End)
	}
}

func collectBindingIDs(pat ast.Pattern, out *[]*ast.Identifier) {
	ast.Inspect(pat, func(n ast.Node) bool {
		switch t := n.(type) {
		case *ast.Identifier:
			if t.Var != nil && t.Var.Kind == ast.VarParam {
				*out = append(*out, t)
			}
			return false
		case *ast.AssignmentPattern:
			collectBindingIDs(t.Left, out)
			return false
		case *ast.PatternProperty:
			collectBindingIDs(t.Value, out)
			return false
		}
		return true
	})
}

// parseFunctionBody parses `{ ... }` and finishes the function.
func (p *parser) parseFunctionBody(f *ast.FunctionLiteral, fs *funcState) {
	f.BodyStart = p.s.start
	if p.tok != tLBrace {
		p.unexpected()
	}
	p.next()
	var bodyScope *pscope
	if !f.SimpleParams {
		bodyScope = p.pushScope(ast.BlockScope, f.BodyStart)
		bodyScope.s.IsDeclarationScope = true
		bodyScope.paramScope = fs.scope
		bodyScope.fn = fs
	}
	f.Body = p.parseBody(tRBrace, f)
	if f.Body == nil {
		f.Body = []ast.Statement{}
	}
	// V8 checks octal literals while `}` is its lookahead token
	p.checkOctal(fs, f.Start)
	p.next()
	if bodyScope != nil {
		p.hoistBlockFunctions(bodyScope)
		bodyScope.s.End = p.prevEnd
		p.scope = bodyScope.outer
		if len(bodyScope.s.Vars) == 0 && len(bodyScope.evals) == 0 {
			p.dissolve(bodyScope)
		}
	}
	p.finishFunction(f, fs)
}

// finishFunction runs the end-of-function checks and closes the function scope.
func (p *parser) finishFunction(f *ast.FunctionLiteral, fs *funcState) {
	f.End = p.prevEnd
	f.Strict = fs.strict
	if fs.strict {
		p.validateStrictParams(fs)
		if f.Name != nil && (f.IsDeclaration || !f.IsMethod) && !fs.parentStrict() {
			n := f.Name
			if n.Name == "eval" || n.Name == "arguments" {
				p.errorAt("Unexpected eval or arguments in strict mode", n.Start, n.End)
			}
			if isStrictReserved(n.Name) {
				p.errorAt("Unexpected strict mode reserved word", n.Start, n.End)
			}
		}
	}
	p.checkOctal(fs, f.Start)
	p.hoistBlockFunctions(fs.scope)
	p.scope = fs.scope
	p.popScope(p.prevEnd)
	f.Scope = fs.scope.s
	f.Scope.Strict = fs.strict
	p.fn = fs.parent
}

func (p *parser) checkStrictFunctionName(id *ast.Identifier) {
	if p.strict() && (id.Name == "eval" || id.Name == "arguments") {
		p.errorAt("Unexpected eval or arguments in strict mode", id.Start, id.End)
	}
}

func (f *funcState) parentStrict() bool { return f.parent != nil && f.parent.strict }

// validateStrictParams applies strict-mode parameter rules (after a
// "use strict" directive, or at the end of a strict function).
func (p *parser) validateStrictParams(fs *funcState) {
	for i, id := range fs.paramIDs {
		if id.Name == "eval" || id.Name == "arguments" {
			p.errorAt("Unexpected eval or arguments in strict mode", id.Start, id.End)
		}
		if isStrictReserved(id.Name) {
			p.errorAt("Unexpected strict mode reserved word", id.Start, id.End)
		}
		for _, prev := range fs.paramIDs[:i] {
			if prev.Name == id.Name {
				p.errorAt("Duplicate parameter name not allowed in this context", id.Start, id.End)
			}
		}
	}
}

// validateParamsStrict is called when a function body turns strict.
func (p *parser) validateParamsStrict(f *ast.FunctionLiteral) {
	fs := p.fn
	p.validateStrictParams(fs)
	if f.Name != nil && !f.IsMethod && !fs.parentStrict() {
		n := f.Name
		if n.Name == "eval" || n.Name == "arguments" {
			p.errorAt("Unexpected eval or arguments in strict mode", n.Start, n.End)
		}
		if isStrictReserved(n.Name) {
			p.errorAt("Unexpected strict mode reserved word", n.Start, n.End)
		}
	}
}

// endFunctionScope is used for the CommonJS wrapper.
func (p *parser) endFunctionScope(fs *funcState) {
	p.checkOctal(fs, 0)
	p.hoistBlockFunctions(fs.scope)
}

func (p *parser) recordEval() {
	p.scope.evals = append(p.scope.evals, p.prevEnd)
}

func (p *parser) markSuper(call bool) {
	if call {
		p.scope.supers = append(p.scope.supers, -1-p.prevEnd)
	} else {
		p.scope.supers = append(p.scope.supers, p.prevEnd)
	}
}
