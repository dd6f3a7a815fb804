package vm

// Array.fromAsync(asyncItems, mapfn, thisArg) (ES2026 §23.1.2.2): an async builtin, written as a
// chain of Await continuations, so it costs exactly the ticks the spec's awaits cost.

func init() {
	registerBuiltins(31, "array-fromasync", func(r *Runtime) {
		r.DefineMethod(r.Intrinsics.Array, "fromAsync", 1, func(r *Runtime, this Value, args []Value) Value {
			return r.arrayFromAsync(this, Arg(args, 0), Arg(args, 1), Arg(args, 2))
		})
	})
}

type fromAsyncState struct {
	r        *Runtime
	cap      *PromiseCapability
	a        *Object
	k        int
	mapfn    Value
	thisArg  Value
	it       *Iterator // iterator form
	arrayish *Object   // array-like form
	length   int
}

func (r *Runtime) arrayFromAsync(c, items, mapfn, thisArg Value) Value {
	st := &fromAsyncState{r: r, cap: r.NewPromiseCapability(ObjectValue(r.Intrinsics.Promise)), mapfn: mapfn, thisArg: thisArg}
	if thrown, ok := r.try(func() { st.start(c, items) }); !ok {
		st.reject(thrown)
	}
	return st.cap.Promise
}

func (st *fromAsyncState) reject(v Value)  { st.r.Call(st.cap.Reject, Undefined, v) }
func (st *fromAsyncState) resolve(v Value) { st.r.Call(st.cap.Resolve, Undefined, v) }

func (st *fromAsyncState) start(c, items Value) {
	r := st.r
	if !st.mapfn.IsUndefined() && !st.mapfn.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.noSideEffectsToString(st.mapfn))
	}
	if items.IsNullish() {
		r.ThrowTypeError("%s is not iterable", r.safeToString(items))
	}
	asyncM := r.GetV(items, PropKey(SymbolKey(r.Symbols.AsyncIterator)))
	var syncM Value
	if asyncM.IsNullish() {
		syncM = r.GetV(items, PropKey(SymbolKey(r.Symbols.Iterator)))
	}
	construct := func(args ...Value) *Object {
		if c.IsConstructor() {
			return r.Construct(c.Object(), args, nil).Object()
		}
		if len(args) > 0 {
			return r.NewArrayWithLength(uint32(r.ToNumber(args[0])))
		}
		return r.NewArray(nil)
	}
	switch {
	case !asyncM.IsNullish() || !syncM.IsNullish():
		m := asyncM
		if m.IsNullish() {
			m = syncM
		}
		itv := r.Call(m, items)
		if !itv.IsObject() {
			r.ThrowTypeError("Result of the Symbol.asyncIterator method is not an object")
		}
		if asyncM.IsNullish() {
			itv = r.CreateAsyncFromSyncIterator(itv)
		}
		st.it = &Iterator{Object: itv.Object(), Next: r.GetStr(itv.Object(), "next")}
		st.a = construct()
		st.stepIterator()
	default:
		st.arrayish = r.ToObject(items)
		st.length = int(r.ToLength(r.GetStr(st.arrayish, "length")))
		st.a = construct(Int(st.length))
		st.stepArrayLike()
	}
}

// closeWith is IfAbruptCloseAsyncIterator: call return() (awaited), then reject.
func (st *fromAsyncState) closeWith(thrown Value) {
	r := st.r
	if st.it != nil {
		if ret := r.GetV(ObjectValue(st.it.Object), KeyFromName("return")); !ret.IsNullish() {
			if _, ok := r.try(func() {
				res := r.Call(ret, ObjectValue(st.it.Object))
				r.Await(res, func(Value) { st.reject(thrown) }, func(Value) { st.reject(thrown) })
			}); ok {
				return
			}
		}
	}
	st.reject(thrown)
}

func (st *fromAsyncState) stepIterator() {
	r := st.r
	var res Value
	if thrown, ok := r.try(func() { res = r.Call(st.it.Next, ObjectValue(st.it.Object)) }); !ok {
		st.reject(thrown)
		return
	}
	r.Await(res, func(result Value) {
		var done bool
		var value Value
		if thrown, ok := r.try(func() {
			if !result.IsObject() {
				r.ThrowTypeError("Iterator result %s is not an object", r.safeToString(result))
			}
			done = ToBoolean(r.GetStr(result.Object(), "done"))
			if !done {
				value = r.GetStr(result.Object(), "value")
			}
		}); !ok {
			st.reject(thrown)
			return
		}
		if done {
			if thrown, ok := r.try(func() { r.Set(st.a, StrKey("length"), Int(st.k), ObjectValue(st.a)) }); !ok {
				st.reject(thrown)
				return
			}
			st.resolve(ObjectValue(st.a))
			return
		}
		st.store(value, true, st.stepIterator)
	}, st.reject)
}

func (st *fromAsyncState) stepArrayLike() {
	r := st.r
	if st.k >= st.length {
		if thrown, ok := r.try(func() { r.Set(st.a, StrKey("length"), Int(st.k), ObjectValue(st.a)) }); !ok {
			st.reject(thrown)
			return
		}
		st.resolve(ObjectValue(st.a))
		return
	}
	var v Value
	if thrown, ok := r.try(func() { v = r.Get(st.arrayish, IndexKey(uint32(st.k)), ObjectValue(st.arrayish)) }); !ok {
		st.reject(thrown)
		return
	}
	r.Await(v, func(x Value) { st.store(x, false, st.stepArrayLike) }, st.reject)
}

// store maps (and awaits the mapped value) then defines A[k] and continues.
func (st *fromAsyncState) store(v Value, iter bool, next func()) {
	r := st.r
	fail := st.reject
	if iter {
		fail = st.closeWith
	}
	put := func(x Value) {
		if thrown, ok := r.try(func() {
			if !r.CreateDataProperty(st.a, IndexKey(uint32(st.k)), x) {
				r.ThrowTypeError("Cannot add property %d, object is not extensible", st.k)
			}
		}); !ok {
			fail(thrown)
			return
		}
		st.k++
		next()
	}
	if st.mapfn.IsUndefined() {
		put(v)
		return
	}
	var mapped Value
	if thrown, ok := r.try(func() { mapped = r.Call(st.mapfn, st.thisArg, v, Int(st.k)) }); !ok {
		fail(thrown)
		return
	}
	r.Await(mapped, put, fail)
}
