package vm

import (
	"math"

	bc "enginescope/core/bytecode"
)

// Slow paths of the bytecode handlers (the loop keeps only the fast paths inline).

// kindConstRef tags a Value that refers to a non-JS constant pool entry (class boilerplates,
// DeclareGlobals data) by index; only runtime functions consume it.
const kindConstRef Kind = 0xF1

func (r *Runtime) loadConstant(f *frame, i int32) Value {
	switch f.code.bc.Constants[i].Kind {
	case bc.ConstClassBoilerplate, bc.ConstFixedArray, bc.ConstScopeInfo, bc.ConstSFI,
		bc.ConstObjectBoilerplate, bc.ConstArrayBoilerplate, bc.ConstTemplateObject:
		return Value{kind: kindConstRef, num: float64(i)}
	}
	return f.code.consts[i]
}

// ---- globals

func (r *Runtime) loadGlobal(f *frame, in *bc.Instr, typeofMode bool) Value {
	k := f.code.keys[in.Ops[0]]
	if f.fb == nil || f.fb.ics[in.Ops[1]].state == icUninitialized {
		r.globalLoadIC(f, in.Ops[1], k, typeofMode) // ic_global.go
	}
	if v, ok := r.cachedGlobal(f.code, in.Ops[1]); ok {
		return v
	}
	g := r.Global
	for p := g; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			if r.HasProperty(p, k) {
				return r.Get(p, k, ObjectValue(g))
			}
			break
		}
		v, a, ok := r.getOwn(p, k)
		if ok {
			if a&AttrAccessor != 0 {
				return r.Get(p, k, ObjectValue(g))
			}
			if p == g && !k.isIndex {
				r.fillGlobalCell(f.code, in.Ops[1], k.prop)
				if f.fb != nil && f.fb.ics[in.Ops[1]].globalMissing {
					r.globalFound(f.fb, in.Ops[1], k.prop) // ic_global.go
				}
			}
			return v
		}
	}
	if typeofMode {
		return Undefined
	}
	r.ThrowReferenceError("%s is not defined", k.String())
	return Undefined
}

func (r *Runtime) storeGlobal(f *frame, in *bc.Instr, v Value) {
	k := f.code.keys[in.Ops[0]]
	if f.fb == nil || f.fb.ics[in.Ops[1]].state == icUninitialized {
		r.globalIC(f, in.Ops[1], k, icStoreGlobal) // ic_global.go
	} else {
		r.globalStoreCheck(f.fb, in.Ops[1], k.prop, v) // ic_global.go
	}
	strict := f.cl.SFI.IsStrict
	if strict && !r.HasProperty(r.Global, k) {
		r.ThrowReferenceError("%s is not defined", k.String())
	}
	if !r.Set(r.Global, k, v, ObjectValue(r.Global)) && strict {
		r.ThrowTypeError("Cannot assign to read only property '%s' of %s", k.String(), r.objectDescription(r.Global))
	}
}

// lookupSlot resolves a name dynamically through with-contexts, then the global object.
func (r *Runtime) lookupSlot(ctx *Context, name string, typeofMode bool) Value {
	k := KeyFromName(name)
	for c := ctx; c != nil; c = c.Parent {
		if c.With != nil && r.HasProperty(c.With, k) {
			if !r.unscopable(c.With, k) {
				return r.Get(c.With, k, ObjectValue(c.With))
			}
		}
		if ext := contextExtension(c); ext != nil { // interp_eval_decl.go
			if v, _, ok := r.getOwn(ext, k); ok {
				return v
			}
		}
		if c.Scope != nil {
			for i, n := range c.Scope.Names {
				if n == name {
					v := c.Slots[c.Scope.Header()+i]
					if v.kind == KindHole {
						r.ThrowReferenceError("Cannot access '%s' before initialization", name)
					}
					return v
				}
			}
		}
	}
	if r.HasProperty(r.Global, k) {
		return r.Get(r.Global, k, ObjectValue(r.Global))
	}
	if typeofMode {
		return Undefined
	}
	r.ThrowReferenceError("%s is not defined", name)
	return Undefined
}

func (r *Runtime) unscopable(o *Object, k Key) bool {
	u := r.Get(o, PropKey(SymbolKey(r.Symbols.Unscopables)), ObjectValue(o))
	if uo := u.AsObject(); uo != nil {
		return ToBoolean(r.Get(uo, k, u))
	}
	return false
}

func (r *Runtime) storeLookupSlot(ctx *Context, name string, v Value, strict bool) {
	k := KeyFromName(name)
	for c := ctx; c != nil; c = c.Parent {
		if c.With != nil && r.HasProperty(c.With, k) && !r.unscopable(c.With, k) {
			r.Set(c.With, k, v, ObjectValue(c.With))
			return
		}
		if ext := contextExtension(c); ext != nil {
			if _, _, ok := r.getOwn(ext, k); ok {
				r.Set(ext, k, v, ObjectValue(ext))
				return
			}
		}
		if c.Scope != nil {
			for i, n := range c.Scope.Names {
				if n == name {
					if c.Scope.Immutable[i] {
						if strict {
							r.ThrowTypeError("Assignment to constant variable.")
						}
						return
					}
					c.Slots[c.Scope.Header()+i] = v
					r.contextBarrier(c, v)
					return
				}
			}
		}
	}
	if strict && !r.HasProperty(r.Global, k) {
		r.ThrowReferenceError("%s is not defined", name)
	}
	r.Set(r.Global, k, v, ObjectValue(r.Global))
}

// ---- named and keyed properties

func (r *Runtime) getNamed(f *frame, in *bc.Instr, obj Value, k Key) Value {
	if obj.kind != KindObject {
		if obj.IsNullish() {
			if t, ok := r.destructuringText(f); ok {
				if t == "" && obj.IsNull() {
					t = "object null" // no source text (a parameter): V8 names the type
				} else if t == "" {
					t = r.safeToString(obj)
				}
				r.ThrowTypeError("Cannot destructure property '%s' of '%s' as it is %s.", keyForMessage(k), t, r.safeToString(obj))
			}
		}
	}
	return r.loadNamedAt(f, in.Ops[2], obj, k)
}

// loadNamedAt is a named load through the load IC in feedback slot `slot`.
func (r *Runtime) loadNamedAt(f *frame, slot int32, obj Value, k Key) Value {
	if obj.kind != KindObject {
		if f.fb != nil {
			r.loadICPrimitive(f.fb, slot, obj, k, icLoad) // ic_primitive.go
		} else if r.Options.LogIC {
			if m := r.primitiveMap(obj); m != nil {
				r.emitICLine(-1, icLoad, "X", "X", m, k.prop, nil)
			}
		}
		return r.GetV(obj, k)
	}
	o := obj.Object()
	if k.prop.sym != nil && k.prop.sym.Private {
		// internal private symbols (class_fields_symbol): own properties only
		v, _, found := r.getOwn(o, k)
		if found {
			r.privateLoadIC(f, slot, o, k, icLoad) // ic_private.go
		}
		return v
	}
	miss := r.Options.LogIC && f.fb == nil && r.loadNoFeedbackMisses(o, k) // ic_load.go
	if o.hc.Deprecated {
		r.migrateInstance(o) // map_repr.go: a load migrates an object off a deprecated map
	}
	r.materializeForLoad(o, k)
	// LoadIC::Load updates (and logs) the IC before it reads the property, so a getter's own
	// loads come after the load that called it.
	if f.fb != nil {
		r.loadIC(f.fb, slot, o, k, icLoad) // ic_load.go
	} else if miss {
		r.emitICLine(-1, icLoad, "X", "X", o.hc, k.prop, nil)
	}
	return r.Get(o, k, obj)
}

// icCacheableReceiver excludes the few named properties that exotic objects compute.
func icCacheableReceiver(o *Object, k Key) bool {
	if k.prop.sym != nil {
		return true
	}
	switch o.hc.InstanceType {
	case TypeProxy:
		return false
	case TypeArray, TypePrimitiveWrapper:
		return k.prop.name != "length"
	case TypeFunction:
		return k.prop.name != "prototype"
	}
	return true
}

func (r *Runtime) setNamed(f *frame, in *bc.Instr, obj Value, k Key, v Value) {
	strict := f.cl.SFI.IsStrict
	if obj.kind != KindObject {
		r.setOnPrimitive(obj, k, v, strict)
		return
	}
	o := obj.Object()
	if k.prop.sym != nil && k.prop.sym.Private {
		if k.prop.sym == r.classFieldsSymbol() {
			// field initialisers (and arrows in them) reach super through the prototype
			if p, _, ok := r.getOwn(o, KeyFromName("prototype")); ok {
				r.setLiteralHome(p.AsObject(), v)
			}
		}
		r.privateStoreIC(f, in.Ops[2], o, k, v, icStore, func() { // ic_private.go
			if _, _, ok := r.getOwn(o, k); ok {
				r.setOwnValue(o, k.prop, v)
			} else {
				r.addOwn(o, k.prop, v, AttrWritable)
			}
		})
		return
	}
	if !r.storeIC(f, in.Ops[2], o, k, v, icStore) && strict { // ic_store.go
		r.throwReadOnly(o, k)
	}
}

func (r *Runtime) setOnPrimitive(obj Value, k Key, v Value, strict bool) {
	if obj.IsNullish() {
		r.ThrowTypeError("Cannot set properties of %s (setting '%s')", typeofNullish(obj), keyForMessage(k))
	}
	proto := r.ToObject(obj)
	ok := r.Set(proto, k, v, obj)
	if strict && !ok {
		if _, a, found := r.getOwn(proto, k); found && a&AttrAccessor == 0 && !a.Writable() {
			r.ThrowTypeError("Cannot assign to read only property '%s' of %s '%s'", keyForMessage(k), TypeOf(obj), r.noSideEffectsToString(obj))
		}
		r.ThrowTypeError("Cannot create property '%s' on %s '%s'", keyForMessage(k), TypeOf(obj), r.noSideEffectsToString(obj))
	}
}

func (r *Runtime) throwReadOnly(o *Object, k Key) {
	// an accessor without a setter on the object or its prototypes
	for p := o; p != nil && p.hc.InstanceType != TypeProxy; p = p.hc.Proto {
		if cur, a, ok := r.getOwn(p, k); ok {
			if a&AttrAccessor != 0 && cur.accessor().Set == nil {
				r.ThrowTypeError("Cannot set property %s of %s which has only a getter", keyForMessage(k), r.noSideEffectsToString(ObjectValue(o)))
			}
			break
		}
	}
	if !o.Extensible() && !r.HasOwnProperty(o, k) {
		r.ThrowTypeError("Cannot add property %s, object is not extensible", keyForMessage(k))
	}
	r.ThrowTypeError("Cannot assign to read only property '%s' of %s", keyForMessage(k), r.objectDescription(o))
}

// objectDescription is V8's "object '#<Object>'" / "function 'function f() {}'" text.
func (r *Runtime) objectDescription(o *Object) string {
	if o.IsCallable() {
		return "function '" + r.noSideEffectsToString(ObjectValue(o)) + "'"
	}
	return "object '" + r.noSideEffectsToString(ObjectValue(o)) + "'"
}

func (r *Runtime) defineNamedOwn(f *frame, in *bc.Instr, obj Value, k Key, v Value) {
	o := obj.AsObject()
	if o == nil {
		return
	}
	r.setLiteralHome(o, v)
	if !r.storeIC(f, in.Ops[2], o, k, v, icDefineNamedOwn) { // ic_store.go
		r.ThrowTypeError("Cannot redefine property: %s", keyForMessage(k))
	}
}

// setLiteralHome gives an object literal's method its [[HomeObject]] (for super.x).
func (r *Runtime) setLiteralHome(o *Object, v Value) {
	if cl := closureOf(v.AsObject()); cl != nil && cl.SFI.IsMethod {
		if fd := v.Object().Internal.(*FunctionData); fd.HomeObject == nil {
			fd.HomeObject = o
		}
	}
}

func (r *Runtime) getKeyed(f *frame, obj Value, key Value) Value { return r.getKeyedIn(f, obj, key, 1) }

// getKeyedIn is a keyed load whose feedback slot is the current instruction's operand slotOp.
func (r *Runtime) getKeyedIn(f *frame, obj Value, key Value, slotOp int) Value {
	if key.kind == KindSymbol {
		if s := privateSymbol(key); s != nil {
			if o := obj.AsObject(); o != nil && f.fb != nil {
				k := Key{prop: PropertyKey{sym: s}}
				if v, _, ok := r.getOwn(o, k); ok {
					r.privateLoadIC(f, r.keyedSlot(f, slotOp), o, k, icKeyedLoad) // ic_private.go
					return v
				}
			}
			return r.privateGet(obj, s) // reads without feedback, or throws
		}
	}
	if f.fb != nil {
		return r.keyedLoadIC(f, r.keyedSlot(f, slotOp), obj, key) // ic_keyed_ops.go
	}
	if obj.kind == KindObject {
		o := obj.Object()
		if key.kind == KindNumber {
			if i := key.num; i >= 0 && i < 4294967295 && i == math.Trunc(i) {
				idx := uint32(i)
				if idx < uint32(len(o.elements)) {
					if v := o.elements[idx]; v.kind != KindHole && o.hc.InstanceType != TypeProxy {
						return v
					}
				} else if f.fb != nil && o.IsArray() {
					r.keyedLoadOutOfBounds(f) // tier_opt.go: optimized code compiled for in-bounds reads deopts
				}
				return r.Get(o, IndexKey(idx), obj)
			}
		}
		return r.Get(o, r.ToPropertyKey(key), obj)
	}
	if obj.IsNullish() {
		r.ThrowTypeError("Cannot read properties of %s (reading '%s')", typeofNullish(obj), keyForMessage(r.ToPropertyKey(key)))
	}
	return r.GetV(obj, r.ToPropertyKey(key))
}

func (r *Runtime) setKeyed(f *frame, obj Value, key Value, v Value) {
	if key.kind == KindSymbol {
		if s := privateSymbol(key); s != nil {
			if o := obj.AsObject(); o != nil && r.privateHas(o, s) {
				r.privateStoreIC(f, r.keyedSlot(f, 2), o, Key{prop: PropertyKey{sym: s}}, v, icKeyedStore, func() { // ic_private.go
					r.privateSet(obj, s, v)
				})
				return
			}
			r.privateSet(obj, s, v) // throws
			return
		}
	}
	strict := f.cl.SFI.IsStrict
	if obj.kind != KindObject {
		if obj.IsNullish() {
			r.ThrowTypeError("Cannot set properties of %s (setting '%s')", typeofNullish(obj), keyForMessage(r.ToPropertyKey(key)))
		}
		r.setOnPrimitive(obj, r.ToPropertyKey(key), v, strict)
		return
	}
	o := obj.Object()
	if f.fb != nil {
		r.keyedStoreIC(f, o, key, v, strict) // ic_keyed_ops.go
		return
	}
	var k Key
	if key.kind == KindNumber && key.num >= 0 && key.num < 4294967295 && key.num == math.Trunc(key.num) {
		idx := uint32(key.num)
		if o.hc.InstanceType == TypeArray && idx < uint32(len(o.elements)) && o.elements[idx].kind != KindHole &&
			o.elemAttr == AttrDefault && o.sparse == nil {
			r.setElement(o, idx, v)
			return
		}
		k = IndexKey(idx)
	} else {
		k = r.ToPropertyKey(key)
		r.keyedStoreAdd(o, k) // map_keyed.go: V8's keyed-store dictionary threshold
	}
	// Without feedback V8's KeyedStoreIC_Megamorphic stores generically and leaves what it cannot
	// do to Runtime::kSetKeyedProperty, not to the IC, so no prototype is made fast here.
	if !r.Set(o, k, v, obj) && strict {
		r.throwReadOnly(o, k)
	}
}

// defineKeyedOwnInLiteral defines a computed-key property of an object literal; flag bit 0
// sets an anonymous function's name from the key.
func (r *Runtime) defineKeyedOwnInLiteral(o *Object, key Value, v Value, flags int32) {
	k := r.ToPropertyKey(key)
	if flags&1 != 0 {
		r.setFunctionNameFromKey(v, k, "")
	}
	r.setLiteralHome(o, v)
	r.CreateDataProperty(o, k, v)
}

// setFunctionNameFromKey names an anonymous closure after a property key (SetFunctionName).
func (r *Runtime) setFunctionNameFromKey(v Value, k Key, prefix string) {
	fo := v.AsObject()
	if fo == nil {
		return
	}
	name := k.String()
	if !k.isIndex && k.prop.sym != nil {
		d := k.prop.sym.Description
		if d.IsUndefined() {
			name = ""
		} else {
			name = "[" + d.String().GoString() + "]"
		}
	}
	if prefix != "" {
		name = prefix + " " + name
	}
	r.DefineOwnProperty(fo, KeyFromName("name"), PropertyDescriptor{Value: Str(name), HasValue: true, HasWritable: true, HasEnumerable: true, HasConfigurable: true, Configurable: true})
	if fd, ok := fo.Internal.(*FunctionData); ok {
		fd.Name = name
	}
}

func (r *Runtime) deleteProperty(obj Value, key Value, strict bool) Value {
	if obj.IsNullish() {
		r.ThrowTypeError("Cannot convert undefined or null to object")
	}
	o := r.ToObject(obj)
	k := r.ToPropertyKey(key)
	ok := r.Delete(o, k)
	if !ok && strict {
		r.ThrowTypeError("Cannot delete property '%s' of %s", keyForMessage(k), r.noSideEffectsToString(ObjectValue(o)))
	}
	return Bool(ok)
}

// ---- numeric helpers

func (r *Runtime) bitwise(op ArithOp, a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(NumberOp(op, a.num, b.num))
	}
	return r.Arith(op, a, b)
}

func (r *Runtime) incDec(v Value, d int) Value {
	n := r.ToNumeric(v)
	if n.kind == KindBigInt {
		return r.bigIntOp(OpAdd, n, BigIntValue(newBigIntInt(int64(d))))
	}
	return Number(n.num + float64(d))
}

func (r *Runtime) negate(v Value) Value {
	n := r.ToNumeric(v)
	if n.kind == KindBigInt {
		return r.bigIntOp(OpSub, BigIntValue(newBigIntInt(0)), n)
	}
	return Number(-n.num)
}

func (r *Runtime) bitwiseNot(v Value) Value {
	if v.kind == KindNumber {
		return Number(float64(^ToInt32(v.num)))
	}
	n := r.ToNumeric(v)
	if n.kind == KindBigInt {
		return r.bigIntOp(OpSub, BigIntValue(newBigIntInt(-1)), n)
	}
	return Number(float64(^ToInt32(n.num)))
}

var typeofStrings = map[string]*String{}

func typeofString(v Value) *String {
	t := TypeOf(v)
	if s, ok := typeofStrings[t]; ok {
		return s
	}
	s := NewString(t)
	typeofStrings[t] = s
	return s
}

// testTypeOf implements TestTypeOf's literal flags (number, string, symbol, boolean, bigint,
// undefined, function, object).
func testTypeOf(v Value, flag int32) bool {
	switch flag {
	case 0:
		return v.kind == KindNumber
	case 1:
		return v.kind == KindString
	case 2:
		return v.kind == KindSymbol
	case 3:
		return v.kind == KindBoolean
	case 4:
		return v.kind == KindBigInt
	case 5:
		return v.kind == KindUndefined
	case 6:
		return v.kind == KindObject && v.Object().IsCallable()
	case 7:
		return v.kind == KindNull || v.kind == KindObject && !v.Object().IsCallable()
	}
	return false
}

func (r *Runtime) toName(v Value) Value {
	switch v.kind {
	case KindString, KindSymbol:
		return v
	}
	return r.ToPropertyKey(v).Value()
}

// ---- exceptions and returns

// throwAt raises acc from a Throw bytecode.
func (r *Runtime) throwAt(f *frame, v Value) {
	panic(&Exception{Value: v})
}

// returnFrom pops the top frame after Return; finished reports that it was the entry frame.
func (r *Runtime) returnFrom(f *frame, v Value) (Value, bool) {
	it := &r.interp
	if f.construct {
		if v.kind != KindObject {
			if f.derived {
				if v.kind != KindUndefined {
					r.ThrowTypeError("Derived constructors may only return object or undefined")
				}
				v = it.stack[f.base+bc.FrameReceiver]
			} else {
				v = f.receiver
			}
		}
	}
	if f.gen != nil && f.gen.state == genExecuting {
		f.gen.state = genClosed
	}
	entry := f.entry
	r.popFrame("return", v)
	if entry {
		return v, true
	}
	caller := it.frames[len(it.frames)-1]
	caller.pc++
	return v, false
}

// suspendFrom leaves a generator frame at SuspendGenerator, returning acc to the resumer.
func (r *Runtime) suspendFrom(f *frame, v Value) (Value, bool) {
	it := &r.interp
	entry := f.entry
	r.popFrame("suspend", v)
	if entry {
		return v, true
	}
	caller := it.frames[len(it.frames)-1]
	caller.pc++
	return v, false
}

// destructuringText reports whether the current instruction destructures a pattern's value
// and returns that value's source text (V8's CallPrinter; the value itself for parameters).
func (r *Runtime) destructuringText(f *frame) (string, bool) {
	t, ok := f.code.bc.Names[int32(f.pc)]
	if !ok || len(t) < 2 || t[0] != 0 || t[1] != 'd' {
		return "", false
	}
	return t[2:], true
}
