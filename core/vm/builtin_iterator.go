package vm

// %Iterator% and %IteratorPrototype% with the iterator helpers (map, filter, take, drop, flatMap,
// reduce, toArray, forEach, some, every, find), Iterator.from and Iterator.concat, plus the
// plumbing shared by the builtin iterators (Array, String, Map, Set, RegExp String): each is an
// object of its own instance type whose Internal holds the iteration state, and whose prototype
// has `next` and a @@toStringTag.

func init() { registerBuiltins(15, "iterator", installIterator) }

// installIteratorProto gives a builtin iterator prototype its next method and @@toStringTag.
func (r *Runtime) installIteratorProto(proto *Object, tag string, next NativeFunc) *Object {
	f := r.DefineMethod(proto, "next", 0, next)
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str(tag), AttrConfigurable)
	return f
}

// iteratorState fetches the Internal of a builtin iterator of type t, or throws V8's
// incompatible-receiver error naming the iterator ("Array Iterator", …).
func (r *Runtime) iteratorState(this Value, t InstanceType, tag string) any {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == t {
		return o.Internal
	}
	r.incompatibleReceiver(tag+".prototype.next", this)
	return nil
}

var iteratorHelperMethods = []struct {
	name   string
	length int
	fn     NativeFunc
}{
	{"reduce", 1, iteratorReduce}, {"toArray", 0, iteratorToArray}, {"forEach", 1, iteratorForEach},
	{"some", 1, iteratorSome}, {"every", 1, iteratorEvery}, {"find", 1, iteratorFind},
	{"map", 1, iteratorMap}, {"filter", 1, iteratorFilter}, {"take", 1, iteratorTake},
	{"drop", 1, iteratorDrop}, {"flatMap", 1, iteratorFlatMap},
}

func installIterator(r *Runtime) {
	proto := r.Intrinsics.IteratorPrototype
	ctor := r.NewNativeConstructor("Iterator", 0, nil, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		if newTarget == nil || newTarget == r.coll.iteratorCtor {
			r.ThrowTypeError("Abstract class Iterator not directly constructable")
		}
		return ObjectValue(r.NewObjectWithProto(r.GetPrototypeFromConstructor(newTarget, proto)))
	})
	r.coll.iteratorCtor = ctor
	r.addOwn(ctor, NameKey("prototype"), ObjectValue(proto), AttrNone)
	r.DefineMethod(ctor, "from", 1, iteratorFrom)
	r.DefineMethod(ctor, "concat", 0, iteratorConcat)

	r.defineIgnoringSetter(proto, StrKey("constructor"), "constructor", ObjectValue(ctor))
	for _, m := range iteratorHelperMethods {
		r.DefineMethod(proto, m.name, m.length, m.fn)
	}
	r.DefineSymbolMethod(proto, r.Symbols.Iterator, "[Symbol.iterator]", 0,
		func(r *Runtime, this Value, args []Value) Value { return this }, AttrHidden)
	r.defineIgnoringSetter(proto, symKey(r.Symbols.ToStringTag), "[Symbol.toStringTag]", Str("Iterator"))
	if r.Symbols.Dispose != nil {
		r.DefineSymbolMethod(proto, r.Symbols.Dispose, "[Symbol.dispose]", 0, func(r *Runtime, this Value, args []Value) Value {
			if ret := r.getMethod(this, StrKey("return")); !ret.IsUndefined() {
				r.Call(ret, this)
			}
			return Undefined
		}, AttrHidden)
	}

	r.coll.helperProto = r.NewObjectWithProto(proto)
	r.DefineMethod(r.coll.helperProto, "next", 0, iteratorHelperNext)
	r.DefineMethod(r.coll.helperProto, "return", 0, iteratorHelperReturn)
	r.DefineData(r.coll.helperProto, symKey(r.Symbols.ToStringTag), Str("Iterator Helper"), AttrConfigurable)

	r.coll.wrapProto = r.NewObjectWithProto(proto)
	r.DefineMethod(r.coll.wrapProto, "next", 0, func(r *Runtime, this Value, args []Value) Value {
		it := r.wrappedIterator(this)
		return r.Call(it.Next, ObjectValue(it.Object))
	})
	r.DefineMethod(r.coll.wrapProto, "return", 0, func(r *Runtime, this Value, args []Value) Value {
		it := r.wrappedIterator(this)
		ret := r.getMethod(ObjectValue(it.Object), StrKey("return"))
		if ret.IsUndefined() {
			return r.CreateIterResult(Undefined, true)
		}
		return r.Call(ret, ObjectValue(it.Object))
	})
	r.DefineData(r.Global, StrKey("Iterator"), ObjectValue(ctor), AttrHidden)
}

// defineIgnoringSetter installs the accessor pair of Iterator.prototype.constructor and
// [@@toStringTag]: the getter answers v; the setter (SetterThatIgnoresPrototypeProperties)
// refuses to write on the prototype itself and defines an own property on other receivers.
func (r *Runtime) defineIgnoringSetter(home *Object, k Key, name string, v Value) {
	get := r.NewNativeFunction("get "+name, 0, func(r *Runtime, this Value, args []Value) Value { return v })
	set := r.NewNativeFunction("set "+name, 1, func(r *Runtime, this Value, args []Value) Value {
		o := this.AsObject()
		if o == nil {
			r.ThrowTypeError("Iterator.prototype setter called on non-object")
		}
		if o == home {
			r.ThrowTypeError("Cannot assign to read only property '%s' of object '%s'", keyForMessage(k), r.noSideEffectsToString(this))
		}
		if _, ok := r.GetOwnPropertyDescriptor(o, k); !ok {
			r.createDataPropertyOrThrow(o, k, Arg(args, 0))
		} else {
			r.setOrThrow(o, k, Arg(args, 0))
		}
		return Undefined
	})
	r.DefineAccessor(home, k, get, set, AttrConfigurable)
}

// thisIterator is the receiver check of the helper methods; it returns GetIteratorDirect(this).
func (r *Runtime) thisIterator(this Value, method string) *Object {
	o := this.AsObject()
	if o == nil {
		r.ThrowTypeError("Iterator.prototype.%s called on non-object", method)
	}
	return o
}

// callableOrClose checks a helper's callback; a bad one closes the iterator before throwing.
func (r *Runtime) callableOrClose(o *Object, fn Value) {
	if !fn.IsCallable() {
		r.CloseOnThrow(&Iterator{Object: o})
		r.requireCallable(fn)
	}
}

func (r *Runtime) iteratorDirect(o *Object) *Iterator {
	return &Iterator{Object: o, Next: r.GetStr(o, "next")}
}

// ---- eager consumers ---------------------------------------------------------------------------

func iteratorReduce(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "reduce")
	r.callableOrClose(o, Arg(args, 0))
	it := r.iteratorDirect(o)
	var acc Value
	var k float64
	if len(args) >= 2 {
		acc = args[1]
	} else {
		v, ok := r.Step(it)
		if !ok {
			r.ThrowTypeError("Reduce of a done iterator with no initial value")
		}
		acc, k = v, 1
	}
	for {
		v, ok := r.Step(it)
		if !ok {
			return acc
		}
		acc = r.callClosingOnThrow(it, func() Value { return r.Call(args[0], Undefined, acc, v, Number(k)) })
		k++
	}
}

func iteratorToArray(r *Runtime, this Value, args []Value) Value {
	it := r.iteratorDirect(r.thisIterator(this, "toArray"))
	var vals []Value
	for {
		v, ok := r.Step(it)
		if !ok {
			return ObjectValue(r.NewArray(vals))
		}
		vals = append(vals, v)
	}
}

// iteratorVisit calls fn(value, counter) for each value until fn returns false; then the
// iterator is closed and visit reports the stop.
func (r *Runtime) iteratorVisit(this Value, args []Value, method string, fn func(res, v Value) bool) bool {
	o := r.thisIterator(this, method)
	r.callableOrClose(o, Arg(args, 0))
	it := r.iteratorDirect(o)
	var k float64
	for {
		v, ok := r.Step(it)
		if !ok {
			return false
		}
		res := r.callClosingOnThrow(it, func() Value { return r.Call(args[0], Undefined, v, Number(k)) })
		k++
		if !fn(res, v) {
			r.Close(it)
			return true
		}
	}
}

func iteratorForEach(r *Runtime, this Value, args []Value) Value {
	r.iteratorVisit(this, args, "forEach", func(res, v Value) bool { return true })
	return Undefined
}

func iteratorSome(r *Runtime, this Value, args []Value) Value {
	return Bool(r.iteratorVisit(this, args, "some", func(res, v Value) bool { return !ToBoolean(res) }))
}

func iteratorEvery(r *Runtime, this Value, args []Value) Value {
	return Bool(!r.iteratorVisit(this, args, "every", func(res, v Value) bool { return ToBoolean(res) }))
}

func iteratorFind(r *Runtime, this Value, args []Value) Value {
	found := Undefined
	r.iteratorVisit(this, args, "find", func(res, v Value) bool {
		if ToBoolean(res) {
			found = v
			return false
		}
		return true
	})
	return found
}

// ---- lazy helpers ------------------------------------------------------------------------------

// iteratorHelper is an Iterator Helper object's state: step produces the next value.
type iteratorHelper struct {
	underlying *Iterator
	inner      *Iterator // flatMap's current inner iterator, concat's current item
	step       func(r *Runtime, h *iteratorHelper) (Value, bool)
	keep       []Value // what step's closure captured, visible to the collector (gc_trace.go)
	done       bool
	running    bool
	counter    float64
}

func (r *Runtime) newIteratorHelper(it *Iterator, step func(r *Runtime, h *iteratorHelper) (Value, bool), keep ...Value) Value {
	return ObjectValue(r.NewObjectOfType(TypeObject, r.coll.helperProto, &iteratorHelper{underlying: it, step: step, keep: keep}))
}

func (r *Runtime) thisHelper(this Value, method string) *iteratorHelper {
	if o := this.AsObject(); o != nil {
		if h, ok := o.Internal.(*iteratorHelper); ok {
			return h
		}
	}
	r.incompatibleReceiver("Iterator Helper.prototype."+method, this)
	return nil
}

func iteratorHelperNext(r *Runtime, this Value, args []Value) Value {
	h := r.thisHelper(this, "next")
	if h.done {
		return r.CreateIterResult(Undefined, true)
	}
	if h.running {
		r.ThrowTypeError("Generator is already running")
	}
	h.running = true
	ok := false
	defer func() {
		h.running = false
		if !ok {
			h.done = true
		}
	}()
	v, more := h.step(r, h)
	ok = more
	if !more {
		return r.CreateIterResult(Undefined, true)
	}
	return r.CreateIterResult(v, false)
}

func iteratorHelperReturn(r *Runtime, this Value, args []Value) Value {
	h := r.thisHelper(this, "return")
	if h.running {
		r.ThrowTypeError("Generator is already running")
	}
	if !h.done {
		h.done = true
		if h.inner != nil {
			r.Close(h.inner)
		}
		if h.underlying != nil {
			r.Close(h.underlying)
		}
	}
	return r.CreateIterResult(Undefined, true)
}

// mapperStep calls fn on each underlying value; the iterator is closed if fn throws.
func (r *Runtime) helperCall(h *iteratorHelper, fn Value, v Value) Value {
	k := h.counter
	h.counter++
	return r.callClosingOnThrow(h.underlying, func() Value { return r.Call(fn, Undefined, v, Number(k)) })
}

func iteratorMap(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "map")
	fn := Arg(args, 0)
	r.callableOrClose(o, fn)
	return r.newIteratorHelper(r.iteratorDirect(o), func(r *Runtime, h *iteratorHelper) (Value, bool) {
		v, ok := r.Step(h.underlying)
		if !ok {
			return Undefined, false
		}
		return r.helperCall(h, fn, v), true
	}, fn)
}

func iteratorFilter(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "filter")
	fn := Arg(args, 0)
	r.callableOrClose(o, fn)
	return r.newIteratorHelper(r.iteratorDirect(o), func(r *Runtime, h *iteratorHelper) (Value, bool) {
		for {
			v, ok := r.Step(h.underlying)
			if !ok {
				return Undefined, false
			}
			if ToBoolean(r.helperCall(h, fn, v)) {
				return v, true
			}
		}
	}, fn)
}

// helperLimit validates take/drop's argument: a non-negative integer or +Infinity.
func (r *Runtime) helperLimit(o *Object, v Value) float64 {
	n := r.ToNumber(v)
	if n != n {
		r.CloseOnThrow(&Iterator{Object: o})
		r.ThrowRangeError("%s must be positive", r.safeToString(v))
	}
	lim := r.ToIntegerOrInfinity(Number(n))
	if lim < 0 {
		r.CloseOnThrow(&Iterator{Object: o})
		r.ThrowRangeError("%s must be positive", r.safeToString(v))
	}
	return lim
}

func iteratorTake(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "take")
	remaining := r.helperLimit(o, Arg(args, 0))
	return r.newIteratorHelper(r.iteratorDirect(o), func(r *Runtime, h *iteratorHelper) (Value, bool) {
		if remaining == 0 {
			r.Close(h.underlying)
			return Undefined, false
		}
		remaining--
		return r.Step(h.underlying)
	})
}

func iteratorDrop(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "drop")
	remaining := r.helperLimit(o, Arg(args, 0))
	return r.newIteratorHelper(r.iteratorDirect(o), func(r *Runtime, h *iteratorHelper) (Value, bool) {
		for ; remaining > 0; remaining-- {
			if _, ok := r.Step(h.underlying); !ok {
				return Undefined, false
			}
		}
		return r.Step(h.underlying)
	})
}

// iteratorFlattenable is GetIteratorFlattenable(obj, reject-primitives or iterate-strings).
func (r *Runtime) iteratorFlattenable(v Value, method string, strings bool) *Iterator {
	if !v.IsObject() && !(strings && v.kind == KindString) {
		r.ThrowTypeError("%s called on non-object", method)
	}
	m := r.getMethod(v, symKey(r.Symbols.Iterator))
	it := v
	if !m.IsUndefined() {
		it = r.Call(m, v)
	}
	o := it.AsObject()
	if o == nil {
		r.ThrowTypeError("%s called on non-object", method)
	}
	return r.iteratorDirect(o)
}

func iteratorFlatMap(r *Runtime, this Value, args []Value) Value {
	o := r.thisIterator(this, "flatMap")
	fn := Arg(args, 0)
	r.callableOrClose(o, fn)
	return r.newIteratorHelper(r.iteratorDirect(o), func(r *Runtime, h *iteratorHelper) (Value, bool) {
		for {
			if h.inner != nil {
				inner := h.inner
				v, ok := func() (v Value, ok bool) {
					r.callClosingOnThrow(h.underlying, func() Value { v, ok = r.Step(inner); return Undefined })
					return
				}()
				if ok {
					return v, true
				}
				h.inner = nil
			}
			v, ok := r.Step(h.underlying)
			if !ok {
				return Undefined, false
			}
			mapped := r.helperCall(h, fn, v)
			r.callClosingOnThrow(h.underlying, func() Value {
				h.inner = r.iteratorFlattenable(mapped, "Iterator.prototype.flatMap", false)
				return Undefined
			})
		}
	}, fn)
}

// ---- Iterator.from, Iterator.concat -------------------------------------------------------------

func iteratorFrom(r *Runtime, this Value, args []Value) Value {
	it := r.iteratorFlattenable(Arg(args, 0), "Iterator.from", true)
	if r.OrdinaryHasInstance(r.coll.iteratorCtor, ObjectValue(it.Object)) {
		return ObjectValue(it.Object)
	}
	return ObjectValue(r.NewObjectOfType(TypeObject, r.coll.wrapProto, it))
}

func (r *Runtime) wrappedIterator(this Value) *Iterator {
	if o := this.AsObject(); o != nil {
		if it, ok := o.Internal.(*Iterator); ok && o.hc.Proto == r.coll.wrapProto {
			return it
		}
	}
	r.incompatibleReceiver("%WrapForValidIteratorPrototype%.next", this)
	return nil
}

func iteratorConcat(r *Runtime, this Value, args []Value) Value {
	type item struct{ iterable, method Value }
	items := make([]item, len(args))
	keep := make([]Value, 0, 2*len(args))
	for i, a := range args {
		if !a.IsObject() {
			r.ThrowTypeError("Iterator.concat called on non-object")
		}
		m := r.GetV(a, symKey(r.Symbols.Iterator))
		if !m.IsCallable() {
			r.ThrowTypeError("%s is not iterable", r.describeForIterable(a))
		}
		items[i] = item{a, m}
		keep = append(keep, a, m)
	}
	next := 0
	return r.newIteratorHelper(nil, func(r *Runtime, h *iteratorHelper) (Value, bool) {
		for {
			if h.inner == nil {
				if next >= len(items) {
					return Undefined, false
				}
				it := items[next]
				next++
				h.inner = r.iteratorFromMethod(it.iterable, it.method)
			}
			if v, ok := r.Step(h.inner); ok {
				return v, true
			}
			h.inner = nil
		}
	}, keep...)
}
