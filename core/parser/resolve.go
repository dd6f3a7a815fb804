package parser

import (
	"sort"

	"enginescope/core/ast"
)

// analyzer resolves references and allocates variables for one parse (the
// whole script, or one re-parsed function inside an already analysed scope chain).
type analyzer struct {
	p        *parser
	root     *pscope
	script   *ast.Scope
	captured map[*ast.Scope]*capList // per function scope
	implicit map[string]*ast.Variable
}

type capList struct {
	seen map[*ast.Variable]bool
	list []*ast.Variable
}

func (a *analyzer) capture(fs *ast.Scope, v *ast.Variable) {
	cl := a.captured[fs]
	if cl == nil {
		cl = &capList{seen: map[*ast.Variable]bool{}}
		a.captured[fs] = cl
	}
	if !cl.seen[v] {
		cl.seen[v] = true
		cl.list = append(cl.list, v)
	}
}

func (p *parser) analyze(root *pscope, prog *ast.Program) {
	a := &analyzer{p: p, root: root, captured: map[*ast.Scope]*capList{}, implicit: map[string]*ast.Variable{}}
	for s := root.s; s != nil; s = s.Outer {
		if s.Type == ast.ScriptScope {
			a.script = s
		}
	}
	if a.script != nil {
		for _, v := range a.script.Implicit {
			a.implicit[v.Name] = v
		}
	}
	a.buildTree(root)
	a.propagateEval(root)
	a.resolveAll(root)
	a.allocateAll(root)
	a.holeChecks(root)
	a.preparse(prog)
}

func (a *analyzer) buildTree(ps *pscope) {
	ps.s.Inner = ps.s.Inner[:0]
	for _, c := range ps.inner {
		c.s.Outer = ps.s
		ps.s.Inner = append(ps.s.Inner, c.s)
		a.buildTree(c)
	}
}

func (a *analyzer) propagateEval(ps *pscope) {
	if len(ps.evals) > 0 {
		s := ps.s
		s.CallsEval = true
		ds := s
		for ds != nil && !ds.IsDeclarationScope {
			ds = ds.Outer
		}
		if !s.Strict {
			s.CallsSloppyEval = true
			if ds != nil {
				ds.CallsSloppyEval = true
				ds.CallsEval = true
				if ds.Type == ast.FunctionScope || ds.Type == ast.BlockScope {
					ds.HasExtension = true
				}
			}
		}
		for t := s; t != nil; t = t.Outer {
			t.InnerCallsEval = true
		}
	}
	for _, c := range ps.inner {
		a.propagateEval(c)
	}
}

func (a *analyzer) resolveAll(ps *pscope) {
	for _, id := range ps.refs {
		a.resolve(id, ps.s)
	}
	for _, t := range ps.this {
		t.Var = a.receiver(ps.s, t.Start, false)
	}
	for _, m := range ps.newTarget {
		m.Var = a.receiver(ps.s, m.Start, true)
	}
	for _, pos := range ps.supers {
		a.markSuper(ps.s, pos < 0)
	}
	for _, c := range ps.inner {
		a.resolveAll(c)
	}
	// eval may read `this`, `arguments` and new.target of its function
	if ps.s.InnerCallsEval && ps.s.Type == ast.FunctionScope && !ps.s.IsArrowScope && ps.s.Function != nil && isRealFunction(ps.s.Function) {
		a.thisVar(ps.s).Used = true
		if ps.s.NewTargetVar == nil {
			ps.s.NewTargetVar = &ast.Variable{Name: ".new.target", Kind: ast.VarNewTarget, Scope: ps.s, Start: -1, End: -1, Index: -1}
		}
		ps.s.NewTargetVar.Used = true
		if ps.s.ArgumentsVar == nil && ps.s.Lookup("arguments") == nil {
			a.argumentsVar(ps.s)
		}
	}
}

func isRealFunction(f *ast.FunctionLiteral) bool {
	return f.Kind != ast.FuncClassMembersInitializer && f.Kind != ast.FuncClassStaticInitializer
}

func isPrivateKind(k ast.VarKind) bool {
	return k == ast.VarPrivateName || k == ast.VarPrivateMethod || k == ast.VarPrivateAccessor
}

func (a *analyzer) argumentsVar(s *ast.Scope) *ast.Variable {
	if s.ArgumentsVar == nil {
		v := &ast.Variable{Name: "arguments", Kind: ast.VarArguments, Start: -1, End: -1, Index: -1}
		s.Declare(v)
		s.ArgumentsVar = v
	}
	s.UsesArguments = true
	return s.ArgumentsVar
}

func (a *analyzer) thisVar(s *ast.Scope) *ast.Variable {
	if s.ThisVar == nil {
		s.ThisVar = &ast.Variable{Name: "this", Kind: ast.VarThis, Scope: s, Start: -1, End: -1, Index: -1}
	}
	return s.ThisVar
}

// resolve binds a reference to its variable.
func (a *analyzer) resolve(id *ast.Identifier, from *ast.Scope) {
	name := id.Name
	var crossed []*ast.Scope
	dynamic := false
	var found *ast.Variable
	for s := from; s != nil; s = s.Outer {
		v := s.Lookup(name)
		if v != nil && isPrivateKind(v.Kind) {
			v = nil
		}
		if v == nil && s.Type == ast.ClassScope && s.ClassVar != nil && s.ClassVar.Name == name {
			v = s.ClassVar
		}
		if v == nil && s.Type == ast.FunctionScope && s.FunctionVar != nil && s.FunctionVar.Name == name {
			v = s.FunctionVar
		}
		if v == nil && name == "arguments" && s.Type == ast.FunctionScope && !s.IsArrowScope && s.Function != nil && isRealFunction(s.Function) {
			v = a.argumentsVar(s)
		}
		if v != nil {
			if v.Kind == ast.VarVar && name == "arguments" && s.Type == ast.FunctionScope && !s.IsArrowScope {
				s.UsesArguments = true
			}
			found = v
			break
		}
		if s.Type == ast.WithScope {
			dynamic = true
		}
		if s.IsDeclarationScope && s.CallsSloppyEval || s.IsEval {
			dynamic = true
		}
		if s.Type == ast.FunctionScope {
			crossed = append(crossed, s)
		}
	}
	assigned := a.p.assigned[id]
	if found != nil {
		found.Used = true
		if assigned {
			found.MaybeAssigned = true
		}
		if len(crossed) > 0 || dynamic {
			found.Captured = true
		}
		// script-level var/function bindings live on the global object: not captured
		if !(found.Scope != nil && found.Scope.Type == ast.ScriptScope && !found.Kind.IsLexical()) {
			for _, fs := range crossed {
				a.capture(fs, found)
			}
		}
		if dynamic {
			id.Var = &ast.Variable{Name: name, Kind: ast.VarDynamic, Start: -1, End: -1, Location: ast.LocLookup, Index: -1, Shadowed: found, Used: true}
			return
		}
		id.Var = found
		return
	}
	if dynamic {
		id.Var = &ast.Variable{Name: name, Kind: ast.VarDynamic, Start: -1, End: -1, Location: ast.LocLookup, Index: -1, Used: true}
		return
	}
	v := a.implicit[name]
	if v == nil {
		v = &ast.Variable{Name: name, Kind: ast.VarImplicitGlobal, Scope: a.script, Start: -1, End: -1, Location: ast.LocGlobal, Index: -1}
		a.implicit[name] = v
		if a.script != nil {
			a.script.Implicit = append(a.script.Implicit, v)
		}
	}
	v.Used = true
	if assigned {
		v.MaybeAssigned = true
	}
	id.Var = v
}

// receiver resolves `this` (or new.target) to the closest non-arrow function's variable.
func (a *analyzer) receiver(from *ast.Scope, pos int, newTarget bool) *ast.Variable {
	var arrows []*ast.Scope
	for s := from; s != nil; s = s.Outer {
		if s.Type == ast.ScriptScope {
			for _, ar := range arrows {
				if newTarget {
					ar.UsesNewTarget = true
				} else {
					ar.UsesThis = true
				}
			}
			if !newTarget {
				s.UsesThis = true
			}
			return nil
		}
		if s.Type != ast.FunctionScope {
			continue
		}
		if s.IsArrowScope {
			arrows = append(arrows, s)
			continue
		}
		var v *ast.Variable
		if newTarget {
			s.UsesNewTarget = true
			if s.NewTargetVar == nil {
				s.NewTargetVar = &ast.Variable{Name: ".new.target", Kind: ast.VarNewTarget, Scope: s, Start: -1, End: -1, Index: -1}
			}
			v = s.NewTargetVar
		} else {
			s.UsesThis = true
			v = a.thisVar(s)
		}
		v.Used = true
		for _, ar := range arrows {
			if newTarget {
				ar.UsesNewTarget = true
			} else {
				ar.UsesThis = true
			}
			a.capture(ar, v)
			v.Captured = true
		}
		return v
	}
	return nil
}

func (a *analyzer) markSuper(from *ast.Scope, call bool) {
	for s := from; s != nil; s = s.Outer {
		if s.Type != ast.FunctionScope {
			continue
		}
		if call {
			s.UsesSuperCall = true
		} else {
			s.UsesSuperProperty = true
		}
		if !s.IsArrowScope {
			if call {
				// super() in an arrow binds `this` of the constructor
				a.thisVar(s).Used = true
			}
			return
		}
	}
}

// ------------------------------------------------------------ allocation

// allocateAll assigns locations in every scope of this parse (pre-order, as V8).
func (a *analyzer) allocateAll(ps *pscope) {
	a.allocate(ps.s)
	for _, c := range ps.inner {
		a.allocateAll(c)
	}
}

// closureOf is the scope whose frame holds this scope's registers.
func closureOf(s *ast.Scope) *ast.Scope {
	for t := s; t != nil; t = t.Outer {
		if t.Type == ast.FunctionScope || t.Type == ast.ScriptScope {
			return t
		}
	}
	return nil
}

func (a *analyzer) allocate(s *ast.Scope) {
	regs := &a.p.regCount
	frame := closureOf(s)
	if a.p.regFrame != frame {
		// registers are numbered per frame; remember counters per closure
		a.p.regFrame = frame
	}
	counter := a.p.frameRegs[frame]
	slot := s.ContextHeader()
	mustContext := func(v *ast.Variable) bool {
		if s.Type == ast.CatchScope || s.InnerCallsEval || v.Captured {
			return true
		}
		if s.Type == ast.ScriptScope && v.Kind.IsLexical() {
			return true
		}
		return false
	}
	toContext := func(v *ast.Variable) {
		v.Location, v.Index = ast.LocContext, slot
		slot++
		s.ContextLocals = append(s.ContextLocals, v)
	}
	toRegister := func(v *ast.Variable) {
		v.Location, v.Index = ast.LocLocal, counter
		counter++
		s.StackLocals = append(s.StackLocals, v)
	}
	used := func(v *ast.Variable) bool {
		return v.Used || s.InnerCallsEval || s.Type == ast.CatchScope || s.Type == ast.ScriptScope ||
			v.Kind == ast.VarLet || v.Kind == ast.VarConst || v.Kind == ast.VarClass || v.Kind == ast.VarFunction
	}
	s.ContextLocals, s.StackLocals = nil, nil
	if s.Type == ast.FunctionScope {
		if s.InnerCallsEval {
			for _, v := range s.Vars {
				v.Used = true
			}
		}
		if tv := s.ThisVar; tv != nil && tv.Used {
			if mustContext(tv) {
				toContext(tv)
			} else {
				tv.Location, tv.Index = ast.LocParameter, -1
			}
		}
		// a sloppy mapped arguments object aliases the parameters, so V8
		// forces them into the context
		mapped := s.ArgumentsVar != nil && s.ArgumentsVar.Used && !s.Strict && s.HasSimpleParams && !s.IsArrowScope
		// parameters: last to first, so that the last duplicate wins
		done := map[*ast.Variable]bool{}
		// a non-simple parameter list declares its parameters like `let` bindings initialized in
		// order (V8: locals copied from the argument slots, holes until then), allocated below
		for i := len(s.Params) - 1; i >= 0 && s.HasSimpleParams; i-- {
			v := s.Params[i]
			if v == nil || done[v] {
				continue
			}
			done[v] = true
			if mapped {
				v.Used, v.MaybeAssigned, v.Captured = true, true, true
			}
			if mustContext(v) && used(v) {
				toContext(v)
			} else {
				v.Location, v.Index = ast.LocParameter, i
			}
		}
		// destructured parameters' bindings are ordinary locals
		if nt := s.NewTargetVar; nt != nil && nt.Used {
			if mustContext(nt) {
				toContext(nt)
			} else {
				toRegister(nt)
			}
		}
		for _, v := range s.Vars {
			if v.Kind == ast.VarParam {
				if s.HasSimpleParams && paramIndex(s, v) >= 0 {
					continue
				}
				// V8 copies every argument into its binding, read or not (defaults and
				// patterns included): an unallocated one would be stored as a global
				v.Used = true
			}
			a.allocLocal(s, v, used, mustContext, toContext, toRegister)
		}
		if fv := s.FunctionVar; fv != nil && (fv.Used || s.InnerCallsEval) {
			if mustContext(fv) {
				toContext(fv)
			} else {
				toRegister(fv)
			}
		}
	} else {
		for _, v := range s.Vars {
			if s.IsEval && !s.Strict && !v.Kind.IsLexical() {
				// sloppy eval's vars and functions join the caller's declaration scope at run
				// time (DeclareEvalVar/DeclareEvalFunction): the function's context extension,
				// or the global object at the top of a classic script
				v.Location, v.Index = ast.LocLookup, -1
				continue
			}
			if s.Type == ast.ScriptScope && !v.Kind.IsLexical() && !(s.IsEval && s.Strict) {
				v.Location, v.Index = ast.LocGlobal, -1
				continue
			}
			if s.Type == ast.ClassScope && (isPrivateKind(v.Kind) || v.Kind == ast.VarBrand) {
				toContext(v)
				continue
			}
			a.allocLocal(s, v, used, mustContext, toContext, toRegister)
		}
		if cv := s.ClassVar; cv != nil && (cv.Used || s.InnerCallsEval) {
			if mustContext(cv) {
				toContext(cv)
			} else {
				toRegister(cv)
			}
		}
	}
	s.NeedsContext = len(s.ContextLocals) > 0 || s.HasExtension || s.Type == ast.WithScope
	if s.Type == ast.CatchScope {
		s.NeedsContext = true
	}
	a.p.frameRegs[frame] = counter
	_ = regs
}

func paramIndex(s *ast.Scope, v *ast.Variable) int {
	for i, p := range s.Params {
		if p == v {
			return i
		}
	}
	return -1
}

func (a *analyzer) allocLocal(s *ast.Scope, v *ast.Variable, used func(*ast.Variable) bool, mustContext func(*ast.Variable) bool, toContext, toRegister func(*ast.Variable)) {
	if !used(v) {
		v.Location, v.Index = ast.LocUnallocated, -1
		return
	}
	if mustContext(v) {
		toContext(v)
	} else {
		toRegister(v)
	}
}

// ------------------------------------------------------------ hole checks

func (a *analyzer) holeChecks(ps *pscope) {
	for _, id := range ps.refs {
		v := id.Var
		if v == nil || !v.Kind.IsLexical() || v.Location == ast.LocLookup {
			continue
		}
		switch {
		case closureOf(ps.s) != closureOf(v.Scope):
			id.HoleCheck = true
		case v.Scope.IsNonLinear:
			id.HoleCheck = true
		case v.InitPos >= id.Start:
			id.HoleCheck = true
		}
	}
	for _, c := range ps.inner {
		a.holeChecks(c)
	}
}

// --------------------------------------------------------------- preparse

// preparse drops the bodies of the functions directly inside the parse
// target and records their preparse data.
func (a *analyzer) preparse(prog *ast.Program) {
	p := a.p
	inner := p.innerCounts()
	target := p.reparseResult
	if prog != nil && prog.Wrapper != nil {
		target = prog.Wrapper // the CommonJS wrapper is the fully parsed top level
	}
	for _, f := range p.funcs {
		if f.Scope == nil {
			continue
		}
		first := p.firstInner[f]
		if f == p.reparseResult && p.reparseTarget.Preparse != nil {
			first = p.reparseTarget.Preparse.FirstInnerID
		}
		if cl := a.captured[f.Scope]; cl != nil {
			f.Preparse = &ast.PreparseData{Captured: cl.list}
			for _, v := range cl.list {
				f.Preparse.CapturedNames = append(f.Preparse.CapturedNames, v.Name)
			}
		} else {
			f.Preparse = &ast.PreparseData{}
		}
		f.Preparse.FirstInnerID = first
		f.Preparse.InnerFunctions = inner[f]
	}
	if p.opts.Eager {
		return
	}
	for _, f := range p.funcs {
		if f == target || !isRealFunction(f) || enclosingFunction(f) != target {
			continue
		}
		f.Preparsed = true
		f.Body = nil
		f.Params = nil
		if prog != nil {
			prog.Functions = append(prog.Functions, f)
		}
		if p.opts.OnPreparse != nil {
			p.opts.OnPreparse(PreparseEvent{Name: f.OwnName(), Start: f.Start, End: f.End, Captured: f.Preparse.CapturedNames, Func: f})
		}
	}
	if target != nil {
		for _, f := range p.funcs {
			if f != target && f.Preparsed {
				p.preparsedInner = append(p.preparsedInner, f)
			}
		}
	}
}

// enclosingFunction is the closest real function literal around f (nil at top level).
func enclosingFunction(f *ast.FunctionLiteral) *ast.FunctionLiteral {
	for s := f.Scope.Outer; s != nil; s = s.Outer {
		if s.Type == ast.FunctionScope && s.Function != nil && s.Function != f && isRealFunction(s.Function) {
			return s.Function
		}
	}
	return nil
}

// innerCounts counts, for every function, the function literals nested in it.
func (p *parser) innerCounts() map[*ast.FunctionLiteral]int {
	fs := append([]*ast.FunctionLiteral(nil), p.funcs...)
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		return fs[i].End > fs[j].End
	})
	counts := make(map[*ast.FunctionLiteral]int, len(fs))
	for i, f := range fs {
		n := 0
		for j := i + 1; j < len(fs) && fs[j].Start < f.End; j++ {
			if fs[j].End <= f.End {
				n++
			}
		}
		counts[f] = n
	}
	return counts
}
