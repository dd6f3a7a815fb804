package vm

import "enginescope/core/events"

// Promises exactly as ECMA-262 §27.2 defines them: the abstract operations below are the spec's,
// step for step, so the number of microtask ticks any construct costs is emergent (engine-model
// §8.3): nothing here knows about "ticks", it only enqueues PromiseReactionJobs and
// PromiseResolveThenableJobs.

// promiseData is a promise's internal slots ([[PromiseState]], [[PromiseResult]],
// [[PromiseFulfillReactions]], [[PromiseRejectReactions]], [[PromiseIsHandled]]).
type promiseData struct {
	state            PromiseState
	result           Value
	fulfillReactions []*promiseReaction
	rejectReactions  []*promiseReaction
	isHandled        bool
	// id numbers promises for the event stream (the page shows #id next to a reaction).
	id int
}

// InspectPromise lets the console show the promise (inspect_hooks.go).
func (p *promiseData) InspectPromise() (PromiseState, Value) { return p.state, p.result }

type reactionType uint8

const (
	reactionFulfill reactionType = iota
	reactionReject
)

// promiseReaction is a PromiseReaction Record. A reaction made by the engine itself (await, the
// async-generator machinery) has a Go handler instead of a function object: V8's await closures
// are not observable either.
type promiseReaction struct {
	capability *PromiseCapability // nil is "undefined"
	typ        reactionType
	handler    Value // a callable, or Undefined for "empty"
	native     func(v Value)
	label      string // names a native reaction in the event stream
}

// PromiseCapability is a PromiseCapability Record.
type PromiseCapability struct {
	Promise         Value
	Resolve, Reject Value
}

// isPromise is IsPromise(x).
func isPromise(v Value) (*Object, *promiseData) {
	if o := v.AsObject(); o != nil && o.hc.InstanceType == TypePromise {
		if p, ok := o.Internal.(*promiseData); ok {
			return o, p
		}
	}
	return nil, nil
}

// newPromiseObject is OrdinaryCreateFromConstructor(newTarget, "%Promise.prototype%") with the
// promise's slots initialised (pending).
func (r *Runtime) newPromiseObject(proto *Object) *Object {
	q := &r.tasks
	q.promiseSeq++
	pd := &promiseData{result: Undefined, id: q.promiseSeq}
	return r.NewObjectOfType(TypePromise, proto, pd)
}

// NewPromise makes a pending %Promise% (what `new Promise(() => {})` makes).
func (r *Runtime) NewPromise() *Object { return r.newPromiseObject(r.Intrinsics.PromisePrototype) }

// PromiseStateOf reports a promise's state and result (ok=false for a non-promise).
func PromiseStateOf(v Value) (state PromiseState, result Value, ok bool) {
	_, p := isPromise(v)
	if p == nil {
		return PromisePending, Undefined, false
	}
	return p.state, p.result, true
}

// createResolvingFunctions is CreateResolvingFunctions(promise): two functions sharing one
// [[AlreadyResolved]] record.
func (r *Runtime) createResolvingFunctions(promise *Object) (resolve, reject *Object) {
	alreadyResolved := false
	resolve = r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
		if alreadyResolved {
			return Undefined
		}
		alreadyResolved = true
		r.resolvePromise(promise, Arg(args, 0))
		return Undefined
	})
	reject = r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
		if alreadyResolved {
			return Undefined
		}
		alreadyResolved = true
		r.rejectPromise(promise, Arg(args, 0))
		return Undefined
	})
	r.captured(resolve, ObjectValue(promise)) // the collector sees what the closures hold (gc_interp.go)
	r.captured(reject, ObjectValue(promise))
	return resolve, reject
}

// resolvePromise is the body of a promise resolve function after its [[AlreadyResolved]] check
// (§27.2.1.3.2 steps 7–16).
func (r *Runtime) resolvePromise(promise *Object, resolution Value) {
	if o := resolution.AsObject(); o == promise {
		err := r.NewError("TypeError", "Chaining cycle detected for promise #<Promise>")
		r.rejectPromise(promise, ObjectValue(err))
		return
	}
	o := resolution.AsObject()
	if o == nil {
		r.fulfillPromise(promise, resolution)
		return
	}
	then, thrown, ok := r.tryGet(o, "then")
	if !ok {
		r.rejectPromise(promise, thrown)
		return
	}
	if !then.IsCallable() {
		r.fulfillPromise(promise, resolution)
		return
	}
	r.enqueueJob(&job{kind: jobThenable, promise: promise, thenable: resolution, then: then})
}

// tryGet is Get(O, name) as a completion: ok=false with the thrown value when it throws.
func (r *Runtime) tryGet(o *Object, name string) (v Value, thrown Value, ok bool) {
	thrown, ok = r.try(func() { v = r.GetStr(o, name) })
	return v, thrown, ok
}

// try runs f and turns a JavaScript exception into a completion value.
func (r *Runtime) try(f func()) (thrown Value, ok bool) {
	defer func() {
		if e := recover(); e != nil {
			ex, isEx := e.(*Exception)
			if !isEx {
				panic(e)
			}
			thrown, ok = ex.Value, false
		}
	}()
	f()
	return Undefined, true
}

// fulfillPromise is FulfillPromise(promise, value).
func (r *Runtime) fulfillPromise(promise *Object, v Value) {
	p := promise.Internal.(*promiseData)
	reactions := p.fulfillReactions
	p.result, p.state = v, PromiseFulfilled
	p.fulfillReactions, p.rejectReactions = nil, nil
	r.emitPromiseSettle(promise, p, len(reactions))
	r.triggerPromiseReactions(reactions, v, p.id)
}

// rejectPromise is RejectPromise(promise, reason).
func (r *Runtime) rejectPromise(promise *Object, reason Value) {
	p := promise.Internal.(*promiseData)
	reactions := p.rejectReactions
	p.result, p.state = reason, PromiseRejected
	p.fulfillReactions, p.rejectReactions = nil, nil
	r.emitPromiseSettle(promise, p, len(reactions))
	if !p.isHandled {
		r.promiseRejectionTracker(promise, rejectionUnhandled)
	}
	r.triggerPromiseReactions(reactions, reason, p.id)
}

// triggerPromiseReactions is TriggerPromiseReactions: one job per reaction, in order.
func (r *Runtime) triggerPromiseReactions(reactions []*promiseReaction, argument Value, from int) {
	for _, reaction := range reactions {
		r.enqueueJob(&job{kind: jobReaction, reaction: reaction, arg: argument, promiseID: from})
	}
}

// promiseReactionJob is NewPromiseReactionJob's closure.
func (r *Runtime) promiseReactionJob(reaction *promiseReaction, argument Value) {
	var result Value
	var thrown Value
	ok := true
	switch {
	case reaction.native != nil:
		reaction.native(argument)
		return
	case reaction.handler.IsUndefined():
		if reaction.typ == reactionFulfill {
			result = argument
		} else {
			thrown, ok = argument, false
		}
	default:
		thrown, ok = r.try(func() { result = r.Call(reaction.handler, Undefined, argument) })
	}
	cap := reaction.capability
	if cap == nil {
		if !ok {
			r.Throw(thrown) // only a host-made reaction without a capability can get here
		}
		return
	}
	if !ok {
		r.Call(cap.Reject, Undefined, thrown)
		return
	}
	r.Call(cap.Resolve, Undefined, result)
}

// promiseResolveThenableJob is NewPromiseResolveThenableJob's closure.
func (r *Runtime) promiseResolveThenableJob(promise *Object, thenable, then Value) {
	resolve, reject := r.createResolvingFunctions(promise)
	if thrown, ok := r.try(func() { r.Call(then, thenable, ObjectValue(resolve), ObjectValue(reject)) }); !ok {
		r.CallObject(reject, Undefined, []Value{thrown})
	}
}

// NewPromiseCapability is NewPromiseCapability(C).
func (r *Runtime) NewPromiseCapability(c Value) *PromiseCapability {
	if !c.IsConstructor() {
		r.ThrowTypeError("%s is not a constructor", r.describeForError(c))
	}
	if c.AsObject() == r.Intrinsics.Promise {
		// The default constructor's capability, without the observable executor dance (V8 does the
		// same): identical behaviour, fewer objects.
		p := r.NewPromise()
		res, rej := r.createResolvingFunctions(p)
		return &PromiseCapability{Promise: ObjectValue(p), Resolve: ObjectValue(res), Reject: ObjectValue(rej)}
	}
	cap := &PromiseCapability{Resolve: Undefined, Reject: Undefined}
	executor := r.NewNativeFunction("", 2, func(r *Runtime, this Value, args []Value) Value {
		if !cap.Resolve.IsUndefined() || !cap.Reject.IsUndefined() {
			r.ThrowTypeError("Promise executor has already been invoked with non-undefined arguments")
		}
		cap.Resolve, cap.Reject = Arg(args, 0), Arg(args, 1)
		return Undefined
	})
	promise := r.Construct(c.Object(), []Value{ObjectValue(executor)}, nil)
	if !cap.Resolve.IsCallable() || !cap.Reject.IsCallable() {
		r.ThrowTypeError("Promise resolve or reject function is not callable")
	}
	cap.Promise = promise
	return cap
}

// PromiseResolve is PromiseResolve(C, x); await uses it with C = %Promise%, which is why awaiting a
// native promise costs one tick.
func (r *Runtime) PromiseResolve(c *Object, x Value) Value {
	if xo, _ := isPromise(x); xo != nil {
		if ctor := r.GetStr(xo, "constructor"); ctor.AsObject() == c {
			return x
		}
	}
	cap := r.NewPromiseCapability(ObjectValue(c))
	r.Call(cap.Resolve, Undefined, x)
	return cap.Promise
}

// PerformPromiseThen is PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability)
// with function handlers (non-callables become "empty").
func (r *Runtime) PerformPromiseThen(promise *Object, onFulfilled, onRejected Value, cap *PromiseCapability) Value {
	if !onFulfilled.IsCallable() {
		onFulfilled = Undefined
	}
	if !onRejected.IsCallable() {
		onRejected = Undefined
	}
	r.performPromiseThen(promise,
		&promiseReaction{capability: cap, typ: reactionFulfill, handler: onFulfilled},
		&promiseReaction{capability: cap, typ: reactionReject, handler: onRejected})
	if cap == nil {
		return Undefined
	}
	return cap.Promise
}

// performPromiseThenNative subscribes Go handlers (await, async generators, host APIs).
func (r *Runtime) performPromiseThenNative(promise *Object, onFulfilled, onRejected func(Value)) {
	r.performPromiseThen(promise,
		&promiseReaction{typ: reactionFulfill, native: onFulfilled},
		&promiseReaction{typ: reactionReject, native: onRejected})
}

func (r *Runtime) performPromiseThen(promise *Object, fulfill, reject *promiseReaction) {
	p := promise.Internal.(*promiseData)
	switch p.state {
	case PromisePending:
		p.fulfillReactions = append(p.fulfillReactions, fulfill)
		p.rejectReactions = append(p.rejectReactions, reject)
	case PromiseFulfilled:
		r.enqueueJob(&job{kind: jobReaction, reaction: fulfill, arg: p.result, promiseID: p.id})
	case PromiseRejected:
		if !p.isHandled {
			r.promiseRejectionTracker(promise, rejectionHandled)
		}
		r.enqueueJob(&job{kind: jobReaction, reaction: reject, arg: p.result, promiseID: p.id})
	}
	p.isHandled = true
}

// ResolvePromiseWith settles a promise the engine made (an async function's) as its resolve
// function would.
func (r *Runtime) ResolvePromiseWith(p *Object, v Value) { r.resolvePromise(p, v) }

// RejectPromiseWith rejects a pending promise the engine made.
func (r *Runtime) RejectPromiseWith(p *Object, v Value) { r.rejectPromise(p, v) }

// Await subscribes a continuation to `await v` as ECMA-262's Await does:
// PerformPromiseThen(PromiseResolve(%Promise%, v), onFulfilled, onRejected) without a result
// promise. The handlers run in a microtask; an exception from PromiseResolve (a throwing
// `constructor` getter) propagates to the caller, where the async function catches it.
func (r *Runtime) Await(v Value, onFulfilled, onRejected func(Value)) {
	p := r.PromiseResolve(r.Intrinsics.Promise, v)
	r.performPromiseThenNative(p.Object(), onFulfilled, onRejected)
}

func (r *Runtime) emitPromiseSettle(promise *Object, p *promiseData, reactions int) {
	rec := r.loopRec()
	if rec == nil {
		return
	}
	state := "fulfilled"
	if p.state == PromiseRejected {
		state = "rejected"
	}
	rec.Emit(&events.PromiseSettle{Promise: uint32(p.id), Addr: events.Addr(promise.Address()), State: state,
		Value: r.snapshot(p.result), Waiting: reactions})
}
