package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// Generators and async functions compile to V8's suspend/resume machinery:
// SwitchOnGeneratorState at entry dispatches a resumed generator to the point after its
// SuspendGenerator; ResumeGenerator restores the registers. Async functions await through
// %_AsyncFunctionAwait + a suspend; the runtime resumes them from promise reactions.

// Resume modes (V8's JSGeneratorObject::ResumeMode).
const (
	resumeNext   = 0
	resumeReturn = 1
	resumeThrow  = 2
)

// countSuspends counts the suspend points of the function body (sizes the generator jump
// table, which V8 reserves before compiling the body).
func (g *gen) countSuspends() int {
	n := 0
	if g.fn.IsGenerator {
		n++ // initial yield
	}
	ast.Inspect(g.fn, func(node ast.Node) bool {
		switch x := node.(type) {
		case *ast.FunctionLiteral:
			return x == g.fn
		case *ast.ClassLiteral:
			// computed keys and extends are evaluated here; bodies are other functions
			return true
		case *ast.YieldExpression:
			switch {
			case x.Delegate && g.fn.IsAsync:
				n += 3
			default:
				n++
			}
		case *ast.AwaitExpression:
			n++
		case *ast.ForOfStatement:
			if x.Await {
				n += 2
			}
		case *ast.ReturnStatement:
			if g.fn.IsAsync && g.fn.IsGenerator {
				n++
			}
		}
		return true
	})
	if g.fn.IsAsync && g.fn.IsGenerator {
		n++ // implicit return awaits
	}
	return n
}

func (g *gen) buildGeneratorPrologue() {
	g.suspendMax = g.countSuspends()
	g.genTable = g.b.newJumpTable(g.suspendMax, 0)
	g.b.emit(bc.SwitchOnGeneratorState, int32(g.genObj), int32(g.genTable.start), int32(g.genTable.size))
}

func (g *gen) buildGeneratorEpilogue() {
	if g.suspendNext != g.suspendMax {
		g.b.trimJumpTable(g.genTable, g.suspendNext)
	}
}

// buildGeneratorObjectInitialization creates the generator object and performs the
// initial yield that returns it to the caller.
func (g *gen) buildGeneratorObjectInitialization() {
	g.withRegScope(func() {
		args := g.b.regs.newRegisterList(2)
		id := bc.IntrCreateJSGeneratorObject
		if g.fn.IsAsync && !g.fn.IsGenerator {
			id = bc.IntrAsyncFunctionEnter
		}
		g.b.moveRegister(bc.RegFunctionClosure, args.Register(0))
		g.b.moveRegister(bc.Receiver(), args.Register(1))
		g.b.emit(bc.InvokeIntrinsic, int32(id), int32(args.First), 2)
		g.b.storeAccumulatorInRegister(g.genObj)
	})
	if g.fn.IsGenerator {
		// the initial yield: hand the generator object to the caller (async generators too: the
		// body starts at the first next())
		g.b.loadAccumulatorWithRegister(g.genObj)
		g.buildSuspendPoint(g.fn.BodyStart)
		g.buildResumeDispatch(-1, false)
	}
}

// buildSuspendPoint saves the live registers and returns the accumulator to the caller; on
// resume execution continues here with the sent value in the accumulator.
func (g *gen) buildSuspendPoint(pos int) {
	if g.b.remainderOfBlockIsDead() {
		return
	}
	id := g.suspendNext
	g.suspendNext++
	if id >= g.genTable.size {
		g.b.growJumpTable(g.genTable)
		g.suspendMax = g.genTable.size
	}
	live := bc.RegisterList{First: 0, Count: g.b.regs.next}
	g.setExpressionPosition(pos)
	g.b.emit(bc.SuspendGenerator, int32(g.genObj), listFirst(live), int32(live.Count), int32(id))
	g.b.bindJumpTableEntry(g.genTable, id)
	g.b.emit(bc.ResumeGenerator, int32(g.genObj), listFirst(live), int32(live.Count))
}

// buildResumeDispatch: after a yield, act on the resume mode: next continues with the
// sent value, return returns it, throw throws it.
func (g *gen) buildResumeDispatch(pos int, async bool) {
	input := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(input)
	g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrGeneratorGetResumeMode), int32(g.genObj), 1)
	t := g.b.newJumpTable(2, resumeNext)
	g.b.emit(bc.SwitchOnSmiNoFeedback, int32(t.start), int32(t.size), int32(t.caseBase))
	// throw (fallMode)
	if pos >= 0 {
		g.setExpressionPosition(pos)
	}
	g.b.loadAccumulatorWithRegister(input)
	g.b.emit(bc.Throw)
	g.b.bindJumpTableEntry(t, resumeReturn)
	g.b.loadAccumulatorWithRegister(input)
	if async {
		g.performCommand(cmdAsyncReturn, nil, -1)
	} else {
		g.performCommand(cmdReturn, nil, -1)
	}
	g.b.bindJumpTableEntry(t, resumeNext)
	g.b.loadAccumulatorWithRegister(input)
}

func (g *gen) visitYield(e *ast.YieldExpression) {
	if e.Delegate {
		g.visitYieldStar(e)
		return
	}
	g.setExpressionPosition(e.Start)
	if e.Argument != nil {
		g.visitForAccumulatorValue(e.Argument)
	} else {
		g.b.emit(bc.LdaUndefined)
	}
	saved := g.b.regs.next
	if g.fn.IsAsync {
		args := g.b.regs.newRegisterList(2)
		g.b.moveRegister(g.genObj, args.Register(0))
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncGeneratorYieldWithAwait), int32(args.First), 2)
	} else {
		args := g.b.regs.newRegisterList(2)
		g.b.storeAccumulatorInRegister(args.Register(0))
		g.b.emit(bc.LdaFalse)
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrCreateIterResultObject), int32(args.First), 2)
	}
	g.b.regs.releaseTo(saved)
	g.buildSuspendPoint(e.Start)
	g.buildResumeDispatch(e.Start, g.fn.IsAsync)
}

// visitYieldStar delegates to an inner iterator: values it produces are yielded as is, and
// next/return/throw are forwarded to it.
func (g *gen) visitYieldStar(e *ast.YieldExpression) {
	saved := g.b.regs.next
	defer g.b.regs.releaseTo(saved)
	async := g.fn.IsAsync
	g.visitForAccumulatorValue(e.Argument)
	it := g.buildGetIteratorRecord(async)
	resumeMode := g.b.regs.newRegister()
	input := g.b.regs.newRegister()
	output := g.b.regs.newRegister()
	g.loadSmi(resumeNext)
	g.b.storeAccumulatorInRegister(resumeMode)
	g.b.emit(bc.LdaUndefined)
	g.b.storeAccumulatorInRegister(input)
	lb := g.newLoopBuilder(-1)
	g.loopHeader(lb)
	{
		inner := g.b.regs.next
		callDone := g.b.newLabel()
		notReturn := g.b.newLabel()
		notThrow := g.b.newLabel()
		// next
		g.loadSmi(resumeNext)
		g.b.emit(bc.TestReferenceEqual, int32(resumeMode))
		g.b.jump(bc.JumpIfFalse, notReturn)
		g.b.emit(bc.CallProperty1, int32(it.next), int32(it.object), int32(input), g.b.slot(bc.SlotCall))
		g.b.jump(bc.Jump, callDone)
		g.b.bind(notReturn)
		method := g.b.regs.newRegister()
		g.loadSmi(resumeReturn)
		g.b.emit(bc.TestReferenceEqual, int32(resumeMode))
		g.b.jump(bc.JumpIfFalse, notThrow)
		{
			noReturn := g.b.newLabel()
			g.b.emit(bc.GetNamedProperty, int32(it.object), g.b.stringConst("return"), g.b.slot(bc.SlotLoadProperty))
			g.b.jump(bc.JumpIfUndefinedOrNull, noReturn)
			g.b.storeAccumulatorInRegister(method)
			g.b.emit(bc.CallProperty1, int32(method), int32(it.object), int32(input), g.b.slot(bc.SlotCall))
			g.b.jump(bc.Jump, callDone)
			g.b.bind(noReturn)
			g.b.loadAccumulatorWithRegister(input)
			if async {
				g.performCommand(cmdAsyncReturn, nil, -1)
			} else {
				g.performCommand(cmdReturn, nil, -1)
			}
		}
		g.b.bind(notThrow)
		{
			noThrow := g.b.newLabel()
			g.b.emit(bc.GetNamedProperty, int32(it.object), g.b.stringConst("throw"), g.b.slot(bc.SlotLoadProperty))
			g.b.jump(bc.JumpIfUndefinedOrNull, noThrow)
			g.b.storeAccumulatorInRegister(method)
			g.b.emit(bc.CallProperty1, int32(method), int32(it.object), int32(input), g.b.slot(bc.SlotCall))
			g.b.jump(bc.Jump, callDone)
			g.b.bind(noThrow)
			// the delegate has no throw(): close it, then throw a TypeError
			done := g.b.regs.newRegister()
			g.b.emit(bc.LdaFalse)
			g.b.storeAccumulatorInRegister(done)
			g.buildFinalizeIterationSimple(it)
			g.b.emit(bc.CallRuntime, int32(bc.RtThrowThrowMethodMissing), 0, 0)
		}
		g.b.bind(callDone)
		if async {
			g.buildAwait(-1)
		}
		isObj := g.b.newLabel()
		g.b.storeAccumulatorInRegister(output)
		g.b.jump(bc.JumpIfJSReceiver, isObj)
		g.b.emit(bc.CallRuntime, int32(bc.RtThrowIteratorResultNotAnObject), int32(output), 1)
		g.b.bind(isObj)
		g.b.emit(bc.GetNamedProperty, int32(output), g.b.stringConst("done"), g.b.slot(bc.SlotLoadProperty))
		g.b.jump(bc.JumpIfToBooleanTrue, lb.breakL)
		// yield the inner result object as is
		if async {
			g.b.emit(bc.GetNamedProperty, int32(output), g.b.stringConst("value"), g.b.slot(bc.SlotLoadProperty))
			args := g.b.regs.newRegisterList(2)
			g.b.moveRegister(g.genObj, args.Register(0))
			g.b.storeAccumulatorInRegister(args.Register(1))
			g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncGeneratorYieldWithAwait), int32(args.First), 2)
		} else {
			g.b.loadAccumulatorWithRegister(output)
		}
		g.b.regs.releaseTo(inner)
		g.buildSuspendPoint(e.Start)
		g.b.storeAccumulatorInRegister(input)
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrGeneratorGetResumeMode), int32(g.genObj), 1)
		g.b.storeAccumulatorInRegister(resumeMode)
		g.b.bind(lb.continueL)
	}
	g.jumpToHeader(lb)
	g.loopEnd(lb)
	// done: a return() completion returns the value, otherwise it is the expression's value
	g.b.emit(bc.GetNamedProperty, int32(output), g.b.stringConst("value"), g.b.slot(bc.SlotLoadProperty))
	notRet := g.b.newLabel()
	value := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(value)
	g.loadSmi(resumeReturn)
	g.b.emit(bc.TestReferenceEqual, int32(resumeMode))
	g.b.jump(bc.JumpIfFalse, notRet)
	g.b.loadAccumulatorWithRegister(value)
	if async {
		g.performCommand(cmdAsyncReturn, nil, -1)
	} else {
		g.performCommand(cmdReturn, nil, -1)
	}
	g.b.bind(notRet)
	g.b.loadAccumulatorWithRegister(value)
}

// buildFinalizeIterationSimple calls iterator.return() if present (used before throwing).
func (g *gen) buildFinalizeIterationSimple(it iteratorRecord) {
	saved := g.b.regs.next
	done := g.b.newLabel()
	method := g.b.regs.newRegister()
	g.b.emit(bc.GetNamedProperty, int32(it.object), g.b.stringConst("return"), g.b.slot(bc.SlotLoadProperty))
	g.b.jump(bc.JumpIfUndefinedOrNull, done)
	g.b.storeAccumulatorInRegister(method)
	g.b.emit(bc.CallProperty0, int32(method), int32(it.object), g.b.slot(bc.SlotCall))
	if it.async {
		g.buildAwait(-1)
	}
	g.b.bind(done)
	g.b.regs.releaseTo(saved)
}

func (g *gen) visitAwait(e *ast.AwaitExpression) {
	g.setExpressionPosition(e.Start)
	g.visitForAccumulatorValue(e.Argument)
	g.buildAwait(e.Start)
}

// buildAwait awaits the accumulator (V8's BuildAwait).
func (g *gen) buildAwait(pos int) {
	if g.genObj == bc.RegInvalid {
		unsupported("await outside an async function")
	}
	saved := g.b.regs.next
	id := bc.IntrAsyncFunctionAwait
	if g.fn.IsGenerator {
		id = bc.IntrAsyncGeneratorAwait
	}
	args := g.b.regs.newRegisterList(2)
	g.b.moveRegister(g.genObj, args.Register(0))
	g.b.storeAccumulatorInRegister(args.Register(1))
	g.b.emit(bc.InvokeIntrinsic, int32(id), int32(args.First), 2)
	g.b.regs.releaseTo(saved)
	g.buildSuspendPoint(pos)
	input := g.b.regs.newRegister()
	mode := g.b.regs.newRegister()
	resumeNextL := g.b.newLabel()
	g.b.storeAccumulatorInRegister(input)
	g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrGeneratorGetResumeMode), int32(g.genObj), 1)
	g.b.storeAccumulatorInRegister(mode)
	g.loadSmi(resumeNext)
	g.b.emit(bc.TestReferenceEqual, int32(mode))
	g.b.jump(bc.JumpIfTrue, resumeNextL)
	g.b.loadAccumulatorWithRegister(input)
	g.b.emit(bc.ReThrow)
	g.b.bind(resumeNextL)
	g.b.loadAccumulatorWithRegister(input)
}

// generateAsyncFunctionBody: try { body } catch (e) { return %_AsyncFunctionReject(gen, e) }.
func (g *gen) generateAsyncFunctionBody(body []ast.Statement, restTarget bc.Register) {
	g.buildGeneratorObjectInitialization()
	outer := g.catchPrediction
	g.catchPrediction = bc.PredictAsyncAwait
	g.buildTryCatch(func() {
		g.buildParameterInitialization(restTarget)
		g.visitBodyWithImplicitReturn(body)
		g.catchPrediction = outer
	}, func(ctx bc.Register) {
		args := g.b.regs.newRegisterList(2)
		g.b.moveRegister(g.genObj, args.Register(0))
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.LdaTheHole)
		g.b.emit(bc.SetPendingMessage)
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncFunctionReject), int32(args.First), 2)
		g.buildReturn(-1)
	}, bc.PredictAsyncAwait)
}

// generateAsyncGeneratorBody: try { try { body } catch (e) { reject } } finally { close }.
func (g *gen) generateAsyncGeneratorBody(body []ast.Statement) {
	g.catchPrediction = bc.PredictAsyncAwait
	g.buildGeneratorObjectInitialization()
	g.buildTryFinally(func() {
		g.buildTryCatch(func() {
			g.visitBodyWithImplicitReturn(body)
		}, func(ctx bc.Register) {
			saved := g.b.regs.next
			args := g.b.regs.newRegisterList(2)
			g.b.moveRegister(g.genObj, args.Register(0))
			g.b.storeAccumulatorInRegister(args.Register(1))
			g.b.emit(bc.LdaTheHole)
			g.b.emit(bc.SetPendingMessage)
			g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncGeneratorReject), int32(args.First), 2)
			g.b.regs.releaseTo(saved)
			g.performCommand(cmdReturn, nil, -1)
		}, g.catchPrediction)
	}, func(token, result, message bc.Register) {
		saved := g.b.regs.next
		arg := g.b.regs.newRegister()
		g.b.moveRegister(g.genObj, arg)
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrGeneratorClose), int32(arg), 1)
		g.b.regs.releaseTo(saved)
	}, g.catchPrediction)
}

// buildAsyncReturn resolves the async function's promise (or the async generator's request)
// with the accumulator and returns.
func (g *gen) buildAsyncReturn(pos int) {
	saved := g.b.regs.next
	if g.fn.IsGenerator {
		args := g.b.regs.newRegisterList(3)
		g.b.moveRegister(g.genObj, args.Register(0))
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.LdaTrue)
		g.b.storeAccumulatorInRegister(args.Register(2))
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncGeneratorResolve), int32(args.First), 3)
	} else {
		args := g.b.regs.newRegisterList(2)
		g.b.moveRegister(g.genObj, args.Register(0))
		g.b.storeAccumulatorInRegister(args.Register(1))
		g.b.emit(bc.InvokeIntrinsic, int32(bc.IntrAsyncFunctionResolve), int32(args.First), 2)
	}
	g.b.regs.releaseTo(saved)
	g.buildReturn(pos)
}

// ---- for-in / for-of

func (g *gen) visitForIn(s *ast.ForInStatement) {
	labels := g.takeLabels()
	n := g.pushTargets(s, labels)
	defer func() { g.targets = g.targets[:n] }()
	if isNullishLiteral(s.Right) {
		return
	}
	undefL := g.b.newLabel()
	slot := g.b.slot(bc.SlotForIn)
	g.setExpressionAsStatementPosition(s.Right)
	g.holeForEachHead(s.Scope, s.Right)
	g.visitForAccumulatorValue(s.Right)
	g.b.jump(bc.JumpIfUndefinedOrNull, undefL)
	receiver := g.b.regs.newRegister()
	g.b.emit(bc.ToObject, int32(receiver))
	triple := g.b.regs.newRegisterList(3)
	g.b.emit(bc.ForInEnumerate, int32(receiver))
	g.b.emit(bc.ForInPrepare, int32(triple.First), slot)
	index := g.b.regs.newRegister()
	g.b.emit(bc.LdaZero)
	g.b.storeAccumulatorInRegister(index)
	if each := forInEachVar(s.Left); each != nil && each.Location == ast.LocLocal {
		g.forIns = append(g.forIns, forInScope{each: g.resolveAlias(each), index: index, cacheType: triple.Register(0)})
		defer func(n int) { g.forIns = g.forIns[:n] }(len(g.forIns) - 1)
	}
	lb := g.newLoopBuilder(g.pos(s.Start))
	g.loopHeader(lb)
	before := g.saveHoleChecks()
	eachPos := g.forEachPosition(s.Left)
	g.b.setStatementPositionNotBreakable(g.pos(eachPos))
	g.b.jump(bc.JumpIfForInDone, lb.breakL, int32(index), int32(triple.Register(2)))
	g.b.emit(bc.ForInNext, int32(receiver), int32(index), int32(triple.First), slot)
	g.b.jump(bc.JumpIfUndefined, lb.continueL)
	if ft, ok := g.lay.forTemp[s]; ok {
		// V8: .for = each value; { let/var x = .for; body }
		g.setStatementPositionAt(eachPos)
		g.b.storeAccumulatorInRegister(ft)
		g.visitIterationBodyFn(s, lb, func() {
			outerScope, c := g.enterForEachScope(s.Scope, false)
			if s.Scope != nil {
				g.declareScope(s.Scope, nil)
			}
			r := g.enterResult(resEffect)
			g.setStatementPositionAt(eachPos)
			g.b.loadAccumulatorWithRegister(ft)
			g.setExpressionPosition(eachPos)
			g.assignForEach(s.Left, true)
			g.exitResult(r)
			g.visitStmt(s.Body)
			g.exitForEachScope(outerScope, c)
		})
	} else {
		r := g.enterResult(resEffect)
		g.setStatementPositionAt(eachPos)
		g.assignForEach(s.Left, true)
		g.exitResult(r)
		g.visitIterationBody(s, s.Body, lb)
	}
	g.b.emit(bc.ForInStep, int32(index))
	g.restoreHoleChecks(before)
	g.jumpToHeader(lb)
	g.loopEnd(lb)
	g.b.bind(undefL)
}

// forInScope is V8's ForInScope: in a for-in loop whose each variable is a stack local, a keyed
// load by that variable compiles to GetEnumeratedKeyedProperty, which reads the property by its
// enum-cache index when the receiver has the map the loop enumerates (no IC), and is a keyed
// load IC otherwise.
type forInScope struct {
	each             *ast.Variable
	index, cacheType bc.Register
}

// forInEachVar is the variable of a for-in's left side (`k`, `let k`, `var k`), or nil.
func forInEachVar(left ast.Node) *ast.Variable {
	switch l := left.(type) {
	case *ast.Identifier:
		return l.Var
	case *ast.VariableDeclaration:
		if len(l.Declarations) == 1 {
			if id, ok := l.Declarations[0].ID.(*ast.Identifier); ok {
				return id.Var
			}
		}
	}
	return nil
}

// enumeratedKey is the innermost for-in whose each variable the key reads (GetForInScope).
func (g *gen) enumeratedKey(key ast.Expression) *forInScope {
	id, ok := key.(*ast.Identifier)
	if !ok || id.Var == nil {
		return nil
	}
	v := g.resolveAlias(id.Var)
	for i := len(g.forIns) - 1; i >= 0; i-- {
		if g.forIns[i].each == v {
			return &g.forIns[i]
		}
	}
	return nil
}

// forEachPosition is the position of the loop variable (V8's stmt->each()).
func (g *gen) forEachPosition(left ast.Node) int {
	if d, ok := left.(*ast.VariableDeclaration); ok && len(d.Declarations) > 0 {
		id := d.Declarations[0].ID
		if _, ok := id.(*ast.Identifier); !ok {
			// a pattern: the parser's position after it (its last token, `]` or `}`)
			return endOf(id) - 1
		}
		return exprStart(id)
	}
	return exprStart(left)
}

// enterForEachScope enters the per-iteration scope of `for (let x of/in …)`.
func (g *gen) enterForEachScope(s *ast.Scope, keepAcc bool) (*ast.Scope, *ctxScope) {
	outer := g.curScope
	if s == nil {
		return outer, nil
	}
	g.curScope = s
	if g.needsContext(s) && !keepAcc {
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s))
		return outer, g.pushContext(s, bc.RegInvalid)
	}
	if g.needsContext(s) {
		saved := g.b.regs.next
		tmp := g.b.regs.newRegister()
		g.b.storeAccumulatorInRegister(tmp)
		g.b.emit(bc.CreateBlockContext, g.scopeInfoConst(s))
		c := g.pushContext(s, bc.RegInvalid)
		g.b.loadAccumulatorWithRegister(tmp)
		g.b.regs.releaseTo(saved)
		return outer, c
	}
	return outer, nil
}

func (g *gen) exitForEachScope(outer *ast.Scope, c *ctxScope) {
	if c != nil {
		g.popContext(c)
	}
	g.curScope = outer
}

// assignForEach assigns the accumulator to the loop's left side.
func (g *gen) assignForEach(left ast.Node, preserve bool) {
	switch l := left.(type) {
	case *ast.VariableDeclaration:
		target := l.Declarations[0].ID
		op := opInit
		if l.Kind == ast.DeclVar {
			op = opAssign
		}
		if id, ok := target.(*ast.Identifier); ok {
			g.buildVariableAssignment(id.Var, id.Name, op, false)
			return
		}
		g.buildDestructuringAssignment(target, op)
	case ast.Pattern:
		lhs := g.prepareAssignmentLhs(l, preserve)
		g.setExpressionPosition(exprStart(l))
		g.buildAssignment(lhs, opAssign)
	default:
		unsupported("for-in/of target %T", left)
	}
}

// holeForEachHead: the expression after `of`/`in` runs while the loop's let/const bindings are in
// their TDZ (V8 evaluates it in a scope holding holes of those names), so a register binding it
// reads starts as the hole and the read throws.
func (g *gen) holeForEachHead(s *ast.Scope, right ast.Expression) {
	if s == nil {
		return
	}
	read := map[*ast.Variable]bool{}
	ast.Inspect(right, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Var != nil && id.Var.Scope == s {
			read[id.Var] = true
		}
		return true
	})
	for _, v := range s.Vars {
		if read[v] && v.Kind.IsLexical() && v.Location == ast.LocLocal {
			g.b.emit(bc.LdaTheHole)
			g.b.storeAccumulatorInRegister(g.localRegister(v))
			delete(g.holeChecked, v)
		}
	}
}

func (g *gen) visitForOf(s *ast.ForOfStatement) {
	labels := g.takeLabels()
	n := g.pushTargets(s, labels)
	defer func() { g.targets = g.targets[:n] }()
	r := g.enterResult(resEffect)
	defer g.exitResult(r)
	g.setExpressionAsStatementPosition(s.Right)
	g.holeForEachHead(s.Scope, s.Right)
	g.visitForAccumulatorValue(s.Right)
	g.iterText = callPrinter(s.Right)
	it := g.buildGetIteratorRecord(s.Await)
	next := g.b.regs.newRegister()
	done := g.b.regs.newRegister()
	g.b.emit(bc.LdaFalse)
	g.b.storeAccumulatorInRegister(done)
	g.buildTryFinally(func() {
		lb := g.newLoopBuilder(g.pos(s.Start))
		g.loopHeader(lb)
		g.b.emit(bc.LdaTrue)
		g.b.storeAccumulatorInRegister(done)
		{
			saved := g.b.regs.next
			eachPos := g.forEachPosition(s.Left)
			g.b.setStatementPositionNotBreakable(g.pos(eachPos))
			g.buildIteratorNext(it, next)
			g.b.emit(bc.GetNamedProperty, int32(next), g.b.stringConst("done"), g.b.slot(bc.SlotLoadProperty))
			g.b.jump(bc.JumpIfToBooleanTrue, lb.breakL)
			g.b.emit(bc.GetNamedProperty, int32(next), g.b.stringConst("value"), g.b.slot(bc.SlotLoadProperty))
			g.b.storeAccumulatorInRegister(next)
			g.b.emit(bc.LdaFalse)
			g.b.storeAccumulatorInRegister(done)
			g.setStatementPositionAt(eachPos)
			if ft, ok := g.lay.forTemp[s]; ok {
				// V8: .for = value; { let/var x = .for; body }
				g.b.loadAccumulatorWithRegister(next)
				g.b.storeAccumulatorInRegister(ft)
				g.b.regs.releaseTo(saved)
				g.visitIterationBodyFn(s, lb, func() {
					outerScope, c := g.enterForEachScope(s.Scope, false)
					if s.Scope != nil {
						g.declareScope(s.Scope, nil)
					}
					g.setStatementPositionAt(eachPos)
					g.b.loadAccumulatorWithRegister(ft)
					g.setExpressionPosition(eachPos)
					g.assignForEach(s.Left, false)
					g.visitStmt(s.Body)
					g.exitForEachScope(outerScope, c)
				})
			} else {
				lhs := g.prepareAssignmentLhs(s.Left, false)
				g.b.loadAccumulatorWithRegister(next)
				g.buildAssignment(lhs, opAssign)
				g.b.regs.releaseTo(saved)
				g.visitIterationBody(s, s.Body, lb)
			}
		}
		g.jumpToHeader(lb)
		g.loopEnd(lb)
	}, func(token, result, message bc.Register) {
		g.buildFinalizeIteration(it, done, token)
	}, g.catchPrediction)
}
