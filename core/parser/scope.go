package parser

import (
	"enginescope/core/ast"
)

// pscope is the parser's working copy of a scope: the ast.Scope plus the
// unresolved references and bookkeeping used for early errors.
type pscope struct {
	s         *ast.Scope
	outer     *pscope
	inner     []*pscope
	refs      []*ast.Identifier // references appearing directly in this scope
	this      []*ast.ThisExpression
	newTarget []*ast.MetaProperty
	// hoisted: var declarations that passed through this block scope
	hoisted []hoistedVar
	// Annex B: sloppy-mode function declarations in blocks
	blockFuncs []*ast.Variable
	// lexFunc marks block-level (lexical) function declarations by variable
	lexFunc map[*ast.Variable]funcDeclInfo
	// catch scope: the parameter is a simple identifier
	simpleCatch bool
	isCatchBody bool
	// function body scope with non-simple params: the function scope holding params
	paramScope *pscope
	fn         *funcState
	callsEval  bool
	evals      []int // positions of direct eval calls
	supers     []int // super uses: >=0 property, <0 call
	// private names referenced (class scopes collect unresolved ones)
	privRefs []*ast.PrivateIdentifier
}

type hoistedVar struct {
	name       string
	start, end int
}

type funcDeclInfo struct {
	sloppyPlain bool // sloppy, not async, not generator: duplicates allowed in blocks
	kwStart     int
}

func (p *parser) pushScope(t ast.ScopeType, start int) *pscope {
	ps := &pscope{s: &ast.Scope{Type: t, Start: start, Outer: nil}, outer: p.scope, fn: p.fn}
	if p.scope != nil {
		ps.s.Outer = p.scope.s
		p.scope.inner = append(p.scope.inner, ps)
		ps.s.Strict = p.scope.s.Strict
	}
	if p.fn != nil {
		ps.s.Strict = p.fn.strict
		ps.s.Function = p.fn.lit
	}
	switch t {
	case ast.ScriptScope, ast.FunctionScope:
		ps.s.IsDeclarationScope = true
	}
	p.scope = ps
	return ps
}

// popScope ends the current scope. An unnecessary block scope (one with no
// declarations) is dissolved into its parent (V8's FinalizeBlockScope).
// It returns nil if the scope was dissolved.
func (p *parser) popScope(end int) *ast.Scope {
	ps := p.scope
	ps.s.End = end
	p.scope = ps.outer
	if ps.s.Type == ast.BlockScope && len(ps.s.Vars) == 0 && !ps.s.IsDeclarationScope {
		p.dissolve(ps)
		return nil
	}
	return ps.s
}

func (p *parser) dissolve(ps *pscope) {
	par := ps.outer
	idx := -1
	for i, c := range par.inner {
		if c == ps {
			idx = i
			break
		}
	}
	for _, c := range ps.inner {
		c.outer = par
		c.s.Outer = par.s
	}
	if idx >= 0 {
		ni := make([]*pscope, 0, len(par.inner)-1+len(ps.inner))
		ni = append(ni, par.inner[:idx]...)
		ni = append(ni, ps.inner...)
		ni = append(ni, par.inner[idx+1:]...)
		par.inner = ni
	}
	par.refs = append(par.refs, ps.refs...)
	par.this = append(par.this, ps.this...)
	par.newTarget = append(par.newTarget, ps.newTarget...)
	par.privRefs = append(par.privRefs, ps.privRefs...)
	par.evals = append(par.evals, ps.evals...) // a direct eval in a dissolved block is its parent's
	if ps.callsEval {
		par.callsEval = true
	}
	for _, h := range ps.hoisted {
		if !par.s.IsDeclarationScope {
			par.hoisted = append(par.hoisted, h)
		}
	}
}

func (p *parser) declScope() *pscope {
	for t := p.scope; t != nil; t = t.outer {
		if t.s.IsDeclarationScope {
			return t
		}
	}
	return nil
}

// redeclared reports a conflicting declaration. V8 reports it at the
// declaration's position with a one-character range (except for catch
// parameters, see checkOuterLexicalConflict).
func (p *parser) redeclared(name string, start, end int) {
	p.errorAt("Identifier '"+name+"' has already been declared", start, start+1)
}

func newVar(name string, kind ast.VarKind, start, end int) *ast.Variable {
	return &ast.Variable{Name: name, Kind: kind, Start: start, End: end, InitPos: end, Index: -1,
		NeedsHoleCheck: kind.IsLexical()}
}

// declareVar declares a `var` binding (also used for sloppy function-name hoisting).
func (p *parser) declareVar(id *ast.Identifier) *ast.Variable {
	name := id.Name
	ds := p.declScope()
	var catchParam *ast.Variable
	for t := p.scope; ; t = t.outer {
		if v := t.s.Lookup(name); v != nil {
			if isLexicalBinding(t, v) {
				if !(t.s.Type == ast.CatchScope && t.simpleCatch) {
					p.redeclared(name, id.Start, id.End)
				} else if catchParam == nil {
					catchParam = v
				}
			}
		}
		if t == ds {
			break
		}
		if t.s.Type == ast.BlockScope && t.paramScope == nil {
			t.hoisted = append(t.hoisted, hoistedVar{name, id.Start, id.End})
		}
	}
	if catchParam != nil {
		// Annex B.3.5: `var e = x` inside `catch (e)` hoists e, but its initializer assigns
		// the catch parameter, the binding in scope at that point.
		p.declareVarIn(ds, id)
		catchParam.MaybeAssigned = true
		return catchParam
	}
	return p.declareVarIn(ds, id)
}

func (p *parser) declareVarIn(ds *pscope, id *ast.Identifier) *ast.Variable {
	name := id.Name
	// a non-simple parameter list keeps params in the outer function scope
	if v := ds.s.Lookup(name); v != nil {
		return v
	}
	if ds.paramScope != nil {
		if v := ds.paramScope.s.Lookup(name); v != nil && v.Kind == ast.VarParam {
			// `var a` re-declares param a in the body var scope (a separate
			// binding initialised from the parameter)
			nv := newVar(name, ast.VarVar, id.Start, id.End)
			ds.s.Declare(nv)
			return nv
		}
	}
	v := newVar(name, ast.VarVar, id.Start, id.End)
	ds.s.Declare(v)
	return v
}

// isLexicalBinding: let/const/class/class-name, a catch param, or a block-level function.
func isLexicalBinding(t *pscope, v *ast.Variable) bool {
	switch v.Kind {
	case ast.VarLet, ast.VarConst, ast.VarClass, ast.VarCatch:
		return true
	case ast.VarFunction:
		_, lex := t.lexFunc[v]
		return lex
	}
	return false
}

// declareLexical declares let/const/class in the current scope.
func (p *parser) declareLexical(id *ast.Identifier, kind ast.VarKind) *ast.Variable {
	name := id.Name
	t := p.scope
	if v := t.s.Lookup(name); v != nil {
		p.redeclared(name, id.Start, id.End)
	}
	for _, h := range t.hoisted {
		if h.name == name {
			p.redeclared(name, h.start, h.end)
		}
	}
	p.checkOuterLexicalConflict(t, name, id.Start, id.End)
	v := newVar(name, kind, id.Start, id.End)
	t.s.Declare(v)
	return v
}

// checkOuterLexicalConflict: body-level lexical declarations conflict with
// parameters (non-simple parameter lists keep them in an outer scope) and
// catch-body lexical declarations with the catch parameter.
func (p *parser) checkOuterLexicalConflict(t *pscope, name string, start, end int) {
	if t.paramScope != nil {
		if v := t.paramScope.s.Lookup(name); v != nil && v.Kind == ast.VarParam {
			p.redeclared(name, start, end)
		}
	}
	if t.isCatchBody {
		if v := t.outer.s.Lookup(name); v != nil {
			p.errorAt("Identifier '"+name+"' has already been declared", start, end)
		}
	}
}

// declareFunction declares a function declaration's name in the current scope.
func (p *parser) declareFunction(id *ast.Identifier, kwStart int, sloppyPlain bool) *ast.Variable {
	name := id.Name
	t := p.scope
	if t.s.IsDeclarationScope {
		// var-like: conflicts only with lexical declarations of this scope
		if v := t.s.Lookup(name); v != nil {
			if isLexicalBinding(t, v) {
				p.redeclared(name, kwStart, kwStart+1)
			}
			if v.Kind == ast.VarVar || v.Kind == ast.VarFunction {
				v.Kind = ast.VarFunction
				return v
			}
			if v.Kind == ast.VarParam {
				return v
			}
		}
		if t.paramScope != nil {
			if v := t.paramScope.s.Lookup(name); v != nil && v.Kind == ast.VarParam {
				nv := newVar(name, ast.VarFunction, id.Start, id.End)
				t.s.Declare(nv)
				return nv
			}
		}
		v := newVar(name, ast.VarFunction, id.Start, id.End)
		v.NeedsHoleCheck = false
		t.s.Declare(v)
		return v
	}
	// block-level function: lexical
	if v := t.s.Lookup(name); v != nil {
		if info, ok := t.lexFunc[v]; ok && info.sloppyPlain && sloppyPlain {
			return v
		}
		p.redeclared(name, kwStart, kwStart+1)
	}
	for _, h := range t.hoisted {
		if h.name == name {
			p.redeclared(name, h.start, h.end)
		}
	}
	if t.isCatchBody {
		if v := t.outer.s.Lookup(name); v != nil {
			p.redeclared(name, kwStart, kwStart+1)
		}
	}
	v := newVar(name, ast.VarFunction, id.Start, id.End)
	v.NeedsHoleCheck = false
	t.s.Declare(v)
	if t.lexFunc == nil {
		t.lexFunc = map[*ast.Variable]funcDeclInfo{}
	}
	t.lexFunc[v] = funcDeclInfo{sloppyPlain: sloppyPlain, kwStart: kwStart}
	if !p.strict() && sloppyPlain {
		t.blockFuncs = append(t.blockFuncs, v)
	}
	return v
}

// hoistBlockFunctions implements Annex B.3.3 for a finished declaration scope:
// each sloppy block-level function also gets a var binding in the function
// scope unless that would conflict with a lexical declaration.
func (p *parser) hoistBlockFunctions(ds *pscope) {
	var visit func(ps *pscope)
	visit = func(ps *pscope) {
		for _, v := range ps.blockFuncs {
			ok := true
			for t := ps.outer; t != nil; t = t.outer {
				if w := t.s.Lookup(v.Name); w != nil && isLexicalBinding(t, w) {
					if !(t.s.Type == ast.CatchScope && t.simpleCatch) {
						ok = false
						break
					}
				}
				if t == ds {
					break
				}
			}
			if ok && ds.paramScope != nil {
				if w := ds.paramScope.s.Lookup(v.Name); w != nil && w.Kind == ast.VarParam {
					ok = false
				}
			}
			if ok && ds.s.Type == ast.FunctionScope {
				if w := ds.s.Lookup(v.Name); w != nil && w.Kind == ast.VarParam {
					ok = false
				}
			}
			if ok {
				hv := ds.s.Lookup(v.Name)
				if hv == nil {
					hv = newVar(v.Name, ast.VarVar, v.Start, v.End)
					ds.s.Declare(hv)
				}
				hv.Used = true
				hv.MaybeAssigned = true
				v.AnnexB = hv
			}
		}
		for _, c := range ps.inner {
			if c.s.Type == ast.FunctionScope || c.s.IsDeclarationScope {
				continue
			}
			visit(c)
		}
	}
	for _, c := range ds.inner {
		if c.s.Type == ast.FunctionScope || c.s.IsDeclarationScope {
			continue
		}
		visit(c)
	}
}
