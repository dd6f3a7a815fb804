package vm

import (
	"math"
	"unsafe"

	bc "enginescope/core/bytecode"
)

// run executes the interpreter until the current entry frame returns (JS→JS calls push frames
// and stay in this loop; only natives calling back into JavaScript nest a Go-level run). An
// exception a native raises by panic is recovered once per loop entry, not per call.
func (r *Runtime) run() Value {
	for {
		v, exc, done := r.loop()
		if done {
			return v
		}
		if !r.unwind(exc) {
			panic(exc)
		}
	}
}

// unwind looks for a handler for exc in the frames of the current Go-level invocation,
// popping frames that have none. It reports false (all of this invocation's frames popped)
// when the exception must propagate to the Go caller.
func (r *Runtime) unwind(exc *Exception) bool {
	it := &r.interp
	for len(it.frames) > 0 {
		f := it.frames[len(it.frames)-1]
		if h := f.code.bc.HandlerFor(f.pc); h != nil {
			regs := f.regs(it)
			ctx := regs[h.Data]
			regs[bc.FrameContext] = ctx
			f.ctx = ctx.context()
			f.pc = int(h.Handler)
			it.stack[f.base+bc.FrameContext] = ctx
			it.pendingAcc = exc.Value
			if it.rec != nil {
				r.emitExceptionCatch(f, exc.Value)
			}
			return true
		}
		entry := f.entry
		if f.gen != nil {
			f.gen.state = genClosed
		}
		r.popFrame("throw", exc.Value)
		if entry {
			return false
		}
	}
	return false
}

// throwValue raises a JavaScript exception from inside the loop.
func (r *Runtime) throwValue(v Value) {
	panic(&Exception{Value: v})
}

const (
	resumeModeNext   = 0
	resumeModeReturn = 1
	resumeModeThrow  = 2
)

// loop is the bytecode dispatch loop. It returns when the entry frame returns (done) or
// when an exception must be unwound by run.
func (r *Runtime) loop() (result Value, exc *Exception, done bool) {
	it := &r.interp
	defer func() {
		if e := recover(); e != nil {
			if x, ok := e.(*Exception); ok {
				if it.rethrow {
					it.rethrow = false
				} else if x != it.siteExc && len(it.frames) > 0 {
					top := it.frames[len(it.frames)-1]
					pos, ok := top.code.bc.SourcePositionOf(top.pc)
					if !ok {
						pos = -1
					}
					it.throwSite, it.siteExc = ThrowInfo{SFI: top.cl.SFI, Pos: pos}, x
				}
				if it.rec != nil {
					r.emitExceptionThrow(x.Value)
				}
				exc, done = x, false
				return
			}
			panic(e)
		}
	}()
	var (
		f    *frame
		code []bc.Instr
		regs []Value
		pc   int
		acc  Value
		ctx  *Context
	)
	acc = it.pendingAcc
	it.pendingAcc = Undefined
	heap := &r.Heap
	handles := len(heap.handles) // this invocation's instructions keep only their own handles
reload:
	f = it.frames[len(it.frames)-1]
	code = f.code.instrs
	regs = it.stack[f.base : f.base+f.size]
	pc = f.pc
	ctx = f.ctx
	for {
		in := &code[pc]
		f.pc = pc
		// Roots for the collector (gc_interp.go): the accumulator, and the handles of what
		// this instruction allocates (the previous instruction's are dropped).
		f.acc = acc
		if len(heap.handles) > handles {
			heap.truncateHandles(handles)
		}
		pc++
		it.steps++
		if it.steps >= it.stepGate {
			f.ctx = ctx
			r.stepGateReached()
		}
		switch in.Op {
		// ---- accumulator loads
		case bc.Ldar:
			acc = regs[in.Ops[0]]
		case bc.LdaZero:
			acc = Value{kind: KindNumber}
		case bc.LdaSmi:
			acc = Value{kind: KindNumber, num: float64(in.Ops[0])}
		case bc.LdaUndefined:
			acc = Undefined
		case bc.LdaNull:
			acc = Null
		case bc.LdaTheHole:
			acc = Hole
		case bc.LdaTrue:
			acc = True
		case bc.LdaFalse:
			acc = False
		case bc.LdaConstant:
			acc = r.loadConstant(f, in.Ops[0])
		case bc.Star:
			regs[in.Ops[0]] = acc
		case bc.Star0, bc.Star1, bc.Star2, bc.Star3, bc.Star4, bc.Star5, bc.Star6, bc.Star7,
			bc.Star8, bc.Star9, bc.Star10, bc.Star11, bc.Star12, bc.Star13, bc.Star14, bc.Star15:
			regs[f.code.r0+int32(bc.Star0-in.Op)] = acc
		case bc.Mov:
			regs[in.Ops[1]] = regs[in.Ops[0]]

		// ---- contexts
		case bc.LdaCurrentContextSlot, bc.LdaImmutableCurrentContextSlot:
			acc = ctx.Slots[in.Ops[0]]
		case bc.LdaContextSlot, bc.LdaImmutableContextSlot:
			c := regs[in.Ops[0]].context()
			for d := in.Ops[2]; d > 0; d-- {
				c = c.Parent
			}
			acc = c.Slots[in.Ops[1]]
		case bc.StaCurrentContextSlot:
			ctx.Slots[in.Ops[0]] = acc
			r.contextBarrier(ctx, acc)
			if ctx.args != nil {
				ctx.args.paramWritten(in.Ops[0], acc)
			}
			if it.rec != nil {
				r.emitContextWrite(ctx, int(in.Ops[0]), acc)
			}
		case bc.StaContextSlot:
			c := regs[in.Ops[0]].context()
			for d := in.Ops[2]; d > 0; d-- {
				c = c.Parent
			}
			c.Slots[in.Ops[1]] = acc
			r.contextBarrier(c, acc)
			if c.args != nil {
				c.args.paramWritten(in.Ops[1], acc)
			}
			if it.rec != nil {
				r.emitContextWrite(c, int(in.Ops[1]), acc)
			}
		case bc.PushContext:
			regs[in.Ops[0]] = regs[bc.FrameContext]
			ctx = acc.context()
			regs[bc.FrameContext] = acc
			f.ctx = ctx
		case bc.PopContext:
			v := regs[in.Ops[0]]
			ctx = v.context()
			regs[bc.FrameContext] = v
			f.ctx = ctx
		case bc.CreateFunctionContext, bc.CreateEvalContext:
			si := f.code.bc.Constants[in.Ops[0]].Obj.(*bc.ScopeInfo)
			acc = contextValue(r.newContext(ctx, si, si.Length()))
		case bc.CreateBlockContext:
			si := f.code.bc.Constants[in.Ops[0]].Obj.(*bc.ScopeInfo)
			acc = contextValue(r.newContext(ctx, si, si.Length()))
		case bc.CreateCatchContext:
			si := f.code.bc.Constants[in.Ops[1]].Obj.(*bc.ScopeInfo)
			c := r.newContext(ctx, si, si.Length())
			if len(c.Slots) > 2 {
				c.Slots[2] = regs[in.Ops[0]]
			}
			acc = contextValue(c)
		case bc.CreateWithContext:
			si := f.code.bc.Constants[in.Ops[1]].Obj.(*bc.ScopeInfo)
			c := r.newContext(ctx, si, si.Length())
			c.With = regs[in.Ops[0]].AsObject()
			acc = contextValue(c)

		// ---- globals and dynamic lookups
		case bc.LdaGlobal:
			// a site whose IC is initialized and whose cell is still valid reads it here
			// (global_cell.go), without a call
			if fb := f.fb; fb != nil && fb.ics[in.Ops[1]].state != icUninitialized {
				if v, ok := r.cachedGlobal(f.code, in.Ops[1]); ok {
					acc = v
					break
				}
			}
			acc = r.loadGlobal(f, in, false)
		case bc.LdaGlobalInsideTypeof:
			acc = r.loadGlobal(f, in, true)
		case bc.StaGlobal:
			r.storeGlobal(f, in, acc)
		case bc.LdaLookupSlot:
			acc = r.lookupSlot(ctx, f.code.consts[in.Ops[0]].String().GoString(), false)
		case bc.LdaLookupSlotInsideTypeof:
			acc = r.lookupSlot(ctx, f.code.consts[in.Ops[0]].String().GoString(), true)
		case bc.StaLookupSlot:
			r.storeLookupSlot(ctx, f.code.consts[in.Ops[0]].String().GoString(), acc, in.Ops[1] != 0)

		// ---- properties
		case bc.GetNamedProperty:
			obj := regs[in.Ops[0]]
			if obj.kind == KindObject && f.fb != nil {
				o := (*Object)(obj.ref)
				ic := &f.fb.ics[in.Ops[2]]
				if ic.m == o.hc {
					if ic.holder == nil {
						acc = o.slots[ic.field]
						goto next
					}
					if ic.holder.hc == ic.hmap {
						acc = ic.holder.slots[ic.field]
						goto next
					}
				}
			}
			acc = r.getNamed(f, in, obj, f.code.keys[in.Ops[1]])
		case bc.GetNamedPropertyFromSuper:
			acc = r.getNamedFromSuper(regs[in.Ops[0]], acc, f.code.keys[in.Ops[1]])
		case bc.GetKeyedProperty:
			acc = r.getKeyed(f, regs[in.Ops[0]], acc)
		case bc.GetEnumeratedKeyedProperty:
			acc = r.getEnumeratedKeyed(f, regs[in.Ops[0]], acc, regs[in.Ops[2]]) // interp_literals.go
		case bc.SetNamedProperty:
			obj := regs[in.Ops[0]]
			if obj.kind == KindObject && f.fb != nil {
				o := (*Object)(obj.ref)
				ic := &f.fb.ics[in.Ops[2]]
				if ic.m == o.hc && ic.holder == nil {
					d := &o.hc.Descriptors[ic.desc]
					if d.Rep == RepTagged || representationOf(acc) == d.Rep && (d.Type == nil || acc.kind == KindObject && (*Object)(acc.ref).hc == d.Type) {
						d.Const = false
						o.slots[ic.field] = acc
						r.writeBarrier(o, acc)
						if it.rec != nil {
							r.emitPropertySet(o, f.code.keys[in.Ops[1]], acc, o.hc)
						}
						goto next
					}
				}
			}
			r.setNamed(f, in, obj, f.code.keys[in.Ops[1]], acc)
		case bc.DefineNamedOwnProperty:
			r.defineNamedOwn(f, in, regs[in.Ops[0]], f.code.keys[in.Ops[1]], acc)
		case bc.SetKeyedProperty:
			r.setKeyed(f, regs[in.Ops[0]], regs[in.Ops[1]], acc)
		case bc.DefineKeyedOwnProperty:
			r.defineKeyedOwn(f, regs[in.Ops[0]], regs[in.Ops[1]], acc, in.Ops[2], in.Ops[3])
		case bc.StaInArrayLiteral:
			r.storeInArrayLiteral(f, regs[in.Ops[0]].Object(), regs[in.Ops[1]], acc)
		case bc.DefineKeyedOwnPropertyInLiteral:
			r.defineKeyedOwnInLiteral(regs[in.Ops[0]].Object(), regs[in.Ops[1]], acc, in.Ops[2])
		case bc.DeletePropertyStrict, bc.DeletePropertySloppy:
			acc = r.deleteProperty(regs[in.Ops[0]], acc, in.Op == bc.DeletePropertyStrict)

		// ---- binary operations (binop_feedback.go: a fast path checks its feedback inline and
		// calls noteBinop only when the slot's feedback would change)
		case bc.Add:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				res := a.num + acc.num
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], a.num, acc.num, res) {
					r.noteBinopNumbers(f, in, a.num, acc.num, res)
				}
				acc = arithResult(res, a, acc)
			} else {
				res := r.Add(a, acc)
				r.noteBinop(f, in, a, acc, res)
				acc = res
			}
		case bc.Sub:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				res := a.num - acc.num
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], a.num, acc.num, res) {
					r.noteBinopNumbers(f, in, a.num, acc.num, res)
				}
				acc = arithResult(res, a, acc)
			} else {
				acc = r.arithWithFeedback(f, in, OpSub, a, acc)
			}
		case bc.Mul:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				res := a.num * acc.num
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], a.num, acc.num, res) {
					r.noteBinopNumbers(f, in, a.num, acc.num, res)
				}
				acc = arithResult(res, a, acc)
			} else {
				acc = r.arithWithFeedback(f, in, OpMul, a, acc)
			}
		case bc.Div:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				res := a.num / acc.num
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], a.num, acc.num, res) {
					r.noteBinopNumbers(f, in, a.num, acc.num, res)
				}
				acc = arithResult(res, a, acc)
			} else {
				acc = r.arithWithFeedback(f, in, OpDiv, a, acc)
			}
		case bc.Mod:
			acc = r.arithWithFeedback(f, in, OpMod, regs[in.Ops[0]], acc)
		case bc.Exp:
			acc = r.arithWithFeedback(f, in, OpExp, regs[in.Ops[0]], acc)
		case bc.BitwiseOr:
			acc = r.arithWithFeedback(f, in, OpBitOr, regs[in.Ops[0]], acc)
		case bc.BitwiseXor:
			acc = r.arithWithFeedback(f, in, OpBitXor, regs[in.Ops[0]], acc)
		case bc.BitwiseAnd:
			acc = r.arithWithFeedback(f, in, OpBitAnd, regs[in.Ops[0]], acc)
		case bc.ShiftLeft:
			acc = r.arithWithFeedback(f, in, OpShl, regs[in.Ops[0]], acc)
		case bc.ShiftRight:
			acc = r.arithWithFeedback(f, in, OpSar, regs[in.Ops[0]], acc)
		case bc.ShiftRightLogical:
			acc = r.arithWithFeedback(f, in, OpShr, regs[in.Ops[0]], acc)
		case bc.AddSmi:
			if acc.kind == KindNumber {
				res := acc.num + float64(in.Ops[0])
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], acc.num, 0, res) {
					r.noteBinopNumbers(f, in, acc.num, float64(in.Ops[0]), res)
				}
				acc = arithResult1(res, acc)
			} else {
				b := Int(int(in.Ops[0]))
				res := r.Add(acc, b)
				r.noteBinop(f, in, acc, b, res)
				acc = res
			}
		case bc.SubSmi:
			if acc.kind == KindNumber {
				res := acc.num - float64(in.Ops[0])
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], acc.num, 0, res) {
					r.noteBinopNumbers(f, in, acc.num, float64(in.Ops[0]), res)
				}
				acc = arithResult1(res, acc)
			} else {
				acc = r.arithWithFeedback(f, in, OpSub, acc, Int(int(in.Ops[0])))
			}
		case bc.MulSmi:
			acc = r.arithWithFeedback(f, in, OpMul, acc, Int(int(in.Ops[0])))
		case bc.DivSmi:
			acc = r.arithWithFeedback(f, in, OpDiv, acc, Int(int(in.Ops[0])))
		case bc.ModSmi:
			if acc.kind == KindNumber && in.Ops[0] > 0 && acc.num >= 0 && acc.num < 1<<31 && acc.num == math.Trunc(acc.num) && !math.Signbit(acc.num) {
				res := float64(int64(acc.num) % int64(in.Ops[0]))
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[1], acc.num, 0, res) {
					r.noteBinopNumbers(f, in, acc.num, float64(in.Ops[0]), res)
				}
				acc = arithResult1(res, acc)
			} else {
				acc = r.arithWithFeedback(f, in, OpMod, acc, Int(int(in.Ops[0])))
			}
		case bc.ExpSmi:
			acc = r.arithWithFeedback(f, in, OpExp, acc, Int(int(in.Ops[0])))
		case bc.BitwiseOrSmi:
			acc = r.arithWithFeedback(f, in, OpBitOr, acc, Int(int(in.Ops[0])))
		case bc.BitwiseXorSmi:
			acc = r.arithWithFeedback(f, in, OpBitXor, acc, Int(int(in.Ops[0])))
		case bc.BitwiseAndSmi:
			acc = r.arithWithFeedback(f, in, OpBitAnd, acc, Int(int(in.Ops[0])))
		case bc.ShiftLeftSmi:
			acc = r.arithWithFeedback(f, in, OpShl, acc, Int(int(in.Ops[0])))
		case bc.ShiftRightSmi:
			acc = r.arithWithFeedback(f, in, OpSar, acc, Int(int(in.Ops[0])))
		case bc.ShiftRightLogicalSmi:
			acc = r.arithWithFeedback(f, in, OpShr, acc, Int(int(in.Ops[0])))
		case bc.Inc:
			if acc.kind == KindNumber {
				res := acc.num + 1
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[0], acc.num, 0, res) {
					r.noteBinopNumbers(f, in, acc.num, 0, res)
				}
				acc = arithResult1(res, acc)
			} else {
				res := r.incDec(acc, 1)
				r.noteBinop(f, in, acc, Undefined, res)
				acc = res
			}
		case bc.Dec:
			if acc.kind == KindNumber {
				res := acc.num - 1
				if fb := f.cl.Feedback; fb != nil && !fb.smiStable(in.Ops[0], acc.num, 0, res) {
					r.noteBinopNumbers(f, in, acc.num, 0, res)
				}
				acc = arithResult1(res, acc)
			} else {
				res := r.incDec(acc, -1)
				r.noteBinop(f, in, acc, Undefined, res)
				acc = res
			}
		case bc.Negate:
			var res Value
			if acc.kind == KindNumber {
				res = arithResult1(-acc.num, acc)
			} else {
				res = r.negate(acc)
			}
			r.noteBinop(f, in, acc, Undefined, res)
			acc = res
		case bc.BitwiseNot:
			res := r.bitwiseNot(acc)
			r.noteBinop(f, in, acc, Undefined, res)
			acc = res
		case bc.ToBooleanLogicalNot:
			acc = Bool(!ToBoolean(acc))
		case bc.LogicalNot:
			acc = Bool(acc.num == 0)
		case bc.TypeOf:
			acc = StringValue(typeofString(acc))

		// ---- tests
		// compare ops keep their feedback in the bytecode (compare_feedback.go)
		case bc.TestEqual:
			a := regs[in.Ops[0]]
			if a.kind != KindNumber || acc.kind != KindNumber || !smiCompareStable(in.Ops[1], a.num, acc.num) {
				r.noteCompare(f, in, a, acc)
			}
			acc = Bool(r.LooseEquals(a, acc))
		case bc.TestEqualStrict:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				if !smiCompareStable(in.Ops[1], a.num, acc.num) {
					r.noteCompare(f, in, a, acc)
				}
				acc = Bool(a.num == acc.num)
			} else {
				r.noteCompare(f, in, a, acc)
				acc = Bool(StrictEquals(a, acc))
			}
		case bc.TestLessThan:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				if !smiCompareStable(in.Ops[1], a.num, acc.num) {
					r.noteCompare(f, in, a, acc)
				}
				acc = Bool(a.num < acc.num)
			} else {
				r.noteCompare(f, in, a, acc)
				acc = Bool(r.LessThan(a, acc, true) == CompareTrue)
			}
		case bc.TestGreaterThan:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				if !smiCompareStable(in.Ops[1], a.num, acc.num) {
					r.noteCompare(f, in, a, acc)
				}
				acc = Bool(a.num > acc.num)
			} else {
				r.noteCompare(f, in, a, acc)
				acc = Bool(r.LessThan(acc, a, false) == CompareTrue)
			}
		case bc.TestLessThanOrEqual:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				if !smiCompareStable(in.Ops[1], a.num, acc.num) {
					r.noteCompare(f, in, a, acc)
				}
				acc = Bool(a.num <= acc.num)
			} else {
				r.noteCompare(f, in, a, acc)
				acc = Bool(r.LessThan(acc, a, false) == CompareFalse)
			}
		case bc.TestGreaterThanOrEqual:
			a := regs[in.Ops[0]]
			if a.kind == KindNumber && acc.kind == KindNumber {
				if !smiCompareStable(in.Ops[1], a.num, acc.num) {
					r.noteCompare(f, in, a, acc)
				}
				acc = Bool(a.num >= acc.num)
			} else {
				r.noteCompare(f, in, a, acc)
				acc = Bool(r.LessThan(a, acc, true) == CompareFalse)
			}
		case bc.TestReferenceEqual:
			acc = Bool(referenceEqual(regs[in.Ops[0]], acc))
		case bc.TestInstanceOf:
			acc = Bool(r.InstanceOf(regs[in.Ops[0]], acc))
		case bc.TestIn:
			if f.fb != nil && acc.kind == KindObject {
				r.keyedHasIC(f, in.Ops[1], acc, regs[in.Ops[0]]) // ic_keyed_ops.go
			}
			acc = Bool(r.In(regs[in.Ops[0]], acc))
		case bc.TestUndetectable:
			acc = Bool(acc.kind == KindUndefined || acc.kind == KindNull)
		case bc.TestNull:
			acc = Bool(acc.kind == KindNull)
		case bc.TestUndefined:
			acc = Bool(acc.kind == KindUndefined)
		case bc.TestTypeOf:
			acc = Bool(testTypeOf(acc, in.Ops[0]))

		// ---- conversions
		case bc.ToName:
			acc = r.toName(acc)
		case bc.ToNumber:
			if acc.kind != KindNumber {
				acc = Number(r.ToNumber(acc))
			}
		case bc.ToNumeric:
			if acc.kind != KindNumber {
				acc = r.ToNumeric(acc)
			}
		case bc.ToObject:
			regs[in.Ops[0]] = ObjectValue(r.ToObject(acc))
		case bc.ToString:
			if acc.kind != KindString {
				acc = StringValue(r.ToString(acc))
			}
		case bc.ToBoolean:
			acc = Bool(ToBoolean(acc))

		// ---- literals and closures
		case bc.CreateRegExpLiteral:
			acc = r.createRegExpLiteral(f, in)
		case bc.CreateArrayLiteral:
			acc = r.createArrayLiteral(f, in)
		case bc.CreateEmptyArrayLiteral:
			a := r.NewArray(nil)
			r.startFromSite(a, nil, f.fb.literalSite(in.Ops[0])) // allocation_site.go
			acc = ObjectValue(a)
		case bc.CreateArrayFromIterable:
			if acc.IsNullish() || !r.GetV(acc, PropKey(SymbolKey(r.Symbols.Iterator))).IsCallable() {
				r.ThrowTypeError("%s is not iterable", r.iterableText(f, acc))
			}
			acc = ObjectValue(r.spreadArray(acc))
		case bc.CreateObjectLiteral:
			acc = r.createObjectLiteral(f, in)
		case bc.CreateEmptyObjectLiteral:
			acc = ObjectValue(r.NewObject())
		case bc.CloneObject:
			acc = r.cloneObject(regs[in.Ops[0]], in.Ops[1])
		case bc.GetTemplateObject:
			acc = r.getTemplateObject(f, in)
		case bc.CreateClosure:
			acc = r.createClosure(f, in, ctx)
		case bc.CreateMappedArguments:
			f.ctx = ctx
			acc = r.createArguments(f, true)
		case bc.CreateUnmappedArguments:
			acc = r.createArguments(f, false)
		case bc.CreateRestParameter:
			acc = ObjectValue(r.newRestArray(f.extraArgs(it)))

		// ---- jumps
		case bc.Jump, bc.JumpConstant:
			pc = int(in.Ops[0])
			if in.Op == bc.JumpConstant {
				pc = int(f.code.bc.Constants[in.Ops[bc.MaxOperands-1]].Target)
			}
		case bc.JumpLoop:
			if f.fb == nil {
				pc = int(in.Ops[0])
				r.loopBudget(f, in) // ic_budget.go: a hot loop allocates the feedback vector
				break
			}
			// tier_budget.go: the back edge's bytes, JumpLoop included
			if cl := f.cl; cl != nil {
				if cl.budget -= f.code.bc.Offsets[pc] - f.code.bc.Offsets[in.Ops[0]]; cl.budget < 0 {
					r.loopTick(f, in.Ops[0])
				}
			}
			pc = int(in.Ops[0])
		case bc.JumpIfTrue, bc.JumpIfTrueConstant:
			if acc.kind == KindBoolean && acc.num != 0 {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfFalse, bc.JumpIfFalseConstant:
			if acc.kind == KindBoolean && acc.num == 0 {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfToBooleanTrue, bc.JumpIfToBooleanTrueConstant:
			if ToBoolean(acc) {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfToBooleanFalse, bc.JumpIfToBooleanFalseConstant:
			if !ToBoolean(acc) {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfNull, bc.JumpIfNullConstant:
			if acc.kind == KindNull {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfNotNull, bc.JumpIfNotNullConstant:
			if acc.kind != KindNull {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfUndefined, bc.JumpIfUndefinedConstant:
			if acc.kind == KindUndefined {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfNotUndefined, bc.JumpIfNotUndefinedConstant:
			if acc.kind != KindUndefined {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfUndefinedOrNull, bc.JumpIfUndefinedOrNullConstant:
			if acc.kind == KindUndefined || acc.kind == KindNull {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfJSReceiver, bc.JumpIfJSReceiverConstant:
			if acc.kind == KindObject {
				pc = r.jumpTarget(f, in)
			}
		case bc.JumpIfForInDone, bc.JumpIfForInDoneConstant:
			if regs[in.Ops[1]].num >= regs[in.Ops[2]].num {
				pc = r.jumpTarget(f, in)
			}
		case bc.SwitchOnSmiNoFeedback:
			if acc.kind == KindNumber && acc.num == math.Trunc(acc.num) {
				i := int(acc.num) - int(in.Ops[2])
				if i >= 0 && i < int(in.Ops[1]) {
					pc = int(f.code.bc.Constants[int(in.Ops[0])+i].Target)
				}
			}

		// ---- for-in
		case bc.ForInEnumerate:
			acc = r.forInEnumerate(regs[in.Ops[0]])
		case bc.ForInPrepare:
			e := acc.Object().Internal.(*forInState)
			regs[in.Ops[0]] = acc
			regs[in.Ops[0]+1] = acc
			regs[in.Ops[0]+2] = Int(len(e.keys))
		case bc.ForInNext:
			acc = r.forInNext(regs[in.Ops[0]], regs[in.Ops[1]], regs[in.Ops[2]])
		case bc.ForInStep:
			regs[in.Ops[0]] = Value{kind: KindNumber, num: regs[in.Ops[0]].num + 1}

		// ---- calls
		case bc.CallProperty0, bc.CallProperty1, bc.CallProperty2, bc.CallUndefinedReceiver0,
			bc.CallUndefinedReceiver1, bc.CallUndefinedReceiver2, bc.CallProperty,
			bc.CallUndefinedReceiver, bc.CallAnyReceiver, bc.CallWithSpread:
			f.ctx = ctx
			v, pushed := r.callFromBytecode(f, in, regs)
			if pushed {
				if it.rec != nil {
					r.emitExec(f, acc)
				}
				goto reload
			}
			regs = it.stack[f.base : f.base+f.size]
			acc = v
		case bc.Construct, bc.ConstructWithSpread:
			f.ctx = ctx
			v, pushed := r.constructFromBytecode(f, in, regs, acc)
			if pushed {
				if it.rec != nil {
					r.emitExec(f, acc)
				}
				goto reload
			}
			regs = it.stack[f.base : f.base+f.size]
			acc = v
		case bc.CallRuntime:
			f.ctx = ctx
			n := int(in.Ops[2])
			acc = r.callRuntime(f, bc.RuntimeID(in.Ops[0]), regs[in.Ops[1]:in.Ops[1]+int32(n)], acc)
			regs = it.stack[f.base : f.base+f.size]
		case bc.InvokeIntrinsic:
			f.ctx = ctx
			n := int(in.Ops[2])
			v, pushed := r.invokeIntrinsic(f, bc.IntrinsicID(in.Ops[0]), regs[in.Ops[1]:in.Ops[1]+int32(n)], acc)
			if pushed {
				goto reload
			}
			regs = it.stack[f.base : f.base+f.size]
			acc = v
		case bc.GetSuperConstructor:
			regs[in.Ops[0]] = r.getSuperConstructor(acc)
		case bc.FindNonDefaultConstructorOrConstruct:
			done, v := r.findNonDefaultConstructorOrConstruct(regs[in.Ops[0]], regs[in.Ops[1]])
			regs[in.Ops[2]] = Bool(done)
			regs[in.Ops[2]+1] = v
		case bc.ThrowIfNotSuperConstructor:
			if !regs[in.Ops[0]].IsConstructor() {
				r.ThrowTypeError("Super constructor %s of anonymous class is not a constructor", r.safeToString(regs[in.Ops[0]]))
			}
		case bc.GetIterator:
			f.ctx = ctx
			acc = r.getIterator(f, in, regs[in.Ops[0]])
			regs = it.stack[f.base : f.base+f.size]

		// ---- exceptions and control
		case bc.Throw:
			f.ctx = ctx
			r.throwAt(f, acc)
		case bc.ReThrow:
			f.ctx = ctx
			it.rethrow = true
			panic(&Exception{Value: acc})
		case bc.SetPendingMessage:
			acc, it.pendingMessage = it.pendingMessage, acc
		case bc.ThrowReferenceErrorIfHole:
			if acc.kind == KindHole {
				r.ThrowReferenceError("Cannot access '%s' before initialization", f.code.consts[in.Ops[0]].String().GoString())
			}
		case bc.ThrowSuperNotCalledIfHole:
			if acc.kind == KindHole {
				r.ThrowReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
			}
		case bc.ThrowSuperAlreadyCalledIfNotHole:
			if acc.kind != KindHole {
				r.ThrowReferenceError("Super constructor may only be called once")
			}
		case bc.Debugger:
		case bc.Return:
			// tier_budget.go: the bytes from the function's start to the end of the Return
			if cl := f.cl; cl != nil && cl.Feedback != nil {
				if cl.budget -= f.code.bc.Offsets[pc]; cl.budget < 0 {
					r.budgetTick(cl, f.fnObj)
				}
			} else {
				r.returnBudget(f, f.code.bc.Offsets[pc]) // ic_budget.go: allocates the feedback vector
			}
			var mark execMark
			if it.rec != nil {
				mark = r.markExec(f)
			}
			v, finished := r.returnFrom(f, acc)
			if it.rec != nil {
				r.emitExecMark(mark, v)
			}
			if finished {
				return v, nil, true
			}
			acc = v
			goto reload

		// ---- generators
		case bc.SwitchOnGeneratorState:
			g := regs[in.Ops[0]]
			if g.kind == KindObject {
				gd := g.Object().Internal.(*generatorData)
				state := gd.state
				gd.state = genExecuting
				f.gen = gd
				ctx = gd.ctx
				regs[bc.FrameContext] = contextValue(ctx)
				f.ctx = ctx
				pc = int(f.code.bc.Constants[int(in.Ops[1])+state].Target)
			}
		case bc.SuspendGenerator:
			g := regs[in.Ops[0]].Object().Internal.(*generatorData)
			n := int(in.Ops[2])
			first := int(in.Ops[1])
			if cap(g.regs) < n {
				g.regs = make([]Value, n)
			}
			g.regs = g.regs[:n]
			copy(g.regs, regs[first:first+n])
			// parameters are part of the suspended state too (V8's parameters_and_registers)
			if p := f.code.params; p > 0 {
				if cap(g.params) < p {
					g.params = make([]Value, p)
				}
				g.params = g.params[:p]
				copy(g.params, regs[bc.FrameParams:bc.FrameParams+p])
			}
			g.state = int(in.Ops[3])
			g.ctx = ctx
			var mark execMark
			if it.rec != nil {
				mark = r.markExec(f)
			}
			v, finished := r.suspendFrom(f, acc)
			if it.rec != nil {
				r.emitExecMark(mark, v)
			}
			if finished {
				return v, nil, true
			}
			acc = v
			goto reload
		case bc.ResumeGenerator:
			g := regs[in.Ops[0]].Object().Internal.(*generatorData)
			first := int(in.Ops[1])
			copy(regs[first:first+len(g.regs)], g.regs)
			acc = g.input

		default:
			r.ThrowTypeError("unimplemented bytecode %s", in.Op)
		}
	next:
		if rec := it.rec; rec != nil {
			// emitExec's common case inline: a call per step is most of what recording costs
			if c := f.code; f.pc < len(c.logPlain) && c.logPlain[f.pc] && rec.used < len(rec.buf) && acc.kind < KindString {
				e := &rec.buf[rec.used]
				rec.used++
				e.val, e.ptr, e.frame, e.n = acc, unsafe.Pointer(c), f.id, int32(f.pc)
				e.addr, e.aux, e.kind, e.flag = 0, 0, logExec, 0
			} else {
				r.emitExec(f, acc)
			}
		}
	}
}

// jumpTarget is the target instruction of a (possibly constant-pool) jump.
func (r *Runtime) jumpTarget(f *frame, in *bc.Instr) int {
	if in.Op.Has(bc.FlagConstantJump) {
		return int(f.code.bc.Constants[in.Ops[bc.MaxOperands-1]].Target)
	}
	return int(in.Ops[0])
}

func (r *Runtime) terminate() {
	panic(&Termination{Steps: r.interp.steps})
}

func referenceEqual(a, b Value) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case KindNumber, KindBoolean:
		return a.num == b.num
	case KindUndefined, KindNull, KindHole:
		return true
	}
	return a.ref == b.ref
}
