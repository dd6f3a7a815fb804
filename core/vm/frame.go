package vm

import bc "enginescope/core/bytecode"

// frame is one interpreter (Ignition) frame (pushFrame sets every field by hand when it reuses
// one: a new field must be reset there). Its register file lives in the interpreter's value
// stack at [base, base+size):
//
//	[0] <closure>  [1] <context>  [2] <this>  [3…) a0…  [r0…) r0…  [slots…) extra arguments
type frame struct {
	fnObj *Object
	cl    *Closure
	code  *codeInfo
	base  int
	size  int
	pc    int // instruction index of the instruction in flight / to resume at
	ctx   *Context
	argc  int
	// construct: [[Construct]] call; receiver is the object made for a base constructor (for an
	// arrow, the receiver its caller passed).
	construct bool
	derived   bool
	receiver  Value
	// entry: returning from this frame ends the current Go-level interpreter invocation.
	entry bool
	gen   *generatorData
	fb    *FeedbackVector
	id    uint32
	sim   int // simulated stack bytes
	// acc is the accumulator as the instruction in flight began: the collector's root for it.
	acc Value
	// inl is the inlined body this frame runs as part of inlOwner's optimized code (tier_inline.go).
	inl      *inlinedCallee
	inlOwner *frame
}

// frameHeaderSlots is the fixed part of a V8 interpreter frame (return address, fp, context,
// function, argc, bytecode array, bytecode offset, feedback) in tagged slots.
const frameHeaderSlots = 8

func (f *frame) regs(it *interpreter) []Value { return it.stack[f.base : f.base+f.size] }

// ensureStack makes room for n more slots, reallocating the value stack if needed.
func (it *interpreter) ensureStack(n int) {
	if it.sp+n <= len(it.stack) {
		return
	}
	size := len(it.stack) * 2
	for it.sp+n > size {
		size *= 2
	}
	ns := make([]Value, size)
	copy(ns, it.stack[:it.sp])
	it.stack = ns
}

func (it *interpreter) newFrame() *frame {
	if n := len(it.free); n > 0 {
		f := it.free[n-1]
		it.free = it.free[:n-1]
		return f
	}
	return &frame{}
}

// pushFrame enters a JavaScript function: it checks the simulated stack, builds the register
// file (closure, context, receiver, parameters, undefined registers, extra arguments).
func (r *Runtime) pushFrame(fnObj *Object, cl *Closure, ci *codeInfo, this Value, args []Value, newTarget Value) *frame {
	it := &r.interp
	params := ci.params
	extra := 0
	if len(args) > params {
		extra = len(args) - params
	}
	slots := ci.slots + extra
	sim := (frameHeaderSlots + 1 + max(params, len(args)) + ci.bc.RegisterCount) * TaggedSize
	if it.stackUsed+sim > it.stackLimit {
		r.stackOverflowEntering(fnObj, cl, ci, this)
	}
	it.ensureStack(slots)
	base := it.sp
	regs := it.stack[base : base+slots]
	regs[bc.FrameClosure] = ObjectValue(fnObj)
	regs[bc.FrameContext] = contextValue(cl.Context)
	regs[bc.FrameReceiver] = this
	// element by element: copy() of pointerful Values pays a bulk write barrier and a
	// memmove call, more than the few arguments a call passes
	n := min(len(args), params)
	formals := regs[bc.FrameParams : bc.FrameParams+n]
	for i := range formals {
		formals[i] = args[i]
	}
	for i := bc.FrameParams + n; i < ci.slots; i++ {
		regs[i] = Undefined
	}
	if extra > 0 {
		copy(regs[ci.slots:], args[params:])
	}
	it.sp = base + slots
	it.stackUsed += sim
	f := it.newFrame()
	// field by field: a composite literal would clear the whole frame first
	f.fnObj, f.cl, f.code, f.ctx, f.gen = fnObj, cl, ci, cl.Context, nil
	f.base, f.size, f.pc, f.argc, f.sim = base, slots, 0, len(args), sim
	f.construct, f.derived, f.entry = false, false, false
	f.receiver, f.acc, f.inl, f.inlOwner = Value{}, Value{}, nil, nil
	if idx := ci.bc.IncomingNewTargetOrGenerator; idx >= 0 {
		regs[idx] = newTarget
	}
	// the feedback vector is allocated lazily by the interrupt budget (ic_budget.go; state X before)
	f.fb = cl.Feedback
	if cl.tierEntry {
		r.tierOnEntry(cl, fnObj) // tier_budget.go: a marked function's compile job starts
	}
	it.nextFrameID++
	f.id = it.nextFrameID
	it.frames = append(it.frames, f)
	if it.rec != nil {
		r.emitFramePush(f, this, args, newTarget)
	}
	return f
}

// popFrame leaves the top frame.
func (r *Runtime) popFrame(exit string, v Value) {
	it := &r.interp
	n := len(it.frames) - 1
	f := it.frames[n]
	if it.rec != nil {
		r.emitFramePop(f, exit, v)
	}
	it.frames = it.frames[:n]
	it.sp = f.base
	it.stackUsed -= f.sim
	// no zeroing: pushFrame rewrites every field of a reused frame
	it.free = append(it.free, f)
}

// stackOverflowEntering throws the RangeError of a call that does not fit: V8's stack check
// runs in the callee's prologue, so the error's stack and message location start in the callee
// at its first position.
func (r *Runtime) stackOverflowEntering(fnObj *Object, cl *Closure, ci *codeInfo, this Value) {
	it := &r.interp
	if rec := it.rec; rec != nil {
		r.emitStackOverflow()
	}
	it.ensureStack(bc.FrameParams)
	base := it.sp
	it.stack[base+bc.FrameClosure] = ObjectValue(fnObj)
	it.stack[base+bc.FrameContext] = contextValue(cl.Context)
	it.stack[base+bc.FrameReceiver] = this
	f := it.newFrame()
	*f = frame{fnObj: fnObj, cl: cl, code: ci, base: base, size: bc.FrameParams, ctx: cl.Context}
	it.frames = append(it.frames, f)
	exc := &Exception{Value: ObjectValue(r.NewError("RangeError", "Maximum call stack size exceeded"))}
	pos, ok := ci.bc.SourcePositionOf(0)
	if !ok {
		pos = -1
	}
	it.throwSite, it.siteExc = ThrowInfo{SFI: cl.SFI, Pos: pos}, exc
	it.frames = it.frames[:len(it.frames)-1]
	*f = frame{}
	it.free = append(it.free, f)
	panic(exc)
}

func (r *Runtime) stackOverflow() {
	if rec := r.interp.rec; rec != nil {
		r.emitStackOverflow()
	}
	r.ThrowRangeError("Maximum call stack size exceeded")
}

// extraArgs returns the arguments beyond the formal parameters of frame f.
func (f *frame) extraArgs(it *interpreter) []Value {
	return it.stack[f.base+f.code.slots : f.base+f.size]
}

// actualArgs rebuilds the argument list of frame f (for arguments objects and rest parameters).
func (f *frame) actualArgs(it *interpreter) []Value {
	regs := it.stack[f.base : f.base+f.size]
	n := f.argc
	out := make([]Value, n)
	p := f.code.params
	for i := 0; i < n; i++ {
		if i < p {
			out[i] = regs[bc.FrameParams+i]
		} else {
			out[i] = regs[f.code.slots+i-p]
		}
	}
	return out
}
