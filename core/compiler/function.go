package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// compileFunction generates a function's bytecode (V8's GenerateBytecode).
func (g *gen) compileFunction() *bc.BytecodeArray {
	fn := g.fn
	g.ctx = &ctxScope{scope: g.closureScope.Outer, reg: bc.RegCurrentContext}
	g.ctl = &topLevelControl{g: g}
	g.catchPrediction = bc.PredictUncaught

	if fn.IsGenerator || fn.IsAsync {
		g.incoming = g.lay.genObj
		g.genObj = g.incoming
	} else if nt := g.closureScope.NewTargetVar; nt != nil && nt.Location == ast.LocLocal {
		// the entry trampoline puts new.target straight into the variable's register
		g.incoming = g.localRegister(nt)
	} else if g.derivedNewTarget.IsValid() {
		g.incoming = g.derivedNewTarget
	} else if (nt != nil && nt.Location != ast.LocUnallocated) || fn.Kind == ast.FuncDerivedConstructor {
		g.incoming = g.b.regs.newRegister()
	}
	g.b.functionEntryPosition(g.pos(fn.ParamsStart))
	if fn.IsGenerator || fn.IsAsync {
		g.buildGeneratorPrologue()
	}
	if g.needsContext(g.closureScope) {
		g.b.emit(bc.CreateFunctionContext, g.scopeInfoConst(g.closureScope), int32(len(g.scopeInfo(g.closureScope).Names)))
		c := g.pushContext(g.closureScope, bc.RegInvalid)
		g.buildLocalActivationContextInitialization()
		g.generateBody()
		g.ctx = c.outer // the function returns; no PopContext is emitted
	} else {
		g.generateBody()
	}
	if fn.IsGenerator || fn.IsAsync {
		g.buildGeneratorEpilogue()
	}
	arr, err := g.b.finish(g.sfi)
	if err != nil {
		unsupported("%v", err)
	}
	arr.MappedParams = g.mappedParams
	if g.incoming.IsValid() {
		arr.IncomingNewTargetOrGenerator = bc.FrameIndex(g.incoming, arr.FormalParams())
	} else {
		arr.IncomingNewTargetOrGenerator = -1
	}
	return arr
}

// compileScript generates a classic script's top-level code.
func (g *gen) compileScript() *bc.BytecodeArray {
	g.ctx = &ctxScope{scope: g.closureScope, reg: bc.RegCurrentContext}
	g.ctl = &topLevelControl{g: g}
	g.catchPrediction = bc.PredictUncaught
	g.b.functionEntryPosition(0)
	g.resultRegister = g.b.regs.newRegister()
	g.b.locals = max(g.b.locals, 0)
	g.visitGlobalDeclarations()
	g.declareScope(g.closureScope, g.prog.Body)
	g.lastExprStmt = lastCompletionStatement(g.prog.Body)
	g.visitStatements(g.prog.Body)
	if !g.b.remainderOfBlockIsDead() {
		if g.lastExprStmt != nil {
			g.b.loadAccumulatorWithRegister(g.resultRegister)
		} else {
			g.b.emit(bc.LdaUndefined)
		}
		g.b.setStatementPosition(g.pos(len(g.script.Source)))
		g.b.emit(bc.Return)
	}
	arr, err := g.b.finish(g.sfi)
	if err != nil {
		unsupported("%v", err)
	}
	arr.IncomingNewTargetOrGenerator = -1
	return arr
}

// lastCompletionStatement is the last top-level expression statement (V8's rewriter stores
// only the final completion value).
func lastCompletionStatement(body []ast.Statement) ast.Statement {
	for i := len(body) - 1; i >= 0; i-- {
		switch s := body[i].(type) {
		case *ast.ExpressionStatement:
			return s
		case *ast.FunctionDeclaration, *ast.EmptyStatement:
			continue
		case *ast.VariableDeclaration:
			continue
		case *ast.ClassDeclaration:
			continue
		default:
			return nil
		}
	}
	return nil
}

// visitGlobalDeclarations emits DeclareGlobals for a classic script's var and function
// declarations (they become global object properties).
func (g *gen) visitGlobalDeclarations() {
	var elems []bc.Constant
	funcs := map[string]*ast.FunctionLiteral{}
	for _, s := range g.prog.Body {
		if fd, ok := s.(*ast.FunctionDeclaration); ok && fd.Function.Name != nil {
			funcs[fd.Function.Name.Name] = fd.Function
		}
	}
	for _, v := range g.closureScope.Vars {
		if v.Location != ast.LocGlobal && v.Location != ast.LocUnallocated {
			continue
		}
		switch v.Kind {
		case ast.VarVar:
			elems = append(elems, bc.StringConstant(v.Name))
		case ast.VarFunction:
			if lit := funcs[v.Name]; lit != nil {
				sfi := SFIFor(g.script, lit)
				elems = append(elems, bc.Constant{Kind: bc.ConstSFI, Obj: sfi},
					bc.Constant{Kind: bc.ConstSmi, Smi: g.closureSlot(lit), Target: -1})
			}
		}
	}
	if len(elems) == 0 {
		return
	}
	g.withRegScope(func() {
		idx := g.b.constant(bc.Constant{Kind: bc.ConstFixedArray, Obj: &bc.FixedArray{Elements: elems}})
		args := g.b.regs.newRegisterList(2)
		g.b.emit(bc.LdaConstant, int32(idx))
		g.b.storeAccumulatorInRegister(args.Register(0))
		g.b.moveRegister(bc.RegFunctionClosure, args.Register(1))
		g.b.emit(bc.CallRuntime, int32(bc.RtDeclareGlobals), int32(args.First), 2)
	})
}

// buildLocalActivationContextInitialization copies the receiver and parameters that live in
// the new function context into it.
func (g *gen) buildLocalActivationContextInitialization() {
	s := g.closureScope
	if v := s.ThisVar; v != nil && v.Location == ast.LocContext {
		g.b.loadAccumulatorWithRegister(bc.Receiver())
		g.b.emit(bc.StaCurrentContextSlot, int32(v.Index))
	}
	if !g.fn.SimpleParams {
		return
	}
	for i, v := range s.Params {
		if v == nil || v.Location != ast.LocContext {
			continue
		}
		g.b.loadAccumulatorWithRegister(bc.Parameter(i + 1))
		g.b.emit(bc.StaCurrentContextSlot, int32(v.Index))
	}
}

// generateBody: prologue (arguments, rest, function name, declarations), parameters, body.
func (g *gen) generateBody() {
	fn := g.fn
	s := g.closureScope
	// arguments object
	if av := s.ArgumentsVar; av != nil && av.Location != ast.LocUnallocated && !fn.IsArrow {
		if !g.strict && fn.SimpleParams {
			g.b.emit(bc.CreateMappedArguments)
			g.mappedParams = make([]int32, len(s.Params))
			for i, pv := range s.Params {
				g.mappedParams[i] = -1
				if pv == nil || pv.Location != ast.LocContext {
					continue
				}
				last := true
				for _, q := range s.Params[i+1:] {
					if q == pv {
						last = false
					}
				}
				if last {
					g.mappedParams[i] = int32(pv.Index)
				}
			}
		} else {
			g.b.emit(bc.CreateUnmappedArguments)
		}
		g.buildVariableAssignment(av, "arguments", opInit, false)
	}
	// rest parameter
	restTarget := bc.RegInvalid
	if n := len(fn.Params); n > 0 {
		if _, ok := fn.Params[n-1].(*ast.RestElement); ok {
			g.b.emit(bc.CreateRestParameter)
			restTarget = g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(restTarget)
		}
	}
	if g.thisFunction.IsValid() {
		g.b.moveRegister(bc.RegFunctionClosure, g.thisFunction)
	}
	// named function expression's own binding
	if fv := s.FunctionVar; fv != nil && fv.Location != ast.LocUnallocated {
		g.b.loadAccumulatorWithRegister(bc.RegFunctionClosure)
		g.buildVariableAssignment(fv, fv.Name, opInit, false)
	}
	// new.target variable (a register one already received it on entry)
	if v := s.NewTargetVar; v != nil && g.incoming.IsValid() && !fn.IsGenerator && !fn.IsAsync {
		if v.Location == ast.LocContext {
			g.b.loadAccumulatorWithRegister(g.incoming)
			g.buildVariableAssignment(v, ".new.target", opInit, false)
		}
	}
	body := fn.Body
	if fn.SimpleParams {
		g.declareScope(s, body)
	} else {
		g.declareScope(s, nil)
	}
	switch {
	case fn.Kind == ast.FuncClassMembersInitializer || fn.Kind == ast.FuncClassStaticInitializer:
		g.generateClassInitializerBody()
	case fn.Kind == ast.FuncClassConstructor:
		g.buildParameterInitialization(restTarget)
		g.buildInstanceMembersInitialization()
		g.visitBodyWithImplicitReturn(body)
	case fn.Kind == ast.FuncDerivedConstructor:
		g.buildParameterInitialization(restTarget)
		g.generateDerivedConstructorBody(body)
	case fn.IsAsync && fn.IsGenerator:
		g.buildParameterInitialization(restTarget)
		g.generateAsyncGeneratorBody(body)
	case fn.IsAsync:
		g.generateAsyncFunctionBody(body, restTarget)
	default:
		g.buildParameterInitialization(restTarget)
		if fn.IsGenerator {
			g.buildGeneratorObjectInitialization()
		}
		g.visitBodyWithImplicitReturn(body)
	}
}

// bodyScope is the scope of the function body's declarations: the function scope, or for a
// non-simple parameter list the body's own var scope.
func (g *gen) bodyScope() *ast.Scope {
	s := g.closureScope
	if g.fn != nil && !g.fn.SimpleParams {
		for _, in := range s.Inner {
			if in.Type == ast.BlockScope && in.IsDeclarationScope {
				return in
			}
		}
	}
	return s
}

// buildParameterInitialization evaluates non-simple parameters (defaults, patterns, rest)
// into their bindings, then enters the body's var scope (V8's initialization block).
func (g *gen) buildParameterInitialization(restTarget bc.Register) {
	fn := g.fn
	if fn.SimpleParams {
		return
	}
	saved := g.b.regs.next
	for i, p := range fn.Params {
		if rest, ok := p.(*ast.RestElement); ok {
			g.b.loadAccumulatorWithRegister(restTarget)
			g.buildPatternInit(rest.Argument)
			continue
		}
		param := bc.Parameter(i + 1)
		target := p
		if ap, ok := p.(*ast.AssignmentPattern); ok {
			target = ap.Left
			g.b.loadAccumulatorWithRegister(param)
			done := g.b.newLabel()
			isUndef := g.b.newLabel()
			g.b.jump(bc.JumpIfNotUndefined, isUndef)
			g.visitForAccumulatorValueNamed(ap.Right, target)
			g.b.jump(bc.Jump, done)
			g.b.bind(isUndef)
			g.b.loadAccumulatorWithRegister(param)
			g.b.bind(done)
		} else {
			g.b.loadAccumulatorWithRegister(param)
		}
		g.buildPatternInit(target)
	}
	g.b.regs.releaseTo(saved)
	// the body's var scope: a `var` redeclaring a parameter starts with its value
	bs := g.bodyScope()
	if bs != g.closureScope {
		g.enterBodyScope(bs)
	}
}

// enterBodyScope declares the body var scope of a function with non-simple parameters.
func (g *gen) enterBodyScope(bs *ast.Scope) {
	if g.needsContext(bs) {
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(bs))
		g.pushContext(bs, bc.RegInvalid)
	}
	g.curScope = bs
	for _, v := range bs.Vars {
		if v.Kind != ast.VarVar || v.Location == ast.LocUnallocated {
			continue
		}
		if pv := g.closureScope.Lookup(v.Name); pv != nil && pv.Kind == ast.VarParam {
			g.buildVariableLoad(pv, false, false, pv.Name)
			g.buildVariableAssignment(v, v.Name, opInit, false)
		}
	}
	g.declareScope(bs, g.fn.Body)
}

// buildPatternInit binds the accumulator to a parameter / declaration target.
func (g *gen) buildPatternInit(target ast.Pattern) {
	if id, ok := target.(*ast.Identifier); ok {
		g.buildVariableAssignment(id.Var, id.Name, opInit, false)
		return
	}
	g.destructParam = true
	g.buildDestructuringAssignment(target, opInit)
	g.destructParam = false
}

func (g *gen) visitBodyWithImplicitReturn(body []ast.Statement) {
	g.visitStatements(body)
	if !g.b.remainderOfBlockIsDead() {
		g.b.emit(bc.LdaUndefined)
		cmd := cmdReturn
		if g.fn.IsAsync {
			cmd = cmdAsyncReturn // settle the promise (async generators: without awaiting undefined)
		}
		g.performCommand(cmd, nil, g.returnPosition())
	}
}

// returnPosition is the implicit return's position: the closing brace.
func (g *gen) returnPosition() int {
	if g.fn.ExpressionBody {
		return g.pos(g.fn.End)
	}
	return g.pos(g.fn.End - 1)
}

// declareScope emits the declarations of a scope: TDZ holes for lexical bindings in contexts
// (or registers that need them) and hoisted function declarations (V8's VisitDeclarations).
func (g *gen) declareScope(s *ast.Scope, body []ast.Statement) {
	funcs := map[*ast.Variable][]*ast.FunctionLiteral{}
	for _, st := range body {
		if fd, ok := st.(*ast.FunctionDeclaration); ok && fd.Function.Name != nil && fd.Function.Name.Var != nil {
			v := fd.Function.Name.Var
			funcs[v] = append(funcs[v], fd.Function)
		}
	}
	for _, v := range s.Vars {
		if v.Location == ast.LocUnallocated || v.Location == ast.LocGlobal && v.Kind != ast.VarFunction {
			continue
		}
		if s.IsEval && v.Location == ast.LocLookup {
			g.declareEvalVar(v, funcs[v])
			continue
		}
		switch {
		case v.Kind == ast.VarFunction:
			for _, lit := range funcs[v] {
				if v.Location == ast.LocGlobal {
					continue // DeclareGlobals created it
				}
				g.withRegScope(func() {
					g.buildCreateClosure(lit)
					g.buildVariableAssignment(v, v.Name, opInit, false)
				})
			}
		case v.Kind == ast.VarParam && g.paramHoleVars[v] && v.Location != ast.LocParameter:
			g.b.emit(bc.LdaTheHole)
			g.buildVariableAssignment(v, v.Name, opInit, false)
			delete(g.holeChecked, v)
		case v.Kind.IsLexical() && v.Kind != ast.VarClassName:
			if g.bindingNeedsInit(v) {
				g.b.emit(bc.LdaTheHole)
				g.buildVariableAssignment(v, v.Name, opInit, false)
				delete(g.holeChecked, v)
			}
		}
	}
}

// declareEvalVar is V8's declaration of a sloppy eval's var or function: a runtime call that
// adds it to the caller's declaration scope (the last function declaration of a name wins).
func (g *gen) declareEvalVar(v *ast.Variable, lits []*ast.FunctionLiteral) {
	g.withRegScope(func() {
		if v.Kind != ast.VarFunction || len(lits) == 0 {
			args := g.b.regs.newRegisterList(1)
			g.b.emit(bc.LdaConstant, g.b.stringConst(v.Name))
			g.b.storeAccumulatorInRegister(args.Register(0))
			g.b.emit(bc.CallRuntime, int32(bc.RtDeclareEvalVar), int32(args.First), 1)
			return
		}
		args := g.b.regs.newRegisterList(2)
		g.b.emit(bc.LdaConstant, g.b.stringConst(v.Name))
		g.b.storeAccumulatorInRegister(args.Register(0))
		g.buildCreateClosure(lits[len(lits)-1])
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.CallRuntime, int32(bc.RtDeclareEvalFunction), int32(args.First), 2)
	})
}

// bindingNeedsInit: context-allocated lexical bindings always start as the hole; stack ones
// only if some reference needs a TDZ check (V8's binding_needs_init).
func (g *gen) bindingNeedsInit(v *ast.Variable) bool {
	switch v.Location {
	case ast.LocContext:
		return true
	case ast.LocLocal, ast.LocParameter:
		return g.hasHoleCheckUse(v)
	}
	return false
}

func (g *gen) hasHoleCheckUse(v *ast.Variable) bool {
	if g.holeUses == nil {
		g.holeUses = map[*ast.Variable]bool{}
		var root ast.Node
		if g.fn != nil {
			root = g.fn
		} else {
			root = g.prog
		}
		ast.Inspect(root, func(n ast.Node) bool {
			if id, ok := n.(*ast.Identifier); ok && id.HoleCheck && id.Var != nil {
				g.holeUses[id.Var] = true
			}
			return true
		})
	}
	return g.holeUses[v]
}

// paramHoleChecks: in a non-simple parameter list V8 declares the parameters like `let`, so
// a default that reads a parameter declared at or after its own position throws (TDZ). The
// scope analysis treats parameters as plain bindings; the compiler finds those references.
func (g *gen) paramHoleChecks() map[*ast.Identifier]bool {
	fn := g.fn
	if fn == nil || fn.SimpleParams || len(fn.Params) == 0 {
		return nil
	}
	declAt := map[*ast.Variable]int{}
	var bind func(p ast.Node, i int)
	bind = func(p ast.Node, i int) {
		switch p := p.(type) {
		case *ast.Identifier:
			if p.Var != nil {
				declAt[p.Var] = i
			}
		case *ast.AssignmentPattern:
			bind(p.Left, i)
		case *ast.RestElement:
			bind(p.Argument, i)
		case *ast.ArrayPattern:
			for _, e := range p.Elements {
				if e != nil {
					bind(e, i)
				}
			}
		case *ast.ObjectPattern:
			for _, pp := range p.Properties {
				bind(pp.Value, i)
			}
			if p.Rest != nil {
				bind(p.Rest, i)
			}
		}
	}
	for i, p := range fn.Params {
		bind(p, i)
	}
	out := map[*ast.Identifier]bool{}
	var refs func(p ast.Node, i int)
	refs = func(p ast.Node, i int) {
		expr := func(e ast.Node) {
			ast.Inspect(e, func(n ast.Node) bool {
				if _, ok := n.(*ast.FunctionLiteral); ok {
					return false
				}
				if id, ok := n.(*ast.Identifier); ok && id.Var != nil {
					if j, ok := declAt[id.Var]; ok && j >= i {
						out[id] = true
					}
				}
				return true
			})
		}
		switch p := p.(type) {
		case *ast.AssignmentPattern:
			refs(p.Left, i)
			expr(p.Right)
		case *ast.RestElement:
			refs(p.Argument, i)
		case *ast.ArrayPattern:
			for _, e := range p.Elements {
				if e != nil {
					refs(e, i)
				}
			}
		case *ast.ObjectPattern:
			for _, pp := range p.Properties {
				if pp.Computed {
					expr(pp.Key)
				}
				refs(pp.Value, i)
			}
			if p.Rest != nil {
				refs(p.Rest, i)
			}
		}
	}
	for i, p := range fn.Params {
		refs(p, i)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
