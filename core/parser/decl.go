package parser

import (
	"enginescope/core/ast"
)

type bindKind uint8

const (
	bindVar bindKind = iota
	bindLet
	bindConst
	bindParam
	bindCatch
	bindNone // no declaration (arrow params converted later)
)

func declBind(k ast.DeclKind) bindKind {
	switch k {
	case ast.DeclLet:
		return bindLet
	case ast.DeclConst:
		return bindConst
	}
	return bindVar
}

// parseDeclarations parses `a = 1, [b] = c` after var/let/const.
// In a for head (inFor) `in` is not an operator and missing initializers are
// checked by the caller.
func (p *parser) parseDeclarations(kind ast.DeclKind, start int, inFor bool) *ast.VariableDeclaration {
	decl := &ast.VariableDeclaration{Kind: kind}
	decl.Start = start
	bk := declBind(kind)
	for {
		dstart := p.s.start
		var target ast.Pattern
		var vars []*ast.Variable
		if p.tok == tLBrack || p.tok == tLBrace {
			target, vars = p.parseBindingPatternVars(bk)
		} else {
			id := p.parseBindingIdentifier()
			id.Var = p.declareBinding(id, bk)
			vars = append(vars, id.Var)
			target = id
		}
		d := &ast.VariableDeclarator{ID: target}
		if p.tok == tAssign {
			p.next()
			d.Init = p.parseAssign(inFor)
			if id, ok := target.(*ast.Identifier); ok {
				p.nameFunction(d.Init, id.Name)
			}
		} else if !inFor {
			p.checkMissingInit(kind, target)
		}
		d.Span = p.span(dstart)
		for _, v := range vars {
			if v != nil && v.Kind.IsLexical() {
				v.InitPos = p.prevEnd
			}
		}
		decl.Declarations = append(decl.Declarations, d)
		if p.tok != tComma {
			break
		}
		p.next()
	}
	decl.End = p.prevEnd
	return decl
}

func (p *parser) checkMissingInit(kind ast.DeclKind, target ast.Pattern) {
	s, e := target.Pos()
	if _, ok := target.(*ast.Identifier); !ok {
		p.errorAt("Missing initializer in destructuring declaration", s, e)
	}
	if kind == ast.DeclConst {
		p.errorAt("Missing initializer in const declaration", s, e)
	}
}

// parseBindingIdentifier parses an identifier in a binding position and
// checks reserved words (not eval/arguments or let-ness: see declareBinding).
func (p *parser) parseBindingIdentifier() *ast.Identifier {
	if p.tok != tIdentifier {
		if p.tok == tEnum {
			p.errorTok("Unexpected reserved word")
		}
		p.unexpected()
	}
	id := &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit, Escaped: p.s.escaped}
	p.checkIdentifierName(id.Name, id.Start, id.End, id.Escaped, true)
	p.next()
	return id
}

// checkIdentifierName reports reserved words used as identifiers.
func (p *parser) checkIdentifierName(name string, start, end int, escaped, binding bool) {
	if escaped {
		if keywords[name] != 0 || (p.strict() && isStrictReserved(name)) {
			p.errorAt("Keyword must not contain escaped characters", start, end)
		}
	}
	switch name {
	case "yield":
		if p.fn.isGenerator {
			if p.strict() {
				p.errorAt("Unexpected strict mode reserved word", start, end)
			}
			p.errorAt("Unexpected identifier 'yield'", start, end)
		}
		if p.strict() {
			p.errorAt("Unexpected strict mode reserved word", start, end)
		}
	case "await":
		if p.fn.awaitReserved() {
			p.errorAt("Unexpected reserved word", start, end)
		}
	default:
		if p.strict() && isStrictReserved(name) {
			p.errorAt("Unexpected strict mode reserved word", start, end)
		}
	}
}

// declareBinding declares id with the given binding kind and checks names.
func (p *parser) declareBinding(id *ast.Identifier, k bindKind) *ast.Variable {
	name := id.Name
	if p.strict() && (name == "eval" || name == "arguments") {
		p.errorAt("Unexpected eval or arguments in strict mode", id.Start, id.End)
	}
	switch k {
	case bindVar:
		return p.declareVar(id)
	case bindLet, bindConst:
		if name == "let" {
			p.errorAt("let is disallowed as a lexically bound name", id.Start, id.End)
		}
		kind := ast.VarLet
		if k == bindConst {
			kind = ast.VarConst
		}
		return p.declareLexical(id, kind)
	case bindParam:
		return p.declareParam(id)
	case bindCatch:
		cs := p.scope
		if cs.s.Lookup(name) != nil {
			p.redeclared(name, id.Start, id.End)
		}
		v := newVar(name, ast.VarCatch, id.Start, id.End)
		v.NeedsHoleCheck = false
		cs.s.Declare(v)
		return v
	}
	return nil
}

// declareParam declares a formal parameter; duplicates are validated once
// the function's strictness and parameter shape are known.
func (p *parser) declareParam(id *ast.Identifier) *ast.Variable {
	fs := p.fn
	ps := fs.scope
	if prev := ps.s.Lookup(id.Name); prev != nil && fs.dupParam == nil {
		fs.dupParam = id
	}
	v := newVar(id.Name, ast.VarParam, id.Start, id.End)
	v.NeedsHoleCheck = false
	ps.s.Declare(v)
	return v
}

// parseBindingPattern parses an object or array binding pattern.
func (p *parser) parseBindingPattern(k bindKind) ast.Pattern {
	pat, _ := p.parseBindingPatternVars(k)
	return pat
}

func (p *parser) parseBindingPatternVars(k bindKind) (ast.Pattern, []*ast.Variable) {
	var vars []*ast.Variable
	pendingMsg, pendingStart, pendingEnd := "", 0, 0
	pushed := false
	var parse func() ast.Pattern
	element := func() ast.Pattern {
		start := p.s.start
		if !p.simpleBindingElementStart() {
			// V8 parses a pattern element as an expression and rejects it
			// once the whole pattern has been parsed
			e := p.parseAssign(false)
			_, par := p.parens[e]
			if id, ok := e.(*ast.Identifier); ok && !par {
				p.unrecordRef(id)
				p.checkIdentifierName(id.Name, id.Start, id.End, id.Escaped, true)
				id.Var = p.declareBinding(id, k)
				vars = append(vars, id.Var)
				return id
			}
			if pendingMsg == "" {
				pendingMsg = "Invalid destructuring assignment target"
				pendingStart, pendingEnd = p.fullSpan(e)
				if m, ok := e.(*ast.MemberExpression); ok && !m.Optional && !p.inChain(m) && !par {
					pendingMsg = "Illegal property in declaration context"
				}
				p.pendingPattern = append(p.pendingPattern, pendingErr{pendingMsg, pendingStart, pendingEnd})
				pushed = true
			}
			return nil
		}
		t := parse()
		if p.tok == tAssign {
			p.next()
			def := p.parseAssign(false)
			if id, ok := t.(*ast.Identifier); ok {
				p.nameFunction(def, id.Name)
			}
			return &ast.AssignmentPattern{Span: p.span(start), Left: t, Right: def}
		}
		return t
	}
	parse = func() ast.Pattern {
		start := p.s.start
		switch p.tok {
		case tLBrack:
			p.next()
			ap := &ast.ArrayPattern{}
			for p.tok != tRBrack {
				if p.tok == tComma {
					p.next()
					ap.Elements = append(ap.Elements, nil)
					continue
				}
				if p.tok == tEllipsis {
					rs := p.s.start
					p.next()
					arg := parse()
					if p.tok == tAssign {
						p.next()
						p.parseAssign(false)
						p.errorAt("Invalid destructuring assignment target", rs, p.prevEnd)
					}
					ap.Elements = append(ap.Elements, &ast.RestElement{Span: p.span(rs), Argument: arg})
					if p.tok != tRBrack {
						p.errorAt("Rest element must be last element", rs, p.prevEnd)
					}
					break
				}
				ap.Elements = append(ap.Elements, element())
				if p.tok != tRBrack {
					p.expect(tComma)
				}
			}
			p.expect(tRBrack)
			ap.Span = p.span(start)
			return ap
		case tLBrace:
			p.next()
			op := &ast.ObjectPattern{}
			for p.tok != tRBrace {
				if p.tok == tEllipsis {
					rs := p.s.start
					p.next()
					if p.tok != tIdentifier {
						if p.tok == tLBrack || p.tok == tLBrace {
							s0 := p.s.start
							parse()
							p.errorAt("`...` must be followed by an identifier in declaration contexts", s0, p.prevEnd)
						}
						p.unexpected()
					}
					id := p.parseBindingIdentifier()
					if p.tok == tAssign {
						p.next()
						p.parseAssign(false)
						p.errorAt("`...` must be followed by an identifier in declaration contexts", id.Start, p.prevEnd)
					}
					id.Var = p.declareBinding(id, k)
					vars = append(vars, id.Var)
					op.Rest = id
					op.RestStart = rs
					if p.tok != tRBrace {
						p.errorAt("Rest element must be last element", rs, p.prevEnd)
					}
					break
				}
				pstart := p.s.start
				pp := &ast.PatternProperty{}
				if p.tok == tLBrack {
					p.next()
					pp.Key = p.parseAssign(false)
					p.expect(tRBrack)
					pp.Computed = true
				} else {
					key, isIdent := p.parsePropertyName()
					pp.Key = key
					if isIdent && p.tok != tColon {
						// shorthand binding
						if p.tok != tComma && p.tok != tRBrace && p.tok != tAssign {
							p.unexpected()
						}
						kid := key.(*ast.Identifier)
						id := &ast.Identifier{Span: kid.Span, Name: kid.Name, Escaped: kid.Escaped}
						if t := keywords[id.Name]; t != 0 && !id.Escaped {
							p.unexpectedTok(t, id.Start, id.End)
						}
						p.checkIdentifierName(id.Name, id.Start, id.End, id.Escaped, true)
						id.Var = p.declareBinding(id, k)
						vars = append(vars, id.Var)
						pp.Shorthand = true
						var val ast.Pattern = id
						if p.tok == tAssign {
							p.next()
							def := p.parseAssign(false)
							p.nameFunction(def, id.Name)
							val = &ast.AssignmentPattern{Span: p.span(pstart), Left: id, Right: def}
						}
						pp.Value = val
						pp.Span = p.span(pstart)
						op.Properties = append(op.Properties, pp)
						if p.tok != tRBrace {
							p.expect(tComma)
						}
						continue
					}
				}
				if !pp.Computed {
					p.badShorthand(pp.Key)
				}
				p.expect(tColon)
				pp.Value = element()
				pp.Span = p.span(pstart)
				op.Properties = append(op.Properties, pp)
				if p.tok != tRBrace {
					p.expect(tComma)
				}
			}
			p.expect(tRBrace)
			op.Span = p.span(start)
			return op
		}
		id := p.parseBindingIdentifier()
		id.Var = p.declareBinding(id, k)
		vars = append(vars, id.Var)
		return id
	}
	pat := parse()
	if pushed {
		p.pendingPattern = p.pendingPattern[:len(p.pendingPattern)-1]
	}
	if pendingMsg != "" {
		p.errorAt(pendingMsg, pendingStart, pendingEnd)
	}
	return pat, vars
}

// unrecordRef removes the last recorded reference id (it became a binding).
func (p *parser) unrecordRef(id *ast.Identifier) {
	refs := p.scope.refs
	for i := len(refs) - 1; i >= 0; i-- {
		if refs[i] == id {
			p.scope.refs = append(refs[:i], refs[i+1:]...)
			return
		}
	}
}

// simpleBindingElementStart: the element is a nested pattern or an
// identifier followed by what may follow a binding.
func (p *parser) simpleBindingElementStart() bool {
	switch p.tok {
	case tLBrack, tLBrace:
		return true
	case tIdentifier:
		switch p.peekToken() {
		case tComma, tRBrack, tRBrace, tAssign:
			return true
		}
		return false
	}
	return !(p.tok == tLParen || p.tok == tNumber || p.tok == tString || p.tok == tDiv || p.tok == tAssignDiv ||
		p.tok == tThis || p.tok == tTemplate || p.tok == tBigInt || p.tok == tNew || p.tok == tSub || p.tok == tAdd ||
		p.tok == tNot || p.tok == tPrivateName || p.tok == tTrue || p.tok == tFalse || p.tok == tNull || p.tok == tFunction ||
		p.tok == tClass || p.tok == tTypeof || p.tok == tDelete || p.tok == tVoid || p.tok == tSuper)
}

func (p *parser) restEnd(arg ast.Pattern) int {
	_, e := arg.Pos()
	return e
}

// ------------------------------------------------------------------- for

func (p *parser) parseFor() ast.Statement {
	start := p.s.start
	p.next()
	isAwait := false
	if p.isContextual("await") {
		if !p.fn.isAsync {
			p.errorTok("Unexpected reserved word")
		}
		isAwait = true
		p.next()
	}
	p.expect(tLParen)
	var forScope *pscope
	var init ast.Node
	if p.tok == tSemicolon {
		if isAwait {
			p.unexpected()
		}
		return p.parseForRest(start, nil, nil)
	}
	if p.tok == tVar || p.tok == tConst || (p.isContextual("let") && p.letStartsDeclaration()) {
		kstart := p.s.start
		kind := ast.DeclVar
		if p.tok == tConst {
			kind = ast.DeclConst
		} else if p.tok != tVar {
			kind = ast.DeclLet
		}
		p.next()
		if kind != ast.DeclVar {
			forScope = p.pushScope(ast.BlockScope, start)
		}
		decl := p.parseDeclarations(kind, kstart, true)
		isOf := p.isContextual("of")
		if p.tok == tIn || isOf {
			what := "for-in"
			if isOf {
				what = "for-of"
			}
			if isAwait {
				what = "for-await-of"
			}
			if isAwait && !isOf {
				p.unexpected()
			}
			if len(decl.Declarations) != 1 {
				first, last := decl.Declarations[0], decl.Declarations[len(decl.Declarations)-1]
				p.errorAt("Invalid left-hand side in "+what+" loop: Must have a single binding.", first.Start, last.End)
			}
			d := decl.Declarations[0]
			if d.Init != nil {
				_, simple := d.ID.(*ast.Identifier)
				if isOf || p.strict() || kind != ast.DeclVar || !simple {
					s := d.Start
					if !simple {
						_, pe := d.ID.Pos()
						s = pe - 1 // V8 starts the range at the pattern's closing bracket
					}
					p.errorAt(what+" loop variable declaration may not have an initializer.", s, d.End)
				}
			}
			return p.parseForInOf(start, decl, isOf, isAwait, forScope)
		}
		if isAwait {
			p.unexpected()
		}
		for _, d := range decl.Declarations {
			if d.Init == nil {
				p.checkMissingInit(kind, d.ID)
			}
		}
		init = decl
		return p.parseForRest(start, init, forScope)
	}
	// expression or assignment pattern
	estart := p.s.start
	startsLet := p.isContextual("let")
	startsAsync := p.isContextual("async")
	cov := p.pushCover()
	e := p.parseExpressionCover(true, cov)
	p.popCover(cov)
	isOf := p.isContextual("of")
	if p.tok == tIn || isOf {
		if isAwait && !isOf {
			p.unexpected()
		}
		if isOf && startsLet {
			p.errorAt("The left-hand side of a for-of loop may not start with 'let'.", estart, estart+3)
		}
		if isOf && startsAsync && !isAwait {
			if id, ok := e.(*ast.Identifier); ok && id.Start == estart && id.End == estart+5 && !cov.parenthesized(e) {
				p.errorAt("The left-hand side of a for-of loop may not be 'async'.", id.Start, id.End)
			}
		}
		target := p.toAssignTarget(e, cov, "Invalid left-hand side in for-loop", true)
		return p.parseForInOf(start, target, isOf, isAwait, nil)
	}
	if isAwait {
		p.unexpected()
	}
	p.checkCover(cov)
	return p.parseForRest(start, e, nil)
}

func (p *parser) parseForRest(start int, init ast.Node, forScope *pscope) ast.Statement {
	p.expect(tSemicolon)
	var test, update ast.Expression
	if p.tok != tSemicolon {
		test = p.parseExpression(false)
	}
	p.expect(tSemicolon)
	if p.tok != tRParen {
		update = p.parseExpression(false)
	}
	p.expect(tRParen)
	body := p.loopBody()
	fs := &ast.ForStatement{Init: init, Test: test, Update: update, Body: body}
	if forScope != nil {
		fs.Scope = p.popScope(p.prevEnd)
	}
	fs.Span = p.span(start)
	return fs
}

func (p *parser) parseForInOf(start int, left ast.Node, isOf, isAwait bool, forScope *pscope) ast.Statement {
	p.next()
	var right ast.Expression
	if isOf {
		right = p.parseAssign(false)
	} else {
		right = p.parseExpression(false)
	}
	p.expect(tRParen)
	if decl, ok := left.(*ast.VariableDeclaration); ok && decl.Kind != ast.DeclVar {
		// bindings are initialised once the head is evaluated
		p.setInitPos(decl.Declarations[0].ID, p.prevEnd)
	}
	body := p.loopBody()
	var sc *ast.Scope
	if forScope != nil {
		sc = p.popScope(p.prevEnd)
	}
	if isOf {
		return &ast.ForOfStatement{Span: p.span(start), Left: left, Right: right, Body: body, Await: isAwait, Scope: sc}
	}
	return &ast.ForInStatement{Span: p.span(start), Left: left, Right: right, Body: body, Scope: sc}
}

func (p *parser) setInitPos(pat ast.Pattern, pos int) {
	ast.Inspect(pat, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Var != nil && id.Var.Start == id.Start {
			id.Var.InitPos = pos
		}
		return true
	})
}
