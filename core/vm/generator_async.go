package vm

// Async functions run on the generator machinery: %_AsyncFunctionEnter makes the generator
// object and the promise, each await suspends after %_AsyncFunctionAwait subscribed the
// resumption to the awaited value, and the function settles its promise on completion.
// Promises and their jobs come from the event loop, which installs AsyncHooks.

// AsyncHooks connect async functions to promises and the microtask queue.
type AsyncHooks struct {
	// NewPromise makes a pending promise.
	NewPromise func(r *Runtime) *Object
	// Resolve / Reject settle a promise.
	Resolve func(r *Runtime, p *Object, v Value)
	Reject  func(r *Runtime, p *Object, v Value)
	// Await subscribes onFulfilled/onRejected to PromiseResolve(v) (as a microtask reaction).
	Await func(r *Runtime, v Value, onFulfilled, onRejected func(v Value))
}

// SetAsyncHooks installs the promise machinery async functions use.
func (r *Runtime) SetAsyncHooks(h *AsyncHooks) { r.interp.async = h }

func (r *Runtime) asyncHooks() *AsyncHooks {
	if r.interp.async == nil {
		r.ThrowTypeError("async functions need the event loop, which is not available")
	}
	return r.interp.async
}

func (r *Runtime) asyncFunctionEnter(fn *Object, receiver Value) Value {
	h := r.asyncHooks()
	g := r.createGeneratorObject(fn, receiver, true)
	gd := g.Object().Internal.(*generatorData)
	gd.promise = h.NewPromise(r)
	return g
}

// asyncAwait subscribes the generator's resumption and returns its promise (what the
// suspend hands to the first caller).
func (r *Runtime) asyncAwait(g *Object, v Value) Value {
	h := r.asyncHooks()
	gd := g.Internal.(*generatorData)
	unpin := r.Heap.Pin(ObjectValue(g)) // only the reactions' Go closures hold it now
	r.interp.awaiting = g               // the events name the suspended generator
	defer func() { r.interp.awaiting = nil }()
	h.Await(r, v, func(x Value) {
		unpin()
		r.resumeAsync(g, resumeModeNext, x)
	}, func(x Value) {
		unpin()
		r.resumeAsync(g, resumeModeThrow, x)
	})
	return ObjectValue(gd.promise)
}

// resumeAsync continues an async function from a promise reaction job.
func (r *Runtime) resumeAsync(g *Object, mode int, v Value) {
	r.resumeGenerator(g, mode, v)
}

func (r *Runtime) asyncFunctionSettle(g *Object, v Value, reject bool) Value {
	h := r.asyncHooks()
	gd := g.Internal.(*generatorData)
	if reject {
		h.Reject(r, gd.promise, v)
	} else {
		h.Resolve(r, gd.promise, v)
	}
	return ObjectValue(gd.promise)
}
