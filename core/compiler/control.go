package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// Control scopes route break/continue/return/rethrow through enclosing constructs (V8's
// ControlScope chain): loops and labelled blocks bind break/continue, try/finally defers the
// command until the finally block ran, the top level returns.

type command uint8

const (
	cmdBreak command = iota
	cmdContinue
	cmdReturn
	cmdAsyncReturn
	cmdRethrow
)

func (c command) usesAccumulator() bool { return c != cmdBreak && c != cmdContinue }

type control interface {
	execute(g *gen, cmd command, target ast.Statement, pos int) bool
	outer() control
	context() *ctxScope
}

type controlBase struct {
	out control
	ctx *ctxScope
}

func (c *controlBase) outer() control     { return c.out }
func (c *controlBase) context() *ctxScope { return c.ctx }

func (g *gen) base() controlBase { return controlBase{out: g.ctl, ctx: g.ctx} }

// perform executes a command by walking the control scope chain.
func (c *controlBase) perform(g *gen, cmd command, target ast.Statement, pos int) {
	g.performCommand(cmd, target, pos)
}

func (g *gen) performCommand(cmd command, target ast.Statement, pos int) {
	for cur := g.ctl; cur != nil; cur = cur.outer() {
		if cur.execute(g, cmd, target, pos) {
			return
		}
	}
	unsupported("unhandled control command")
}

// popContextToExpectedDepth restores the context the control scope was created in.
func popContextTo(g *gen, c control) {
	if g.ctx != c.context() {
		g.b.emit(bc.PopContext, int32(c.context().reg))
	}
}

type topLevelControl struct {
	g *gen
}

func (t *topLevelControl) outer() control { return nil }
func (t *topLevelControl) context() *ctxScope {
	return nil
}
func (t *topLevelControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	switch cmd {
	case cmdReturn:
		g.buildReturn(pos)
		return true
	case cmdAsyncReturn:
		g.buildAsyncReturn(pos)
		return true
	case cmdRethrow:
		g.b.emit(bc.ReThrow)
		return true
	}
	return false
}

func (t *topLevelControl) perform(g *gen, cmd command, target ast.Statement, pos int) {
	g.performCommand(cmd, target, pos)
}

func (g *gen) buildReturn(pos int) {
	g.b.setStatementPosition(pos)
	g.b.emit(bc.Return)
}

// breakable: a labelled statement or switch (break only).
type breakableControl struct {
	controlBase
	stmt   ast.Statement
	breakL int
}

func (b *breakableControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	if target != b.stmt || cmd != cmdBreak {
		return false
	}
	popContextTo(g, b)
	g.b.jump(bc.Jump, b.breakL)
	return true
}

// iterationControl: a loop (break and continue).
type iterationControl struct {
	controlBase
	stmt ast.Statement
	lb   *loopBuilder
}

func (it *iterationControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	if target != it.stmt {
		return false
	}
	switch cmd {
	case cmdBreak:
		popContextTo(g, it)
		g.b.jump(bc.Jump, it.lb.breakL)
		return true
	case cmdContinue:
		popContextTo(g, it)
		g.b.jump(bc.Jump, it.lb.continueL)
		return true
	}
	return false
}

// tryCatchControl: a rethrow inside a try block goes to the handler by unwinding.
type tryCatchControl struct{ controlBase }

func (t *tryCatchControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	if cmd == cmdRethrow {
		g.b.emit(bc.ReThrow)
		return true
	}
	return false
}

// tryFinallyControl records every command and enters the finally block.
type tryFinallyControl struct {
	controlBase
	cmds   *deferredCommands
	finish int // label of the finally block
}

func (t *tryFinallyControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	popContextTo(g, t)
	t.cmds.record(g, cmd, target)
	g.b.jump(bc.Jump, t.finish)
	return true
}

// derivedConstructorControl sends `return` to the derived constructor's result check.
type derivedConstructorControl struct {
	controlBase
	result bc.Register
	check  int
}

func (d *derivedConstructorControl) execute(g *gen, cmd command, target ast.Statement, pos int) bool {
	if cmd != cmdReturn {
		return false
	}
	popContextTo(g, d)
	g.b.setStatementPosition(pos)
	g.b.storeAccumulatorInRegister(d.result)
	g.b.jump(bc.Jump, d.check)
	return true
}

// deferredCommands are the paths into a finally block, each with a token.
type deferredEntry struct {
	cmd    command
	target ast.Statement
	token  int
}

type deferredCommands struct {
	entries        []deferredEntry
	token, result  bc.Register
	message        bc.Register
	returnToken    int
	asyncRetToken  int
	fallthroughReq bool
}

const (
	tokenRethrow     = 0
	tokenFallthrough = -1
)

func newDeferredCommands(token, result, message bc.Register) *deferredCommands {
	return &deferredCommands{token: token, result: result, message: message, returnToken: -1, asyncRetToken: -1,
		entries: []deferredEntry{{cmd: cmdRethrow, token: tokenRethrow}}}
}

func (d *deferredCommands) tokenFor(cmd command, target ast.Statement) int {
	switch cmd {
	case cmdRethrow:
		return tokenRethrow
	case cmdReturn:
		if d.returnToken < 0 {
			d.returnToken = d.newToken(cmd, nil)
		}
		return d.returnToken
	case cmdAsyncReturn:
		if d.asyncRetToken < 0 {
			d.asyncRetToken = d.newToken(cmd, nil)
		}
		return d.asyncRetToken
	}
	return d.newToken(cmd, target)
}

func (d *deferredCommands) newToken(cmd command, target ast.Statement) int {
	t := len(d.entries)
	d.entries = append(d.entries, deferredEntry{cmd: cmd, target: target, token: t})
	return t
}

func (d *deferredCommands) record(g *gen, cmd command, target ast.Statement) {
	t := d.tokenFor(cmd, target)
	if cmd.usesAccumulator() {
		g.b.storeAccumulatorInRegister(d.result)
	}
	g.loadSmi(t)
	g.b.storeAccumulatorInRegister(d.token)
	if !cmd.usesAccumulator() {
		g.b.storeAccumulatorInRegister(d.result)
	}
	if cmd == cmdRethrow {
		g.b.emit(bc.LdaTheHole)
		g.b.emit(bc.SetPendingMessage)
		g.b.storeAccumulatorInRegister(d.message)
	}
}

func (d *deferredCommands) recordFallThrough(g *gen) {
	d.fallthroughReq = true
	g.loadSmi(tokenFallthrough)
	g.b.storeAccumulatorInRegister(d.token)
	g.b.storeAccumulatorInRegister(d.result)
}

func (d *deferredCommands) applyOne(g *gen, e deferredEntry) {
	if e.cmd == cmdRethrow {
		g.b.loadAccumulatorWithRegister(d.message)
		g.b.emit(bc.SetPendingMessage)
	}
	if e.cmd.usesAccumulator() {
		g.b.loadAccumulatorWithRegister(d.result)
	}
	g.performCommand(e.cmd, e.target, -1)
}

func (d *deferredCommands) apply(g *gen) {
	fall := g.b.newLabel()
	if len(d.entries) == 1 {
		e := d.entries[0]
		if d.fallthroughReq {
			g.loadSmi(e.token)
			g.b.emit(bc.TestReferenceEqual, int32(d.token))
			g.b.jump(bc.JumpIfFalse, fall)
		}
		d.applyOne(g, e)
	} else {
		base := 1
		if d.fallthroughReq {
			base = 0
		}
		size := len(d.entries) - base
		if size == 1 {
			toFinal := g.b.newLabel()
			g.loadSmi(d.entries[0].token)
			g.b.emit(bc.TestReferenceEqual, int32(d.token))
			g.b.jump(bc.JumpIfFalse, toFinal)
			d.applyOne(g, d.entries[0])
			g.b.bind(toFinal)
			d.applyOne(g, d.entries[1])
		} else {
			t := g.b.newJumpTable(size, base)
			g.b.loadAccumulatorWithRegister(d.token)
			g.b.emit(bc.SwitchOnSmiNoFeedback, int32(t.start), int32(t.size), int32(t.caseBase))
			if d.fallthroughReq {
				g.b.jump(bc.Jump, fall)
				g.b.bindJumpTableEntry(t, d.entries[0].token)
			}
			d.applyOne(g, d.entries[0])
			for _, e := range d.entries[1:] {
				g.b.bindJumpTableEntry(t, e.token)
				d.applyOne(g, e)
			}
		}
	}
	if d.fallthroughReq {
		g.b.bind(fall)
	}
}

// ---- try/catch and try/finally (V8's BuildTryCatch / BuildTryFinally)

func (g *gen) buildTryCatch(tryBody func(), catchBody func(ctx bc.Register), prediction bc.Prediction) {
	if g.b.remainderOfBlockIsDead() {
		return
	}
	id := g.b.newHandlerEntry()
	ctx := g.b.regs.newRegister()
	g.b.moveRegister(bc.RegCurrentContext, ctx)
	g.b.markTryBegin(id, ctx)
	exit := g.b.newLabel()
	before := g.saveHoleChecks()
	throwsBefore := g.b.throwingCount
	{
		tc := &tryCatchControl{controlBase: g.base()}
		g.ctl = tc
		tryBody()
		g.ctl = tc.out
	}
	emitCatch := g.b.throwingCount != throwsBefore
	g.b.markTryEnd(id)
	if emitCatch {
		g.b.jump(bc.Jump, exit)
		g.b.markHandler(id, prediction)
		g.restoreHoleChecks(before)
		catchBody(ctx)
	}
	g.b.bind(exit)
	g.restoreHoleChecks(before)
}

func (g *gen) buildTryFinally(tryBody func(), finallyBody func(token, result, message bc.Register), prediction bc.Prediction) {
	if g.b.remainderOfBlockIsDead() {
		return
	}
	token := g.b.regs.newRegister()
	result := g.b.regs.newRegister()
	message := g.b.regs.newRegister()
	g.b.emit(bc.LdaTheHole)
	g.b.storeAccumulatorInRegister(message)
	cmds := newDeferredCommands(token, result, message)
	ctx := g.b.regs.newRegister()
	g.b.moveRegister(bc.RegCurrentContext, ctx)
	id := g.b.newHandlerEntry()
	g.b.markTryBegin(id, ctx)
	finallyL := g.b.newLabel()
	before := g.saveHoleChecks()
	{
		tf := &tryFinallyControl{controlBase: g.base(), cmds: cmds, finish: finallyL}
		g.ctl = tf
		tryBody()
		g.ctl = tf.out
	}
	g.restoreHoleChecks(before)
	g.b.markTryEnd(id)
	if !g.b.remainderOfBlockIsDead() {
		cmds.recordFallThrough(g)
	}
	g.b.jump(bc.Jump, finallyL)
	g.b.markHandler(id, prediction)
	cmds.record(g, cmdRethrow, nil)
	g.b.bind(finallyL)
	finallyBody(token, result, message)
	cmds.apply(g)
}

// ---- loops (V8's LoopBuilder)

type loopBuilder struct {
	header    int
	breakL    int
	continueL int
	endL      int // jump here to reach a parent's JumpToHeader (same-header nested loops)
	pos       int
	headerPos int // instruction index of the header
	parent    *loopBuilder
}

func (g *gen) newLoopBuilder(stmtPos int) *loopBuilder {
	return &loopBuilder{header: g.b.newLabel(), breakL: g.b.newLabel(), continueL: g.b.newLabel(), endL: g.b.newLabel(), pos: stmtPos}
}

// loopHeader binds the header (LoopScope constructor).
func (g *gen) loopHeader(lb *loopBuilder) {
	if len(g.loops) > 0 {
		lb.parent = g.loops[len(g.loops)-1]
	}
	g.b.bindLoopHeader(lb.header)
	lb.headerPos = len(g.b.code)
	g.loops = append(g.loops, lb)
	g.loopDepth++
}

// jumpToHeader emits the back edge (LoopScope destructor).
func (g *gen) jumpToHeader(lb *loopBuilder) {
	g.loopDepth--
	g.loops = g.loops[:len(g.loops)-1]
	g.b.bind(lb.endL)
	if lb.parent != nil && lb.parent.headerPos == lb.headerPos {
		g.b.jump(bc.Jump, lb.parent.endL)
		return
	}
	depth := g.loopDepth
	if depth > 5 {
		depth = 5
	}
	// V8 allocates the slot (and consumes the position) even when the back edge is dead
	slot := g.b.slot(bc.SlotJumpLoop)
	g.b.jumpLoop(lb.header, depth, lb.pos, int(slot))
}

func (g *gen) loopEnd(lb *loopBuilder) { g.b.bind(lb.breakL) }

// visitIterationBody visits a loop body with break/continue bound to lb.
func (g *gen) visitIterationBody(stmt ast.Statement, body ast.Statement, lb *loopBuilder) {
	g.visitIterationBodyFn(stmt, lb, func() { g.visitStmt(body) })
}

// visitIterationBodyFn is visitIterationBody for a body the caller generates.
func (g *gen) visitIterationBodyFn(stmt ast.Statement, lb *loopBuilder, body func()) {
	it := &iterationControl{controlBase: g.base(), stmt: stmt, lb: lb}
	g.ctl = it
	body()
	g.ctl = it.out
	g.b.bind(lb.continueL)
}
