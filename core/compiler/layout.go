package compiler

import (
	"sort"

	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// The register layout of a function's stack locals follows V8's parser, which adds
// temporaries the source does not name:
//   - `.generator_object` of generators and async functions (the first local),
//   - `.for`, the iteration value of every for-in/for-of with a declaration,
//   - the desugaring of `for (let …; …; …)` loops whose head or body contains a function
//     or eval (one temp per bound name, `first` when there is an update, `flag`), plus the
//     outer copies of the bound names in the hidden for-scope,
//   - the TDZ copies of a for-in/for-of's let/const names (the enumerated expression sees
//     those),
// Temporaries are locals of the closure scope created when the loop's body has been
// parsed, so they interleave with the var declarations by source position; block locals
// follow in pre-order of the scope tree.

type layout struct {
	reg     map[*ast.Variable]int
	count   int
	genObj  bc.Register
	forTemp map[ast.Node]bc.Register
	forLet  map[*ast.ForStatement]*forLetPlan
}

// forLetPlan is V8's DesugarLexicalBindingsInForStatement for one loop.
type forLetPlan struct {
	vars  []*ast.Variable // the bound names (the per-iteration bindings)
	outer []*ast.Variable // their copies in the hidden for-scope (registers)
	temps []bc.Register
	first bc.Register // invalid without an update expression
	flag  bc.Register
	alias map[*ast.Variable]*ast.Variable
}

type pendingTemp struct {
	key, start int
	node       ast.Node
	n          int // number of temporaries
}

func (g *gen) computeLayout() *layout {
	l := &layout{reg: map[*ast.Variable]int{}, genObj: bc.RegInvalid, forTemp: map[ast.Node]bc.Register{},
		forLet: map[*ast.ForStatement]*forLetPlan{}}
	var body []ast.Statement
	if g.fn != nil {
		body = g.fn.Body
	} else if g.prog != nil {
		body = g.prog.Body
	}
	// loops needing temporaries, and the scopes getting extra copies
	var temps []pendingTemp
	tdz := map[*ast.Scope]int{}
	outerCopies := map[*ast.Scope]*ast.ForStatement{}
	// V8 allocates a var that is only ever written (its declaration's initializer binds a
	// proxy); the scope analysis leaves such vars unallocated
	written := map[*ast.Variable]bool{}
	markWritten := func(target ast.Node) {
		ast.Inspect(target, func(n ast.Node) bool {
			if _, ok := n.(*ast.FunctionLiteral); ok {
				return false
			}
			if id, ok := n.(*ast.Identifier); ok && id.Var != nil && id.Var.Kind == ast.VarVar &&
				id.Var.Location == ast.LocUnallocated && id.Var.Scope != nil && closureOfScope(id.Var.Scope) == g.closureScope {
				written[id.Var] = true
			}
			return true
		})
	}
	visit := func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.VariableDeclaration:
			if s.Kind == ast.DeclVar {
				for _, d := range s.Declarations {
					if d.Init != nil {
						markWritten(d.ID)
					}
				}
			}
		case *ast.FunctionLiteral, *ast.StaticBlock:
			return false
		case *ast.ClassLiteral:
			// only computed keys and the heritage run in this function; they cannot hold loops
			// outside nested functions
			return false
		case *ast.ForStatement:
			if g.desugarsForLet(s) {
				k := len(s.Scope.Vars) + 1
				if s.Update != nil {
					k++
				}
				temps = append(temps, pendingTemp{key: endOf(s.Body), start: s.Start, node: s, n: k})
				outerCopies[s.Scope] = s
			}
		case *ast.ForInStatement:
			if d, ok := s.Left.(*ast.VariableDeclaration); ok {
				temps = append(temps, pendingTemp{key: endOf(s.Body), start: s.Start, node: s, n: 1})
				if d.Kind == ast.DeclVar && len(d.Declarations) > 0 {
					markWritten(d.Declarations[0].ID)
				}
				if d.Kind != ast.DeclVar && s.Scope != nil {
					tdz[s.Scope] = len(s.Scope.Vars)
				}
			}
		case *ast.ForOfStatement:
			if d, ok := s.Left.(*ast.VariableDeclaration); ok {
				temps = append(temps, pendingTemp{key: endOf(s.Body), start: s.Start, node: s, n: 1})
				if d.Kind == ast.DeclVar && len(d.Declarations) > 0 {
					markWritten(d.Declarations[0].ID)
				}
				if d.Kind != ast.DeclVar && s.Scope != nil {
					tdz[s.Scope] = len(s.Scope.Vars)
				}
			}
		}
		return true
	}
	for _, st := range body {
		ast.Inspect(st, visit)
	}
	// inner loops finish parsing first
	sort.SliceStable(temps, func(i, j int) bool {
		if temps[i].key != temps[j].key {
			return temps[i].key < temps[j].key
		}
		return temps[i].start > temps[j].start
	})

	next := 0
	if g.fn != nil && (g.fn.IsGenerator || g.fn.IsAsync) {
		l.genObj = bc.Local(next)
		next++
	}
	place := func(v *ast.Variable) {
		if _, done := l.reg[v]; !done {
			l.reg[v] = next
			next++
		}
	}
	placeTemps := func(t pendingTemp) {
		switch s := t.node.(type) {
		case *ast.ForStatement:
			p := &forLetPlan{first: bc.RegInvalid, alias: map[*ast.Variable]*ast.Variable{}}
			for range s.Scope.Vars {
				p.temps = append(p.temps, bc.Local(next))
				next++
			}
			if s.Update != nil {
				p.first = bc.Local(next)
				next++
			}
			p.flag = bc.Local(next)
			next++
			l.forLet[s] = p
		default:
			l.forTemp[t.node] = bc.Local(next)
			next++
		}
	}
	// the closure scope's locals interleaved with the temporaries
	ti := 0
	for _, v := range withWritten(g.closureScope, written) {
		if v.Location != ast.LocLocal {
			continue
		}
		if v.Start >= 0 {
			for ti < len(temps) && temps[ti].key <= v.Start {
				placeTemps(temps[ti])
				ti++
			}
		} else {
			for ; ti < len(temps); ti++ {
				placeTemps(temps[ti])
			}
		}
		place(v)
	}
	for ; ti < len(temps); ti++ {
		placeTemps(temps[ti])
	}
	// block scopes in pre-order
	var walk func(s *ast.Scope)
	walk = func(s *ast.Scope) {
		if n, ok := tdz[s]; ok {
			next += n // TDZ copies: never read by our code, but they take registers
		}
		if fs, ok := outerCopies[s]; ok {
			p := l.forLet[fs]
			for _, v := range s.Vars {
				c := &ast.Variable{Name: v.Name, Kind: v.Kind, Scope: v.Scope, Start: v.Start, End: v.End,
					InitPos: v.InitPos, Location: ast.LocLocal, Index: next, Used: true, MaybeAssigned: v.MaybeAssigned,
					NeedsHoleCheck: v.NeedsHoleCheck}
				l.reg[c] = next
				next++
				p.vars = append(p.vars, v)
				p.outer = append(p.outer, c)
				p.alias[v] = c
			}
		}
		for _, v := range withWritten(s, written) {
			if v.Location == ast.LocLocal {
				place(v)
			}
		}
		for _, in := range s.Inner {
			if in.Type == ast.FunctionScope {
				continue
			}
			if in.Type == ast.BlockScope && in.IsDeclarationScope && in.Function != g.fn {
				continue
			}
			walk(in)
		}
	}
	for _, in := range g.closureScope.Inner {
		if in.Type == ast.FunctionScope {
			continue
		}
		if in.Type == ast.BlockScope && in.IsDeclarationScope && in.Function != g.fn {
			continue
		}
		walk(in)
	}
	// anything the walk did not reach keeps a register after the others
	var rest func(s *ast.Scope)
	rest = func(s *ast.Scope) {
		for _, v := range s.Vars {
			if v.Location == ast.LocLocal {
				place(v)
			}
		}
		for _, v := range []*ast.Variable{s.ThisVar, s.NewTargetVar, s.FunctionVar, s.ArgumentsVar, s.ClassVar} {
			if v != nil && v.Location == ast.LocLocal {
				place(v)
			}
		}
		for _, in := range s.Inner {
			if in.Type == ast.FunctionScope && in != g.closureScope {
				continue
			}
			if in.Type == ast.BlockScope && in.IsDeclarationScope && in.Function != g.fn {
				continue
			}
			rest(in)
		}
	}
	rest(g.closureScope)
	l.count = next
	return l
}

// desugarsForLet: V8 rewrites `for (let/const …; …; …)` into an outer and an inner loop with
// per-iteration copies when the loop contains a function literal or a direct eval.
func (g *gen) desugarsForLet(s *ast.ForStatement) bool {
	if s.Scope == nil || len(s.Scope.Vars) == 0 {
		return false
	}
	d, ok := s.Init.(*ast.VariableDeclaration)
	if !ok || d.Kind == ast.DeclVar {
		return false
	}
	inInit, inRest := false, false
	find := func(flag *bool) func(ast.Node) bool {
		return func(n ast.Node) bool {
			switch c := n.(type) {
			case *ast.FunctionLiteral, *ast.ClassLiteral:
				*flag = true
				return false
			case *ast.CallExpression:
				if c.DirectEval {
					*flag = true
				}
			}
			return !*flag
		}
	}
	ast.Inspect(s.Init, find(&inInit))
	if inInit {
		// a closure in the head would capture the hidden outer copies (a context of their
		// own in V8); keep the single per-iteration scope instead
		return false
	}
	if s.Test != nil {
		ast.Inspect(s.Test, find(&inRest))
	}
	if s.Update != nil && !inRest {
		ast.Inspect(s.Update, find(&inRest))
	}
	if !inRest {
		ast.Inspect(s.Body, find(&inRest))
	}
	return inRest
}

// withWritten is the scope's register order with the written-only vars (see computeLayout)
// inserted where V8 declares them; those become locals.
func withWritten(s *ast.Scope, written map[*ast.Variable]bool) []*ast.Variable {
	var extra []*ast.Variable
	for _, v := range s.Vars {
		if written[v] {
			extra = append(extra, v)
		}
	}
	if len(extra) == 0 {
		return s.StackLocals
	}
	pos := map[*ast.Variable]int{}
	for i, v := range s.Vars {
		pos[v] = i
	}
	out := make([]*ast.Variable, 0, len(s.StackLocals)+len(extra))
	for _, v := range s.StackLocals {
		if i, ok := pos[v]; ok {
			for len(extra) > 0 && pos[extra[0]] < i {
				out = append(out, extra[0])
				extra = extra[1:]
			}
		}
		out = append(out, v)
	}
	out = append(out, extra...)
	for _, v := range out {
		if written[v] {
			v.Location, v.Index = ast.LocLocal, -1
		}
	}
	return out
}

func closureOfScope(s *ast.Scope) *ast.Scope {
	for t := s; t != nil; t = t.Outer {
		if t.Type == ast.FunctionScope || t.Type == ast.ScriptScope {
			return t
		}
	}
	return nil
}
