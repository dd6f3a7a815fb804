package vm

import (
	"strings"

	bc "enginescope/core/bytecode"
	"enginescope/core/events"
)

// Event emission. Every emitter is called behind an `if rec != nil` check, so a run without
// a recorder pays one nil test per step.

// snapshot turns a value into the event stream's self-describing form.
func (r *Runtime) snapshot(v Value) events.Value {
	switch v.kind {
	case KindUndefined:
		return events.Undefined()
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
	case KindString:
		s := v.String()
		return events.Str(s.GoString(), events.Addr(s.Address()))
	case KindSymbol:
		s := v.Symbol()
		return events.Symbol(s.DescriptiveString(), events.Addr(s.Address()))
	case KindBigInt:
		return events.BigInt(v.BigInt().String(), 0)
	case KindObject:
		o := v.Object()
		if o.IsCallable() {
			return events.Function(r.FunctionName(o), events.Addr(o.Address()))
		}
		return events.Object(r.objectPreview(o), events.Addr(o.Address()))
	case kindContext:
		c := v.context()
		return events.Object("Context", events.Addr(c.Address()))
	}
	return events.Undefined()
}

func (r *Runtime) objectPreview(o *Object) string {
	switch o.hc.InstanceType {
	case TypeArray:
		return "Array(" + itoa(int(o.length)) + ")"
	case TypeError:
		return r.ErrorSummary(ObjectValue(o))
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
	pos, ok := f.code.bc.SourcePositionOf(f.pc)
	s := f.cl.SFI.Script
	if !ok || s == nil {
		return events.Loc{}
	}
	line, col := lineColumnUTF16(s, pos)
	return events.At(line, col, pos)
}

type execInfo struct {
	frame uint32
	sfi   uint32
	pc    int
	op    string
	ops   string
	stmt  bool
	loc   events.Loc
}

func (r *Runtime) execInfoOf(f *frame, in *bc.Instr) execInfo {
	// An instruction's printed form and position never change: compute them once per code
	// object, so recording costs a table read per step rather than a disassembly.
	c := f.code
	if c.execCache == nil {
		c.execCache = make([]*execInfo, len(c.instrs))
	}
	if ei := c.execCache[f.pc]; ei != nil {
		out := *ei
		out.frame = f.id
		return out
	}
	b := c.bc
	text := bc.InstrText(b, f.pc, r.listingAddresses(), 0)
	name, ops := text, ""
	if i := strings.IndexByte(text, ' '); i >= 0 {
		name, ops = text[:i], text[i+1:]
	}
	if j := strings.Index(ops, " (0x"); j >= 0 {
		ops = ops[:j]
	}
	ei := &execInfo{sfi: r.sfiID(f.cl.SFI), pc: int(b.Offsets[f.pc]), op: name, ops: ops,
		stmt: b.IsStatementStart(f.pc), loc: r.locOf(f)}
	c.execCache[f.pc] = ei
	out := *ei
	out.frame = f.id
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

func (r *Runtime) emitExecInfo(ei execInfo, acc Value) {
	e := &events.BytecodeExec{Frame: ei.frame, SFI: ei.sfi, PC: ei.pc, Op: ei.op, Operands: ei.ops,
		Acc: r.snapshot(acc), StmtStart: ei.stmt}
	e.Loc = ei.loc
	r.interp.rec.Emit(e)
}

// emitExec reports the register writes of the instruction just executed, then its
// bytecode.exec with the accumulator after it.
func (r *Runtime) emitExec(f *frame, in *bc.Instr, acc Value) {
	it := &r.interp
	regs := it.stack[f.base : f.base+f.size]
	write := func(idx int32) {
		if int(idx) >= len(regs) {
			return
		}
		it.rec.Emit(&events.RegisterWrite{Frame: f.id, Reg: f.code.registerName(idx), Value: r.snapshot(regs[idx])})
	}
	if in.Op.IsShortStar() {
		write(f.code.r0 + int32(bc.Star0-in.Op))
	} else {
		ops := in.Op.Info().Operands
		for k, t := range ops {
			switch t {
			case bc.OpRegOut, bc.OpRegInOut:
				write(in.Ops[k])
			case bc.OpRegOutPair, bc.OpRegOutTriple:
				for j := 0; j < t.RegisterGroupSize(); j++ {
					write(in.Ops[k] + int32(j))
				}
			case bc.OpRegOutList:
				for j := int32(0); j < in.Ops[k+1]; j++ {
					write(in.Ops[k] + j)
				}
			}
		}
		if in.Op == bc.PushContext || in.Op == bc.PopContext {
			write(bc.FrameContext)
		}
	}
	r.emitExecInfo(r.execInfoOf(f, in), acc)
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
	e := &events.FramePush{Frame: f.id, Depth: len(it.frames), Fn: f.cl.SFI.Name, SFI: r.sfiID(f.cl.SFI),
		Closure: events.Addr(f.fnObj.Address()), This: r.snapshot(this), Regs: f.code.bc.RegisterCount,
		Construct: !newTarget.IsUndefined() && !f.cl.SFI.IsGenerator && !f.cl.SFI.IsAsync}
	if f.ctx != nil {
		e.Context = events.Addr(f.ctx.Address())
	}
	for _, a := range args {
		e.Args = append(e.Args, r.snapshot(a))
	}
	if n := len(it.frames); n >= 2 {
		e.Loc = r.locOf(it.frames[n-2])
	}
	it.rec.Emit(e)
}

func (r *Runtime) emitFramePop(f *frame, exit string, v Value) {
	if exit == "suspend" {
		exit = "return"
	}
	r.interp.rec.Emit(&events.FramePop{Frame: f.id, Depth: len(r.interp.frames) - 1, Exit: exit, Value: r.snapshot(v)})
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
	name := ""
	if c.Scope != nil {
		if i := slot - c.Scope.Header(); i >= 0 && i < len(c.Scope.Names) {
			name = c.Scope.Names[i]
		}
	}
	r.interp.rec.Emit(&events.ContextWrite{Addr: events.Addr(c.Address()), Slot: slot, Name: name, Value: r.snapshot(v)})
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

func (r *Runtime) emitFeedbackAlloc(fn *Object, cl *Closure) {}

func (r *Runtime) emitExceptionThrow(v Value) {
	it := &r.interp
	e := &events.ExceptionThrow{Value: r.snapshot(v), Message: r.ErrorSummary(v)}
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
