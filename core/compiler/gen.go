package compiler

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// gen compiles one function (V8's BytecodeGenerator).
type gen struct {
	script *bc.Script
	st     *scriptState
	sfi    *bc.SharedFunctionInfo
	fn     *ast.FunctionLiteral // nil for a classic script's top level
	prog   *ast.Program         // set for a classic script's top level
	b      *builder
	strict bool

	closureScope *ast.Scope
	curScope     *ast.Scope
	ctx          *ctxScope
	ctl          control
	res          *resultScope

	loopDepth int
	loops     []*loopBuilder
	forIns    []forInScope // the enclosing for-in loops (V8's ForInScope chain)

	catchPrediction bc.Prediction

	// incoming new.target or generator object register (V8's incoming_new_target_or_generator)
	incoming    bc.Register
	genObj      bc.Register
	genTable    *jumpTable
	suspendMax  int
	suspendNext int

	holeChecked map[*ast.Variable]bool
	holeUses    map[*ast.Variable]bool
	slotCache   map[slotKey]int32

	optionalNull   int // label for the current optional chain's short circuit
	inOptional     bool
	resultRegister bc.Register // a classic script's completion value
	lastExprStmt   ast.Statement

	targets  []labelInfo
	iterText string // CallPrinter text of the next GetIterator's operand
	// destructText is the CallPrinter text of the value a top-level pattern destructures
	// (destructParam: a parameter, described by its value); nested patterns have neither
	destructText  string
	destructParam bool
	className     string // the name an anonymous class expression about to be compiled gets
	classNames    []string
	pendingLabels []string

	thisFunction     bc.Register // .this_function of a derived constructor
	derivedNewTarget bc.Register // .new.target local of a derived constructor (when unused by the source)

	lay *layout
	// mappedParams: context slots a sloppy arguments object aliases (BytecodeArray.MappedParams)
	mappedParams []int32
	// paramHoles: references in a non-simple parameter list that need a TDZ check
	paramHoles    map[*ast.Identifier]bool
	paramHoleVars map[*ast.Variable]bool
	alias         map[*ast.Variable]*ast.Variable // for-let outer copies while compiling the loop head

	// derived constructors: `return` jumps to the result check
	derivedResult bc.Register
	derivedCheck  int
}

type slotKey struct {
	kind  int
	index int
	name  string
	node  any
}

const (
	cacheLoadProperty = iota
	cacheSetNamed
	cacheLoadGlobal
	cacheLoadGlobalTypeof
	cacheStoreGlobal
	cacheClosure
)

func newGen(script *bc.Script, sfi *bc.SharedFunctionInfo, fn *ast.FunctionLiteral, prog *ast.Program) *gen {
	g := &gen{script: script, st: stateOf(script), sfi: sfi, fn: fn, prog: prog,
		holeChecked: map[*ast.Variable]bool{}, slotCache: map[slotKey]int32{}, incoming: bc.RegInvalid,
		genObj: bc.RegInvalid, resultRegister: bc.RegInvalid, derivedResult: bc.RegInvalid}
	if fn != nil {
		g.closureScope = fn.Scope
		g.strict = fn.Strict
	} else {
		g.closureScope = prog.Scope
		g.strict = prog.Strict
	}
	g.curScope = g.closureScope
	if fn != nil && fn.Class != nil {
		g.registerClass(fn.Class)
	}
	params := 1 + g.formalParams()
	g.lay = g.computeLayout()
	if g.paramHoles = g.paramHoleChecks(); g.paramHoles != nil {
		g.paramHoleVars = map[*ast.Variable]bool{}
		for id := range g.paramHoles {
			g.paramHoleVars[id.Var] = true
		}
	}
	locals := g.lay.count
	g.thisFunction = bc.RegInvalid
	g.derivedNewTarget = bc.RegInvalid
	if fn != nil && fn.Kind == ast.FuncDerivedConstructor && fn.ID != -1 {
		// V8 declares .new.target and .this_function as locals of derived constructors (super()
		// needs both)
		if nt := fn.Scope.NewTargetVar; nt == nil || nt.Location == ast.LocUnallocated {
			g.derivedNewTarget = bc.Local(locals)
			locals++
		}
		g.thisFunction = bc.Local(locals)
		locals++
	}
	g.b = newBuilder(params, locals)
	return g
}

// formalParams is V8's formal parameter count: parameters before a rest element.
func (g *gen) formalParams() int {
	if g.fn == nil {
		return 0
	}
	n := len(g.fn.Params)
	if n > 0 {
		if _, ok := g.fn.Params[n-1].(*ast.RestElement); ok {
			n--
		}
	}
	return n
}

// countLocals is the number of stack-allocated locals of the function (all its scopes).
func (g *gen) countLocals() int {
	max := 0
	var walk func(s *ast.Scope)
	walk = func(s *ast.Scope) {
		for _, v := range s.StackLocals {
			if v.Location == ast.LocLocal && v.Index+1 > max {
				max = v.Index + 1
			}
		}
		for _, v := range s.Vars {
			if v.Location == ast.LocLocal && v.Index+1 > max {
				max = v.Index + 1
			}
		}
		for _, in := range s.Inner {
			if in.Type == ast.FunctionScope && in != g.closureScope {
				continue
			}
			if in.Type == ast.BlockScope && in.IsDeclarationScope && in.Function != g.fn {
				continue
			}
			walk(in)
		}
	}
	walk(g.closureScope)
	if g.fn != nil && g.fn.Scope != nil && g.fn.Scope.Outer != nil {
		// a non-simple parameter list keeps parameters in the function scope; the body scope is
		// an inner scope (walked above)
	}
	return max
}

// pos converts a byte offset to the UTF-16 offset V8 prints.
func (g *gen) pos(byteOffset int) int {
	if byteOffset < 0 {
		return -1
	}
	return g.script.UTF16Offset(byteOffset)
}

func (g *gen) setStatementPosition(n ast.Node) {
	s, _ := n.Pos()
	g.b.setStatementPosition(g.pos(s))
}

func (g *gen) setStatementPositionAt(byteOff int) { g.b.setStatementPosition(g.pos(byteOff)) }

func (g *gen) setExpressionPosition(byteOff int) { g.b.setExpressionPosition(g.pos(byteOff)) }

func (g *gen) setExpressionAsStatementPosition(n ast.Node) {
	if e, ok := n.(ast.Expression); ok {
		g.b.setStatementPosition(g.pos(g.exprPos(e)))
		return
	}
	s, _ := n.Pos()
	g.b.setStatementPosition(g.pos(s))
}

// ---- result scopes (V8's ExpressionResultScope)

type resultKind uint8

const (
	resEffect resultKind = iota
	resValue
	resTest
)

type fallMode uint8

const (
	fallNone fallMode = iota
	fallThen
	fallElse
)

type resultScope struct {
	kind      resultKind
	outer     *resultScope
	savedRegs int
	isBool    bool
	consumed  bool
	thenL     int
	elseL     int
	fall      fallMode
}

func (g *gen) enterResult(k resultKind) *resultScope {
	r := &resultScope{kind: k, outer: g.res, savedRegs: g.b.regs.next}
	g.res = r
	return r
}

func (g *gen) exitResult(r *resultScope) {
	g.b.regs.releaseTo(r.savedRegs)
	g.res = r.outer
}

func (r *resultScope) invert() {
	r.thenL, r.elseL = r.elseL, r.thenL
	switch r.fall {
	case fallThen:
		r.fall = fallElse
	case fallElse:
		r.fall = fallThen
	}
}

func (g *gen) isEffect() bool { return g.res != nil && g.res.kind == resEffect }
func (g *gen) isTest() bool   { return g.res != nil && g.res.kind == resTest }
func (g *gen) setResultIsBoolean() {
	if g.res != nil {
		g.res.isBool = true
	}
}

// visitForAccumulatorValue evaluates e into the accumulator; it reports whether the result
// is known to be a boolean.
func (g *gen) visitForAccumulatorValue(e ast.Expression) bool {
	r := g.enterResult(resValue)
	g.visitExpr(e)
	isBool := r.isBool
	g.exitResult(r)
	return isBool
}

func (g *gen) visitForAccumulatorValueOrTheHole(e ast.Expression) {
	if e == nil {
		g.b.emit(bc.LdaTheHole)
		return
	}
	g.visitForAccumulatorValue(e)
}

func (g *gen) visitForEffect(e ast.Expression) {
	r := g.enterResult(resEffect)
	g.visitExpr(e)
	g.exitResult(r)
}

// visitForRegisterValue evaluates e into a fresh temporary register.
func (g *gen) visitForRegisterValue(e ast.Expression) bc.Register {
	g.visitForAccumulatorValue(e)
	r := g.b.regs.newRegister()
	g.b.storeAccumulatorInRegister(r)
	return r
}

func (g *gen) visitForRegisterValueInto(e ast.Expression, dst bc.Register) {
	g.visitForAccumulatorValue(e)
	g.b.storeAccumulatorInRegister(dst)
}

// visitAndPushIntoRegisterList evaluates e into the next register of a growable list.
func (g *gen) visitAndPushIntoRegisterList(e ast.Expression, l *bc.RegisterList) {
	g.visitForAccumulatorValue(e)
	r := g.b.regs.growList(l)
	g.b.storeAccumulatorInRegister(r)
}

func (g *gen) visitForTest(e ast.Expression, thenL, elseL int, fall fallMode) {
	r := &resultScope{kind: resTest, outer: g.res, savedRegs: g.b.regs.next, thenL: thenL, elseL: elseL, fall: fall}
	g.res = r
	g.visitExpr(e)
	// release the temporaries before jumping so dead registers are not materialized
	g.exitResult(r)
	if !r.consumed {
		g.buildTest(r.isBool, r.thenL, r.elseL, r.fall)
	}
}

func (g *gen) buildTest(isBool bool, thenL, elseL int, fall fallMode) {
	switch fall {
	case fallThen:
		g.jumpIfFalse(isBool, elseL)
	case fallElse:
		g.jumpIfTrue(isBool, thenL)
	default:
		g.jumpIfTrue(isBool, thenL)
		g.b.jump(bc.Jump, elseL)
	}
}

func (g *gen) jumpIfTrue(isBool bool, l int) {
	if isBool {
		g.b.jump(bc.JumpIfTrue, l)
	} else {
		g.b.jump(bc.JumpIfToBooleanTrue, l)
	}
}

func (g *gen) jumpIfFalse(isBool bool, l int) {
	if isBool {
		g.b.jump(bc.JumpIfFalse, l)
	} else {
		g.b.jump(bc.JumpIfToBooleanFalse, l)
	}
}

// withRegScope runs f and releases the registers it allocated (RegisterAllocationScope).
func (g *gen) withRegScope(f func()) {
	saved := g.b.regs.next
	f()
	g.b.regs.releaseTo(saved)
}

// ---- context scopes (V8's ContextScope)

type ctxScope struct {
	scope *ast.Scope
	outer *ctxScope
	reg   bc.Register
	depth int
}

// pushContext makes the context in the accumulator current for scope s.
func (g *gen) pushContext(s *ast.Scope, outerReg bc.Register) *ctxScope {
	c := &ctxScope{scope: s, outer: g.ctx, reg: bc.RegCurrentContext}
	if c.outer != nil {
		c.depth = c.outer.depth + 1
		if !outerReg.IsValid() {
			outerReg = g.b.regs.newRegister()
		}
		c.outer.reg = outerReg
		g.b.emit(bc.PushContext, int32(outerReg))
	}
	g.ctx = c
	return c
}

func (g *gen) popContext(c *ctxScope) {
	if c.outer != nil {
		g.b.emit(bc.PopContext, int32(c.outer.reg))
		c.outer.reg = c.reg
	}
	g.ctx = c.outer
}

// contextDepth is the number of contexts between the current one and scope target's.
func (g *gen) contextDepth(target *ast.Scope) int {
	n := 0
	for s := g.ctx.scope; s != nil && s != target; s = s.Outer {
		if g.needsContext(s) {
			n++
		}
	}
	return n
}

func (g *gen) needsContext(s *ast.Scope) bool {
	if s.Type == ast.ScriptScope && g.st.commonJS {
		return false
	}
	return s.NeedsContext || len(g.st.classKeys[s]) > 0
}

// contextFor returns the register and depth to use for a slot of scope target: a context
// pushed by this function is addressed through its saved register at depth 0.
func (g *gen) contextFor(target *ast.Scope) (bc.Register, int) {
	depth := g.contextDepth(target)
	if depth <= g.ctx.depth {
		c := g.ctx
		for i := depth; i > 0; i-- {
			c = c.outer
		}
		return c.reg, 0
	}
	return g.ctx.reg, depth
}

func (g *gen) loadContextSlot(ctx bc.Register, slot, depth int, immutable bool) {
	if ctx == bc.RegCurrentContext && depth == 0 {
		if immutable {
			g.b.emit(bc.LdaImmutableCurrentContextSlot, int32(slot))
		} else {
			g.b.emit(bc.LdaCurrentContextSlot, int32(slot))
		}
		return
	}
	if immutable {
		g.b.emit(bc.LdaImmutableContextSlot, int32(ctx), int32(slot), int32(depth))
	} else {
		g.b.emit(bc.LdaContextSlot, int32(ctx), int32(slot), int32(depth))
	}
}

func (g *gen) storeContextSlot(ctx bc.Register, slot, depth int) {
	if ctx == bc.RegCurrentContext && depth == 0 {
		g.b.emit(bc.StaCurrentContextSlot, int32(slot))
		return
	}
	g.b.emit(bc.StaContextSlot, int32(ctx), int32(slot), int32(depth))
}

// scopeInfo returns (creating once) the ScopeInfo of a scope that allocates a context.
func (g *gen) scopeInfo(s *ast.Scope) *bc.ScopeInfo {
	if si, ok := g.st.scopeInfos[s]; ok {
		return si
	}
	si := &bc.ScopeInfo{HasExtension: s.HasExtension}
	switch s.Type {
	case ast.FunctionScope:
		si.Type = bc.ScopeFunction
	case ast.CatchScope:
		si.Type = bc.ScopeCatch
	case ast.ClassScope:
		si.Type = bc.ScopeClass
	case ast.ScriptScope:
		si.Type = bc.ScopeScript
		if s.IsEval {
			si.Type = bc.ScopeEval // eval code's own let/const: never where its vars go
		}
	case ast.WithScope:
		si.Type = bc.ScopeWith
	default:
		si.Type = bc.ScopeBlock
	}
	n := 0
	for _, v := range s.ContextLocals {
		if i := v.Index - s.ContextHeader() + 1; i > n {
			n = i
		}
	}
	si.Names = make([]string, n)
	si.Immutable = make([]bool, n)
	for _, v := range s.ContextLocals {
		i := v.Index - s.ContextHeader()
		if i >= 0 && i < n {
			si.Names[i] = v.Name
			si.Immutable[i] = v.Kind.IsImmutable()
		}
	}
	for _, v := range g.st.classKeys[s] {
		si.Names = append(si.Names, v.Name)
		si.Immutable = append(si.Immutable, true)
	}
	g.st.scopeInfos[s] = si
	return si
}

func (g *gen) scopeInfoConst(s *ast.Scope) int32 {
	return int32(g.b.constant(bc.Constant{Kind: bc.ConstScopeInfo, Obj: g.scopeInfo(s)}))
}

// ---- feedback slot caches (V8's FeedbackSlotCache)

func varIndex(v *ast.Variable) int {
	if v == nil {
		return -1
	}
	return v.Index
}

func (g *gen) cachedLoadICSlot(obj ast.Expression, name string) int32 {
	id, ok := obj.(*ast.Identifier)
	if !ok || id.Var == nil {
		return g.b.slot(bc.SlotLoadProperty)
	}
	k := slotKey{kind: cacheLoadProperty, index: varIndex(id.Var), name: name}
	if s, ok := g.slotCache[k]; ok {
		return s
	}
	s := g.b.slot(bc.SlotLoadProperty)
	g.slotCache[k] = s
	return s
}

func (g *gen) cachedStoreICSlot(obj ast.Expression, name string) int32 {
	kind := bc.SlotSetNamed.WithLanguageMode(g.strict)
	id, ok := obj.(*ast.Identifier)
	if !ok || id.Var == nil {
		return g.b.slot(kind)
	}
	k := slotKey{kind: cacheSetNamed, index: varIndex(id.Var), name: name}
	if s, ok := g.slotCache[k]; ok {
		return s
	}
	s := g.b.slot(kind)
	g.slotCache[k] = s
	return s
}

func (g *gen) cachedLoadGlobalSlot(typeofMode bool, v *ast.Variable) int32 {
	kind, ck := bc.SlotLoadGlobalNotInsideTypeof, cacheLoadGlobal
	if typeofMode {
		kind, ck = bc.SlotLoadGlobalInsideTypeof, cacheLoadGlobalTypeof
	}
	k := slotKey{kind: ck, node: v}
	if s, ok := g.slotCache[k]; ok {
		return s
	}
	s := g.b.slot(kind)
	g.slotCache[k] = s
	return s
}

func (g *gen) cachedStoreGlobalSlot(v *ast.Variable) int32 {
	k := slotKey{kind: cacheStoreGlobal, node: v}
	if s, ok := g.slotCache[k]; ok {
		return s
	}
	s := g.b.slot(bc.SlotStoreGlobal.WithLanguageMode(g.strict))
	g.slotCache[k] = s
	return s
}

func (g *gen) closureSlot(lit *ast.FunctionLiteral) int32 {
	k := slotKey{kind: cacheClosure, node: lit}
	if s, ok := g.slotCache[k]; ok {
		return s
	}
	s := int32(g.b.feedback.AddClosureCell())
	g.slotCache[k] = s
	return s
}
