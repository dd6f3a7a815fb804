package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

func (g *gen) visitStatements(list []ast.Statement) {
	if g.b.remainderOfBlockIsDead() {
		return
	}
	for _, s := range list {
		saved := g.b.regs.next
		g.visitStmt(s)
		g.b.regs.releaseTo(saved)
		if g.b.remainderOfBlockIsDead() {
			break
		}
	}
}

func (g *gen) visitStmt(s ast.Statement) {
	switch s := s.(type) {
	case nil:
	case *ast.EmptyStatement:
	case *ast.ExpressionStatement:
		g.setStatementPosition(s)
		if s == g.lastExprStmt && g.resultRegister.IsValid() {
			g.visitForAccumulatorValue(s.Expression)
			g.b.storeAccumulatorInRegister(g.resultRegister)
		} else {
			g.visitForEffect(s.Expression)
		}
	case *ast.VariableDeclaration:
		g.visitVariableDeclaration(s)
	case *ast.FunctionDeclaration:
		// hoisted: created by declareScope. A sloppy block function also sets the function's
		// var binding when its declaration is evaluated (Annex B.3.3).
		if id := s.Function.Name; id != nil && id.Var != nil && id.Var.AnnexB != nil && id.Var.AnnexB != id.Var {
			g.withRegScope(func() {
				g.buildVariableLoad(id.Var, false, false, id.Name)
				g.buildVariableAssignment(id.Var.AnnexB, id.Name, opAssign, false)
			})
		}
	case *ast.ClassDeclaration:
		g.visitClassDeclaration(s)
	case *ast.BlockStatement:
		g.visitBlock(s, nil)
	case *ast.IfStatement:
		g.visitIf(s)
	case *ast.ReturnStatement:
		g.setStatementPosition(s)
		if s.Argument != nil {
			g.visitForAccumulatorValue(s.Argument)
		} else {
			g.b.emit(bc.LdaUndefined)
		}
		cmd := cmdReturn
		if g.fn != nil && g.fn.IsAsync {
			cmd = cmdAsyncReturn
			if g.fn.IsGenerator {
				g.buildAwait(s.Start) // `return x` in an async generator awaits x (V8 BuildReturn)
			}
		}
		g.performCommand(cmd, nil, g.pos(s.End))
	case *ast.ThrowStatement:
		g.setStatementPosition(s)
		g.visitForAccumulatorValue(s.Argument)
		g.setExpressionPosition(s.Start)
		g.b.emit(bc.Throw)
	case *ast.WhileStatement:
		g.visitWhile(s)
	case *ast.DoWhileStatement:
		g.visitDoWhile(s)
	case *ast.ForStatement:
		g.visitFor(s)
	case *ast.ForInStatement:
		g.visitForIn(s)
	case *ast.ForOfStatement:
		g.visitForOf(s)
	case *ast.BreakStatement:
		g.setStatementPosition(s)
		g.performCommand(cmdBreak, g.breakTarget(s), -1)
	case *ast.ContinueStatement:
		g.setStatementPosition(s)
		g.performCommand(cmdContinue, g.continueTarget(s), -1)
	case *ast.LabeledStatement:
		g.visitLabeled(s)
	case *ast.SwitchStatement:
		g.visitSwitch(s)
	case *ast.TryStatement:
		g.visitTry(s)
	case *ast.DebuggerStatement:
		g.setStatementPosition(s)
		g.b.emit(bc.Debugger)
	case *ast.WithStatement:
		g.visitWith(s)
	default:
		unsupported("statement %T", s)
	}
}

// ---- labels: break/continue targets

type labelInfo struct {
	name string
	stmt ast.Statement // the labelled loop/statement
}

func (g *gen) breakTarget(s *ast.BreakStatement) ast.Statement {
	for i := len(g.targets) - 1; i >= 0; i-- {
		t := g.targets[i]
		if s.Label == nil {
			if isLoopOrSwitch(t.stmt) && t.name == "" {
				return t.stmt
			}
			continue
		}
		if t.name == s.Label.Name {
			return t.stmt
		}
	}
	unsupported("break target not found")
	return nil
}

func (g *gen) continueTarget(s *ast.ContinueStatement) ast.Statement {
	for i := len(g.targets) - 1; i >= 0; i-- {
		t := g.targets[i]
		if !isLoop(t.stmt) {
			continue
		}
		if s.Label == nil || t.name == s.Label.Name {
			return t.stmt
		}
	}
	unsupported("continue target not found")
	return nil
}

func isLoop(s ast.Statement) bool {
	switch s.(type) {
	case *ast.WhileStatement, *ast.DoWhileStatement, *ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement:
		return true
	}
	return false
}

func isLoopOrSwitch(s ast.Statement) bool {
	_, sw := s.(*ast.SwitchStatement)
	return sw || isLoop(s)
}

// pushTarget registers a loop/switch (name "") and any labels naming it.
func (g *gen) pushTargets(s ast.Statement, labels []string) int {
	n := len(g.targets)
	for _, l := range labels {
		g.targets = append(g.targets, labelInfo{name: l, stmt: s})
	}
	if isLoopOrSwitch(s) {
		g.targets = append(g.targets, labelInfo{stmt: s})
	}
	return n
}

func (g *gen) visitLabeled(s *ast.LabeledStatement) {
	labels := []string{s.Label.Name}
	body := s.Body
	for {
		if l, ok := body.(*ast.LabeledStatement); ok {
			labels = append(labels, l.Label.Name)
			body = l.Body
			continue
		}
		break
	}
	if isLoopOrSwitch(body) {
		g.pendingLabels = labels
		g.visitStmt(body)
		return
	}
	// a labelled non-loop statement: break target only
	n := g.pushTargets(body, labels)
	bk := &breakableControl{controlBase: g.base(), stmt: body, breakL: g.b.newLabel()}
	g.ctl = bk
	g.visitStmt(body)
	g.ctl = bk.out
	g.targets = g.targets[:n]
	g.b.bind(bk.breakL)
}

// takeLabels returns the labels of the loop being visited.
func (g *gen) takeLabels() []string {
	l := g.pendingLabels
	g.pendingLabels = nil
	return l
}

// ---- blocks and declarations

func (g *gen) visitBlock(s *ast.BlockStatement, extra func()) {
	sc := s.Scope
	outerScope := g.curScope
	if sc != nil {
		g.curScope = sc
	}
	if sc != nil && g.needsContext(sc) {
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(sc))
		c := g.pushContext(sc, bc.RegInvalid)
		g.blockBody(s, extra)
		g.popContext(c)
	} else {
		g.blockBody(s, extra)
	}
	g.curScope = outerScope
}

func (g *gen) blockBody(s *ast.BlockStatement, extra func()) {
	if extra != nil {
		extra()
	}
	if s.Scope != nil {
		g.declareScope(s.Scope, s.Body)
	} else {
		g.hoistBlockFunctions(s.Body)
	}
	g.visitStatements(s.Body)
}

// hoistBlockFunctions creates function declarations of a block without its own scope.
func (g *gen) hoistBlockFunctions(body []ast.Statement) {
	for _, st := range body {
		if fd, ok := st.(*ast.FunctionDeclaration); ok && fd.Function.Name != nil && fd.Function.Name.Var != nil {
			v := fd.Function.Name.Var
			if v.Scope != nil && v.Scope.Type == ast.FunctionScope || v.Location == ast.LocGlobal {
				continue // hoisted with its function scope
			}
			g.withRegScope(func() {
				g.buildCreateClosure(fd.Function)
				g.buildVariableAssignment(v, v.Name, opInit, false)
			})
		}
	}
}

func (g *gen) visitVariableDeclaration(d *ast.VariableDeclaration) {
	for _, decl := range d.Declarations {
		saved := g.b.regs.next
		if decl.Init == nil {
			if d.Kind == ast.DeclVar {
				continue
			}
			// `let x;` initialises x to undefined
			id, ok := decl.ID.(*ast.Identifier)
			if !ok {
				continue
			}
			g.setStatementPosition(decl)
			g.b.emit(bc.LdaUndefined)
			g.buildVariableAssignment(id.Var, id.Name, opInit, false)
			g.b.regs.releaseTo(saved)
			continue
		}
		g.setStatementPositionAt(exprStart(decl.Init))
		op := opInit
		if d.Kind == ast.DeclVar {
			op = opAssign
		}
		if id, ok := decl.ID.(*ast.Identifier); ok {
			g.visitForAccumulatorValueNamed(decl.Init, id)
			g.setExpressionPosition(exprStart(decl.Init))
			g.buildVariableAssignment(id.Var, id.Name, op, id.HoleCheck && op != opInit)
		} else {
			g.visitForAccumulatorValue(decl.Init)
			g.destructText = callPrinter(decl.Init)
			g.buildDestructuringAssignment(decl.ID, op)
		}
		g.b.regs.releaseTo(saved)
	}
}

func exprStart(e ast.Node) int {
	s, _ := e.Pos()
	return s
}

// visitForAccumulatorValueNamed evaluates an initializer; anonymous functions and classes
// were given their names by the parser (InferredName).
func (g *gen) visitForAccumulatorValueNamed(e ast.Expression, target ast.Node) {
	if id, ok := target.(*ast.Identifier); ok {
		g.nameAnonymousClass(e, id.Name)
	}
	g.visitForAccumulatorValue(e)
}

// nameAnonymousClass gives an anonymous class expression about to be compiled the name of
// the binding or property it initializes (NamedEvaluation; functions get theirs from the
// parser's inferred names).
func (g *gen) nameAnonymousClass(e ast.Expression, name string) {
	if cl, ok := e.(*ast.ClassLiteral); ok && cl.Name == nil {
		g.className = name
	}
}

// ---- if

func (g *gen) visitIf(s *ast.IfStatement) {
	g.setStatementPosition(s)
	end := g.b.newLabel()
	switch truthiness(s.Test) {
	case 1:
		g.visitStmt(s.Consequent)
		return
	case -1:
		if s.Alternate != nil {
			g.visitStmt(s.Alternate)
		}
		return
	}
	thenL, elseL := g.b.newLabel(), g.b.newLabel()
	g.visitForTest(s.Test, thenL, elseL, fallThen)
	before := g.saveHoleChecks()
	g.b.bind(thenL)
	g.visitStmt(s.Consequent)
	afterThen := g.holeChecked
	g.restoreHoleChecks(copyChecks(before))
	if s.Alternate != nil {
		if !g.b.remainderOfBlockIsDead() {
			g.b.jump(bc.Jump, end)
		}
		g.b.bind(elseL)
		g.visitStmt(s.Alternate)
		g.restoreHoleChecks(intersectChecks(afterThen, g.holeChecked))
	} else {
		g.b.bind(elseL)
		g.restoreHoleChecks(intersectChecks(afterThen, g.holeChecked))
	}
	g.b.bind(end)
}

func copyChecks(m map[*ast.Variable]bool) map[*ast.Variable]bool {
	c := make(map[*ast.Variable]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func intersectChecks(a, b map[*ast.Variable]bool) map[*ast.Variable]bool {
	c := map[*ast.Variable]bool{}
	for k := range a {
		if b[k] {
			c[k] = true
		}
	}
	return c
}

// truthiness: 1 if e is always truthy as a literal, -1 if always falsy, 0 unknown
// (V8's ToBooleanIsTrue / ToBooleanIsFalse on literals).
func truthiness(e ast.Expression) int {
	switch e := e.(type) {
	case *ast.BooleanLiteral:
		if e.Value {
			return 1
		}
		return -1
	case *ast.NumberLiteral:
		if e.Value != 0 && e.Value == e.Value {
			return 1
		}
		return -1
	case *ast.StringLiteral:
		if e.Value != "" {
			return 1
		}
		return -1
	case *ast.NullLiteral:
		return -1
	case *ast.Identifier:
		if e.Name == "undefined" && (e.Var == nil || e.Var.Kind == ast.VarImplicitGlobal) {
			return -1
		}
	case *ast.ObjectLiteral, *ast.ArrayLiteral, *ast.FunctionLiteral, *ast.RegExpLiteral:
		return 1
	}
	return 0
}

// ---- loops

func (g *gen) visitWhile(s *ast.WhileStatement) {
	labels := g.takeLabels()
	n := g.pushTargets(s, labels)
	defer func() { g.targets = g.targets[:n] }()
	lb := g.newLoopBuilder(g.pos(s.Start))
	if truthiness(s.Test) < 0 {
		return
	}
	g.loopHeader(lb)
	if truthiness(s.Test) == 0 {
		g.setExpressionAsStatementPosition(s.Test)
		bodyL := g.b.newLabel()
		g.visitForTest(s.Test, bodyL, lb.breakL, fallThen)
		g.b.bind(bodyL)
	}
	before := g.saveHoleChecks()
	g.visitIterationBody(s, s.Body, lb)
	g.restoreHoleChecks(before)
	g.jumpToHeader(lb)
	g.loopEnd(lb)
}

func (g *gen) visitDoWhile(s *ast.DoWhileStatement) {
	labels := g.takeLabels()
	n := g.pushTargets(s, labels)
	defer func() { g.targets = g.targets[:n] }()
	lb := g.newLoopBuilder(g.pos(s.Start))
	switch truthiness(s.Test) {
	case -1:
		before := g.saveHoleChecks()
		g.visitIterationBody(s, s.Body, lb)
		g.restoreHoleChecks(before)
	case 1:
		g.loopHeader(lb)
		before := g.saveHoleChecks()
		g.visitIterationBody(s, s.Body, lb)
		g.restoreHoleChecks(before)
		g.jumpToHeader(lb)
	default:
		g.loopHeader(lb)
		before := g.saveHoleChecks()
		g.visitIterationBody(s, s.Body, lb)
		g.restoreHoleChecks(before)
		g.setExpressionAsStatementPosition(s.Test)
		back := g.b.newLabel()
		g.visitForTest(s.Test, back, lb.breakL, fallThen)
		g.b.bind(back)
		g.jumpToHeader(lb)
	}
	g.loopEnd(lb)
}

func (g *gen) visitFor(s *ast.ForStatement) {
	labels := g.takeLabels()
	if p := g.lay.forLet[s]; p != nil {
		g.visitForLet(s, p, labels)
		return
	}
	outerScope := g.curScope
	var c *ctxScope
	perIteration := s.Scope != nil && g.needsContext(s.Scope)
	if s.Scope != nil {
		g.curScope = s.Scope
		if perIteration {
			g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s.Scope))
			c = g.pushContext(s.Scope, bc.RegInvalid)
		}
		g.declareScope(s.Scope, nil)
	}
	switch init := s.Init.(type) {
	case nil:
	case *ast.VariableDeclaration:
		g.visitVariableDeclaration(init)
	case ast.Expression:
		g.setStatementPosition(init)
		g.visitForEffect(init)
	}
	n := g.pushTargets(s, labels)
	lb := g.newLoopBuilder(g.pos(s.Start))
	if s.Test != nil && truthiness(s.Test) < 0 {
		g.targets = g.targets[:n]
		if c != nil {
			g.popContext(c)
		}
		g.curScope = outerScope
		return
	}
	g.loopHeader(lb)
	if s.Test != nil && truthiness(s.Test) == 0 {
		g.setExpressionAsStatementPosition(s.Test)
		bodyL := g.b.newLabel()
		g.visitForTest(s.Test, bodyL, lb.breakL, fallThen)
		g.b.bind(bodyL)
	}
	before := g.saveHoleChecks()
	g.visitIterationBody(s, s.Body, lb)
	if perIteration && !g.b.remainderOfBlockIsDead() {
		// a fresh copy of the per-iteration bindings for the next iteration
		g.copyPerIterationContext(s.Scope)
	}
	if s.Update != nil {
		g.b.setStatementPosition(g.pos(g.exprPos(s.Update)))
		g.visitForEffect(s.Update)
	}
	g.restoreHoleChecks(before)
	g.jumpToHeader(lb)
	g.targets = g.targets[:n]
	g.loopEnd(lb)
	if c != nil {
		g.popContext(c)
	}
	g.curScope = outerScope
}

// copyPerIterationContext creates the next iteration's context for `for (let …)` bindings
// captured by closures and copies the current values into it.
func (g *gen) copyPerIterationContext(s *ast.Scope) {
	g.withRegScope(func() {
		old := g.b.regs.newRegister()
		g.b.moveRegister(bc.RegCurrentContext, old)
		g.b.emit(bc.PopContext, int32(g.ctx.outer.reg))
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s))
		g.b.emit(bc.PushContext, int32(g.ctx.outer.reg))
		for _, v := range s.ContextLocals {
			g.b.emit(bc.LdaContextSlot, int32(old), int32(v.Index), 0)
			g.b.emit(bc.StaCurrentContextSlot, int32(v.Index))
		}
	})
}

// ---- switch

func (g *gen) visitSwitch(s *ast.SwitchStatement) {
	labels := g.takeLabels()
	n := g.pushTargets(s, labels)
	defer func() { g.targets = g.targets[:n] }()
	outerScope := g.curScope
	var c *ctxScope
	bk := &breakableControl{controlBase: g.base(), stmt: s, breakL: g.b.newLabel()}
	g.ctl = bk
	g.setStatementPosition(s)
	g.visitForAccumulatorValue(s.Discriminant)
	if s.Scope != nil {
		g.curScope = s.Scope
		if g.needsContext(s.Scope) {
			tmp := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(tmp)
			g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s.Scope))
			c = g.pushContext(s.Scope, bc.RegInvalid)
			bk.ctx = g.ctx
			var body []ast.Statement
			for _, cs := range s.Cases {
				body = append(body, cs.Consequent...)
			}
			g.declareScope(s.Scope, body)
			g.b.loadAccumulatorWithRegister(tmp)
		} else {
			var body []ast.Statement
			for _, cs := range s.Cases {
				body = append(body, cs.Consequent...)
			}
			tmp := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(tmp)
			g.declareScope(s.Scope, body)
			g.b.loadAccumulatorWithRegister(tmp)
		}
	}
	caseLabels := make([]int, len(s.Cases))
	for i := range caseLabels {
		caseLabels[i] = g.b.newLabel()
	}
	defaultIdx := -1
	tag := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(tag)
	for i, cs := range s.Cases {
		if cs.Test == nil {
			defaultIdx = i
			continue
		}
		g.visitForAccumulatorValue(cs.Test)
		g.b.emit(bc.TestEqualStrict, int32(tag), 0)
		g.b.jump(bc.JumpIfTrue, caseLabels[i])
	}
	if defaultIdx >= 0 {
		g.b.jump(bc.Jump, caseLabels[defaultIdx])
	} else {
		g.b.jump(bc.Jump, bk.breakL)
	}
	for i, cs := range s.Cases {
		g.b.bind(caseLabels[i])
		// a case is entered by a jump too: what an earlier case initialized is unknown here
		// (V8's HoleCheckElisionScope per clause)
		before := g.saveHoleChecks()
		g.visitStatements(cs.Consequent)
		g.restoreHoleChecks(before)
	}
	g.ctl = bk.out
	g.b.bind(bk.breakL)
	if c != nil {
		g.popContext(c)
	}
	g.curScope = outerScope
}

// ---- try

func (g *gen) visitTry(s *ast.TryStatement) {
	if s.Finalizer == nil {
		g.visitTryCatch(s)
		return
	}
	g.buildTryFinally(func() {
		if s.Handler != nil {
			g.visitTryCatch(s)
		} else {
			g.visitBlock(s.Block, nil)
		}
	}, func(token, result, message bc.Register) {
		g.visitBlock(s.Finalizer, nil)
	}, g.catchPrediction)
}

func (g *gen) visitTryCatch(s *ast.TryStatement) {
	outerPrediction := g.catchPrediction
	g.catchPrediction = bc.PredictCaught
	g.buildTryCatch(func() {
		g.visitBlock(s.Block, nil)
		g.catchPrediction = outerPrediction
	}, func(ctx bc.Register) {
		g.catchPrediction = outerPrediction
		h := s.Handler
		sc := h.Scope
		if sc != nil && g.needsContext(sc) {
			saved := g.b.regs.next
			exc := g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(exc)
			g.b.emit(bc.CreateCatchContext, int32(exc), g.scopeInfoConst(sc))
			g.b.regs.releaseTo(saved)
			g.b.storeAccumulatorInRegister(ctx)
			g.b.emit(bc.LdaTheHole)
			g.b.emit(bc.SetPendingMessage)
			g.b.loadAccumulatorWithRegister(ctx)
			outerScope := g.curScope
			g.curScope = sc
			c := g.pushContext(sc, bc.RegInvalid)
			g.bindCatchParameter(h, exc, true)
			g.visitBlock(h.Body, nil)
			g.popContext(c)
			g.curScope = outerScope
			return
		}
		// the exception stays in a register
		exc := bc.RegInvalid
		if h.Param != nil {
			exc = g.b.regs.newRegister()
			g.b.storeAccumulatorInRegister(exc)
		}
		g.b.emit(bc.LdaTheHole)
		g.b.emit(bc.SetPendingMessage)
		outerScope := g.curScope
		if sc != nil {
			g.curScope = sc
			g.bindCatchParameter(h, exc, false)
		}
		g.visitBlock(h.Body, nil)
		g.curScope = outerScope
	}, bc.PredictCaught)
}

// bindCatchParameter binds the catch parameter: a simple parameter in a catch context is
// already stored by CreateCatchContext; patterns are destructured from the exception.
func (g *gen) bindCatchParameter(h *ast.CatchClause, exc bc.Register, inContext bool) {
	if h.Param == nil {
		return
	}
	if id, ok := h.Param.(*ast.Identifier); ok {
		if inContext && id.Var != nil && id.Var.Location == ast.LocContext {
			return
		}
		g.b.loadAccumulatorWithRegister(exc)
		g.buildVariableAssignment(id.Var, id.Name, opInit, false)
		return
	}
	g.withRegScope(func() {
		if inContext {
			g.b.emit(bc.LdaCurrentContextSlot, 2)
		} else {
			g.b.loadAccumulatorWithRegister(exc)
		}
		g.buildDestructuringAssignment(h.Param, opInit)
	})
}

// ---- with

func (g *gen) visitWith(s *ast.WithStatement) {
	g.setStatementPosition(s)
	g.visitForAccumulatorValue(s.Object)
	obj := g.b.regs.newRegister()
	g.b.emit(bc.ToObject, int32(obj))
	g.b.emit(bc.CreateWithContext, int32(obj), g.scopeInfoConst(s.Scope))
	outerScope := g.curScope
	g.curScope = s.Scope
	c := g.pushContext(s.Scope, bc.RegInvalid)
	g.visitStmt(s.Body)
	g.popContext(c)
	g.curScope = outerScope
}

// visitForLet compiles V8's desugaring of a `for (let …)` loop that contains closures:
//
//	{ let x = init; temp_x = x; first = 1; undefined;
//	  outer: for (;;) {
//	    let x = temp_x;                          // a fresh (context) binding per iteration
//	    { if (first == 1) first = 0; else next;
//	      flag = 1;
//	      if (!cond) break outer; }
//	    labels: for (; flag == 1; flag = 0, temp_x = x) body
//	    if (flag == 1) break outer;
//	  } }
func (g *gen) visitForLet(s *ast.ForStatement, p *forLetPlan, labels []string) {
	init := s.Init.(*ast.VariableDeclaration)
	// the hidden for-scope: the head's bindings are registers
	for i, v := range p.vars {
		if g.headNeedsHole(init, v) {
			g.b.emit(bc.LdaTheHole)
			g.b.storeAccumulatorInRegister(g.localRegister(p.outer[i]))
		}
	}
	savedAlias := g.alias
	g.alias = p.alias
	g.visitVariableDeclaration(init)
	g.alias = savedAlias
	proxyPos := g.pos(endOf(s.Body) - 1)
	for i := range p.vars {
		g.b.setExpressionPosition(proxyPos)
		g.b.loadAccumulatorWithRegister(g.localRegister(p.outer[i]))
		g.b.storeAccumulatorInRegister(p.temps[i])
	}
	if p.first.IsValid() {
		g.loadSmi(1)
		g.b.storeAccumulatorInRegister(p.first)
	}
	outerStmt := &ast.EmptyStatement{}
	olb := g.newLoopBuilder(-1)
	g.loopHeader(olb)
	before := g.saveHoleChecks()
	g.visitIterationBodyFn(outerStmt, olb, func() {
		outerScope := g.curScope
		var c *ctxScope
		saved := g.b.regs.next
		if g.needsContext(s.Scope) {
			g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s.Scope))
			c = g.pushContext(s.Scope, bc.RegInvalid)
		}
		g.curScope = s.Scope
		g.declareScope(s.Scope, nil)
		for i, v := range p.vars {
			g.b.loadAccumulatorWithRegister(p.temps[i])
			g.buildVariableAssignment(v, v.Name, opInit, false)
		}
		if p.first.IsValid() {
			elseL, endL := g.b.newLabel(), g.b.newLabel()
			g.withRegScope(func() {
				g.loadSmi(1)
				g.b.emit(bc.TestEqual, int32(p.first), 0)
			})
			g.b.jump(bc.JumpIfFalse, elseL)
			g.b.emit(bc.LdaZero)
			g.b.storeAccumulatorInRegister(p.first)
			g.b.jump(bc.Jump, endL)
			g.b.bind(elseL)
			g.b.setStatementPosition(g.pos(g.exprPos(s.Update)))
			g.withRegScope(func() { g.visitForEffect(s.Update) })
			g.b.bind(endL)
		}
		g.loadSmi(1)
		g.b.storeAccumulatorInRegister(p.flag)
		if s.Test != nil {
			switch truthiness(s.Test) {
			case 1:
			case -1:
				g.performCommand(cmdBreak, outerStmt, -1)
			default:
				thenL, elseL, endL := g.b.newLabel(), g.b.newLabel(), g.b.newLabel()
				g.b.setStatementPosition(g.pos(g.exprPos(s.Test)))
				g.withRegScope(func() { g.visitForTest(s.Test, thenL, elseL, fallThen) })
				g.b.bind(thenL)
				g.b.jump(bc.Jump, endL)
				g.b.bind(elseL)
				g.performCommand(cmdBreak, outerStmt, -1)
				g.b.bind(endL)
			}
		}
		// the original loop, with its labels
		n := g.pushTargets(s, labels)
		lb := g.newLoopBuilder(g.pos(s.Start))
		g.loopHeader(lb)
		bodyL := g.b.newLabel()
		g.withRegScope(func() {
			g.loadSmi(1)
			g.b.emit(bc.TestEqual, int32(p.flag), 0)
		})
		g.b.jump(bc.JumpIfFalse, lb.breakL)
		g.b.bind(bodyL)
		inner := g.saveHoleChecks()
		g.visitIterationBody(s, s.Body, lb)
		g.b.emit(bc.LdaZero)
		g.b.storeAccumulatorInRegister(p.flag)
		for i, v := range p.vars {
			g.b.setExpressionPosition(proxyPos)
			g.buildVariableLoad(v, false, false, v.Name)
			g.b.storeAccumulatorInRegister(p.temps[i])
		}
		g.restoreHoleChecks(inner)
		g.jumpToHeader(lb)
		g.targets = g.targets[:n]
		g.loopEnd(lb)
		// {{ if (flag == 1) break outer; }}
		skip := g.b.newLabel()
		g.withRegScope(func() {
			g.loadSmi(1)
			g.b.emit(bc.TestEqual, int32(p.flag), 0)
		})
		g.b.jump(bc.JumpIfFalse, skip)
		g.performCommand(cmdBreak, outerStmt, -1)
		g.b.bind(skip)
		if c != nil {
			g.popContext(c)
		}
		g.b.regs.releaseTo(saved)
		g.curScope = outerScope
	})
	g.restoreHoleChecks(before)
	g.jumpToHeader(olb)
	g.loopEnd(olb)
}

// headNeedsHole: a reference in the loop head reads the binding before its initialisation.
func (g *gen) headNeedsHole(init *ast.VariableDeclaration, v *ast.Variable) bool {
	found := false
	ast.Inspect(init, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Var == v && id.HoleCheck {
			found = true
		}
		return !found
	})
	return found
}
