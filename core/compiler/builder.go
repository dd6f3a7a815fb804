package compiler

import (
	"math"

	bc "enginescope/core/bytecode"
)

// sourceInfo is a pending source position (V8's BytecodeSourceInfo).
type sourceInfo struct {
	kind         uint8 // 0 none, 1 expression, 2 statement
	pos          int32
	notBreakable bool
}

const (
	posNone uint8 = iota
	posExpr
	posStmt
)

func (s sourceInfo) valid() bool  { return s.kind != posNone }
func (s sourceInfo) isStmt() bool { return s.kind == posStmt }

// label is a jump target. pos is the instruction index once bound.
type label struct {
	bound    bool
	referred bool
	pos      int
}

// builder emits instructions the way V8's BytecodeArrayBuilder + BytecodeArrayWriter do:
// register transfers go through the register optimizer, source positions are attached lazily
// (expression positions only to bytecodes with side effects), dead code after a terminator is
// dropped until the next label, and an effect-free accumulator load followed by a bytecode
// that overwrites the accumulator is elided.
type builder struct {
	code      []bc.Instr
	positions []bc.SourcePosition
	labels    []*label
	jumpRefs  []jumpRef
	consts    []bc.Constant
	constMap  map[constKey]int
	handlers  []handlerBuild
	feedback  bc.FeedbackMetadata

	params int // including receiver
	locals int
	regs   regAllocator
	opt    *regOptimizer

	latest, deferred sourceInfo
	exitSeen         bool
	throwingCount    int
	lastOp           bc.Opcode
	lastHadPos       bool
	lastValid        bool
	entryPos         int32
	hasEntryPos      bool
	names            map[int32]string
}

type jumpRef struct {
	instr, operand int
	label          int
}

type constKey struct {
	kind bc.ConstantKind
	s    string
	n    uint64
	p    any
}

type handlerBuild struct {
	start, end, handler int
	prediction          bc.Prediction
	context             bc.Register
}

func newBuilder(params, locals int) *builder {
	b := &builder{params: params, locals: locals, constMap: map[constKey]int{}}
	b.regs.next, b.regs.max = locals, locals
	b.opt = newRegOptimizer(locals, params, b)
	b.regs.obs = b.opt
	return b
}

// ---- source positions

func (b *builder) setStatementPosition(pos int) {
	if pos < 0 {
		return
	}
	b.latest = sourceInfo{kind: posStmt, pos: int32(pos)}
}

func (b *builder) setStatementPositionNotBreakable(pos int) {
	if pos < 0 {
		return
	}
	b.latest = sourceInfo{kind: posStmt, pos: int32(pos), notBreakable: true}
}

func (b *builder) setExpressionPosition(pos int) {
	if pos < 0 {
		return
	}
	if !b.latest.isStmt() {
		b.latest = sourceInfo{kind: posExpr, pos: int32(pos)}
	}
}

func (b *builder) forceExpressionPosition(pos int) {
	if pos < 0 {
		return
	}
	b.latest = sourceInfo{kind: posExpr, pos: int32(pos)}
}

func (b *builder) functionEntryPosition(pos int) {
	b.entryPos, b.hasEntryPos = int32(pos), true
	b.latest = sourceInfo{kind: posExpr, pos: int32(pos)}
}

func (b *builder) currentSourcePosition(op bc.Opcode) sourceInfo {
	if !b.latest.valid() {
		return sourceInfo{}
	}
	if b.latest.isStmt() || !op.Has(bc.FlagNoSideEffects) || op.Has(bc.FlagToBooleanJump) {
		s := b.latest
		b.latest = sourceInfo{}
		return s
	}
	return sourceInfo{}
}

// popSourcePosition takes the pending position away if it starts at or after scopeStart
// (V8's MaybePopSourcePosition, used around context creation).
func (b *builder) popSourcePosition(scopeStart int) (sourceInfo, bool) {
	if !b.latest.valid() || int(b.latest.pos) < scopeStart {
		return sourceInfo{}, false
	}
	s := b.latest
	b.latest = sourceInfo{}
	return s, true
}

func (b *builder) pushSourcePosition(s sourceInfo) { b.latest = s }

// ---- writer

func (b *builder) write(in bc.Instr, si sourceInfo) {
	if b.deferred.valid() {
		if !si.valid() {
			si = b.deferred
		} else if b.deferred.isStmt() && !si.isStmt() {
			si.kind = posStmt
		}
		b.deferred = sourceInfo{}
	}
	op := in.Op
	if !op.Has(bc.FlagNoSideEffects) {
		b.throwingCount++
	}
	if b.exitSeen {
		return
	}
	switch op {
	case bc.Return, bc.Throw, bc.ReThrow, bc.Jump, bc.JumpLoop, bc.SuspendGenerator:
		b.exitSeen = true
	}
	// Elide an effect-free accumulator load whose value the next bytecode overwrites unread;
	// a position entry of the elided bytecode then describes this one.
	if b.lastValid && isAccLoadWithoutEffects(b.lastOp) && op.Info().Acc == bc.AccWrite && (!b.lastHadPos || !si.valid()) {
		b.code = b.code[:len(b.code)-1]
		if b.lastHadPos {
			b.code = append(b.code, in)
			b.lastOp = op
			return
		}
	}
	if si.valid() {
		b.positions = append(b.positions, bc.SourcePosition{Instr: int32(len(b.code)), Pos: si.pos,
			Statement: si.isStmt(), NotBreakable: si.notBreakable})
	}
	b.code = append(b.code, in)
	b.lastOp, b.lastHadPos, b.lastValid = op, si.valid(), true
}

func isAccLoadWithoutEffects(op bc.Opcode) bool {
	return op >= bc.Ldar && op <= bc.LdaImmutableCurrentContextSlot
}

func (b *builder) startBasicBlock() {
	b.lastValid = false
	b.exitSeen = false
}

// remainderOfBlockIsDead reports whether code emitted now would be dropped.
func (b *builder) remainderOfBlockIsDead() bool { return b.exitSeen }

// transferWriter (register optimizer output)
func (b *builder) emitLdar(r bc.Register) {
	b.write(bc.Instr{Op: bc.Ldar, Ops: [5]int32{int32(r)}}, sourceInfo{})
}

func (b *builder) emitStar(r bc.Register) {
	if op, ok := bc.ShortStar(r); ok {
		b.write(bc.Instr{Op: op}, sourceInfo{})
		return
	}
	b.write(bc.Instr{Op: bc.Star, Ops: [5]int32{int32(r)}}, sourceInfo{})
}

func (b *builder) emitMov(from, to bc.Register) {
	b.write(bc.Instr{Op: bc.Mov, Ops: [5]int32{int32(from), int32(to)}}, sourceInfo{})
}

// emit outputs a bytecode. Operands follow the table; register operands are logical
// registers (lists as first, count) and go through the optimizer.
func (b *builder) emit(op bc.Opcode, ops ...int32) {
	b.opt.prepareForBytecode(op)
	si := b.currentSourcePosition(op)
	in := bc.Instr{Op: op}
	types := op.Info().Operands
	for k := 0; k < len(types); k++ {
		var v int32
		if k < len(ops) {
			v = ops[k]
		}
		switch types[k] {
		case bc.OpReg:
			v = int32(b.opt.inputRegister(bc.Register(v)))
		case bc.OpRegOut:
			b.opt.prepareOutput(bc.Register(v))
		case bc.OpRegInOut:
			v = int32(b.opt.inputRegister(bc.Register(v)))
			b.opt.prepareOutput(bc.Register(v))
		case bc.OpRegList, bc.OpRegPair:
			n := types[k].RegisterGroupSize()
			if types[k] == bc.OpRegList {
				n = int(ops[k+1])
			}
			l := b.opt.inputList(bc.RegisterList{First: bc.Register(v), Count: n})
			v = int32(l.First)
		case bc.OpRegOutList, bc.OpRegOutPair, bc.OpRegOutTriple:
			n := types[k].RegisterGroupSize()
			if types[k] == bc.OpRegOutList {
				n = int(ops[k+1])
			}
			b.opt.prepareOutputList(bc.RegisterList{First: bc.Register(v), Count: n})
		}
		in.Ops[k] = v
	}
	b.write(in, si)
}

// ---- register transfers

func (b *builder) loadAccumulatorWithRegister(r bc.Register) {
	b.setDeferred(b.currentSourcePosition(bc.Ldar))
	b.opt.doLdar(r)
}

func (b *builder) storeAccumulatorInRegister(r bc.Register) {
	b.setDeferred(b.currentSourcePosition(bc.Star))
	b.opt.doStar(r)
}

func (b *builder) moveRegister(from, to bc.Register) {
	b.setDeferred(b.currentSourcePosition(bc.Mov))
	b.opt.doMov(from, to)
}

func (b *builder) setDeferred(s sourceInfo) {
	if s.valid() {
		b.deferred = s
	}
}

// annotate attaches a CallPrinter text to the instruction just emitted.
func (b *builder) annotate(text string) {
	if b.exitSeen || len(b.code) == 0 || text == "" {
		return
	}
	if b.names == nil {
		b.names = map[int32]string{}
	}
	b.names[int32(len(b.code)-1)] = text
}

// annotateSpread attaches the CallPrinter text of a call's final spread argument to the
// instruction just emitted (kept under the negated index: -(i+1)).
func (b *builder) annotateSpread(text string) {
	if b.exitSeen || len(b.code) == 0 || text == "" {
		return
	}
	if b.names == nil {
		b.names = map[int32]string{}
	}
	b.names[-int32(len(b.code))] = text
}

// ---- labels and jumps

func (b *builder) newLabel() int {
	b.labels = append(b.labels, &label{})
	return len(b.labels) - 1
}

func (b *builder) bind(l int) {
	lb := b.labels[l]
	if !lb.referred {
		return
	}
	b.opt.flush()
	lb.bound, lb.pos = true, len(b.code)
	b.startBasicBlock()
}

// bindLoopHeader binds a backward-jump target.
func (b *builder) bindLoopHeader(l int) {
	b.opt.flush()
	lb := b.labels[l]
	lb.bound, lb.pos, lb.referred = true, len(b.code), true
	b.startBasicBlock()
}

func (b *builder) jump(op bc.Opcode, l int, extra ...int32) {
	b.opt.prepareForBytecode(op)
	si := b.currentSourcePosition(op)
	if b.exitSeen {
		b.write(bc.Instr{Op: op}, si) // consumes deferred info; dropped
		return
	}
	in := bc.Instr{Op: op}
	types := op.Info().Operands
	for k := 1; k < len(types); k++ {
		v := extra[k-1]
		if types[k] == bc.OpReg {
			v = int32(b.opt.inputRegister(bc.Register(v)))
		}
		in.Ops[k] = v
	}
	b.labels[l].referred = true
	b.write(in, si)
	b.jumpRefs = append(b.jumpRefs, jumpRef{instr: len(b.code) - 1, operand: 0, label: l})
}

func (b *builder) jumpLoop(header int, depth int, pos int, slot int) {
	b.forceExpressionPosition(pos)
	b.opt.prepareForBytecode(bc.JumpLoop)
	si := b.currentSourcePosition(bc.JumpLoop)
	if b.exitSeen {
		b.write(bc.Instr{Op: bc.JumpLoop}, si)
		return
	}
	b.write(bc.Instr{Op: bc.JumpLoop, Ops: [5]int32{0, int32(depth), int32(slot)}}, si)
	b.jumpRefs = append(b.jumpRefs, jumpRef{instr: len(b.code) - 1, operand: 0, label: header})
}

// jumpTable reserves a jump table of n entries in the constant pool (for
// SwitchOnSmiNoFeedback / SwitchOnGeneratorState). Entries are bound with bindJumpTableEntry.
type jumpTable struct {
	start, size, caseBase int
	labels                []int
}

func (b *builder) newJumpTable(size, caseBase int) *jumpTable {
	t := &jumpTable{start: len(b.consts), size: size, caseBase: caseBase}
	for i := 0; i < size; i++ {
		l := b.newLabel()
		b.labels[l].referred = true
		t.labels = append(t.labels, l)
		b.consts = append(b.consts, bc.Constant{Kind: bc.ConstSmi, Target: int32(l)})
	}
	return t
}

// trimJumpTable drops unused trailing entries of a jump table (V8's TrimJumpTable); the
// table must be the last thing in the constant pool or its entries are kept unused.
func (b *builder) trimJumpTable(t *jumpTable, size int) {
	if t.start+t.size == len(b.consts) {
		b.consts = b.consts[:t.start+size]
	}
	t.size = size
	t.labels = t.labels[:size]
}

// growJumpTable adds an entry to a jump table (only possible while it ends the pool).
func (b *builder) growJumpTable(t *jumpTable) {
	l := b.newLabel()
	b.labels[l].referred = true
	t.labels = append(t.labels, l)
	if t.start+t.size != len(b.consts) {
		panic(bailout{"generator jump table cannot grow"})
	}
	b.consts = append(b.consts, bc.Constant{Kind: bc.ConstSmi, Target: int32(l)})
	t.size++
}

func (b *builder) bindJumpTableEntry(t *jumpTable, caseValue int) {
	b.opt.flush()
	lb := b.labels[t.labels[caseValue-t.caseBase]]
	lb.bound, lb.pos = true, len(b.code)
	b.startBasicBlock()
}

// ---- handler table

func (b *builder) newHandlerEntry() int {
	b.handlers = append(b.handlers, handlerBuild{start: -1, end: -1, handler: -1})
	return len(b.handlers) - 1
}

func (b *builder) markTryBegin(id int, ctx bc.Register) {
	b.opt.flush()
	b.lastValid = false
	b.handlers[id].start = len(b.code)
	b.handlers[id].context = ctx
}

func (b *builder) markTryEnd(id int) {
	b.lastValid = false
	b.handlers[id].end = len(b.code)
}

func (b *builder) markHandler(id int, p bc.Prediction) {
	b.opt.flush()
	b.startBasicBlock()
	b.handlers[id].handler = len(b.code)
	b.handlers[id].prediction = p
}

// ---- constant pool

func (b *builder) constant(c bc.Constant) int {
	var key constKey
	switch c.Kind {
	case bc.ConstString, bc.ConstBigInt, bc.ConstSymbol:
		key = constKey{kind: c.Kind, s: c.Str}
	case bc.ConstHeapNumber:
		key = constKey{kind: c.Kind, n: math.Float64bits(c.Num)}
	case bc.ConstScopeInfo:
		key = constKey{kind: c.Kind, p: c.Obj}
	case bc.ConstUndefined:
		key = constKey{kind: c.Kind}
	default:
		b.consts = append(b.consts, c)
		return len(b.consts) - 1
	}
	if i, ok := b.constMap[key]; ok {
		return i
	}
	b.consts = append(b.consts, c)
	b.constMap[key] = len(b.consts) - 1
	return len(b.consts) - 1
}

func (b *builder) stringConst(s string) int32 { return int32(b.constant(bc.StringConstant(s))) }

// ---- feedback

func (b *builder) slot(k bc.SlotKind) int32 { return int32(b.feedback.Add(k)) }

// ---- finish

func (b *builder) finish(sfi *bc.SharedFunctionInfo) (*bc.BytecodeArray, error) {
	b.opt.flush()
	arr := &bc.BytecodeArray{Code: b.code, Constants: b.consts, ParameterCount: b.params,
		RegisterCount: b.opt.maxRegister + 1, Feedback: b.feedback, SFI: sfi}
	if arr.RegisterCount < b.locals {
		arr.RegisterCount = b.locals
	}
	for _, r := range b.jumpRefs {
		arr.Code[r.instr].Ops[r.operand] = int32(b.labels[r.label].pos)
	}
	for i := range arr.Constants {
		c := &arr.Constants[i]
		if c.Kind == bc.ConstSmi {
			c.Target = int32(b.labels[c.Target].pos)
		}
	}
	if b.hasEntryPos {
		arr.Positions = append(arr.Positions, bc.SourcePosition{Instr: -1, Pos: b.entryPos})
	}
	arr.Positions = append(arr.Positions, b.positions...)
	for _, h := range b.handlers {
		if h.start < 0 || h.end < 0 || h.handler < 0 {
			continue
		}
		arr.Handlers = append(arr.Handlers, bc.HandlerEntry{Start: int32(h.start), End: int32(h.end),
			Handler: int32(h.handler), Prediction: h.prediction, Data: bc.FrameIndex(h.context, b.params-1)})
	}
	arr.Names = b.names
	if err := bc.Assemble(arr); err != nil {
		return nil, err
	}
	return arr, nil
}
