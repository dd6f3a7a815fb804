package vm

func init() { registerBuiltins(10, "Object", installObject) }

func installObject(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("Object", 1, in.ObjectPrototype,
		func(r *Runtime, this Value, args []Value) Value { return r.objectCtor(Arg(args, 0), nil) },
		func(r *Runtime, args []Value, nt *Object) Value { return r.objectCtor(Arg(args, 0), nt) })
	in.Object = ctor
	// Order as V8 installs them (Object.getOwnPropertyNames(Object)).
	for _, m := range []struct {
		name   string
		length int
		fn     NativeFunc
	}{
		{"assign", 2, objectAssign},
		{"getOwnPropertyDescriptor", 2, objectGetOwnPropertyDescriptor},
		{"getOwnPropertyDescriptors", 1, objectGetOwnPropertyDescriptors},
		{"getOwnPropertyNames", 1, func(r *Runtime, _ Value, a []Value) Value { return r.ownKeysArray(Arg(a, 0), false) }},
		{"getOwnPropertySymbols", 1, func(r *Runtime, _ Value, a []Value) Value { return r.ownKeysArray(Arg(a, 0), true) }},
		{"hasOwn", 2, objectHasOwn},
		{"is", 2, func(r *Runtime, _ Value, a []Value) Value { return Bool(SameValue(Arg(a, 0), Arg(a, 1))) }},
		{"preventExtensions", 1, objectPreventExtensions},
		{"seal", 1, func(r *Runtime, _ Value, a []Value) Value { return r.setIntegrityOrThrow(Arg(a, 0), false) }},
		{"create", 2, objectCreate},
		{"defineProperties", 2, objectDefineProperties},
		{"defineProperty", 3, objectDefineProperty},
		{"freeze", 1, func(r *Runtime, _ Value, a []Value) Value { return r.setIntegrityOrThrow(Arg(a, 0), true) }},
		{"getPrototypeOf", 1, objectGetPrototypeOf},
		{"setPrototypeOf", 2, objectSetPrototypeOf},
		{"isExtensible", 1, func(r *Runtime, _ Value, a []Value) Value {
			o := Arg(a, 0).AsObject()
			return Bool(o != nil && r.IsExtensible(o))
		}},
		{"isFrozen", 1, func(r *Runtime, _ Value, a []Value) Value { return r.testIntegrityValue(Arg(a, 0), true) }},
		{"isSealed", 1, func(r *Runtime, _ Value, a []Value) Value { return r.testIntegrityValue(Arg(a, 0), false) }},
		{"keys", 1, func(r *Runtime, _ Value, a []Value) Value { return r.enumerableOwnArray(Arg(a, 0), enumKeys) }},
		{"entries", 1, func(r *Runtime, _ Value, a []Value) Value { return r.enumerableOwnArray(Arg(a, 0), enumEntries) }},
		{"fromEntries", 1, objectFromEntries},
		{"values", 1, func(r *Runtime, _ Value, a []Value) Value { return r.enumerableOwnArray(Arg(a, 0), enumValues) }},
		{"groupBy", 2, objectGroupBy},
	} {
		r.DefineMethod(ctor, m.name, m.length, m.fn)
	}
	installObjectPrototype(r)
	r.DefineData(r.Global, StrKey("Object"), ObjectValue(ctor), AttrHidden)
}

func (r *Runtime) objectCtor(v Value, newTarget *Object) Value {
	if newTarget != nil && newTarget != r.Intrinsics.Object {
		return ObjectValue(r.NewObjectWithProto(r.GetPrototypeFromConstructor(newTarget, r.Intrinsics.ObjectPrototype)))
	}
	if v.IsNullish() {
		return ObjectValue(r.NewObject())
	}
	return ObjectValue(r.ToObject(v))
}

func objectAssign(r *Runtime, _ Value, args []Value) Value {
	to := r.ToObject(Arg(args, 0))
	for _, src := range args[min(1, len(args)):] {
		if src.IsNullish() {
			continue
		}
		from := r.ToObject(src)
		for _, k := range r.OwnKeys(from) {
			if d, ok := r.GetOwnPropertyDescriptor(from, k); ok && d.Enumerable {
				v := r.Get(from, k, ObjectValue(from))
				// V8's SetDataProperties stores through SetProperty, a keyed store
				// (StoreOrigin::kMaybeKeyed): the keyed-store dictionary threshold applies
				r.keyedStoreAdd(to, k) // map_keyed.go
				r.putOrThrow(to, k, v)
			}
		}
	}
	return ObjectValue(to)
}

func objectGetOwnPropertyDescriptor(r *Runtime, _ Value, args []Value) Value {
	o := r.ToObject(Arg(args, 0))
	k := r.ToPropertyKey(Arg(args, 1))
	d, ok := r.GetOwnPropertyDescriptor(o, k)
	if !ok {
		return Undefined
	}
	return ObjectValue(r.FromPropertyDescriptor(d))
}

func objectGetOwnPropertyDescriptors(r *Runtime, _ Value, args []Value) Value {
	o := r.ToObject(Arg(args, 0))
	res := r.NewObject()
	for _, k := range r.OwnKeys(o) {
		if d, ok := r.GetOwnPropertyDescriptor(o, k); ok {
			r.CreateDataProperty(res, k, ObjectValue(r.FromPropertyDescriptor(d)))
		}
	}
	return ObjectValue(res)
}

// ownKeysArray is GetOwnPropertyKeys(O, string|symbol) as an array.
func (r *Runtime) ownKeysArray(v Value, symbols bool) Value {
	o := r.ToObject(v)
	var out []Value
	for _, k := range r.OwnKeys(o) {
		if isSym := !k.IsIndex() && k.Prop().IsSymbol(); isSym == symbols {
			out = append(out, k.Value())
		}
	}
	// getOwnPropertyNames fills the enum cache and answers PACKED_ELEMENTS; the symbols come
	// from the runtime's key accumulator, HOLEY_ELEMENTS (enum_cache.go)
	kind := HoleyElements
	if !symbols {
		initEnumCache(o)
		kind = PackedElements
	}
	a := r.NewArray(out)
	if a.hc.Elements != kind {
		r.setElementsKind(a, kind)
	}
	return ObjectValue(a)
}

func objectHasOwn(r *Runtime, _ Value, args []Value) Value {
	o := r.ToObject(Arg(args, 0))
	k := r.ToPropertyKey(Arg(args, 1))
	_, ok := r.GetOwnPropertyDescriptor(o, k)
	return Bool(ok)
}

func objectPreventExtensions(r *Runtime, _ Value, args []Value) Value {
	v := Arg(args, 0)
	if o := v.AsObject(); o != nil && !r.PreventExtensions(o) {
		r.ThrowTypeError("'preventExtensions' on proxy: trap returned falsish")
	}
	return v
}

func (r *Runtime) setIntegrityOrThrow(v Value, frozen bool) Value {
	o := v.AsObject()
	if o == nil {
		return v
	}
	if o.Type() == TypeProxy {
		if !r.PreventExtensions(o) {
			r.ThrowTypeError("'preventExtensions' on proxy: trap returned falsish")
		}
		for _, k := range r.OwnKeys(o) {
			d := PropertyDescriptor{HasConfigurable: true}
			if frozen {
				if cur, ok := r.GetOwnPropertyDescriptor(o, k); ok && !cur.IsAccessor() {
					d.HasWritable = true
				}
			}
			r.definePropertyOrThrow(o, k, d)
		}
		return v
	}
	r.SetIntegrity(o, frozen)
	return v
}

func (r *Runtime) testIntegrityValue(v Value, frozen bool) Value {
	o := v.AsObject()
	if o == nil {
		return True
	}
	if r.IsExtensible(o) {
		return False
	}
	for _, k := range r.OwnKeys(o) {
		if d, ok := r.GetOwnPropertyDescriptor(o, k); ok && (d.Configurable || frozen && !d.IsAccessor() && d.Writable) {
			return False
		}
	}
	return True
}

// protoArg checks an [[Prototype]] argument: an object or null.
func (r *Runtime) protoArg(v Value) *Object {
	if v.IsNull() {
		return nil
	}
	if !v.IsObject() {
		r.ThrowTypeError("Object prototype may only be an Object or null: %s", r.noSideEffectsToString(v))
	}
	return v.Object()
}

func objectCreate(r *Runtime, _ Value, args []Value) Value {
	o := r.NewObjectWithProto(r.protoArg(Arg(args, 0)))
	r.becomesPrototype(o.hc.Proto) // map_proto.go
	if props := Arg(args, 1); !props.IsUndefined() {
		r.defineProperties(o, props)
	}
	return ObjectValue(o)
}

func objectDefineProperties(r *Runtime, _ Value, args []Value) Value {
	o := Arg(args, 0).AsObject()
	if o == nil {
		r.ThrowTypeError("Object.defineProperties called on non-object")
	}
	r.defineProperties(o, Arg(args, 1))
	return ObjectValue(o)
}

// defineProperties is ObjectDefineProperties: every descriptor is read before any is applied.
func (r *Runtime) defineProperties(o *Object, props Value) {
	p := r.ToObject(props)
	type pending struct {
		k Key
		d PropertyDescriptor
	}
	var list []pending
	for _, k := range r.OwnKeys(p) {
		if d, ok := r.GetOwnPropertyDescriptor(p, k); ok && d.Enumerable {
			list = append(list, pending{k, r.ToPropertyDescriptor(r.Get(p, k, ObjectValue(p)))})
		}
	}
	for _, e := range list {
		r.definePropertyOrThrow(o, e.k, e.d)
	}
}

func objectDefineProperty(r *Runtime, _ Value, args []Value) Value {
	o := Arg(args, 0).AsObject()
	if o == nil {
		r.ThrowTypeError("Object.defineProperty called on non-object")
	}
	k := r.ToPropertyKey(Arg(args, 1))
	r.definePropertyOrThrow(o, k, r.ToPropertyDescriptor(Arg(args, 2)))
	return ObjectValue(o)
}

// definePropertyOrThrow is DefinePropertyOrThrow with V8's messages.
func (r *Runtime) definePropertyOrThrow(o *Object, k Key, d PropertyDescriptor) {
	if r.DefineOwnProperty(o, k, d) {
		return
	}
	switch {
	case o.Type() == TypeProxy:
		r.ThrowTypeError("'defineProperty' on proxy: trap returned falsish for property '%s'", keyForMessage(k))
	case !r.HasOwnProperty(o, k) && !o.Extensible():
		r.ThrowTypeError("Cannot define property %s, object is not extensible", keyForMessage(k))
	}
	r.ThrowTypeError("Cannot redefine property: %s", keyForMessage(k))
}

func objectGetPrototypeOf(r *Runtime, _ Value, args []Value) Value {
	return objectOrNull(r.GetPrototypeOf(r.ToObject(Arg(args, 0))))
}

func objectOrNull(p *Object) Value {
	if p == nil {
		return Null
	}
	return ObjectValue(p)
}

func objectSetPrototypeOf(r *Runtime, _ Value, args []Value) Value {
	v := Arg(args, 0)
	if v.IsNullish() {
		r.ThrowTypeError("Object.setPrototypeOf called on null or undefined")
	}
	proto := r.protoArg(Arg(args, 1))
	if o := v.AsObject(); o != nil {
		old := o.hc.Proto
		r.setPrototypeOrThrow(o, proto)
		r.leftPrototype(o, old, proto) // map_proto.go
	}
	return v
}

// setPrototypeOrThrow is [[SetPrototypeOf]] that throws V8's message for the reason it failed.
func (r *Runtime) setPrototypeOrThrow(o *Object, proto *Object) {
	if r.SetPrototypeOf(o, proto) {
		return
	}
	switch {
	case o.Type() == TypeProxy:
		r.ThrowTypeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'")
	case o == r.Intrinsics.ObjectPrototype:
		r.ThrowTypeError("Immutable prototype object 'Object.prototype' cannot have their prototype set")
	case !o.Extensible():
		r.ThrowTypeError("%s is not extensible", r.noSideEffectsToString(ObjectValue(o)))
	}
	r.ThrowTypeError("Cyclic __proto__ value")
}

type enumKind uint8

const (
	enumKeys enumKind = iota
	enumValues
	enumEntries
)

// enumerableOwnArray is EnumerableOwnProperties(ToObject(v), kind) as an array.
func (r *Runtime) enumerableOwnArray(v Value, kind enumKind) Value {
	o := r.ToObject(v)
	arrayKind := PackedElements // Object.keys (enum_cache.go)
	if kind == enumKeys {
		initEnumCache(o)
	} else {
		arrayKind = valuesOrEntriesKind(o)
	}
	var out []Value
	for _, k := range r.OwnKeys(o) {
		if !k.IsIndex() && k.Prop().IsSymbol() {
			continue
		}
		d, ok := r.GetOwnPropertyDescriptor(o, k)
		if !ok || !d.Enumerable {
			continue
		}
		switch kind {
		case enumKeys:
			out = append(out, k.Value())
		case enumValues:
			out = append(out, r.Get(o, k, ObjectValue(o)))
		case enumEntries:
			val := r.Get(o, k, ObjectValue(o))
			out = append(out, ObjectValue(r.NewArray([]Value{k.Value(), val})))
		}
	}
	a := r.NewArray(out)
	if a.hc.Elements != arrayKind {
		r.setElementsKind(a, arrayKind)
	}
	return ObjectValue(a)
}

// builtinIterator is GetIterator as V8's builtins report a non-iterable argument.
func (r *Runtime) builtinIterator(v Value) *Iterator {
	if v.IsNullish() {
		r.ThrowTypeError("%s is not iterable", "undefined")
	}
	m := r.GetV(v, PropKey(SymbolKey(r.Symbols.Iterator)))
	if !m.IsCallable() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.describeForIterable(v))
	}
	return r.GetIterator(v)
}

// iterateClosing runs fn for each value of an iterator, closing it when fn throws.
func (r *Runtime) iterateClosing(it *Iterator, fn func(v Value)) {
	for {
		v, ok := r.Step(it)
		if !ok {
			return
		}
		func() {
			defer func() {
				if e := recover(); e != nil {
					if _, isJS := e.(*Exception); isJS {
						r.CloseOnThrow(it)
					}
					panic(e)
				}
			}()
			fn(v)
		}()
	}
}

func objectFromEntries(r *Runtime, _ Value, args []Value) Value {
	o := r.NewObject()
	r.iterateClosing(r.builtinIterator(Arg(args, 0)), func(e Value) {
		eo := e.AsObject()
		if eo == nil {
			r.ThrowTypeError("Iterator value %s is not an entry object", r.noSideEffectsToString(e))
		}
		k := r.Get(eo, IndexKey(0), e)
		v := r.Get(eo, IndexKey(1), e)
		r.CreateDataProperty(o, r.ToPropertyKey(k), v)
	})
	return ObjectValue(o)
}

func objectGroupBy(r *Runtime, _ Value, args []Value) Value {
	items, cb := Arg(args, 0), Arg(args, 1)
	if items.IsNullish() {
		r.ThrowTypeError("Object.groupBy called on null or undefined")
	}
	if !cb.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.noSideEffectsToString(cb))
	}
	var order []Key
	groups := map[Key][]Value{}
	n := 0
	r.iterateClosing(r.builtinIterator(items), func(v Value) {
		k := r.ToPropertyKey(r.Call(cb, Undefined, v, Int(n)))
		n++
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], v)
	})
	res := r.NewObjectWithProto(nil)
	for _, k := range order {
		r.CreateDataProperty(res, k, ObjectValue(r.NewArray(groups[k])))
	}
	return ObjectValue(res)
}

// putOrThrow is Set(O, P, V, true) with V8's TypeError texts.
func (r *Runtime) putOrThrow(o *Object, k Key, v Value) {
	if r.Set(o, k, v, ObjectValue(o)) {
		return
	}
	r.throwPutFailure(o, k)
}

// throwPutFailure explains a failed strict-mode [[Set]] the way V8 does.
func (r *Runtime) throwPutFailure(o *Object, k Key) {
	name := keyForMessage(k)
	for p := o; p != nil; p = p.Proto() {
		if p.Type() == TypeProxy {
			r.ThrowTypeError("'set' on proxy: trap returned falsish for property '%s'", name)
		}
		v, a, ok := r.getOwn(p, k)
		if !ok {
			continue
		}
		if a.IsAccessor() {
			if v.accessor().Set == nil {
				r.ThrowTypeError("Cannot set property %s of %s which has only a getter", name, r.noSideEffectsToString(ObjectValue(o)))
			}
			break
		}
		if !a.Writable() {
			kind := "object"
			if o.IsCallable() {
				kind = "function"
			}
			r.ThrowTypeError("Cannot assign to read only property '%s' of %s '%s'", name, kind, r.noSideEffectsToString(ObjectValue(o)))
		}
		break
	}
	r.ThrowTypeError("Cannot add property %s, object is not extensible", name)
}

// getDataProperty is V8's JSReceiver::GetDataProperty: a prototype-chain lookup that never runs
// getters or proxy traps (used by side-effect-free diagnostics).
func (r *Runtime) getDataProperty(o *Object, k Key) Value {
	for p := o; p != nil; p = p.Proto() {
		if p.Type() == TypeProxy {
			pd := p.Internal.(*ProxyData)
			if pd.Handler == nil {
				return Undefined
			}
			p = pd.Target
		}
		v, a, ok := r.getOwn(p, k)
		if ok {
			if a.IsAccessor() {
				return Undefined
			}
			return v
		}
	}
	return Undefined
}

// noSideEffectsToString is V8's Object::NoSideEffectsToString, which renders values inside
// messages such as "x is not a function" raised by builtins.
func (r *Runtime) noSideEffectsToString(v Value) string {
	switch v.Kind() {
	case KindString:
		return v.String().GoString()
	case KindSymbol:
		return v.Symbol().DescriptiveString()
	case KindObject:
	default:
		return r.ToString(v).GoString()
	}
	o := v.Object()
	if o.IsCallable() && o.Type() != TypeProxy {
		return r.fnToStringText(o)
	}
	toString := r.getDataProperty(o, StrKey("toString"))
	if o.Type() == TypeError || toString.AsObject() != nil && toString.AsObject() == r.core.errorToString {
		return r.errorToStringNoSideEffects(o)
	}
	if toString.AsObject() != nil && toString.AsObject() == r.core.objectToString {
		if c := r.getDataProperty(o, StrKey("constructor")).AsObject(); c != nil && c.IsCallable() {
			if name := r.FunctionName(c); name != "" {
				return "#<" + name + ">"
			}
		}
	}
	tag := r.getDataProperty(o, PropKey(SymbolKey(r.Symbols.ToStringTag)))
	if tag.IsString() {
		return "[object " + tag.String().GoString() + "]"
	}
	return "[object " + r.v8ClassName(o) + "]"
}

// v8ClassName is V8's JSReceiver::class_name for the classes builtins tell apart.
func (r *Runtime) v8ClassName(o *Object) string {
	for o.Type() == TypeProxy {
		pd := o.Internal.(*ProxyData)
		if pd.Target == nil {
			return "Object"
		}
		o = pd.Target
	}
	if tag := builtinTag(o); tag != "" {
		return tag
	}
	return "Object"
}

// builtinTag is the tag Object.prototype.toString uses for an object's class, or "".
func builtinTag(o *Object) string {
	switch o.Type() {
	case TypeArray:
		return "Array"
	case TypeFunction, TypeBoundFunction:
		return "Function"
	case TypeError:
		return "Error"
	case TypeArguments:
		return "Arguments"
	case TypeDate:
		return "Date"
	case TypeRegExp:
		return "RegExp"
	case TypePrimitiveWrapper:
		p, _ := PrimitiveOf(o)
		if name := primitiveWrapperName(p); name != "Object" {
			return name
		}
	}
	return ""
}

// isArrayValue is IsArray(argument): it sees through proxies (and throws on revoked ones).
func (r *Runtime) isArrayValue(v Value, op string) bool {
	o := v.AsObject()
	for o != nil && o.Type() == TypeProxy {
		pd := o.Internal.(*ProxyData)
		if pd.Handler == nil {
			r.ThrowTypeError("Cannot perform '%s' on a proxy that has been revoked", op)
		}
		o = pd.Target
	}
	return o != nil && o.IsArray()
}

func installObjectPrototype(r *Runtime) {
	p := r.Intrinsics.ObjectPrototype
	r.DefineMethod(p, "__defineGetter__", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.legacyDefineAccessor(this, args, true)
	})
	r.DefineMethod(p, "__defineSetter__", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.legacyDefineAccessor(this, args, false)
	})
	r.DefineMethod(p, "hasOwnProperty", 1, func(r *Runtime, this Value, args []Value) Value {
		k := r.ToPropertyKey(Arg(args, 0))
		_, ok := r.GetOwnPropertyDescriptor(r.ToObject(this), k)
		return Bool(ok)
	})
	r.DefineMethod(p, "__lookupGetter__", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.legacyLookupAccessor(this, Arg(args, 0), true)
	})
	r.DefineMethod(p, "__lookupSetter__", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.legacyLookupAccessor(this, Arg(args, 0), false)
	})
	r.DefineMethod(p, "isPrototypeOf", 1, func(r *Runtime, this Value, args []Value) Value {
		v := Arg(args, 0).AsObject()
		if v == nil {
			return False
		}
		o := r.ToObject(this)
		for q := r.GetPrototypeOf(v); q != nil; q = r.GetPrototypeOf(q) {
			if q == o {
				return True
			}
		}
		return False
	})
	r.DefineMethod(p, "propertyIsEnumerable", 1, func(r *Runtime, this Value, args []Value) Value {
		k := r.ToPropertyKey(Arg(args, 0))
		d, ok := r.GetOwnPropertyDescriptor(r.ToObject(this), k)
		return Bool(ok && d.Enumerable)
	})
	r.core.objectToString = r.DefineMethod(p, "toString", 0, func(r *Runtime, this Value, args []Value) Value {
		return Str(r.objectToStringTag(this))
	})
	r.DefineMethod(p, "valueOf", 0, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.ToObject(this))
	})
	get := r.NewNativeFunction("get __proto__", 0, func(r *Runtime, this Value, args []Value) Value {
		return objectOrNull(r.GetPrototypeOf(r.ToObject(this)))
	})
	set := r.NewNativeFunction("set __proto__", 1, func(r *Runtime, this Value, args []Value) Value {
		if this.IsNullish() {
			r.ThrowTypeError("set Object.prototype.__proto__ called on null or undefined")
		}
		proto := Arg(args, 0)
		if o := this.AsObject(); o != nil && (proto.IsObject() || proto.IsNull()) {
			r.setPrototypeOrThrow(o, proto.AsObject())
		}
		return Undefined
	})
	r.DefineAccessor(p, StrKey("__proto__"), get, set, AttrConfigurable)
	r.DefineMethod(p, "toLocaleString", 0, func(r *Runtime, this Value, args []Value) Value {
		if this.IsNullish() {
			r.ThrowTypeError("Object.prototype.toLocaleString called on null or undefined")
		}
		return r.Call(r.GetV(this, StrKey("toString")), this)
	})
}

// objectToStringTag is Object.prototype.toString's result.
func (r *Runtime) objectToStringTag(this Value) string {
	switch this.Kind() {
	case KindUndefined:
		return "[object Undefined]"
	case KindNull:
		return "[object Null]"
	}
	o := r.ToObject(this)
	tag := "Object"
	if r.isArrayValue(ObjectValue(o), "Object.prototype.toString") {
		tag = "Array"
	} else if o.IsCallable() {
		tag = "Function"
	} else if t := builtinTag(o); t != "" {
		tag = t
	}
	if t := r.Get(o, PropKey(SymbolKey(r.Symbols.ToStringTag)), ObjectValue(o)); t.IsString() {
		tag = t.String().GoString()
	}
	return "[object " + tag + "]"
}

func (r *Runtime) legacyDefineAccessor(this Value, args []Value, getter bool) Value {
	o := r.ToObject(this)
	fn := Arg(args, 1)
	if !fn.IsCallable() {
		which := "__defineSetter__"
		if getter {
			which = "__defineGetter__"
		}
		r.ThrowTypeError("Object.prototype.%s: Expecting function", which)
	}
	d := PropertyDescriptor{Enumerable: true, Configurable: true, HasEnumerable: true, HasConfigurable: true}
	if getter {
		d.Get, d.HasGet = fn, true
	} else {
		d.Set, d.HasSet = fn, true
	}
	r.definePropertyOrThrow(o, r.ToPropertyKey(Arg(args, 0)), d)
	return Undefined
}

func (r *Runtime) legacyLookupAccessor(this Value, key Value, getter bool) Value {
	o := r.ToObject(this)
	k := r.ToPropertyKey(key)
	for ; o != nil; o = r.GetPrototypeOf(o) {
		if d, ok := r.GetOwnPropertyDescriptor(o, k); ok {
			if !d.IsAccessor() {
				return Undefined
			}
			if getter {
				return d.Get
			}
			return d.Set
		}
	}
	return Undefined
}
