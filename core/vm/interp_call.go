package vm

import (
	"enginescope/core/ast"
	bc "enginescope/core/bytecode"
)

// callFromBytecode performs a Call* bytecode. A JavaScript callee gets a frame pushed
// (pushed == true: the loop continues in it); a builtin runs at once and its result is returned.
func (r *Runtime) callFromBytecode(f *frame, in *bc.Instr, regs []Value) (Value, bool) {
	var callee, this Value
	var buf [2]Value
	var args []Value
	switch in.Op {
	case bc.CallProperty0:
		callee, this = regs[in.Ops[0]], regs[in.Ops[1]]
	case bc.CallProperty1:
		callee, this = regs[in.Ops[0]], regs[in.Ops[1]]
		buf[0] = regs[in.Ops[2]]
		args = buf[:1]
	case bc.CallProperty2:
		callee, this = regs[in.Ops[0]], regs[in.Ops[1]]
		buf[0], buf[1] = regs[in.Ops[2]], regs[in.Ops[3]]
		args = buf[:2]
	case bc.CallUndefinedReceiver0:
		callee, this = regs[in.Ops[0]], Undefined
	case bc.CallUndefinedReceiver1:
		callee, this = regs[in.Ops[0]], Undefined
		buf[0] = regs[in.Ops[1]]
		args = buf[:1]
	case bc.CallUndefinedReceiver2:
		callee, this = regs[in.Ops[0]], Undefined
		buf[0], buf[1] = regs[in.Ops[1]], regs[in.Ops[2]]
		args = buf[:2]
	case bc.CallUndefinedReceiver:
		callee, this = regs[in.Ops[0]], Undefined
		args = regs[in.Ops[1] : in.Ops[1]+in.Ops[2]]
	case bc.CallProperty, bc.CallAnyReceiver:
		list := regs[in.Ops[1] : in.Ops[1]+in.Ops[2]]
		callee, this = regs[in.Ops[0]], list[0]
		args = list[1:]
	case bc.CallWithSpread:
		list := regs[in.Ops[1] : in.Ops[1]+in.Ops[2]]
		callee, this = regs[in.Ops[0]], list[0]
		args = r.spreadArgs(f, list[1:])
	}
	site, owner := r.callSiteFeedback(f, in, callee, false) // tier_inline.go
	if callee.kind == KindObject {
		if o := callee.Object(); o.hc.InstanceType == TypeFunction {
			if cl := o.Internal.(*FunctionData).Closure; cl != nil {
				fr := r.enterFunction(o, cl, this, args, Undefined, false)
				markInlined(site, owner, fr)
				return Undefined, true
			}
		}
	}
	return r.callValue(f, callee, this, args)
}

// spreadArgs expands the final (spread) argument of a CallWithSpread.
func (r *Runtime) spreadArgs(f *frame, list []Value) []Value {
	n := len(list)
	last := list[n-1]
	if last.IsNullish() {
		text := r.safeToString(last)
		if t, ok := f.code.bc.Names[-int32(f.pc)-1]; ok {
			text = t
		}
		r.ThrowTypeError("%s is not iterable (cannot read property %s)", text, r.safeToString(last))
	}
	if !r.GetV(last, PropKey(SymbolKey(r.Symbols.Iterator))).IsCallable() {
		r.ThrowTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
	}
	spread := r.IterableToList(last)
	out := make([]Value, 0, n-1+len(spread))
	out = append(out, list[:n-1]...)
	return append(out, spread...)
}

func (r *Runtime) callValue(f *frame, callee, this Value, args []Value) (Value, bool) {
	if callee.kind == KindObject {
		o := callee.Object()
		if o.hc.InstanceType == TypeFunction {
			fd := o.Internal.(*FunctionData)
			if cl := fd.Closure; cl != nil {
				r.enterFunction(o, cl, this, args, Undefined, false)
				return Undefined, true
			}
			return r.callNative(o, fd.Native, this, cloneArgs(args)), false
		}
		if o.IsCallable() {
			return r.CallObject(o, this, cloneArgs(args)), false
		}
	}
	r.ThrowTypeError("%s is not a function", r.calleeText(f, callee))
	return Undefined, false
}

// cloneArgs copies arguments living in registers before a builtin may keep them.
func cloneArgs(args []Value) []Value {
	if len(args) == 0 {
		return nil
	}
	return append([]Value(nil), args...)
}

// calleeText is the CallPrinter text recorded for the instruction in flight, or a value
// description.
func (r *Runtime) calleeText(f *frame, v Value) string {
	if f != nil {
		if s, ok := f.code.bc.Names[int32(f.pc)]; ok {
			return s
		}
	}
	return r.describeForError(v)
}

func (r *Runtime) constructFromBytecode(f *frame, in *bc.Instr, regs []Value, newTarget Value) (Value, bool) {
	ctor := regs[in.Ops[0]]
	var args []Value
	if in.Ops[2] > 0 {
		args = regs[in.Ops[1] : in.Ops[1]+in.Ops[2]]
	}
	if in.Op == bc.ConstructWithSpread {
		args = r.spreadArgs(f, args)
	}
	site, owner := r.callSiteFeedback(f, in, ctor, true) // tier_inline.go
	if ctor.kind == KindObject {
		o := ctor.Object()
		nt := newTarget.AsObject()
		if o.hc.InstanceType == TypeFunction {
			fd := o.Internal.(*FunctionData)
			if cl := fd.Closure; cl != nil {
				if !cl.SFI.IsConstructor() {
					r.ThrowTypeError("%s is not a constructor", r.calleeText(f, ctor))
				}
				fr := r.enterFunction(o, cl, Undefined, args, newTarget, true)
				markInlined(site, owner, fr)
				return Undefined, true
			}
		}
		if o.IsConstructor() {
			return r.Construct(o, cloneArgs(args), nt), false
		}
	}
	r.ThrowTypeError("%s is not a constructor", r.calleeText(f, ctor))
	return Undefined, false
}

// getIterator is GetIterator: obj[Symbol.iterator]() checked to be an object.
func (r *Runtime) getIterator(f *frame, in *bc.Instr, obj Value) Value {
	if obj.IsNullish() {
		r.throwNotIterable(f, obj)
	}
	// GetIterator's first feedback slot is a LoadIC for @@iterator (--log-ic shows it)
	m := r.loadNamedAt(f, in.Ops[1], obj, PropKey(SymbolKey(r.Symbols.Iterator)))
	if !m.IsCallable() {
		r.throwNotIterable(f, obj)
	}
	it := r.Call(m, obj)
	if it.kind != KindObject {
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	return it
}

// throwNotIterable: with no source text for the value (a nested destructuring pattern), V8
// names its type and value and says why.
func (r *Runtime) throwNotIterable(f *frame, v Value) {
	if _, ok := f.code.bc.Names[int32(f.pc)]; !ok {
		r.ThrowTypeError("%s %s is not iterable (cannot read property Symbol(Symbol.iterator))", r.typeofString(v), r.safeToString(v))
	}
	r.ThrowTypeError("%s is not iterable", r.iterableText(f, v))
}

func (r *Runtime) iterableText(f *frame, v Value) string {
	if s, ok := f.code.bc.Names[int32(f.pc)]; ok && s != "(intermediate value)" {
		return s
	}
	return r.describeForIterable(v)
}

// getSuperConstructor is GetSuperConstructor: the [[Prototype]] of the active function.
func (r *Runtime) getSuperConstructor(fn Value) Value {
	o := fn.AsObject()
	if o == nil {
		return Null
	}
	p := r.GetPrototypeOf(o)
	if p == nil {
		return Null
	}
	return ObjectValue(p)
}

// requiresInstanceMembers is V8's SharedFunctionInfo::requires_instance_members_initializer:
// the class initializes fields or a private brand on its instances, so its default
// constructor cannot be skipped.
func requiresInstanceMembers(s *bc.SharedFunctionInfo) bool {
	if s.Literal == nil || s.Literal.Class == nil {
		return false
	}
	cl := s.Literal.Class
	if cl.InstanceInit != nil {
		return true
	}
	if cl.Scope != nil {
		for _, v := range cl.Scope.Vars {
			if v.Kind == ast.VarBrand && v.Location != ast.LocUnallocated {
				return true
			}
		}
	}
	return false
}

// findNonDefaultConstructorOrConstruct walks up from the derived constructor's parent past
// default derived constructors; reaching a default base constructor it constructs the
// instance at once (V8's FindNonDefaultConstructorOrConstruct).
func (r *Runtime) findNonDefaultConstructorOrConstruct(thisFunction, newTarget Value) (bool, Value) {
	fn := thisFunction.AsObject()
	ctor := r.GetPrototypeOf(fn)
	for ctor != nil {
		cl := closureOf(ctor)
		if cl == nil || !cl.SFI.IsDefaultConstructor || requiresInstanceMembers(cl.SFI) {
			break
		}
		if cl.SFI.Kind == ast.FuncClassConstructor { // default base constructor: construct now
			nt := newTarget.AsObject()
			proto := r.GetPrototypeFromConstructor(nt, r.Intrinsics.ObjectPrototype)
			r.derivedConstruct(ctor, nt, proto) // proto_fast.go
			return true, ObjectValue(r.newInstance(ctor, nt, proto))
		}
		ctor = r.GetPrototypeOf(ctor)
	}
	if ctor == nil {
		return false, Null
	}
	return false, ObjectValue(ctor)
}
