package vm

// Iterator is an Iterator Record.
type Iterator struct {
	Object *Object
	Next   Value
	Done   bool
}

// GetIterator is GetIterator(obj, sync).
func (r *Runtime) GetIterator(v Value) *Iterator {
	m := r.GetV(v, PropKey(SymbolKey(r.Symbols.Iterator)))
	if !m.IsCallable() {
		r.ThrowTypeError("%s is not iterable", r.describeForIterable(v))
	}
	it := r.Call(m, v)
	o := it.AsObject()
	if o == nil {
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	return &Iterator{Object: o, Next: r.GetStr(o, "next")}
}

func (r *Runtime) describeForIterable(v Value) string {
	switch v.kind {
	case KindUndefined, KindNull:
		return r.safeToString(v)
	case KindObject:
		if v.IsCallable() {
			return r.describeForError(v)
		}
		return "object " + r.safeToString(v)
	case KindString:
		return `"` + v.String().GoString() + `"`
	}
	return r.typeofString(v) + " " + r.safeToString(v)
}

// Step is IteratorStep: it returns the next value, or ok=false when done.
func (r *Runtime) Step(it *Iterator) (Value, bool) {
	res := r.Call(it.Next, ObjectValue(it.Object))
	o := res.AsObject()
	if o == nil {
		r.ThrowTypeError("Iterator result %s is not an object", r.safeToString(res))
	}
	if ToBoolean(r.GetStr(o, "done")) {
		it.Done = true
		return Undefined, false
	}
	return r.GetStr(o, "value"), true
}

// Close is IteratorClose for a normal completion (break, early return).
func (r *Runtime) Close(it *Iterator) {
	ret := r.GetV(ObjectValue(it.Object), KeyFromName("return"))
	if ret.IsNullish() {
		return
	}
	res := r.Call(ret, ObjectValue(it.Object))
	if !res.IsObject() {
		r.ThrowTypeError("iterator.return() did not return an object")
	}
}

// CloseOnThrow is IteratorClose for a throw completion: errors from return() are ignored.
func (r *Runtime) CloseOnThrow(it *Iterator) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(*Exception); !ok {
				panic(e)
			}
		}
	}()
	ret := r.GetV(ObjectValue(it.Object), KeyFromName("return"))
	if !ret.IsNullish() {
		r.Call(ret, ObjectValue(it.Object))
	}
}

// IterableToList collects an iterable's values; arrays with the original iterator take a fast path.
func (r *Runtime) IterableToList(v Value) []Value {
	if o := v.AsObject(); o != nil && o.IsArray() && r.hasOriginalArrayIterator(o) {
		out := make([]Value, o.length)
		for i := range out {
			out[i] = r.Get(o, IndexKey(uint32(i)), v)
		}
		return out
	}
	it := r.GetIterator(v)
	var out []Value
	for {
		x, ok := r.Step(it)
		if !ok {
			return out
		}
		out = append(out, x)
	}
}

// ArrayValuesFunction is %Array.prototype.values%, set by the Array builtins so fast paths can
// check that iteration is unobservable.
func (r *Runtime) hasOriginalArrayIterator(o *Object) bool {
	if r.arrayValues == nil {
		return false
	}
	m := r.Get(o, PropKey(SymbolKey(r.Symbols.Iterator)), ObjectValue(o))
	if m.AsObject() != r.arrayValues {
		return false
	}
	next := r.GetStr(r.Intrinsics.ArrayIteratorPrototype, "next")
	return next.AsObject() == r.arrayIteratorNext
}

// CreateIterResult is CreateIterResultObject(value, done).
func (r *Runtime) CreateIterResult(v Value, done bool) Value {
	o := r.NewObjectWithMap(r.iterResultMap())
	o.slots[0] = v
	o.slots[1] = Bool(done)
	return ObjectValue(o)
}

func (r *Runtime) iterResultMap() *HiddenClass {
	if r.iterResultHC == nil {
		m := r.RootMap(TypeObject, r.Intrinsics.ObjectPrototype, 2)
		m = r.transitionAdd(m, NameKey("value"), AttrDefault, RepTagged)
		m = r.transitionAdd(m, NameKey("done"), AttrDefault, RepTagged)
		r.iterResultHC = m
	}
	return r.iterResultHC
}

// spreadArray is CreateArrayFromIterable (`[...x]`) as V8's IterableToListWithSymbolLookup
// makes it: a fast array iterated the original way is cloned (CloneFastJSArray keeps a packed
// kind; holes read as undefined make it PACKED_ELEMENTS); anything else is collected into a
// FixedArray, so the array is PACKED_ELEMENTS whatever its values (`[...new Set([1])]`, a
// typed array, `arguments`, a string, even empty).
func (r *Runtime) spreadArray(v Value) *Object {
	if o := v.AsObject(); o != nil && o.IsArray() && isFastKind(o.hc.Elements) && r.hasOriginalArrayIterator(o) {
		return r.NewArray(r.IterableToList(v))
	}
	a := r.NewArray(r.IterableToList(v))
	if a.hc.Elements != PackedElements {
		r.setElementsKind(a, PackedElements)
	}
	return a
}
