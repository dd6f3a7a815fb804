package vm

// StructuredClone is the HTML structured clone algorithm for the value kinds teaching code uses:
// primitives, plain objects, arrays, Map, Set, Date, RegExp, Error and boxed primitives, with
// cycles and shared references preserved. Functions and symbols throw DataCloneError.
func (r *Runtime) StructuredClone(v Value) Value {
	memo := map[*Object]*Object{}
	var clone func(v Value) Value
	clone = func(v Value) Value {
		o := v.AsObject()
		if o == nil {
			if v.kind == KindSymbol {
				r.throwDataClone(r.safeToString(v))
			}
			return v
		}
		if c, ok := memo[o]; ok {
			return ObjectValue(c)
		}
		switch o.Type() {
		case TypeFunction, TypeBoundFunction, TypeProxy, TypeWeakMap, TypeWeakSet, TypePromise, TypeGenerator:
			r.throwDataClone(r.describeForError(v))
		case TypeArray:
			c := r.NewArray(nil)
			// V8's deserializer makes dense and sparse arrays HOLEY_ELEMENTS (ReadDenseJSArray,
			// ReadSparseJSArray), whatever the original's kind was.
			r.setElementsKind(c, HoleyElements)
			memo[o] = c
			n := o.ArrayLength()
			r.Set(c, StrKey("length"), Number(float64(n)), ObjectValue(c))
			for _, k := range r.OwnKeys(o) {
				if r.IsEnumerableOwn(o, k) && !(!k.IsIndex() && k.Prop().Name() == "length") {
					r.CreateDataProperty(c, k, clone(r.Get(o, k, v)))
				}
			}
			return ObjectValue(c)
		case TypeMap, TypeSet, TypeDate, TypeRegExp, TypeError, TypePrimitiveWrapper:
			if cl := r.cloneSpecial(o, memo, clone); cl != nil {
				return ObjectValue(cl)
			}
		}
		c := r.NewObject()
		memo[o] = c
		for _, k := range r.OwnKeys(o) {
			if !k.IsIndex() && k.Prop().IsSymbol() {
				continue
			}
			if r.IsEnumerableOwn(o, k) {
				r.CreateDataProperty(c, k, clone(r.Get(o, k, v)))
			}
		}
		return ObjectValue(c)
	}
	return clone(v)
}

// cloneSpecial clones objects with internal slots by re-running their constructors.
func (r *Runtime) cloneSpecial(o *Object, memo map[*Object]*Object, clone func(Value) Value) *Object {
	v := ObjectValue(o)
	switch o.Type() {
	case TypeMap, TypeSet:
		ctor := r.Intrinsics.Map
		if o.Type() == TypeSet {
			ctor = r.Intrinsics.Set
		}
		c := r.Construct(ctor, nil, nil).Object()
		memo[o] = c
		adder := "set"
		if o.Type() == TypeSet {
			adder = "add"
		}
		entries := r.IterableToList(r.Call(r.GetStr(o, "entries"), v))
		for _, e := range entries {
			pair := e.Object()
			k := clone(r.Get(pair, IndexKey(0), e))
			val := clone(r.Get(pair, IndexKey(1), e))
			r.Call(r.GetStr(c, adder), ObjectValue(c), k, val)
		}
		return c
	case TypeDate:
		c := r.Construct(r.Intrinsics.Date, []Value{r.Call(r.GetStr(o, "getTime"), v)}, nil).Object()
		memo[o] = c
		return c
	case TypeRegExp:
		c := r.Construct(r.Intrinsics.RegExp, []Value{v}, nil).Object()
		memo[o] = c
		return c
	case TypeError:
		name := r.safeToString(r.GetStr(o, "name"))
		c := r.NewError(name, r.safeToString(r.GetStr(o, "message")))
		memo[o] = c
		return c
	case TypePrimitiveWrapper:
		if p, ok := PrimitiveOf(o); ok && p.kind != KindSymbol {
			c := r.WrapPrimitive(p)
			memo[o] = c
			return c
		}
	}
	return nil
}

func (r *Runtime) throwDataClone(what string) {
	err := r.NewError("Error", what+" could not be cloned.")
	r.DefineData(err, StrKey("name"), Str("DataCloneError"), AttrHidden)
	r.Throw(ObjectValue(err))
}
