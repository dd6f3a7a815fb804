package vm

import (
	"strings"
	"unsafe"

	bc "enginescope/core/bytecode"
	"enginescope/core/events"
	"enginescope/core/parser"
)

// Event emission. Every emitter is called behind an `if rec != nil` check, so a run without
// a recorder pays one nil test per step.

// snapshot turns a value into the event stream's self-describing form, now: a capture read back
// at once, so the rare events built on the spot label values exactly as the step log's do.
func (r *Runtime) snapshot(v Value) events.Value {
	if v.kind < KindString || v.kind == KindBigInt || v.kind == KindHole {
		return primitiveSnapshot(v)
	}
	l := r.interp.rec
	if l == nil {
		l = &stepLog{r: r} // an emitter outside recording: a log just for this value's texts
	}
	var rec logRecord
	l.put(&rec, logArg, v, nil, 0, 0)
	return l.replay(&rec)
}

// primitiveSnapshot is the snapshot of a value that has no heap address to capture.
func primitiveSnapshot(v Value) events.Value {
	switch v.kind {
	case KindNull:
		return events.Null()
	case KindHole:
		return events.Hole()
	case KindBoolean:
		return events.Bool(v.num != 0)
	case KindNumber:
		if v.IsSmi() {
			return events.Smi(int32(v.num))
		}
		return events.Number(NumberToString(v.num), 0)
	case KindBigInt:
		return events.BigInt(v.BigInt().String(), 0)
	}
	return events.Undefined()
}

// builtinClassNames label objects of the builtin classes in the stream, as DevTools does.
var builtinClassNames = map[InstanceType]string{
	TypeDate: "Date", TypeRegExp: "RegExp", TypeMap: "Map", TypeSet: "Set", TypeWeakMap: "WeakMap",
	TypeWeakSet: "WeakSet", TypeWeakRef: "WeakRef", TypePromise: "Promise", TypeGenerator: "Generator",
	TypeAsyncGenerator: "AsyncGenerator", TypeArguments: "Arguments", TypeProxy: "Proxy",
	TypeArrayBuffer: "ArrayBuffer", TypeDataView: "DataView", TypeArrayIterator: "Array Iterator",
	TypeStringIterator: "String Iterator", TypeMapIterator: "Map Iterator", TypeSetIterator: "Set Iterator",
}

// streamClassName is an object's label in the stream: V8's constructor name from its map (the class a
// `new` made it with), a builtin class, the global object as each host names it, or Object. It
// reads only the map, so it runs nothing.
func (r *Runtime) streamClassName(o *Object) string {
	switch {
	case o == r.Global:
		if r.Options.Host == "browser" {
			return "Window"
		}
		return "Object [global]"
	case o.hc.Constructor != nil:
		c := o.hc.Constructor
		if o.hc.NewTarget != nil {
			c = o.hc.NewTarget
		}
		if fd, ok := c.Internal.(*FunctionData); ok && fd.Name != "" {
			return fd.Name
		}
	}
	if name, ok := builtinClassNames[o.hc.InstanceType]; ok {
		return name
	}
	if o.hc.Proto == nil {
		return "[Object: null prototype]"
	}
	return "Object"
}

func (r *Runtime) sfiID(s *bc.SharedFunctionInfo) uint32 {
	r.sfiAddress(s)
	return uint32(s.ID + 1)
}

// locOf is the source location of the frame's current instruction.
func (r *Runtime) locOf(f *frame) events.Loc {
	if f == nil || f.code == nil {
		return events.Loc{}
	}
	return r.locAt(f.cl.SFI, f.code.bc, f.pc)
}

func (r *Runtime) locAt(sfi *bc.SharedFunctionInfo, b *bc.BytecodeArray, idx int) events.Loc {
	pos, ok := b.SourcePositionOf(idx)
	s := sfi.Script
	if !ok || s == nil {
		return events.Loc{}
	}
	line, col := lineColumnUTF16(s, pos)
	return events.At(line, col, pos)
}

type execInfo struct {
	sfi    uint32
	pc     int
	op     string
	ops    string
	stmt   bool
	loc    events.Loc
	writes []int32 // frame slots the instruction writes (register.write events)
	// storesAcc: the instruction's one write stores the accumulator (Star): the log keeps the
	// value once, in the bytecode.exec record.
	storesAcc bool
}

// execInfoOf is the printed form, position and register writes of a code object's instruction
// idx. They never change: they are computed once per instruction (the first time it runs with
// recording on), so recording costs a table read per step rather than a disassembly.
func (r *Runtime) execInfoOf(f *frame, idx int) *execInfo {
	c := f.code
	if c.execCache == nil {
		c.execCache = make([]*execInfo, len(c.instrs))
	}
	if ei := c.execCache[idx]; ei != nil {
		return ei
	}
	b := c.bc
	text := bc.InstrText(b, idx, r.listingAddresses(), 0)
	name, ops := text, ""
	if i := strings.IndexByte(text, ' '); i >= 0 {
		name, ops = text[:i], text[i+1:]
	}
	if j := strings.Index(ops, " (0x"); j >= 0 {
		ops = ops[:j]
	}
	ei := &execInfo{sfi: r.sfiID(f.cl.SFI), pc: int(b.Offsets[idx]), op: name, ops: ops,
		stmt: b.IsStatementStart(idx), loc: r.locAt(f.cl.SFI, b, idx), writes: registerWrites(c, &c.instrs[idx])}
	ei.storesAcc = len(ei.writes) == 1 && (c.instrs[idx].Op.IsShortStar() || c.instrs[idx].Op == bc.Star)
	c.execCache[idx] = ei
	for _, w := range ei.writes {
		c.registerName(w)
	}
	return ei
}

// registerWrites lists the frame slots an instruction writes, from the opcode table.
func registerWrites(c *codeInfo, in *bc.Instr) []int32 {
	if in.Op.IsShortStar() {
		return []int32{c.r0 + int32(bc.Star0-in.Op)}
	}
	var out []int32
	for k, t := range in.Op.Info().Operands {
		switch t {
		case bc.OpRegOut, bc.OpRegInOut:
			out = append(out, in.Ops[k])
		case bc.OpRegOutPair, bc.OpRegOutTriple:
			for j := 0; j < t.RegisterGroupSize(); j++ {
				out = append(out, in.Ops[k]+int32(j))
			}
		case bc.OpRegOutList:
			for j := int32(0); j < in.Ops[k+1]; j++ {
				out = append(out, in.Ops[k]+j)
			}
		}
	}
	if in.Op == bc.PushContext || in.Op == bc.PopContext {
		out = append(out, bc.FrameContext)
	}
	return out
}

// registerName is the printed name of a frame slot (a0, r3, <context>), cached per code object.
func (c *codeInfo) registerName(idx int32) string {
	if int(idx) < len(c.regNames) && c.regNames[idx] != "" {
		return c.regNames[idx]
	}
	name := bc.RegisterFromFrameIndex(idx, c.params).String()
	if idx >= 0 && int(idx) < 4096 {
		if int(idx) >= len(c.regNames) {
			grown := make([]string, idx+1)
			copy(grown, c.regNames)
			c.regNames = grown
		}
		c.regNames[idx] = name
	}
	return name
}

// emitExec records the register writes of the instruction just executed, then its
// bytecode.exec with the accumulator after it.
func (r *Runtime) emitExec(f *frame, acc Value) {
	l := r.interp.rec
	c := f.code
	if f.pc >= len(c.logPlain) || !c.logPlain[f.pc] {
		r.emitExecWrites(f, acc)
		return
	}
	// the common case, kept small: one record, fields stored one by one
	if l.used == len(l.buf) {
		l.flush()
	}
	rec := &l.buf[l.used]
	l.used++
	rec.val, rec.ptr, rec.frame, rec.n = acc, unsafe.Pointer(c), f.id, int32(f.pc)
	rec.addr, rec.aux, rec.kind, rec.flag = 0, 0, logExec, 0
	if acc.kind >= KindString {
		l.captureRef(rec, acc)
	}
}

// emitExecWrites records an instruction that writes registers other than by Star, or one that
// runs for the first time with recording on.
func (r *Runtime) emitExecWrites(f *frame, acc Value) {
	l := r.interp.rec
	c := f.code
	ei := r.execInfoOf(f, f.pc)
	writes := ei.writes
	if ei.storesAcc {
		writes = nil
	}
	if len(c.logPlain) != len(c.instrs) {
		c.logPlain = make([]bool, len(c.instrs))
	}
	c.logPlain[f.pc] = len(writes) == 0
	l.reserve(1 + len(writes))
	for _, w := range writes {
		if int(w) < f.size {
			l.put(l.slot(), logRegWrite, r.interp.stack[f.base+int(w)], unsafe.Pointer(c), f.id, w)
		}
	}
	l.put(l.slot(), logExec, acc, unsafe.Pointer(c), f.id, int32(f.pc))
}

// execMark remembers the instruction in flight before its frame goes away (Return, suspend).
type execMark struct {
	code  *codeInfo
	frame uint32
	pc    int32
}

func (r *Runtime) markExec(f *frame) execMark {
	r.execInfoOf(f, f.pc)
	return execMark{f.code, f.id, int32(f.pc)}
}

func (r *Runtime) emitExecMark(m execMark, acc Value) {
	l := r.interp.rec
	l.put(l.slot(), logExec, acc, unsafe.Pointer(m.code), m.frame, m.pc)
}

// listingAddresses is the address space listings and events print (shared with the heap).
func (r *Runtime) listingAddresses() *bc.AddressSpace {
	if r.interp.addrs == nil {
		r.interp.addrs = bc.NewAddressSpace(0)
		r.interp.addrs.Alloc = func(kind string, size int) uint32 { return r.Heap.alloc(size, kind) }
	}
	return r.interp.addrs
}

func (r *Runtime) emitFramePush(f *frame, this Value, args []Value, newTarget Value) {
	it := &r.interp
	l := it.rec
	r.sfiID(f.cl.SFI)
	var caller *frame
	if n := len(it.frames); n >= 2 {
		caller = it.frames[n-2]
		r.execInfoOf(caller, caller.pc) // its position is the push's
	}
	l.reserve(2 + len(args))
	push := l.slot()
	l.put(push, logFramePush, this, unsafe.Pointer(f.cl), f.id, int32(len(it.frames)))
	if !newTarget.IsUndefined() && !f.cl.SFI.IsGenerator && !f.cl.SFI.IsAsync {
		push.flag = 1
	}
	info := l.slot()
	*info = logRecord{kind: logPushInfo, addr: f.fnObj.Address(), frame: uint32(len(args))}
	if f.ctx != nil {
		info.aux = f.ctx.Address()
	}
	if caller != nil {
		info.ptr, info.n = unsafe.Pointer(caller.code), int32(caller.pc)
	}
	for _, a := range args {
		l.put(l.slot(), logArg, a, nil, 0, 0)
	}
}

func (r *Runtime) emitFramePop(f *frame, exit string, v Value) {
	l := r.interp.rec
	rec := l.slot()
	l.put(rec, logFramePop, v, nil, f.id, int32(len(r.interp.frames)-1))
	if exit == "throw" {
		rec.flag = 1
	}
}

func (r *Runtime) emitStackOverflow() {
	it := &r.interp
	it.rec.Emit(&events.StackOverflow{Depth: len(it.frames), Limit: it.stackLimit})
}

func (r *Runtime) emitContextAlloc(c *Context) {
	e := &events.ContextAlloc{Addr: events.Addr(c.Address()), Slots: len(c.Slots) - 2, Scope: "block"}
	if c.Parent != nil {
		e.Parent = events.Addr(c.Parent.Address())
	}
	if c.Scope != nil {
		e.Names = append([]string(nil), c.Scope.Names...)
		e.Scope = strings.ToLower(strings.TrimSuffix(c.Scope.Type.String(), "_SCOPE"))
	}
	r.interp.rec.Emit(e)
}

func (r *Runtime) emitContextWrite(c *Context, slot int, v Value) {
	l := r.interp.rec
	l.put(l.slot(), logContextWrite, v, unsafe.Pointer(c), c.Address(), int32(slot))
}

func (r *Runtime) emitClosureCreate(fo *Object, cl *Closure) {
	e := &events.ClosureCreate{Closure: events.Addr(fo.Address()), Fn: cl.SFI.Name, SFI: r.sfiID(cl.SFI)}
	if cl.Context != nil {
		e.Context = events.Addr(cl.Context.Address())
	}
	r.interp.rec.Emit(e)
}

func (r *Runtime) emitCompileLazy(s *bc.SharedFunctionInfo) {
	b := s.Bytecode
	var sb strings.Builder
	bc.Disassemble(&sb, b, r.listingAddresses())
	r.interp.rec.Emit(&events.CompileLazy{Fn: s.Name, SFI: r.sfiID(s), Start: s.Start, End: s.End,
		Length: b.Length(), Regs: b.RegisterCount, Params: b.ParameterCount, Disasm: sb.String()})
}

// emitPreparse reports an inner function preparsed while its outer function is compiled
// lazily (the top level's are reported by the engine when it parses the script).
func (r *Runtime) emitPreparse(script *bc.Script, p parser.PreparseEvent) {
	id := uint32(0)
	if p.Func != nil {
		id = uint32(p.Func.ID + 1) // sfiID's numbering, without materializing an SFI
	}
	e := &events.ParsePreparse{Fn: p.Name, SFI: id, Start: p.Start, End: p.End, Captures: p.Captured}
	line, col := script.LineColumn(p.Start)
	e.Loc = events.At(line, col, p.Start)
	r.interp.rec.Emit(e)
}

func (r *Runtime) emitFeedbackAlloc(fn *Object, cl *Closure) {}

func (r *Runtime) emitExceptionThrow(v Value) {
	it := &r.interp
	e := &events.ExceptionThrow{Value: r.snapshot(v), Message: r.quietSummary(v)}
	if n := len(it.frames); n > 0 {
		f := it.frames[n-1]
		e.Frame = f.id
		e.Loc = r.locOf(f)
	}
	it.rec.Emit(e)
}

func (r *Runtime) emitExceptionCatch(f *frame, v Value) {
	r.interp.rec.Emit(&events.ExceptionCatch{Frame: f.id, SFI: r.sfiID(f.cl.SFI), Handler: int(f.code.bc.Offsets[f.pc]), Value: r.snapshot(v)})
}
