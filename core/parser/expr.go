package parser

import (
	"enginescope/core/ast"
)

// cover collects errors that depend on whether an expression turns out to
// be an expression or a destructuring pattern.
type cover struct {
	shStart, shEnd       int // first CoverInitializedName `{a = 1}`
	protoStart, protoEnd int // duplicate __proto__
}

func newCover() *cover { return &cover{shStart: -1, protoStart: -1} }

// pushCover starts a cover whose pending errors V8 would still report if
// parsing fails before it is resolved (see unwind).
func (p *parser) pushCover() *cover {
	c := newCover()
	p.covers = append(p.covers, c)
	return c
}

func (p *parser) popCover(c *cover) {
	if n := len(p.covers); n > 0 && p.covers[n-1] == c {
		p.covers = p.covers[:n-1]
	}
}

func (c *cover) parenthesized(e ast.Expression) bool { return false }

// checkCover reports expression-only errors.
func (p *parser) checkCover(c *cover) {
	if c == nil {
		return
	}
	if c.shStart >= 0 && (c.protoStart < 0 || c.shStart < c.protoStart) {
		p.errorAt("Invalid shorthand property initializer", c.shStart, c.shEnd)
	}
	if c.protoStart >= 0 {
		p.errorAt("Duplicate __proto__ fields are not allowed in object literals", c.protoStart, c.protoEnd)
	}
	if c.shStart >= 0 {
		p.errorAt("Invalid shorthand property initializer", c.shStart, c.shEnd)
	}
}

// clearCover forgets errors inside [start,end) (that range became a pattern).
func (c *cover) clear(start, end int) {
	if c.shStart >= start && c.shStart < end {
		c.shStart = -1
	}
	if c.protoStart >= start && c.protoStart < end {
		c.protoStart = -1
	}
}

func (p *parser) parenSpan(e ast.Node) (ast.Span, bool) {
	sp, ok := p.parens[e]
	return sp, ok
}

// fullSpan is the node's span including any parentheses around it.
func (p *parser) fullSpan(e ast.Node) (int, int) {
	if sp, ok := p.parens[e]; ok {
		return sp.Start, sp.End
	}
	return e.Pos()
}

func (p *parser) parseExpression(noIn bool) ast.Expression {
	c := p.pushCover()
	e := p.parseExpressionCover(noIn, c)
	p.checkCover(c)
	p.popCover(c)
	return e
}

func (p *parser) parseExpressionCover(noIn bool, c *cover) ast.Expression {
	start := p.s.start
	if p.tok == tEllipsis {
		// only an arrow head may contain `...`; the caller reports the `)`
		return p.parseExprRest(false, c).Argument
	}
	e := p.parseAssignCover(noIn, c)
	if p.tok != tComma {
		return e
	}
	seq := &ast.SequenceExpression{Expressions: []ast.Expression{e}}
	for p.tok == tComma {
		p.next()
		if p.tok == tEllipsis {
			p.parseExprRest(false, c)
			break
		}
		seq.Expressions = append(seq.Expressions, p.parseAssignCover(noIn, c))
	}
	seq.Span = p.span(start)
	return seq
}

func (p *parser) parseAssign(noIn bool) ast.Expression {
	c := p.pushCover()
	e := p.parseAssignCover(noIn, c)
	p.checkCover(c)
	p.popCover(c)
	return e
}

func (p *parser) isArrowFn(e ast.Expression) bool {
	if f, ok := e.(*ast.FunctionLiteral); ok && f.IsArrow {
		_, par := p.parens[e]
		return !par
	}
	return false
}

// parseAssignCover parses an AssignmentExpression; expression-only errors go to c.
func (p *parser) parseAssignCover(noIn bool, c *cover) ast.Expression {
	if p.isContextual("yield") && p.fn.isGenerator {
		return p.parseYield(noIn)
	}
	start := p.s.start
	p.assignStart = start
	if p.tok == tIdentifier {
		// x => ... and async x => ...
		t, st := p.peek()
		if t == tArrow && !st.nlBefore {
			return p.parseArrowSingle(start, start, false)
		}
		if t == tIdentifier && !st.nlBefore && p.isContextual("async") {
			save := p.s.save()
			p.s.restore(st)
			p.s.next()
			isArrow := p.s.tok == tArrow && !p.s.nlBefore
			p.s.restore(save)
			if isArrow {
				p.next()
				return p.parseArrowSingle(start, p.s.start, true)
			}
		}
	}
	left := p.parseConditional(noIn, c)
	if p.isArrowFn(left) {
		return left
	}
	if p.tok == tArrow {
		p.malformedArrow(left)
	}
	if !p.tok.isAssign() {
		return left
	}
	op := p.tok
	opStart, opEnd := p.s.start, p.s.end
	_ = opStart
	_ = opEnd
	var target ast.Pattern
	if op == tAssign {
		target = p.toAssignTarget(left, c, "Invalid left-hand side in assignment", false)
	} else {
		target = p.checkSimpleTarget(left, "Invalid left-hand side in assignment", op >= tAssignAnd)
	}
	p.next()
	right := p.parseAssign(noIn)
	if id, ok := target.(*ast.Identifier); ok && op == tAssign || ok && op >= tAssignAnd {
		p.nameFunction(right, id.Name)
	}
	return &ast.AssignmentExpression{Span: p.span(start), Operator: op.String(), Left: target, Right: right}
}

// parseExprRest parses `...target` at the start of an Expression element
// (V8's ParseArrowParametersWithRest): only valid as the last parameter of
// `(a, ...b) => x`.
func (p *parser) parseExprRest(inParens bool, c *cover) *ast.SpreadElement {
	ellStart, ellEnd := p.s.start, p.s.end
	p.next()
	var arg ast.Expression
	func() {
		defer func() {
			if r := recover(); r != nil {
				// V8 goes on and reports the `...`, which wins if it comes first
				if b, ok := r.(bail); ok && ellEnd < b.err.Start {
					b.err = newSyntaxError(p.src, p.opts.Filename, "Unexpected token '...'", ellStart, ellEnd)
					panic(b)
				}
				panic(r)
			}
		}()
		switch p.tok {
		case tIdentifier:
			id := &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit, Escaped: p.s.escaped}
			p.checkIdentifierRef(id.Name, id.Start, id.End, id.Escaped)
			p.next()
			p.scope.refs = append(p.scope.refs, id)
			arg = id
		case tLBrack:
			arg = p.parseArrayLiteral(c)
		case tLBrace:
			arg = p.parseObjectLiteral(c)
		default:
			p.unexpected()
		}
	}()
	if p.tok == tAssign {
		p.errorAt("Rest parameter may not have a default initializer", p.prevStart, p.prevEnd)
	}
	if p.tok == tComma {
		p.errorAt("Rest parameter must be last formal parameter", p.prevStart, p.prevEnd)
	}
	if p.tok != tRParen || p.peekToken() != tArrow {
		p.errorAt("Unexpected token '...'", ellStart, ellEnd)
	}
	return &ast.SpreadElement{Span: ast.Span{Start: ellStart, End: p.prevEnd}, Argument: arg}
}

// malformedArrow reports `expr =>` where expr cannot be arrow parameters.
func (p *parser) malformedArrow(e ast.Expression) {
	_, par := p.parens[e]
	if _, ok := e.(*ast.Identifier); ok || par {
		p.unexpected()
	}
	if c, ok := e.(*ast.CallExpression); ok {
		if id, ok := c.Callee.(*ast.Identifier); ok && id.Name == "async" && !id.Escaped {
			if _, par := p.parens[id]; !par && !p.newlineBefore(id.End, '(') {
				p.unexpected()
			}
		}
	}
	p.errorAt("Malformed arrow function parameter list", p.exprPosition(e), p.prevStart)
}

// newlineBefore reports whether a line terminator occurs between from and the next c.
func (p *parser) newlineBefore(from int, c byte) bool {
	for i := from; i < len(p.src) && p.src[i] != c; i++ {
		if p.src[i] == '\n' || p.src[i] == '\r' {
			return true
		}
	}
	return false
}

// exprPosition is V8's Expression::position(): the operator of a binary
// expression, the property of a member access, the callee identifier of a call.
func (p *parser) exprPosition(e ast.Expression) int {
	switch t := e.(type) {
	case *ast.BinaryExpression, *ast.LogicalExpression:
		var l ast.Expression
		if b, ok := t.(*ast.BinaryExpression); ok {
			l = b.Left
		} else {
			l = t.(*ast.LogicalExpression).Left
		}
		_, le := p.fullSpan(l)
		for le < len(p.src) && (p.src[le] == ' ' || p.src[le] == '\t' || p.src[le] == '\n') {
			le++
		}
		return le
	case *ast.MemberExpression:
		if !t.Computed {
			s, _ := t.Property.Pos()
			return s
		}
	case *ast.CallExpression:
		switch c := t.Callee.(type) {
		case *ast.Identifier:
		case *ast.MemberExpression:
			return p.exprPosition(c)
		default:
			_, ce := p.fullSpan(t.Callee)
			return ce
		}
	case *ast.UpdateExpression:
		return p.prevStart
	}
	s, _ := e.Pos()
	return s
}

// checkSimpleTarget validates the target of a compound assignment or update.
func (p *parser) checkSimpleTarget(e ast.Expression, msg string, logical bool) ast.Pattern {
	switch t := e.(type) {
	case *ast.Identifier:
		p.checkStrictAssignName(t)
		p.markAssigned(t)
		return t
	case *ast.MemberExpression:
		if !t.Optional && !p.inChain(t) {
			return t
		}
	case *ast.CallExpression:
		// web compatibility: `f() = 1` is a runtime ReferenceError
		if !logical && !p.inChain(t) {
			return t
		}
	}
	s, en := p.fullSpan(e)
	p.errorAt(msg, s, en)
	return nil
}

func (p *parser) inChain(e ast.Expression) bool { return p.chainNodes[e] }

func (p *parser) checkStrictAssignName(id *ast.Identifier) {
	if p.strict() && (id.Name == "eval" || id.Name == "arguments") {
		p.errorAt("Unexpected eval or arguments in strict mode", id.Start, id.End)
	}
}

func (p *parser) markAssigned(id *ast.Identifier) { p.assigned[id] = true }

func (p *parser) parseYield(noIn bool) ast.Expression {
	start, end := p.s.start, p.s.end
	if p.fn.inParams {
		p.errorAt("Yield expression not allowed in formal parameter", start, end)
	}
	if p.yieldPos < 0 {
		p.yieldPos, p.yieldEnd = start, end
	}
	p.next()
	y := &ast.YieldExpression{}
	if !p.s.nlBefore {
		if p.tok == tMul {
			y.Delegate = true
			p.next()
			y.Argument = p.parseAssign(noIn)
		} else {
			switch p.tok {
			case tRParen, tRBrack, tRBrace, tComma, tColon, tSemicolon, tEOF, tIn:
				if p.tok == tIn && !noIn {
					break
				}
			case tQuestion:
			default:
				if !p.tok.isAssign() || p.tok == tAssignDiv {
					y.Argument = p.parseAssign(noIn)
				}
			}
		}
	}
	y.Span = p.span(start)
	return y
}

func (p *parser) parseConditional(noIn bool, c *cover) ast.Expression {
	start := p.s.start
	test := p.parseShortCircuit(noIn, c)
	if p.isArrowFn(test) || p.tok != tQuestion {
		return test
	}
	p.next()
	cons := p.parseAssign(false)
	p.expect(tColon)
	alt := p.parseAssign(noIn)
	return &ast.ConditionalExpression{Span: p.span(start), Test: test, Consequent: cons, Alternate: alt}
}

// parseShortCircuit: LogicalOR / Coalesce expressions (they may not mix unparenthesized).
func (p *parser) parseShortCircuit(noIn bool, c *cover) ast.Expression {
	start := p.s.start
	x := p.parseBinary(6, noIn, c)
	if p.isArrowFn(x) {
		return x
	}
	switch p.tok {
	case tNullish:
		for p.tok == tNullish {
			p.next()
			y := p.parseBinary(6, noIn, nil)
			x = &ast.LogicalExpression{Span: p.span(start), Operator: "??", Left: x, Right: y}
		}
		if p.tok == tAnd || p.tok == tOr {
			p.unexpected()
		}
	case tAnd, tOr:
		x = p.parseLogicalRest(x, start, 4, noIn)
		if p.tok == tNullish {
			p.unexpected()
		}
	}
	return x
}

func (p *parser) parseLogicalRest(left ast.Expression, start, minPrec int, noIn bool) ast.Expression {
	for {
		prec := 0
		switch p.tok {
		case tOr:
			prec = 4
		case tAnd:
			prec = 5
		}
		if prec == 0 || prec < minPrec {
			return left
		}
		op := p.tok
		p.next()
		rstart := p.s.start
		right := p.parseBinary(6, noIn, nil)
		for p.tok == tAnd && prec < 5 {
			right = p.parseLogicalRest(right, rstart, 5, noIn)
		}
		left = &ast.LogicalExpression{Span: p.span(start), Operator: op.String(), Left: left, Right: right}
	}
}

// parseBinary: precedence climbing for operators with precedence >= minPrec (6..14).
func (p *parser) parseBinary(minPrec int, noIn bool, c *cover) ast.Expression {
	start := p.s.start
	var left ast.Expression
	if p.tok == tPrivateName {
		// `#x in obj`
		left = p.parsePrivateIn(noIn, minPrec)
	} else {
		left = p.parseUnary(c)
	}
	if p.isArrowFn(left) {
		return left
	}
	return p.parseBinaryRest(left, start, minPrec, noIn)
}

func (p *parser) parseBinaryRest(left ast.Expression, start, minPrec int, noIn bool) ast.Expression {
	for {
		prec := p.tok.precedence(noIn)
		if prec < minPrec || prec < 6 {
			return left
		}
		op := p.tok
		p.next()
		rstart := p.s.start
		var right ast.Expression
		if op == tExp {
			// right associative
			right = p.parseBinary(prec, noIn, nil)
		} else {
			if p.tok == tPrivateName {
				right = p.parsePrivateIn(noIn, prec+1)
			} else {
				right = p.parseUnary(nil)
			}
			right = p.parseBinaryRest(right, rstart, prec+1, noIn)
		}
		left = &ast.BinaryExpression{Span: p.span(start), Operator: op.String(), Left: left, Right: right}
	}
}

func (p *parser) parsePrivateIn(noIn bool, minPrec int) ast.Expression {
	prevStart := p.prevStart
	pi := &ast.PrivateIdentifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit[1:]}
	p.usePrivate(pi, prevStart)
	if p.peekToken() != tIn || noIn || minPrec > 10 {
		p.unexpected()
	}
	p.next()
	return pi
}

func (p *parser) parseUnary(c *cover) ast.Expression {
	start := p.s.start
	switch p.tok {
	case tDelete, tVoid, tTypeof, tAdd, tSub, tBitNot, tNot:
		op := p.tok
		p.next()
		arg := p.parseUnary(nil)
		if op == tDelete {
			if id, ok := arg.(*ast.Identifier); ok && p.strict() {
				p.errorAt("Delete of an unqualified identifier in strict mode.", id.Start, id.End)
			}
			if pn := privateMember(arg); pn != nil {
				p.errorAt("Private fields can not be deleted", pn.Start, pn.End)
			}
		}
		if p.tok == tExp {
			p.errorAt("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", start, p.s.end)
		}
		return &ast.UnaryExpression{Span: p.span(start), Operator: op.String(), Argument: arg}
	case tInc, tDec:
		op := p.tok
		p.next()
		astart := p.s.start
		arg := p.parseUnary(nil)
		_ = astart
		t := p.checkSimpleTarget(arg, "Invalid left-hand side expression in prefix operation", false)
		return &ast.UpdateExpression{Span: p.span(start), Operator: op.String(), Prefix: true, Argument: t.(ast.Expression)}
	case tIdentifier:
		if p.isContextual("await") && p.fn.isAsync {
			return p.parseAwait()
		}
	}
	e := p.parsePostfix(c)
	return e
}

func privateMember(e ast.Expression) *ast.PrivateIdentifier {
	for {
		switch t := e.(type) {
		case *ast.ChainExpression:
			e = t.Expression
			continue
		case *ast.MemberExpression:
			if pi, ok := t.Property.(*ast.PrivateIdentifier); ok {
				return pi
			}
		}
		return nil
	}
}

func (p *parser) parseAwait() ast.Expression {
	start, end := p.s.start, p.s.end
	if p.fn.inParams {
		p.errorAt("Illegal await-expression in formal parameters of async function", start, end)
	}
	if p.awaitPos < 0 {
		p.awaitPos, p.awaitEnd = start, end
	}
	p.next()
	arg := p.parseUnary(nil)
	if p.tok == tExp {
		p.errorAt("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", start, p.s.end)
	}
	return &ast.AwaitExpression{Span: p.span(start), Argument: arg}
}

func (p *parser) parsePostfix(c *cover) ast.Expression {
	start := p.s.start
	e := p.parseLHS(c)
	if (p.tok == tInc || p.tok == tDec) && !p.s.nlBefore && !p.isArrowFn(e) {
		t := p.checkSimpleTarget(e, "Invalid left-hand side expression in postfix operation", false)
		op := p.tok
		p.next()
		return &ast.UpdateExpression{Span: p.span(start), Operator: op.String(), Argument: t.(ast.Expression)}
	}
	return e
}

// ------------------------------------------------------- left-hand side

func (p *parser) parseLHS(c *cover) ast.Expression {
	start := p.s.start
	var e ast.Expression
	switch p.tok {
	case tNew:
		e = p.parseNew()
	case tSuper:
		e = p.parseSuper(false)
	case tImport:
		e = p.parseImport()
	default:
		e = p.parsePrimary(c)
		if p.isArrowFn(e) {
			return e
		}
	}
	return p.parseSubscripts(e, start, false)
}

// parseSubscripts parses member accesses, calls, optional chains and tagged
// templates after e. noCalls: inside `new X` (member expressions only).
func (p *parser) parseSubscripts(e ast.Expression, start int, noCalls bool) ast.Expression {
	inChain := false
	for {
		switch p.tok {
		case tDot:
			p.next()
			e = p.parseMemberName(e, start, false)
		case tOptChain:
			if noCalls {
				p.errorTok("Invalid optional chain from new expression")
			}
			if _, ok := e.(*ast.Super); ok {
				p.errorTok("Invalid optional chain from super property")
			}
			inChain = true
			p.next()
			switch p.tok {
			case tLParen:
				args := p.parseArguments()
				e = &ast.CallExpression{Span: p.span(start), Callee: e, Arguments: args, Optional: true}
			case tLBrack:
				p.next()
				prop := p.parseExpression(false)
				p.expect(tRBrack)
				e = &ast.MemberExpression{Span: p.span(start), Object: e, Property: prop, Computed: true, Optional: true}
			case tTemplate:
				p.errorTok("Invalid tagged template on optional chain")
			case tIdentifier, tPrivateName:
				e = p.parseMemberName(e, start, true)
			default:
				if p.tok == tOptChain {
					// V8 reports the first of two `?.` in a row
					p.errorAt("Unexpected token '?.'", p.prevStart, p.prevEnd)
				}
				e = p.parseMemberName(e, start, true)
			}
			p.chainNodes[e] = true
			continue
		case tLBrack:
			p.next()
			prop := p.parseExpression(false)
			p.expect(tRBrack)
			e = &ast.MemberExpression{Span: p.span(start), Object: e, Property: prop, Computed: true}
		case tLParen:
			if noCalls {
				return e
			}
			args := p.parseArguments()
			call := &ast.CallExpression{Span: p.span(start), Callee: e, Arguments: args}
			if id, ok := e.(*ast.Identifier); ok && id.Name == "eval" && !inChain {
				if _, par := p.parens[e]; !par {
					call.DirectEval = true
					p.recordEval()
				}
			}
			e = call
		case tTemplate:
			if inChain {
				p.errorTok("Invalid tagged template on optional chain")
			}
			q := p.parseTemplate(true)
			e = &ast.TaggedTemplateExpression{Span: p.span(start), Tag: e, Quasi: q}
		default:
			if inChain {
				ch := &ast.ChainExpression{Span: p.span(start), Expression: e}
				p.chainNodes[ch] = false
				return ch
			}
			return e
		}
		if inChain {
			p.chainNodes[e] = true
		}
	}
}

func (p *parser) parseMemberName(obj ast.Expression, start int, optional bool) ast.Expression {
	if p.tok == tPrivateName {
		prevStart := p.prevStart
		pi := &ast.PrivateIdentifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit[1:]}
		if _, ok := obj.(*ast.Super); ok {
			p.errorTok("Unexpected private field")
		}
		p.usePrivate(pi, prevStart)
		p.next()
		return &ast.MemberExpression{Span: p.span(start), Object: obj, Property: pi, Optional: optional}
	}
	if p.tok != tIdentifier && !p.tok.isKeyword() {
		p.unexpected()
	}
	id := &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: p.s.lit, Escaped: p.s.escaped}
	if p.tok.isKeyword() {
		id.Name = p.tok.String()
	}
	p.next()
	return &ast.MemberExpression{Span: p.span(start), Object: obj, Property: id, Optional: optional}
}

func (p *parser) parseArguments() []ast.Expression {
	p.expect(tLParen)
	var args []ast.Expression
	for p.tok != tRParen {
		if p.tok == tEllipsis {
			s := p.s.start
			p.next()
			arg := p.parseAssign(false)
			args = append(args, &ast.SpreadElement{Span: p.span(s), Argument: arg})
		} else {
			args = append(args, p.parseAssign(false))
		}
		if p.tok == tRParen {
			break
		}
		if p.tok != tComma {
			p.errorAt("missing ) after argument list", p.prevStart, p.prevEnd)
		}
		p.next()
	}
	p.next()
	return args
}

func (p *parser) parseNew() ast.Expression {
	start := p.s.start
	newEnd := p.s.end
	p.next()
	if p.tok == tDot {
		p.next()
		if !(p.tok == tIdentifier && p.s.lit == "target") {
			p.unexpected()
		}
		if p.s.escaped {
			p.errorAt("'new.target' must not contain escaped characters", start, p.s.end)
		}
		mp := &ast.MetaProperty{
			Meta:     &ast.Identifier{Span: ast.Span{Start: start, End: newEnd}, Name: "new"},
			Property: &ast.Identifier{Span: ast.Span{Start: p.s.start, End: p.s.end}, Name: "target"},
		}
		if !p.newTargetAllowed() {
			p.errorTok("new.target expression is not allowed here")
		}
		p.next()
		mp.Span = p.span(start)
		p.scope.newTarget = append(p.scope.newTarget, mp)
		return mp
	}
	var callee ast.Expression
	cstart := p.s.start
	switch p.tok {
	case tNew:
		callee = p.parseNew()
	case tSuper:
		callee = p.parseSuper(true)
	case tImport:
		p.errorTok("Cannot use new with import")
	default:
		callee = p.parsePrimary(nil)
		if p.isArrowFn(callee) {
			p.unexpected()
		}
	}
	callee = p.parseSubscripts(callee, cstart, true)
	var args []ast.Expression
	if p.tok == tLParen {
		args = p.parseArguments()
	}
	if args == nil {
		args = []ast.Expression{}
	}
	return &ast.NewExpression{Span: p.span(start), Callee: callee, Arguments: args}
}

func (p *parser) newTargetAllowed() bool {
	for f := p.fn; f != nil; f = f.parent {
		if f.isArrow {
			continue
		}
		return f.newTarget
	}
	return false
}

// nonArrow is the closest function that is not an arrow (receiver/super/new.target provider).
func (p *parser) nonArrow() *funcState {
	f := p.fn
	for f != nil && f.isArrow {
		f = f.parent
	}
	return f
}

func (p *parser) parseSuper(inNew bool) ast.Expression {
	start, end := p.s.start, p.s.end
	p.next()
	f := p.nonArrow()
	sup := &ast.Super{Span: ast.Span{Start: start, End: end}}
	switch p.tok {
	case tLParen:
		if inNew || f == nil || !f.superCall {
			p.errorAt("'super' keyword unexpected here", start, end)
		}
		p.markSuper(true)
		return sup
	case tDot, tLBrack:
		if f == nil || !f.superProp {
			p.errorAt("'super' keyword unexpected here", start, end)
		}
		p.markSuper(false)
		return sup
	case tOptChain:
		if f != nil && f.superProp {
			p.errorTok("Invalid optional chain from super property")
		}
	}
	p.errorAt("'super' keyword unexpected here", start, end)
	return nil
}

func (p *parser) parseImport() ast.Expression {
	start, end := p.s.start, p.s.end
	p.next()
	if p.tok != tDot && p.tok != tLParen {
		p.errorAt("Cannot use import statement outside a module", start, end)
	}
	if p.tok == tDot {
		p.next()
		if p.tok == tIdentifier && p.s.lit == "meta" {
			p.errorTok("Cannot use 'import.meta' outside a module")
		}
		p.unexpected()
	}
	if p.tok != tLParen {
		p.unexpected()
	}
	p.next()
	if p.tok == tRParen {
		p.errorAt("import() requires a specifier", p.prevStart, p.prevEnd)
	}
	ic := &ast.ImportCall{}
	ic.Source = p.parseAssign(false)
	if p.tok == tComma {
		p.next()
		if p.tok != tRParen {
			ic.Options = p.parseAssign(false)
			p.eat(tComma)
		}
	}
	p.expect(tRParen)
	ic.Span = p.span(start)
	return ic
}
