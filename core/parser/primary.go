package parser

import (
	"strings"

	"enginescope/core/ast"
)

func (p *parser) parsePrimary(c *cover) ast.Expression {
	start, end := p.s.start, p.s.end
	switch p.tok {
	case tThis:
		p.next()
		t := &ast.ThisExpression{Span: ast.Span{Start: start, End: end}}
		p.scope.this = append(p.scope.this, t)
		return t
	case tIdentifier:
		return p.parseIdentifierExpr(c)
	case tNumber:
		n := &ast.NumberLiteral{Span: ast.Span{Start: start, End: end}, Value: p.s.num, Raw: string(p.src[start:end])}
		p.next()
		return n
	case tBigInt:
		n := &ast.BigIntLiteral{Span: ast.Span{Start: start, End: end}, Digits: p.s.lit, Raw: string(p.src[start:end])}
		p.next()
		return n
	case tString:
		n := &ast.StringLiteral{Span: ast.Span{Start: start, End: end}, Value: p.s.lit, Raw: string(p.src[start:end]), LegacyOctal: p.s.octalStart >= 0}
		p.next()
		return n
	case tTrue, tFalse:
		p.next()
		return &ast.BooleanLiteral{Span: ast.Span{Start: start, End: end}, Value: p.tokWas(tTrue, start)}
	case tNull:
		p.next()
		return &ast.NullLiteral{Span: ast.Span{Start: start, End: end}}
	case tTemplate:
		return p.parseTemplate(false)
	case tDiv, tAssignDiv:
		return p.parseRegExp()
	case tLParen:
		return p.parseParenOrArrow(c)
	case tLBrack:
		return p.parseArrayLiteral(c)
	case tLBrace:
		return p.parseObjectLiteral(c)
	case tFunction:
		return p.parseFunctionExpression(start, false)
	case tClass:
		return p.parseClass(true)
	case tMod:
		if p.opts.AllowNativesSyntax {
			return p.parseNativeCall()
		}
	}
	p.unexpected()
	return nil
}

func (p *parser) tokWas(t token, start int) bool {
	return p.src[start] == 't'
}

// strictOctalCheck: in strict code V8 rejects legacy octal literals/escapes
// (reported as soon as the literal is consumed; see checkOctal for the rest).
func (p *parser) strictOctalCheck() {
	if p.strict() && p.s.octalStart >= 0 {
		p.errorAt(p.s.octalMsg, p.s.octalStart, p.s.octalEnd)
	}
}

// parseIdentifierExpr: a reference, an arrow `x => ...`, or async forms.
func (p *parser) parseIdentifierExpr(c *cover) ast.Expression {
	start, end := p.s.start, p.s.end
	name := p.s.lit
	escaped := p.s.escaped
	if name == "async" && !escaped {
		t, st := p.peek()
		if !st.nlBefore {
			switch t {
			case tFunction:
				p.next()
				return p.parseFunctionExpression(start, true)
			case tLParen:
				return p.parseAsyncCallOrArrow(c)
			}
		}
	}
	p.checkIdentifierRef(name, start, end, escaped)
	id := &ast.Identifier{Span: ast.Span{Start: start, End: end}, Name: name, Escaped: escaped}
	p.next()
	p.scope.refs = append(p.scope.refs, id)
	return id
}

// parseNativeCall parses `%Name(args)` (V8's ParseV8Intrinsic).
func (p *parser) parseNativeCall() ast.Expression {
	start := p.s.start
	p.next()
	if p.tok != tIdentifier && !p.tok.isKeyword() {
		p.unexpected()
	}
	name := p.s.lit
	p.next()
	if p.tok != tLParen {
		p.unexpected()
	}
	args := p.parseArguments()
	return &ast.NativeCall{Span: p.span(start), Name: name, Arguments: args}
}

// checkIdentifierRef validates an IdentifierReference.
func (p *parser) checkIdentifierRef(name string, start, end int, escaped bool) {
	if escaped && keywords[name] != 0 {
		p.errorAt("Keyword must not contain escaped characters", start, end)
	}
	switch name {
	case "yield":
		if p.fn.isGenerator || p.strict() {
			if p.strict() {
				p.errorAt("Unexpected strict mode reserved word", start, end)
			}
			p.errorAt("Unexpected identifier 'yield'", start, end)
		}
	case "await":
		if p.fn.awaitReserved() {
			p.errorAt("Unexpected reserved word", start, end)
		}
		if p.awaitIdentPos < 0 {
			p.awaitIdentPos, p.awaitIdentEnd = start, end
		}
	case "arguments":
		if f := p.nonArrow(); f != nil && f.fieldInit {
			p.errorAt("'arguments' is not allowed in class field initializer or static initialization block", start, end)
		}
	default:
		if p.strict() && isStrictReserved(name) {
			if escaped {
				p.errorAt("Keyword must not contain escaped characters", start, end)
			}
			p.errorAt("Unexpected strict mode reserved word", start, end)
		}
	}
}

// ------------------------------------------------------------- templates

func (p *parser) parseTemplate(tagged bool) *ast.TemplateLiteral {
	start := p.s.start
	tl := &ast.TemplateLiteral{}
	for {
		if p.tok != tTemplate {
			p.unexpected()
		}
		// chunk text span: after ` or }, before ` or ${
		cs := p.s.start + 1
		ce := p.s.end - 1
		if !p.s.tail {
			ce = p.s.end - 2
		}
		if p.s.unterminated {
			p.errorAt("Unexpected end of input", len(p.src), len(p.src))
		}
		el := &ast.TemplateElement{Span: ast.Span{Start: cs, End: ce}, Raw: p.s.raw}
		if p.s.cooked {
			v := p.s.lit
			el.Cooked = &v
		} else if !tagged {
			p.errorAt(p.s.tmplErrMsg, p.s.tmplErrStart, p.s.tmplErrEnd)
		}
		tl.Quasis = append(tl.Quasis, el)
		if p.s.tail {
			p.next()
			break
		}
		p.next()
		if p.tok == tEOF {
			p.unexpected()
		}
		es := p.s.start
		tl.Expressions = append(tl.Expressions, p.parseExpression(false))
		if p.tok != tRBrace {
			if p.tok == tEOF || p.tok == tIllegal {
				p.unexpected()
			}
			p.errorAt("Missing } in template expression", es, p.s.start)
		}
		p.s.rescanTemplateContinuation()
		p.tok = p.s.tok
	}
	tl.Span = p.span(start)
	return tl
}

// ---------------------------------------------------------------- regexp

func (p *parser) parseRegExp() ast.Expression {
	p.s.rescanRegExp()
	p.tok = p.s.tok
	if p.tok == tIllegal {
		p.unexpected()
	}
	start, end := p.s.start, p.s.end
	pattern, flags := p.s.lit, p.s.raw
	if !validFlags(flags) {
		if strings.Contains(flags, "u") && strings.Contains(flags, "v") && validFlags(strings.Replace(flags, "v", "", 1)) {
			p.errorAt("Invalid regular expression flags", start, end)
		}
		p.errorAt("Invalid regular expression flags", start, start+1)
	}
	if msg := validateRegExp(pattern, flags); msg != "" {
		p.errorAt("Invalid regular expression: /"+pattern+"/"+flags+": "+msg, start, end)
	}
	p.next()
	return &ast.RegExpLiteral{Span: ast.Span{Start: start, End: end}, Pattern: pattern, Flags: flags}
}

func validFlags(flags string) bool {
	seen := 0
	for i := 0; i < len(flags); i++ {
		idx := strings.IndexByte("dgimsuyv", flags[i])
		if idx < 0 || seen&(1<<idx) != 0 {
			return false
		}
		seen |= 1 << idx
	}
	// u and v are mutually exclusive
	return seen&(1<<5) == 0 || seen&(1<<7) == 0
}

// ---------------------------------------------------------------- arrays

func (p *parser) parseArrayLiteral(c *cover) ast.Expression {
	start := p.s.start
	p.next()
	arr := &ast.ArrayLiteral{}
	for p.tok != tRBrack {
		if p.tok == tComma {
			p.next()
			arr.Elements = append(arr.Elements, nil)
			continue
		}
		var el ast.Expression
		if p.tok == tEllipsis {
			s := p.s.start
			p.next()
			arg := p.parseAssignCover(false, c)
			el = &ast.SpreadElement{Span: p.span(s), Argument: arg}
			if p.tok == tComma {
				p.trailingAfterRest[el] = true
			}
		} else {
			el = p.parseAssignCover(false, c)
		}
		arr.Elements = append(arr.Elements, el)
		if p.tok != tRBrack {
			if p.tok != tComma {
				p.unexpected()
			}
			p.next()
		}
	}
	p.next()
	arr.Span = p.span(start)
	return arr
}

// --------------------------------------------------------------- objects

// parsePropertyName parses a non-computed property key; isIdent reports an
// IdentifierName (possibly a keyword) that could be a shorthand.
func (p *parser) parsePropertyName() (ast.Expression, bool) {
	start, end := p.s.start, p.s.end
	switch p.tok {
	case tString:
		k := &ast.StringLiteral{Span: ast.Span{Start: start, End: end}, Value: p.s.lit, Raw: string(p.src[start:end]), LegacyOctal: p.s.octalStart >= 0}
		p.next()
		return k, false
	case tNumber:
		k := &ast.NumberLiteral{Span: ast.Span{Start: start, End: end}, Value: p.s.num, Raw: string(p.src[start:end])}
		p.next()
		return k, false
	case tBigInt:
		k := &ast.BigIntLiteral{Span: ast.Span{Start: start, End: end}, Digits: p.s.lit, Raw: string(p.src[start:end])}
		p.next()
		return k, false
	case tIdentifier:
		k := &ast.Identifier{Span: ast.Span{Start: start, End: end}, Name: p.s.lit, Escaped: p.s.escaped}
		p.next()
		return k, true
	}
	if p.tok.isKeyword() {
		k := &ast.Identifier{Span: ast.Span{Start: start, End: end}, Name: p.tok.String()}
		p.next()
		return k, true
	}
	p.unexpected()
	return nil, false
}

// badShorthand reports a non-identifier key used like a shorthand property
// (`{1}`, `{'a' = 1}`): V8 reports the key token.
func (p *parser) badShorthand(key ast.Expression) {
	if p.tok != tComma && p.tok != tRBrace && p.tok != tAssign {
		return
	}
	s, e := key.Pos()
	switch key.(type) {
	case *ast.NumberLiteral, *ast.BigIntLiteral:
		p.unexpectedTok(tNumber, s, e)
	case *ast.StringLiteral:
		p.unexpectedTok(tString, s, e)
	}
}

func propKeyName(k ast.Expression) (string, bool) {
	switch k := k.(type) {
	case *ast.Identifier:
		return k.Name, true
	case *ast.StringLiteral:
		return k.Value, true
	}
	return "", false
}

func (p *parser) parseObjectLiteral(c *cover) ast.Expression {
	start := p.s.start
	p.next()
	obj := &ast.ObjectLiteral{}
	protoSeen := false
	for p.tok != tRBrace {
		if p.tok == tEllipsis {
			s := p.s.start
			p.next()
			arg := p.parseAssignCover(false, c)
			sp := &ast.SpreadElement{Span: p.span(s), Argument: arg}
			obj.Properties = append(obj.Properties, sp)
			if p.tok == tComma {
				p.trailingAfterRest[sp] = true
			}
		} else {
			prop := p.parseObjectProperty(c)
			if !prop.Computed && !prop.Shorthand && !prop.Method && prop.Kind == ast.PropertyInit {
				if name, ok := propKeyName(prop.Key); ok && name == "__proto__" {
					if protoSeen && c != nil && c.protoStart < 0 {
						c.protoStart, c.protoEnd = prop.Key.Pos()
					} else if protoSeen && c == nil {
						s, e := prop.Key.Pos()
						p.errorAt("Duplicate __proto__ fields are not allowed in object literals", s, e)
					}
					protoSeen = true
					obj.HasProtoSetter = true
				}
			}
			obj.Properties = append(obj.Properties, prop)
		}
		if p.tok != tRBrace {
			if p.tok != tComma {
				p.unexpected()
			}
			p.next()
		}
	}
	p.next()
	obj.Span = p.span(start)
	return obj
}

func (p *parser) parseObjectProperty(c *cover) *ast.Property {
	start := p.s.start
	prop := &ast.Property{}
	isAsync, isGen := false, false
	kind := ast.PropertyInit
	// modifiers: get/set/async/* (only when followed by a property name)
	if p.tok == tIdentifier && !p.s.escaped && (p.s.lit == "get" || p.s.lit == "set" || p.s.lit == "async") {
		t, st := p.peek()
		isMod := t != tComma && t != tRBrace && t != tColon && t != tLParen && t != tAssign
		if p.s.lit == "async" && st.nlBefore {
			isMod = false
			if t != tComma && t != tRBrace && t != tColon && t != tLParen && t != tAssign {
				p.next()
				p.unexpected()
			}
		}
		if isMod {
			switch p.s.lit {
			case "get":
				kind = ast.PropertyGet
			case "set":
				kind = ast.PropertySet
			default:
				isAsync = true
			}
			p.next()
		}
	}
	if p.tok == tMul {
		if kind != ast.PropertyInit {
			p.unexpected()
		}
		isGen = true
		p.next()
	}
	if isAsync && p.tok == tIdentifier && (p.s.lit == "get" || p.s.lit == "set") && !p.s.escaped {
		if t := p.peekToken(); t != tLParen {
			p.next()
			p.unexpected()
		}
	}
	if p.tok == tLBrack {
		p.next()
		prop.Key = p.parseAssign(false)
		p.expect(tRBrack)
		prop.Computed = true
	} else if p.tok == tPrivateName {
		p.unexpected()
	} else {
		key, isIdent := p.parsePropertyName()
		prop.Key = key
		if isIdent && kind == ast.PropertyInit && !isAsync && !isGen && p.tok != tColon && p.tok != tLParen {
			// shorthand `a` or CoverInitializedName `a = 1`
			if p.tok != tComma && p.tok != tRBrace && p.tok != tAssign {
				p.unexpected()
			}
			kid := key.(*ast.Identifier)
			if t := keywords[kid.Name]; t != 0 && !kid.Escaped {
				p.unexpectedTok(t, kid.Start, kid.End)
			}
			p.checkIdentifierRef(kid.Name, kid.Start, kid.End, kid.Escaped)
			ref := &ast.Identifier{Span: kid.Span, Name: kid.Name, Escaped: kid.Escaped}
			p.scope.refs = append(p.scope.refs, ref)
			prop.Shorthand = true
			prop.Value = ref
			if p.tok == tAssign {
				p.next()
				def := p.parseAssign(false)
				p.nameFunction(def, kid.Name)
				prop.Value = &ast.AssignmentExpression{Span: p.span(start), Operator: "=", Left: ref, Right: def}
				if c != nil {
					if c.shStart < 0 {
						c.shStart, c.shEnd = start, p.prevEnd
					}
				} else {
					p.errorAt("Invalid shorthand property initializer", start, p.prevEnd)
				}
			}
			prop.Span = p.span(start)
			return prop
		}
	}
	if p.tok == tLParen || kind != ast.PropertyInit || isAsync || isGen {
		fk := ast.FuncMethod
		switch kind {
		case ast.PropertyGet:
			fk = ast.FuncGetter
		case ast.PropertySet:
			fk = ast.FuncSetter
		}
		fn := p.parseMethod(start, fk, isAsync, isGen, false, nil)
		if name, ok := propKeyName(prop.Key); ok && !prop.Computed {
			fn.InferredName = name
		}
		prop.Kind = kind
		prop.Method = kind == ast.PropertyInit
		prop.Value = fn
		prop.Span = p.span(start)
		return prop
	}
	if !prop.Computed {
		p.badShorthand(prop.Key)
	}
	p.expect(tColon)
	prop.Value = p.parseAssignCover(false, c)
	if name, ok := propKeyName(prop.Key); ok && !prop.Computed {
		p.nameFunction(prop.Value, name)
	}
	prop.Span = p.span(start)
	return prop
}

// nameFunction sets the inferred name of an anonymous function or class.
func (p *parser) nameFunction(e ast.Expression, name string) {
	switch f := e.(type) {
	case *ast.FunctionLiteral:
		if f.Name == nil && f.InferredName == "" {
			f.InferredName = name
		}
	case *ast.ClassLiteral:
		if f.Name == nil && f.Constructor != nil && f.Constructor.InferredName == "" {
			f.Constructor.InferredName = name
		}
	}
}
