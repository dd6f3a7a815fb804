package parser

import (
	"enginescope/core/ast"
)

// funcState is the per-function parsing context.
type funcState struct {
	parent      *funcState
	lit         *ast.FunctionLiteral // nil for the script
	scope       *pscope              // function (declaration) scope
	isAsync     bool
	isGenerator bool
	isArrow     bool
	isStatic    bool // class static block
	kind        ast.FunctionKind
	strict      bool
	start       int
	inParams    bool
	returnOK    bool
	superCall   bool
	superProp   bool
	newTarget   bool
	fieldInit   bool // class field initializer or static block: `arguments` is an error
	labels      []label
	breakable   int // enclosing loops/switches in this function
	loops       int
	paramIDs    []*ast.Identifier
	dupParam    *ast.Identifier
}

type label struct {
	name   string
	isLoop bool
	direct bool // nothing but labels between the label and the current statement
}

func (f *funcState) awaitReserved() bool { return f.isAsync || f.isStatic }

// --------------------------------------------------------------- program

func (p *parser) parseProgram() *ast.Program {
	prog := &ast.Program{}
	p.fn = &funcState{strict: p.opts.Strict, start: 0}
	p.nextFuncID = 1
	script := p.pushScope(ast.ScriptScope, 0)
	script.fn = p.fn
	p.fn.scope = script
	script.s.Strict = p.opts.Strict
	script.s.IsEval = p.opts.Eval
	// hashbang
	if len(p.src) >= 2 && p.src[0] == '#' && p.src[1] == '!' {
		p.s.skipLineComment(2)
	}
	p.next()
	if p.opts.CommonJS {
		w := p.newFunctionLiteral(0)
		w.Kind = ast.FuncNormal
		w.IsDeclaration = false
		fs := &funcState{parent: p.fn, lit: w, strict: p.fn.strict, start: 0, returnOK: true, newTarget: true}
		p.fn = fs
		ps := p.pushScope(ast.FunctionScope, 0)
		fs.scope = ps
		ps.fn = fs
		w.Scope = ps.s
		ps.s.HasSimpleParams = true
		w.SimpleParams = true
		for _, name := range []string{"exports", "require", "module", "__filename", "__dirname"} {
			id := &ast.Identifier{Name: name}
			v := newVar(name, ast.VarParam, -1, -1)
			ps.s.Declare(v)
			ps.s.Params = append(ps.s.Params, v)
			id.Var = v
			w.Params = append(w.Params, id)
		}
		w.ParamCount, w.Length = 5, 5
		prog.Body = p.parseBody(tEOF, w)
		w.Body = prog.Body
		w.Strict = fs.strict
		w.End = len(p.src)
		p.endFunctionScope(fs)
		p.popScope(len(p.src))
		p.fn = fs.parent
		prog.Wrapper = w
		prog.Strict = w.Strict
	} else {
		prog.Body = p.parseBody(tEOF, nil)
		prog.Strict = p.fn.strict
	}
	p.checkOctal(p.fn, 0)
	p.hoistBlockFunctions(script)
	prog.Span = ast.Span{Start: 0, End: len(p.src)}
	p.popScope(len(p.src))
	prog.Scope = script.s
	p.inferFunctionNames(prog.Body, "")
	p.analyze(script, prog)
	return prog
}

// checkOctal reports a pending octal literal/escape inside a strict function.
func (p *parser) checkOctal(f *funcState, start int) { p.checkOctalIn(f, start, len(p.src)) }

// checkOctalIn is V8's CheckStrictOctalLiteral(beg, end).
func (p *parser) checkOctalIn(f *funcState, start, end int) {
	if f.strict && p.lastOctalMsg != "" && p.lastOctalStart >= start && p.lastOctalEnd <= end {
		msg := p.lastOctalMsg
		p.lastOctalMsg = ""
		p.errorAt(msg, p.lastOctalStart, p.lastOctalEnd)
	}
}

// parseBody parses a statement list with a directive prologue up to `end`
// (tEOF or tRBrace, not consumed). fn is the function (nil for the script).
func (p *parser) parseBody(end token, fn *ast.FunctionLiteral) []ast.Statement {
	var body []ast.Statement
	directives := true
	for p.tok != end {
		if p.tok == tEOF {
			p.unexpected()
		}
		if directives {
			if p.tok != tString {
				directives = false
			} else {
				start, tokEnd := p.s.start, p.s.end
				raw := string(p.src[start+1 : tokEnd-1])
				st := p.parseStatementListItem()
				es, ok := st.(*ast.ExpressionStatement)
				lit, isLit := exprOf(es, ok).(*ast.StringLiteral)
				if !ok || !isLit || lit.Start != start || lit.End != tokEnd {
					directives = false
				} else {
					es.Directive = raw
					if raw == "use strict" {
						if !p.fn.strict {
							p.fn.strict = true
							p.scope.s.Strict = true
							if p.fn.scope != nil {
								p.fn.scope.s.Strict = true
							}
						}
						if fn != nil && !fn.SimpleParams {
							p.errorAt("Illegal 'use strict' directive in function with non-simple parameter list", start, tokEnd)
						}
						if fn != nil {
							p.validateParamsStrict(fn)
						}
					}
					body = append(body, st)
					continue
				}
				body = append(body, st)
				continue
			}
		}
		body = append(body, p.parseStatementListItem())
	}
	return body
}

func exprOf(es *ast.ExpressionStatement, ok bool) ast.Expression {
	if !ok {
		return nil
	}
	return es.Expression
}

// ------------------------------------------------------------- statements

func (p *parser) parseStatementListItem() ast.Statement {
	switch p.tok {
	case tFunction:
		return p.parseFunctionDeclaration(p.s.start, false, false)
	case tClass:
		return p.parseClassDeclaration()
	case tConst:
		return p.parseLexicalDeclaration(ast.DeclConst)
	case tIdentifier:
		if p.isContextual("let") && p.letStartsDeclaration() {
			return p.parseLexicalDeclaration(ast.DeclLet)
		}
		if p.isContextual("async") {
			if t, st := p.peek(); t == tFunction && !st.nlBefore {
				start := p.s.start
				p.next()
				return p.parseFunctionDeclaration(start, true, false)
			}
		}
	}
	return p.parseStatement(true, false)
}

// letStartsDeclaration: `let` followed by an identifier, `[` or `{` (V8's IsNextLetKeyword).
func (p *parser) letStartsDeclaration() bool {
	st := p.s.save()
	p.s.next()
	t, name, esc := p.s.tok, p.s.lit, p.s.escaped
	p.s.restore(st)
	switch t {
	case tLBrack, tLBrace:
		return true
	case tIdentifier:
		switch name {
		case "implements", "interface", "package", "private", "protected", "public":
			return !p.strict()
		}
		if esc && isStrictReserved(name) {
			return !p.strict()
		}
		return true
	}
	return false
}

func (p *parser) parseLexicalDeclaration(kind ast.DeclKind) ast.Statement {
	start := p.s.start
	p.next()
	decl := p.parseDeclarations(kind, start, false)
	p.consumeSemicolon()
	decl.End = p.prevEnd
	return decl
}

// parseStatement parses a Statement. listItem: the statement is directly in
// a statement list (labelled functions allowed in sloppy mode). ifBody: the
// body of an if (sloppy function declarations allowed).
func (p *parser) parseStatement(listItem, ifBody bool) ast.Statement {
	start := p.s.start
	switch p.tok {
	case tLBrace:
		return p.parseBlockStatement()
	case tSemicolon:
		p.next()
		return &ast.EmptyStatement{Span: p.span(start)}
	case tVar:
		p.next()
		decl := p.parseDeclarations(ast.DeclVar, start, false)
		p.consumeSemicolon()
		decl.End = p.prevEnd
		return decl
	case tIf:
		return p.parseIf()
	case tDo:
		return p.parseDoWhile()
	case tWhile:
		return p.parseWhile()
	case tFor:
		return p.parseFor()
	case tContinue:
		return p.parseContinue()
	case tBreak:
		return p.parseBreak()
	case tReturn:
		return p.parseReturn()
	case tWith:
		return p.parseWith()
	case tSwitch:
		return p.parseSwitch()
	case tThrow:
		return p.parseThrow()
	case tTry:
		return p.parseTry()
	case tDebugger:
		p.next()
		p.consumeSemicolon()
		return &ast.DebuggerStatement{Span: p.span(start)}
	case tFunction:
		if !p.strict() && ifBody {
			// Annex B: `if (x) function f(){}` behaves as if in a block
			p.pushScope(ast.BlockScope, start)
			fd := p.parseFunctionDeclaration(start, false, true)
			sc := p.popScope(p.prevEnd)
			return &ast.BlockStatement{Span: fd.(*ast.FunctionDeclaration).Span, Body: []ast.Statement{fd}, Scope: sc}
		}
		if p.strict() {
			p.errorTok("In strict mode code, functions can only be declared at top level or inside a block.")
		}
		p.errorTok("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
	case tClass, tConst:
		p.unexpected()
	case tImport:
		if t := p.peekToken(); t != tLParen && t != tDot {
			p.errorTok("Cannot use import statement outside a module")
		}
	case tIdentifier:
		if p.isContextual("let") {
			t, st := p.peek()
			if t == tLBrack || ((t == tLBrace || t == tIdentifier) && !st.nlBefore) {
				p.errorTok("Lexical declaration cannot appear in a single-statement context")
			}
		}
		if p.isContextual("async") {
			if t, st := p.peek(); t == tFunction && !st.nlBefore {
				p.errorTok("Async functions can only be declared at the top level or inside a block.")
			}
		}
		if t := p.peekToken(); t == tColon && p.isLabelName() {
			return p.parseLabelled(listItem)
		}
	}
	return p.parseExpressionStatement()
}

func (p *parser) isLabelName() bool {
	name := p.s.lit
	if p.s.escaped && keywords[name] != 0 {
		return false
	}
	return true
}

func (p *parser) parseExpressionStatement() ast.Statement {
	start := p.s.start
	e := p.parseExpression(false)
	p.consumeSemicolon()
	return &ast.ExpressionStatement{Span: ast.Span{Start: start, End: p.prevEnd}, Expression: e}
}

func (p *parser) parseBlockStatement() *ast.BlockStatement {
	start := p.s.start
	p.expect(tLBrace)
	p.pushScope(ast.BlockScope, start)
	var body []ast.Statement
	for p.tok != tRBrace {
		if p.tok == tEOF {
			p.unexpected()
		}
		body = append(body, p.parseStatementListItem())
	}
	p.next()
	sc := p.popScope(p.prevEnd)
	return &ast.BlockStatement{Span: p.span(start), Body: body, Scope: sc}
}

func (p *parser) parseParenExpr() ast.Expression {
	p.expect(tLParen)
	e := p.parseExpression(false)
	p.expect(tRParen)
	return e
}

func (p *parser) parseIf() ast.Statement {
	start := p.s.start
	p.next()
	test := p.parseParenExpr()
	cons := p.parseScopedStatement(true)
	var alt ast.Statement
	if p.tok == tElse {
		p.next()
		alt = p.parseScopedStatement(true)
	}
	return &ast.IfStatement{Span: p.span(start), Test: test, Consequent: cons, Alternate: alt}
}

// parseScopedStatement parses the body of if/loops.
func (p *parser) parseScopedStatement(ifBody bool) ast.Statement {
	if p.tok == tIdentifier && p.peekToken() == tColon && p.isLabelName() {
		// a labelled function is not allowed as the body of a control structure
		return p.parseLabelledIn(false)
	}
	return p.parseStatement(false, ifBody)
}

func (p *parser) loopBody() ast.Statement {
	p.fn.breakable++
	p.fn.loops++
	body := p.parseScopedStatement(false)
	p.fn.breakable--
	p.fn.loops--
	return body
}

func (p *parser) parseDoWhile() ast.Statement {
	start := p.s.start
	p.next()
	body := p.loopBody()
	p.expect(tWhile)
	test := p.parseParenExpr()
	// ES2015+: a semicolon after do-while is always optional
	p.eat(tSemicolon)
	return &ast.DoWhileStatement{Span: p.span(start), Body: body, Test: test}
}

func (p *parser) parseWhile() ast.Statement {
	start := p.s.start
	p.next()
	test := p.parseParenExpr()
	body := p.loopBody()
	return &ast.WhileStatement{Span: p.span(start), Test: test, Body: body}
}

func (p *parser) parseContinue() ast.Statement {
	start, end := p.s.start, p.s.end
	p.next()
	var lab *ast.Identifier
	if !p.s.nlBefore && p.tok != tSemicolon && p.tok != tRBrace && p.tok != tEOF && p.tok != tIdentifier {
		p.unexpected()
	}
	if p.tok == tIdentifier && !p.s.nlBefore {
		p.checkIdentifierRef(p.s.lit, p.s.start, p.s.end, p.s.escaped)
		lab = &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit}
		found := -1
		for i := len(p.fn.labels) - 1; i >= 0; i-- {
			if p.fn.labels[i].name == lab.Name {
				found = i
				break
			}
		}
		if found < 0 {
			p.errorTok("Undefined label '" + lab.Name + "'")
		}
		if !p.fn.labels[found].isLoop {
			p.errorTok("Illegal continue statement: '" + lab.Name + "' does not denote an iteration statement")
		}
		p.next()
	} else if p.fn.loops == 0 {
		p.errorAt("Illegal continue statement: no surrounding iteration statement", start, end)
	}
	p.consumeSemicolon()
	return &ast.ContinueStatement{Span: p.span(start), Label: lab}
}

func (p *parser) parseBreak() ast.Statement {
	start, end := p.s.start, p.s.end
	p.next()
	var lab *ast.Identifier
	if !p.s.nlBefore && p.tok != tSemicolon && p.tok != tRBrace && p.tok != tEOF && p.tok != tIdentifier {
		p.unexpected()
	}
	if p.tok == tIdentifier && !p.s.nlBefore {
		p.checkIdentifierRef(p.s.lit, p.s.start, p.s.end, p.s.escaped)
		lab = &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit}
		found := false
		for i := len(p.fn.labels) - 1; i >= 0; i-- {
			if p.fn.labels[i].name == lab.Name {
				found = true
				break
			}
		}
		if !found {
			p.errorTok("Undefined label '" + lab.Name + "'")
		}
		p.next()
	} else if p.fn.breakable == 0 {
		p.errorAt("Illegal break statement", start, end)
	}
	p.consumeSemicolon()
	return &ast.BreakStatement{Span: p.span(start), Label: lab}
}

func (p *parser) parseReturn() ast.Statement {
	start, end := p.s.start, p.s.end
	if !p.fn.returnOK {
		p.errorAt("Illegal return statement", start, end)
	}
	p.next()
	var arg ast.Expression
	if p.tok != tSemicolon && p.tok != tRBrace && p.tok != tEOF && !p.s.nlBefore {
		arg = p.parseExpression(false)
	}
	p.consumeSemicolon()
	return &ast.ReturnStatement{Span: p.span(start), Argument: arg}
}

func (p *parser) parseWith() ast.Statement {
	start := p.s.start
	if p.strict() {
		p.errorTok("Strict mode code may not include a with statement")
	}
	p.next()
	obj := p.parseParenExpr()
	ws := p.pushScope(ast.WithScope, p.s.start)
	body := p.parseScopedStatement(false)
	ws.s.End = p.prevEnd
	p.scope = ws.outer
	return &ast.WithStatement{Span: p.span(start), Object: obj, Body: body, Scope: ws.s}
}

func (p *parser) parseSwitch() ast.Statement {
	start := p.s.start
	p.next()
	disc := p.parseParenExpr()
	bstart := p.s.start
	p.expect(tLBrace)
	ps := p.pushScope(ast.BlockScope, bstart)
	ps.s.IsNonLinear = true
	p.fn.breakable++
	var cases []*ast.SwitchCase
	seenDefault := false
	for p.tok != tRBrace {
		cstart := p.s.start
		var test ast.Expression
		if p.tok == tCase {
			p.next()
			test = p.parseExpression(false)
		} else if p.tok == tDefault {
			if seenDefault {
				p.errorTok("More than one default clause in switch statement")
			}
			seenDefault = true
			p.next()
		} else {
			p.unexpected()
		}
		p.expect(tColon)
		var cons []ast.Statement
		for p.tok != tCase && p.tok != tDefault && p.tok != tRBrace {
			if p.tok == tEOF {
				p.unexpected()
			}
			cons = append(cons, p.parseStatementListItem())
		}
		cases = append(cases, &ast.SwitchCase{Span: p.span(cstart), Test: test, Consequent: cons})
	}
	p.next()
	p.fn.breakable--
	sc := p.popScope(p.prevEnd)
	return &ast.SwitchStatement{Span: p.span(start), Discriminant: disc, Cases: cases, Scope: sc}
}

func (p *parser) parseThrow() ast.Statement {
	start, end := p.s.start, p.s.end
	p.next()
	if p.s.nlBefore {
		p.errorAt("Illegal newline after throw", start, end)
	}
	arg := p.parseExpression(false)
	p.consumeSemicolon()
	return &ast.ThrowStatement{Span: p.span(start), Argument: arg}
}

func (p *parser) parseTry() ast.Statement {
	start := p.s.start
	p.next()
	block := p.parseBlockStatement()
	var handler *ast.CatchClause
	var fin *ast.BlockStatement
	if p.tok == tCatch {
		cstart := p.s.start
		p.next()
		cc := &ast.CatchClause{}
		var cs *pscope
		if p.tok == tLParen {
			p.next()
			cs = p.pushScope(ast.CatchScope, p.prevEnd-1)
			if p.tok == tIdentifier {
				cs.simpleCatch = true
				id := p.parseBindingIdentifier()
				v := newVar(id.Name, ast.VarCatch, id.Start, id.End)
				v.NeedsHoleCheck = false
				cs.s.Declare(v)
				id.Var = v
				cc.Param = id
			} else if p.tok == tLBrack || p.tok == tLBrace {
				cc.Param = p.parseBindingPattern(bindCatch)
			} else {
				p.unexpected()
			}
			p.expect(tRParen)
		}
		// the catch body block
		bstart := p.s.start
		p.expect(tLBrace)
		bs := p.pushScope(ast.BlockScope, bstart)
		bs.isCatchBody = cs != nil
		var body []ast.Statement
		for p.tok != tRBrace {
			if p.tok == tEOF {
				p.unexpected()
			}
			body = append(body, p.parseStatementListItem())
		}
		p.next()
		bsc := p.popScope(p.prevEnd)
		cc.Body = &ast.BlockStatement{Span: p.span(bstart), Body: body, Scope: bsc}
		if cs != nil {
			cc.Scope = p.popCatch(cs)
		}
		cc.Span = p.span(cstart)
		handler = cc
	}
	if p.tok == tFinally {
		p.next()
		fin = p.parseBlockStatement()
	}
	if handler == nil && fin == nil {
		p.errorAt("Missing catch or finally after try", p.prevStart, p.prevEnd)
	}
	return &ast.TryStatement{Span: p.span(start), Block: block, Handler: handler, Finalizer: fin}
}

func (p *parser) popCatch(cs *pscope) *ast.Scope {
	cs.s.End = p.prevEnd
	p.scope = cs.outer
	return cs.s
}

// ---------------------------------------------------------------- labels

func (p *parser) parseLabelled(listItem bool) ast.Statement {
	return p.parseLabelledIn(listItem)
}

func (p *parser) parseLabelledIn(allowFunction bool) ast.Statement {
	start := p.s.start
	name := p.s.lit
	// the label is an IdentifierReference-like name: check reserved words
	p.checkIdentifierName(name, p.s.start, p.s.end, p.s.escaped, false)
	lab := &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: name}
	for _, l := range p.fn.labels {
		if l.name == name {
			p.errorTok("Label '" + name + "' has already been declared")
		}
	}
	p.next()
	p.expect(tColon)
	p.fn.labels = append(p.fn.labels, label{name: name, direct: true})
	if p.tok == tFor || p.tok == tWhile || p.tok == tDo {
		for i := len(p.fn.labels) - 1; i >= 0 && p.fn.labels[i].direct; i-- {
			p.fn.labels[i].isLoop = true
		}
	}
	if !(p.tok == tIdentifier && p.peekToken() == tColon) {
		for i := range p.fn.labels {
			p.fn.labels[i].direct = false
		}
	}
	var body ast.Statement
	if p.tok == tFunction {
		if p.strict() {
			p.errorTok("In strict mode code, functions can only be declared at top level or inside a block.")
		}
		if !allowFunction {
			p.errorTok("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
		}
		body = p.parseFunctionDeclaration(p.s.start, false, true)
	} else if p.tok == tIdentifier && p.peekToken() == tColon && p.isLabelName() {
		body = p.parseLabelledIn(allowFunction)
	} else {
		body = p.parseStatement(false, false)
	}
	p.fn.labels = p.fn.labels[:len(p.fn.labels)-1]
	return &ast.LabeledStatement{Span: p.span(start), Label: lab, Body: body}
}
