package parser

import (
	"enginescope/core/ast"
)

// toAssignTarget converts the left side of `=` (or a for-in/of head) to an
// assignment target.
func (p *parser) toAssignTarget(e ast.Expression, c *cover, msg string, forLoop bool) ast.Pattern {
	_, par := p.parens[e]
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
		if !p.inChain(t) {
			return t
		}
	case *ast.ObjectLiteral, *ast.ArrayLiteral:
		if !par {
			s, en := e.Pos()
			if c != nil {
				c.clear(s, en)
			}
			return p.toAssignPattern(e)
		}
	}
	s, en := p.fullSpan(e)
	p.errorAt(msg, s, en)
	return nil
}

// toAssignPattern converts an unparenthesized object/array literal to a
// destructuring assignment pattern.
func (p *parser) toAssignPattern(e ast.Expression) ast.Pattern {
	switch t := e.(type) {
	case *ast.ObjectLiteral:
		op := &ast.ObjectPattern{Span: t.Span}
		for i, el := range t.Properties {
			switch pr := el.(type) {
			case *ast.SpreadElement:
				if i != len(t.Properties)-1 || p.trailingAfterRest[pr] {
					s, en := pr.Argument.Pos()
					p.errorAt("Rest element must be last element", s, en)
				}
				arg := pr.Argument
				switch a := arg.(type) {
				case *ast.Identifier:
					p.checkStrictAssignName(a)
					p.markAssigned(a)
				case *ast.MemberExpression:
					if a.Optional || p.inChain(a) {
						p.invalidTarget(arg)
					}
				case *ast.ObjectLiteral, *ast.ArrayLiteral:
					s, en := p.fullSpan(arg)
					p.errorAt("`...` must be followed by an assignable reference in assignment contexts", s, en)
				default:
					p.invalidTarget(arg)
				}
				op.Rest = arg.(ast.Pattern)
				op.RestStart = pr.Start
			case *ast.Property:
				pp := &ast.PatternProperty{Span: pr.Span, Key: pr.Key, Computed: pr.Computed, Shorthand: pr.Shorthand}
				if pr.Kind != ast.PropertyInit || pr.Method {
					p.invalidTarget(pr.Value)
				}
				if pr.Shorthand {
					switch v := pr.Value.(type) {
					case *ast.Identifier:
						p.checkStrictAssignName(v)
						p.markAssigned(v)
						pp.Value = v
					case *ast.AssignmentExpression:
						id := v.Left.(*ast.Identifier)
						p.checkStrictAssignName(id)
						p.markAssigned(id)
						pp.Value = &ast.AssignmentPattern{Span: v.Span, Left: id, Right: v.Right}
					}
				} else {
					pp.Value = p.toAssignElement(pr.Value)
				}
				op.Properties = append(op.Properties, pp)
			}
		}
		return op
	case *ast.ArrayLiteral:
		ap := &ast.ArrayPattern{Span: t.Span}
		for i, el := range t.Elements {
			if el == nil {
				ap.Elements = append(ap.Elements, nil)
				continue
			}
			if sp, ok := el.(*ast.SpreadElement); ok {
				if i != len(t.Elements)-1 || p.trailingAfterRest[sp] {
					p.errorAt("Rest element must be last element", sp.Start, sp.End)
				}
				var arg ast.Pattern
				switch sp.Argument.(type) {
				case *ast.AssignmentExpression:
					p.invalidTarget(sp)
				default:
					arg = p.toAssignElement(sp.Argument)
				}
				ap.Elements = append(ap.Elements, &ast.RestElement{Span: sp.Span, Argument: arg})
				continue
			}
			ap.Elements = append(ap.Elements, p.toAssignElement(el))
		}
		return ap
	}
	p.invalidTarget(e)
	return nil
}

func (p *parser) invalidTarget(e ast.Node) {
	s, en := p.fullSpan(e)
	p.errorAt("Invalid destructuring assignment target", s, en)
}

// toAssignElement converts one element/value of a destructuring assignment.
func (p *parser) toAssignElement(e ast.Expression) ast.Pattern {
	_, par := p.parens[e]
	switch t := e.(type) {
	case *ast.Identifier:
		p.checkStrictAssignName(t)
		p.markAssigned(t)
		return t
	case *ast.MemberExpression:
		if !t.Optional && !p.inChain(t) {
			return t
		}
	case *ast.AssignmentExpression:
		if t.Operator == "=" && !par {
			return &ast.AssignmentPattern{Span: t.Span, Left: t.Left, Right: t.Right}
		}
	case *ast.ObjectLiteral, *ast.ArrayLiteral:
		if !par {
			return p.toAssignPattern(e)
		}
	}
	p.invalidTarget(e)
	return nil
}

// ---------------------------------------------------------- arrow params

// toParam converts one arrow-head expression to a formal parameter and
// collects its binding identifiers.
func (p *parser) toParam(e ast.Expression, ids *[]*ast.Identifier) ast.Pattern {
	_, par := p.parens[e]
	if par {
		p.invalidTarget(e)
	}
	switch t := e.(type) {
	case *ast.Identifier:
		*ids = append(*ids, t)
		return t
	case *ast.AssignmentExpression:
		if t.Operator == "=" {
			left := p.toBinding(t.Left, ids, true)
			return &ast.AssignmentPattern{Span: t.Span, Left: left, Right: t.Right}
		}
	case *ast.ObjectLiteral, *ast.ArrayLiteral:
		pat := p.toAssignPattern(e)
		return p.toBinding(pat, ids, false)
	}
	p.invalidTarget(e)
	return nil
}

// toBinding checks that an assignment pattern is a valid binding pattern.
func (p *parser) toBinding(pat ast.Pattern, ids *[]*ast.Identifier, top bool) ast.Pattern {
	switch t := pat.(type) {
	case *ast.Identifier:
		if _, par := p.parens[t]; par {
			p.invalidTarget(t)
		}
		*ids = append(*ids, t)
		return t
	case *ast.MemberExpression, *ast.CallExpression:
		if _, par := p.parens[t]; par || top {
			p.invalidTarget(t)
		}
		s, e := t.Pos()
		p.errorAt("Illegal property in declaration context", s, e)
	case *ast.ObjectPattern:
		for _, pp := range t.Properties {
			pp.Value = p.toBinding(pp.Value, ids, false)
		}
		if t.Rest != nil {
			if _, ok := t.Rest.(*ast.Identifier); !ok {
				s, e := p.fullSpan(t.Rest)
				p.errorAt("`...` must be followed by an identifier in declaration contexts", s, e)
			}
			t.Rest = p.toBinding(t.Rest, ids, false)
		}
		return t
	case *ast.ArrayPattern:
		for i, el := range t.Elements {
			if el != nil {
				t.Elements[i] = p.toBinding(el, ids, false)
			}
		}
		return t
	case *ast.AssignmentPattern:
		t.Left = p.toBinding(t.Left, ids, false)
		return t
	case *ast.RestElement:
		t.Argument = p.toBinding(t.Argument, ids, false)
		return t
	}
	p.invalidTarget(pat)
	return nil
}
