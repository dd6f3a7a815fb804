package vm

import "enginescope/core/events"

// The promise side of async functions and async generators (ECMA-262 §27.6–27.7). The
// interpreter runs their bodies on the generator machinery and calls these through its
// intrinsics: Await (PromiseResolve + PerformPromiseThen, one tick for a native promise),
// settling an async function's promise, and the AsyncGenerator request queue with
// AsyncGeneratorCompleteStep / DrainQueue / AwaitReturn, plus %AsyncFromSyncIteratorPrototype%
// for `for await` over a sync iterable.

func (r *Runtime) installAsyncHooks() {
	r.SetAsyncHooks(&AsyncHooks{
		NewPromise: func(r *Runtime) *Object { return r.NewPromise() },
		Resolve:    func(r *Runtime, p *Object, v Value) { r.resolvePromise(p, v) },
		Reject:     func(r *Runtime, p *Object, v Value) { r.rejectPromise(p, v) },
		Await:      func(r *Runtime, v Value, onF, onR func(Value)) { r.awaitFromFrame(v, onF, onR) },
	})
}

// awaitFromFrame is Await for the async function running in the top frame, with the
// async.suspend / async.resume events.
func (r *Runtime) awaitFromFrame(v Value, onF, onR func(Value)) {
	rec := r.loopRec()
	if rec == nil {
		r.Await(v, onF, onR)
		return
	}
	fn := ""
	if n := len(r.interp.frames); n > 0 {
		fn = r.interp.frames[n-1].cl.SFI.Name
	}
	r.awaitWithEvents(v, r.interp.awaiting, fn, onF, onR)
}

func (r *Runtime) awaitWithEvents(v Value, g *Object, fn string, onF, onR func(Value)) {
	p := r.PromiseResolve(r.Intrinsics.Promise, v).Object()
	resume := func(mode string, k func(Value)) func(Value) {
		return func(x Value) {
			if rec := r.loopRec(); rec != nil {
				e := &events.AsyncResume{Fn: fn, Mode: mode, Value: r.snapshot(x)}
				if g != nil {
					e.Generator = events.Addr(g.Address())
				}
				rec.Emit(e)
			}
			k(x)
		}
	}
	r.performPromiseThenNative(p, resume("next", onF), resume("throw", onR))
	if rec := r.loopRec(); rec != nil {
		e := &events.AsyncSuspend{Fn: fn, Awaited: r.snapshot(v), Promise: uint32(p.Internal.(*promiseData).id)}
		if g != nil {
			e.Generator = events.Addr(g.Address())
		}
		rec.Emit(e)
	}
}

// ---- async generators

type asyncGenState uint8

const (
	agSuspendedStart asyncGenState = iota
	agSuspendedYield
	agExecuting
	agAwaitingReturn
	agCompleted
)

type asyncGenRequest struct {
	mode  int // resumeModeNext / Return / Throw
	value Value
	cap   *PromiseCapability
}

type asyncGenerator struct {
	obj   *Object
	state asyncGenState
	queue []*asyncGenRequest
}

// asyncGen finds the async generator state of a generator object (nil for anything else).
func (r *Runtime) asyncGen(v Value) *asyncGenerator {
	o := v.AsObject()
	if o == nil {
		return nil
	}
	gd, ok := o.Internal.(*generatorData)
	if !ok || !gd.cl.SFI.IsAsync || !gd.cl.SFI.IsGenerator {
		return nil
	}
	q := &r.tasks
	if q.asyncGens == nil {
		q.asyncGens = map[*Object]*asyncGenerator{}
	}
	ag := q.asyncGens[o]
	if ag == nil {
		ag = &asyncGenerator{obj: o}
		q.asyncGens[o] = ag
	}
	return ag
}

func init() { registerBuiltins(901, "asyncgenerator", installAsyncGenerator) }

func installAsyncGenerator(r *Runtime) {
	p := r.Intrinsics.AsyncGeneratorPrototype
	method := func(name string, mode int) {
		r.DefineMethod(p, name, 1, func(r *Runtime, this Value, args []Value) Value {
			return r.asyncGeneratorEnqueue(this, mode, Arg(args, 0), "AsyncGenerator.prototype."+name)
		})
	}
	method("next", resumeModeNext)
	method("return", resumeModeReturn)
	method("throw", resumeModeThrow)
	r.DefineData(p, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("AsyncGenerator"), AttrConfigurable)
	r.DefineSymbolMethod(r.Intrinsics.AsyncIteratorPrototype, r.Symbols.AsyncIterator, "[Symbol.asyncIterator]", 0,
		func(r *Runtime, this Value, args []Value) Value { return this }, AttrHidden)
	r.installAsyncFromSyncIterator()
}

// asyncGeneratorEnqueue is the common body of next/return/throw (§27.6.1.2–4).
func (r *Runtime) asyncGeneratorEnqueue(this Value, mode int, v Value, method string) Value {
	cap := r.NewPromiseCapability(ObjectValue(r.Intrinsics.Promise))
	ag := r.asyncGen(this)
	if ag == nil {
		err := r.NewError("TypeError", method+" called on incompatible receiver "+r.noSideEffectsToString(this))
		r.Call(cap.Reject, Undefined, ObjectValue(err))
		return cap.Promise
	}
	switch mode {
	case resumeModeNext:
		if ag.state == agCompleted {
			r.Call(cap.Resolve, Undefined, r.CreateIterResult(Undefined, true))
			return cap.Promise
		}
	case resumeModeThrow:
		if ag.state == agSuspendedStart {
			ag.state = agCompleted
			r.closeGenerator(ag)
		}
		if ag.state == agCompleted {
			r.Call(cap.Reject, Undefined, v)
			return cap.Promise
		}
	}
	ag.queue = append(ag.queue, &asyncGenRequest{mode: mode, value: v, cap: cap})
	switch {
	case mode == resumeModeReturn && (ag.state == agSuspendedStart || ag.state == agCompleted):
		ag.state = agAwaitingReturn
		r.closeGenerator(ag)
		r.asyncGeneratorAwaitReturn(ag)
	case ag.state == agSuspendedStart || ag.state == agSuspendedYield:
		r.asyncGeneratorResume(ag, mode, v)
	}
	return cap.Promise
}

func (r *Runtime) closeGenerator(ag *asyncGenerator) {
	ag.obj.Internal.(*generatorData).state = genClosed
}

// asyncGeneratorResume is AsyncGeneratorResume, with AsyncGeneratorUnwrapYieldResumption for a
// return request at a yield (its value is awaited before the generator sees it).
func (r *Runtime) asyncGeneratorResume(ag *asyncGenerator, mode int, v Value) {
	ag.state = agExecuting
	if mode == resumeModeReturn {
		r.awaitWithEvents(v, ag.obj, r.FunctionName(ag.obj.Internal.(*generatorData).fn), func(x Value) {
			r.resumeGenerator(ag.obj, resumeModeReturn, x)
		}, func(x Value) {
			r.resumeGenerator(ag.obj, resumeModeThrow, x)
		})
		return
	}
	r.resumeGenerator(ag.obj, mode, v)
}

// asyncGeneratorCompleteStep settles the oldest request.
func (r *Runtime) asyncGeneratorCompleteStep(ag *asyncGenerator, thrown bool, v Value, done bool) {
	if len(ag.queue) == 0 {
		return
	}
	next := ag.queue[0]
	ag.queue = ag.queue[1:]
	if thrown {
		r.Call(next.cap.Reject, Undefined, v)
		return
	}
	r.Call(next.cap.Resolve, Undefined, r.CreateIterResult(v, done))
}

// asyncGeneratorDrainQueue settles what is left once the generator completed.
func (r *Runtime) asyncGeneratorDrainQueue(ag *asyncGenerator) {
	for len(ag.queue) > 0 {
		next := ag.queue[0]
		switch next.mode {
		case resumeModeReturn:
			ag.state = agAwaitingReturn
			r.asyncGeneratorAwaitReturn(ag)
			return
		case resumeModeThrow:
			r.asyncGeneratorCompleteStep(ag, true, next.value, true)
		default:
			r.asyncGeneratorCompleteStep(ag, false, Undefined, true)
		}
	}
}

// asyncGeneratorAwaitReturn awaits a return request's value, then settles it and drains.
func (r *Runtime) asyncGeneratorAwaitReturn(ag *asyncGenerator) {
	next := ag.queue[0]
	var promise Value
	if thrown, ok := r.try(func() { promise = r.PromiseResolve(r.Intrinsics.Promise, next.value) }); !ok {
		ag.state = agCompleted
		r.asyncGeneratorCompleteStep(ag, true, thrown, true)
		r.asyncGeneratorDrainQueue(ag)
		return
	}
	r.performPromiseThenNative(promise.Object(), func(v Value) {
		ag.state = agCompleted
		r.asyncGeneratorCompleteStep(ag, false, v, true)
		r.asyncGeneratorDrainQueue(ag)
	}, func(e Value) {
		ag.state = agCompleted
		r.asyncGeneratorCompleteStep(ag, true, e, true)
		r.asyncGeneratorDrainQueue(ag)
	})
}

// AsyncGeneratorAwait is %_AsyncGeneratorAwait(generator, value).
func (r *Runtime) AsyncGeneratorAwait(g *Object, v Value) Value {
	ag := r.asyncGen(ObjectValue(g))
	r.awaitWithEvents(v, g, r.FunctionName(ag.obj.Internal.(*generatorData).fn), func(x Value) {
		r.resumeGenerator(g, resumeModeNext, x)
	}, func(x Value) {
		r.resumeGenerator(g, resumeModeThrow, x)
	})
	return Undefined
}

// AsyncGeneratorYieldWithAwait is %_AsyncGeneratorYieldWithAwait(generator, value): Await(value),
// then AsyncGeneratorYield: settle the oldest request with {value, done: false} and either go
// on with the next request at once or stay suspended at the yield.
func (r *Runtime) AsyncGeneratorYieldWithAwait(g *Object, v Value) Value {
	ag := r.asyncGen(ObjectValue(g))
	r.awaitWithEvents(v, g, r.FunctionName(ag.obj.Internal.(*generatorData).fn), func(x Value) {
		r.asyncGeneratorCompleteStep(ag, false, x, false)
		if len(ag.queue) > 0 {
			next := ag.queue[0]
			r.asyncGeneratorResume(ag, next.mode, next.value)
			return
		}
		ag.state = agSuspendedYield
	}, func(x Value) {
		r.resumeGenerator(g, resumeModeThrow, x)
	})
	return Undefined
}

// AsyncGeneratorResolve is %_AsyncGeneratorResolve(generator, value, done) at the body's
// return (the bytecode has already awaited a `return x` operand): the oldest request settles
// with the value and the queue drains.
func (r *Runtime) AsyncGeneratorResolve(g *Object, v Value, done bool) Value {
	ag := r.asyncGen(ObjectValue(g))
	ag.state = agCompleted
	r.asyncGeneratorCompleteStep(ag, false, v, done)
	r.asyncGeneratorDrainQueue(ag)
	return Undefined
}

// AsyncGeneratorReject is %_AsyncGeneratorReject(generator, exception): the body threw.
func (r *Runtime) AsyncGeneratorReject(g *Object, e Value) Value {
	ag := r.asyncGen(ObjectValue(g))
	ag.state = agCompleted
	r.asyncGeneratorCompleteStep(ag, true, e, true)
	r.asyncGeneratorDrainQueue(ag)
	return Undefined
}

// ---- %AsyncFromSyncIteratorPrototype%

type asyncFromSync struct{ rec *Iterator }

// CreateAsyncFromSyncIterator is %_CreateAsyncFromSyncIterator(syncIterator).
func (r *Runtime) CreateAsyncFromSyncIterator(it Value) Value {
	o := it.AsObject()
	if o == nil {
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	rec := &Iterator{Object: o, Next: r.GetStr(o, "next")}
	return ObjectValue(r.NewObjectOfType(TypeObject, r.Intrinsics.AsyncFromSyncIteratorPrototype, &asyncFromSync{rec: rec}))
}

func (r *Runtime) installAsyncFromSyncIterator() {
	p := r.Intrinsics.AsyncFromSyncIteratorPrototype
	this := func(v Value) *asyncFromSync {
		if o := v.AsObject(); o != nil {
			if a, ok := o.Internal.(*asyncFromSync); ok {
				return a
			}
		}
		r.ThrowTypeError("not an Async-from-Sync Iterator")
		return nil
	}
	r.DefineMethod(p, "next", 1, func(r *Runtime, thisV Value, args []Value) Value {
		a := this(thisV)
		cap := r.NewPromiseCapability(ObjectValue(r.Intrinsics.Promise))
		var result Value
		if thrown, ok := r.try(func() {
			if len(args) > 0 {
				result = r.Call(a.rec.Next, ObjectValue(a.rec.Object), args[0])
			} else {
				result = r.Call(a.rec.Next, ObjectValue(a.rec.Object))
			}
			if !result.IsObject() {
				r.ThrowTypeError("Iterator result %s is not an object", r.safeToString(result))
			}
		}); !ok {
			r.Call(cap.Reject, Undefined, thrown)
			return cap.Promise
		}
		return r.asyncFromSyncContinuation(result, cap, a.rec, true)
	})
	r.DefineMethod(p, "return", 1, func(r *Runtime, thisV Value, args []Value) Value {
		a := this(thisV)
		cap := r.NewPromiseCapability(ObjectValue(r.Intrinsics.Promise))
		var result Value
		noMethod := false
		if thrown, ok := r.try(func() {
			ret := r.GetV(ObjectValue(a.rec.Object), KeyFromName("return"))
			if ret.IsNullish() {
				noMethod = true
				return
			}
			if len(args) > 0 {
				result = r.Call(ret, ObjectValue(a.rec.Object), args[0])
			} else {
				result = r.Call(ret, ObjectValue(a.rec.Object))
			}
			if !result.IsObject() {
				r.ThrowTypeError("iterator.return() did not return an object")
			}
		}); !ok {
			r.Call(cap.Reject, Undefined, thrown)
			return cap.Promise
		}
		if noMethod {
			r.Call(cap.Resolve, Undefined, r.CreateIterResult(Arg(args, 0), true))
			return cap.Promise
		}
		return r.asyncFromSyncContinuation(result, cap, a.rec, false)
	})
	r.DefineMethod(p, "throw", 1, func(r *Runtime, thisV Value, args []Value) Value {
		a := this(thisV)
		cap := r.NewPromiseCapability(ObjectValue(r.Intrinsics.Promise))
		var result Value
		if thrown, ok := r.try(func() {
			th := r.GetV(ObjectValue(a.rec.Object), KeyFromName("throw"))
			if th.IsNullish() {
				r.Close(a.rec)
				r.ThrowTypeError("The iterator does not provide a 'throw' method")
			}
			result = r.Call(th, ObjectValue(a.rec.Object), Arg(args, 0))
			if !result.IsObject() {
				r.ThrowTypeError("iterator.throw() did not return an object")
			}
		}); !ok {
			r.Call(cap.Reject, Undefined, thrown)
			return cap.Promise
		}
		return r.asyncFromSyncContinuation(result, cap, a.rec, true)
	})
}

// asyncFromSyncContinuation is AsyncFromSyncIteratorContinuation: await the value the sync
// iterator produced (a rejected one closes the sync iterator when closeOnRejection is set).
func (r *Runtime) asyncFromSyncContinuation(result Value, cap *PromiseCapability, rec *Iterator, closeOnRejection bool) Value {
	var done bool
	var value, wrapper Value
	if thrown, ok := r.try(func() {
		done = ToBoolean(r.GetStr(result.Object(), "done"))
		value = r.GetStr(result.Object(), "value")
	}); !ok {
		r.Call(cap.Reject, Undefined, thrown)
		return cap.Promise
	}
	if thrown, ok := r.try(func() { wrapper = r.PromiseResolve(r.Intrinsics.Promise, value) }); !ok {
		if !done && closeOnRejection {
			r.CloseOnThrow(rec)
		}
		r.Call(cap.Reject, Undefined, thrown)
		return cap.Promise
	}
	onF := r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.CreateIterResult(Arg(args, 0), done)
	})
	onR := Undefined
	if !done && closeOnRejection {
		onR = ObjectValue(r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
			r.CloseOnThrow(rec)
			r.Throw(Arg(args, 0))
			return Undefined
		}))
	}
	r.PerformPromiseThen(wrapper.Object(), ObjectValue(onF), onR, cap)
	return cap.Promise
}
