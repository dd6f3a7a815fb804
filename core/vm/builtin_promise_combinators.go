package vm

// Promise.all, allSettled, any and race (ECMA-262 §27.2.4.1–5). They share one loop
// (PerformPromiseAll and its siblings differ only in the element functions), so it is written
// once with a table of the four behaviours.

type combinator struct {
	name string
	// onElement returns the two handlers passed to nextPromise.then for element index.
	onElement func(r *Runtime, st *combineState, index int) (onFulfilled, onRejected Value)
	// onDone settles the result when every element has settled (not used by race).
	onDone func(r *Runtime, st *combineState)
}

// combineState is the Record { [[Value]] } of remainingElementsCount and the values list the
// element functions share.
type combineState struct {
	cap       *PromiseCapability
	values    []Value
	remaining int
	finish    func(r *Runtime, st *combineState)
}

func (r *Runtime) installPromiseCombinators(ctor *Object) {
	for _, c := range promiseCombinators {
		c := c
		r.DefineMethod(ctor, c.name, 1, func(r *Runtime, this Value, args []Value) Value {
			return r.promiseCombine(c, this, Arg(args, 0))
		})
	}
}

var promiseCombinators = []*combinator{
	{name: "all",
		onElement: func(r *Runtime, st *combineState, index int) (Value, Value) {
			return r.elementFunction(st, func(x Value) Value { return x }, index), st.cap.Reject
		},
		onDone: func(r *Runtime, st *combineState) {
			r.Call(st.cap.Resolve, Undefined, ObjectValue(r.NewArray(st.values)))
		}},
	{name: "allSettled",
		onElement: func(r *Runtime, st *combineState, index int) (Value, Value) {
			settled := func(status, key string) func(Value) Value {
				return func(x Value) Value {
					o := r.NewObject()
					r.CreateDataProperty(o, StrKey("status"), Str(status))
					r.CreateDataProperty(o, StrKey(key), x)
					return ObjectValue(o)
				}
			}
			// one [[AlreadyCalled]] record shared by both functions of an element
			called := new(bool)
			return r.sharedElementFunction(st, settled("fulfilled", "value"), index, called),
				r.sharedElementFunction(st, settled("rejected", "reason"), index, called)
		},
		onDone: func(r *Runtime, st *combineState) {
			r.Call(st.cap.Resolve, Undefined, ObjectValue(r.NewArray(st.values)))
		}},
	{name: "any",
		onElement: func(r *Runtime, st *combineState, index int) (Value, Value) {
			return st.cap.Resolve, r.elementFunction(st, func(x Value) Value { return x }, index)
		},
		onDone: func(r *Runtime, st *combineState) {
			r.Call(st.cap.Reject, Undefined, ObjectValue(r.newAggregateError(st.values)))
		}},
	{name: "race",
		onElement: func(r *Runtime, st *combineState, index int) (Value, Value) {
			return st.cap.Resolve, st.cap.Reject
		}},
}

// elementFunction makes a Promise.all Resolve Element Function (or any's Reject Element
// Function): it stores transform(x) at index once, and settles the result when it was the last.
func (r *Runtime) elementFunction(st *combineState, transform func(Value) Value, index int) Value {
	return r.sharedElementFunction(st, transform, index, new(bool))
}

func (r *Runtime) sharedElementFunction(st *combineState, transform func(Value) Value, index int, alreadyCalled *bool) Value {
	return ObjectValue(r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
		if *alreadyCalled {
			return Undefined
		}
		*alreadyCalled = true
		st.values[index] = transform(Arg(args, 0))
		st.remaining--
		if st.remaining == 0 {
			st.finish(r, st)
		}
		return Undefined
	}))
}

// promiseCombine is the common body: NewPromiseCapability, GetPromiseResolve, GetIterator, then
// PerformPromiseX, with IfAbruptRejectPromise around each step.
func (r *Runtime) promiseCombine(c *combinator, this Value, iterable Value) Value {
	if !this.IsObject() {
		r.ThrowTypeError("Promise.%s called on non-object", c.name)
	}
	cap := r.NewPromiseCapability(this)
	st := &combineState{cap: cap, remaining: 1}
	st.finish = c.onDone
	var it *Iterator
	stepping := false
	thrown, ok := r.try(func() {
		promiseResolve := r.GetStr(this.Object(), "resolve")
		if !promiseResolve.IsCallable() {
			r.ThrowTypeError("%s is not a function", r.noSideEffectsToString(promiseResolve))
		}
		it = r.getIteratorForCombinator(iterable)
		for index := 0; ; index++ {
			stepping = true
			next, ok := r.Step(it)
			stepping = false
			if !ok {
				break
			}
			if c.onDone != nil {
				st.values = append(st.values, Undefined)
			}
			nextPromise := r.Call(promiseResolve, this, next)
			onF, onR := c.onElement(r, st, index)
			if c.onDone != nil {
				st.remaining++
			}
			r.invoke(nextPromise, "then", onF, onR)
		}
	})
	if !ok {
		if it != nil && !it.Done && !stepping {
			r.CloseOnThrow(it)
		}
		r.Call(cap.Reject, Undefined, thrown)
		return cap.Promise
	}
	if c.onDone != nil {
		st.remaining--
		if st.remaining == 0 {
			c.onDone(r, st)
		}
	}
	return cap.Promise
}

// getIteratorForCombinator is GetIterator with V8's message for these builtins
// ("number 1 is not iterable (cannot read property Symbol(Symbol.iterator))"). A throwing step
// marks the record done so it is not closed.
func (r *Runtime) getIteratorForCombinator(v Value) *Iterator {
	var m Value
	if !v.IsNullish() {
		m = r.GetV(v, PropKey(SymbolKey(r.Symbols.Iterator)))
	}
	if !m.IsCallable() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.defaultCallSite(v))
	}
	it := r.Call(m, v)
	o := it.AsObject()
	if o == nil {
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	rec := &Iterator{Object: o, Next: r.GetStr(o, "next")}
	return rec
}

// newAggregateError is Promise.any's rejection: an AggregateError with an own, non-enumerable
// `errors` array (defined after `message`, as V8 does).
func (r *Runtime) newAggregateError(errs []Value) *Object {
	e := r.NewError("AggregateError", "All promises were rejected")
	r.DefineData(e, StrKey("errors"), ObjectValue(r.NewArray(errs)), AttrHidden)
	return e
}
