package vm

// WeakMap, WeakSet, WeakRef and FinalizationRegistry. The simulated heap never collects objects
// that JavaScript can still reach through these, so weak entries simply stay: the observable
// difference (an entry vanishing after GC) cannot happen without a GC that the program triggers,
// and cleanup callbacks never run.

func init() { registerBuiltins(25, "weak", installWeak) }

// canBeHeldWeakly is CanBeHeldWeakly(v): objects and symbols not in the global registry.
func (r *Runtime) canBeHeldWeakly(v Value) bool {
	switch v.kind {
	case KindObject:
		return true
	case KindSymbol:
		for _, s := range r.SymbolRegistry {
			if s == v.Symbol() {
				return false
			}
		}
		return true
	}
	return false
}

func installWeak(r *Runtime) {
	in := &r.Intrinsics
	wm := r.NewNativeConstructor("WeakMap", 0, in.WeakMapPrototype, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		o := r.NewObjectOfType(TypeWeakMap, r.GetPrototypeFromConstructor(newTarget, in.WeakMapPrototype), NewMapData(true))
		r.addEntriesFromIterable(o, Arg(args, 0), "set", true)
		return ObjectValue(o)
	})
	in.WeakMap = wm
	p := in.WeakMapPrototype
	weakMap := func(this Value, method string) *MapData {
		return r.thisMap(this, TypeWeakMap, "WeakMap.prototype."+method)
	}
	r.DefineMethod(p, "delete", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(weakMap(this, "delete").Delete(Arg(args, 0)))
	})
	r.DefineMethod(p, "get", 1, func(r *Runtime, this Value, args []Value) Value {
		v, _ := weakMap(this, "get").Get(Arg(args, 0))
		return v
	})
	r.DefineMethod(p, "set", 2, func(r *Runtime, this Value, args []Value) Value {
		m := weakMap(this, "set")
		r.requireWeakKey(Arg(args, 0), "Invalid value used as weak map key")
		m.Set(Arg(args, 0), Arg(args, 1))
		return this
	})
	r.DefineMethod(p, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(weakMap(this, "has").Has(Arg(args, 0)))
	})
	r.DefineMethod(p, "getOrInsert", 2, func(r *Runtime, this Value, args []Value) Value {
		m := weakMap(this, "getOrInsert")
		r.requireWeakKey(Arg(args, 0), "Invalid value used as weak map key")
		return r.getOrInsert(m, args)
	})
	r.DefineMethod(p, "getOrInsertComputed", 2, func(r *Runtime, this Value, args []Value) Value {
		m := weakMap(this, "getOrInsertComputed")
		r.requireWeakKey(Arg(args, 0), "Invalid value used as weak map key")
		if !Arg(args, 1).IsCallable() {
			r.ThrowTypeError("WeakMap.prototype.getOrInsertComputed is not a function")
		}
		return r.getOrInsertComputed(m, args)
	})
	r.DefineData(p, symKey(r.Symbols.ToStringTag), Str("WeakMap"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("WeakMap"), ObjectValue(wm), AttrHidden)

	ws := r.NewNativeConstructor("WeakSet", 0, in.WeakSetPrototype, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		o := r.NewObjectOfType(TypeWeakSet, r.GetPrototypeFromConstructor(newTarget, in.WeakSetPrototype), NewMapData(false))
		r.addEntriesFromIterable(o, Arg(args, 0), "add", false)
		return ObjectValue(o)
	})
	in.WeakSet = ws
	p = in.WeakSetPrototype
	weakSet := func(this Value, method string) *MapData {
		return r.thisMap(this, TypeWeakSet, "WeakSet.prototype."+method)
	}
	r.DefineMethod(p, "delete", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(weakSet(this, "delete").Delete(Arg(args, 0)))
	})
	r.DefineMethod(p, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(weakSet(this, "has").Has(Arg(args, 0)))
	})
	r.DefineMethod(p, "add", 1, func(r *Runtime, this Value, args []Value) Value {
		s := weakSet(this, "add")
		r.requireWeakKey(Arg(args, 0), "Invalid value used in weak set")
		s.Set(Arg(args, 0), Undefined)
		return this
	})
	r.DefineData(p, symKey(r.Symbols.ToStringTag), Str("WeakSet"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("WeakSet"), ObjectValue(ws), AttrHidden)

	r.installWeakRef()
	r.installFinalizationRegistry()
}

func (r *Runtime) requireWeakKey(v Value, msg string) {
	if !r.canBeHeldWeakly(v) {
		r.ThrowTypeError("%s", msg)
	}
}

// WeakRefData is a WeakRef's [[WeakRefTarget]].
type WeakRefData struct {
	Target Value
}

func (r *Runtime) installWeakRef() {
	proto := r.Intrinsics.WeakRefPrototype
	ctor := r.NewNativeConstructor("WeakRef", 1, proto, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		t := Arg(args, 0)
		if !r.canBeHeldWeakly(t) {
			r.ThrowTypeError("WeakRef: invalid target")
		}
		return ObjectValue(r.NewObjectOfType(TypeWeakRef, r.GetPrototypeFromConstructor(newTarget, proto), &WeakRefData{Target: t}))
	})
	r.DefineMethod(proto, "deref", 0, func(r *Runtime, this Value, args []Value) Value {
		if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeWeakRef {
			return o.Internal.(*WeakRefData).Target
		}
		r.incompatibleReceiver("WeakRef.prototype.deref", this)
		return Undefined
	})
	r.DefineData(proto, symKey(r.Symbols.ToStringTag), Str("WeakRef"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("WeakRef"), ObjectValue(ctor), AttrHidden)
}

// FinalizationRegistryData holds the registrations; cleanup never runs (see the file comment).
type FinalizationRegistryData struct {
	Cleanup *Object
	cells   []finalizationCell
}

type finalizationCell struct {
	target, holdings, token Value
}

func (r *Runtime) installFinalizationRegistry() {
	proto := r.NewObject()
	ctor := r.NewNativeConstructor("FinalizationRegistry", 1, proto, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		cb := Arg(args, 0)
		if !cb.IsCallable() {
			r.ThrowTypeError("FinalizationRegistry: cleanup must be callable")
		}
		return ObjectValue(r.NewObjectOfType(TypeObject, r.GetPrototypeFromConstructor(newTarget, proto), &FinalizationRegistryData{Cleanup: cb.Object()}))
	})
	this := func(v Value, method string) *FinalizationRegistryData {
		if o := v.AsObject(); o != nil {
			if d, ok := o.Internal.(*FinalizationRegistryData); ok {
				return d
			}
		}
		r.incompatibleReceiver("FinalizationRegistry.prototype."+method, v)
		return nil
	}
	r.DefineMethod(proto, "register", 2, func(r *Runtime, v Value, args []Value) Value {
		d := this(v, "register")
		target, holdings, token := Arg(args, 0), Arg(args, 1), Arg(args, 2)
		if !r.canBeHeldWeakly(target) {
			r.ThrowTypeError("FinalizationRegistry.prototype.register: invalid target")
		}
		if SameValue(target, holdings) {
			r.ThrowTypeError("FinalizationRegistry.prototype.register: target and holdings must not be same")
		}
		if !token.IsUndefined() && !r.canBeHeldWeakly(token) {
			r.ThrowTypeError("Invalid unregisterToken ('%s')", r.safeToString(token))
		}
		d.cells = append(d.cells, finalizationCell{target, holdings, token})
		return Undefined
	})
	r.DefineMethod(proto, "unregister", 1, func(r *Runtime, v Value, args []Value) Value {
		d := this(v, "unregister")
		token := Arg(args, 0)
		if !r.canBeHeldWeakly(token) {
			r.ThrowTypeError("Invalid unregisterToken ('%s')", r.safeToString(token))
		}
		kept := d.cells[:0]
		removed := false
		for _, c := range d.cells {
			if !c.token.IsUndefined() && SameValue(c.token, token) {
				removed = true
				continue
			}
			kept = append(kept, c)
		}
		d.cells = kept
		return Bool(removed)
	})
	r.DefineData(proto, symKey(r.Symbols.ToStringTag), Str("FinalizationRegistry"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("FinalizationRegistry"), ObjectValue(ctor), AttrHidden)
}
