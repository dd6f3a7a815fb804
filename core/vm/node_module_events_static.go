package vm

// The statics of require('events'): once and on (promise / async-iterator adapters), the error
// monitor symbol, defaultMaxListeners, listenerCount and getEventListeners.

func (r *Runtime) installEventsStatics(ctor *Object) {
	es := &r.tasks.node.events
	fn := func(name string, length int, f NativeFunc) {
		r.DefineData(ctor, StrKey(name), ObjectValue(r.NewNativeFunction(name, length, f)), AttrDefault)
	}
	fn("once", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.eventsOnce(r.eeThis(Arg(args, 0)), Arg(args, 1))
	})
	fn("on", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.eventsOn(r.eeThis(Arg(args, 0)), Arg(args, 1))
	})
	fn("getEventListeners", 2, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.NewArray(r.eeListeners(r.eeThis(Arg(args, 0)), Arg(args, 1), true)))
	})
	fn("listenerCount", 2, func(r *Runtime, this Value, args []Value) Value {
		return Int(len(r.eeListeners(r.eeThis(Arg(args, 0)), Arg(args, 1), false)))
	})
	r.DefineData(ctor, StrKey("EventEmitter"), ObjectValue(ctor), AttrDefault)
	r.DefineData(ctor, StrKey("usingDomains"), False, AttrDefault)
	r.DefineData(ctor, StrKey("captureRejectionSymbol"), SymbolValue(es.kRejection), AttrDefault)
	capture := r.NewNativeFunction("get", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.Get(es.proto, PropKey(SymbolKey(es.kCapture)), ObjectValue(es.proto))
	})
	setCapture := r.NewNativeFunction("set", 1, func(r *Runtime, this Value, args []Value) Value {
		r.DefineData(es.proto, PropKey(SymbolKey(es.kCapture)), Bool(ToBoolean(Arg(args, 0))), AttrWritable)
		return Undefined
	})
	r.DefineAccessor(ctor, StrKey("captureRejections"), capture, setCapture, AttrEnumerable)
	r.DefineData(ctor, StrKey("errorMonitor"), SymbolValue(es.errorMonitor), AttrDefault)
	getMax := r.NewNativeFunction("get", 0, func(r *Runtime, this Value, args []Value) Value { return es.defaultMax })
	setMax := r.NewNativeFunction("set", 1, func(r *Runtime, this Value, args []Value) Value {
		v := Arg(args, 0)
		if !v.IsNumber() || v.Num() < 0 || v.Num() != v.Num() {
			r.throwOutOfRange("defaultMaxListeners", "a non-negative number", v)
		}
		es.defaultMax = v
		return Undefined
	})
	r.DefineAccessor(ctor, StrKey("defaultMaxListeners"), getMax, setMax, AttrEnumerable)
}

// eventsOnce is events.once(emitter, name): an async function in Node, so its promise is resolved
// with the inner one (two extra ticks after the event, exactly as in Node). An 'error' event
// rejects it unless the awaited name is 'error'.
func (r *Runtime) eventsOnce(o *Object, name Value) Value {
	inner := r.NewPromise()
	var onEvent, onError Value
	isError := name.IsString() && name.String().GoString() == "error"
	onEvent = ObjectValue(r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value {
		if !isError {
			r.eeRemove(o, Str("error"), onError)
		}
		r.resolvePromise(inner, ObjectValue(r.NewArray(append([]Value(nil), args...))))
		return Undefined
	}))
	r.eeAdd(o, name, r.eeOnceWrap(o, name, onEvent), false)
	if !isError {
		onError = ObjectValue(r.NewNativeFunction("", 1, func(r *Runtime, this Value, args []Value) Value {
			r.eeRemove(o, name, onEvent)
			r.rejectPromise(inner, Arg(args, 0))
			return Undefined
		}))
		r.eeAdd(o, Str("error"), r.eeOnceWrap(o, Str("error"), onError), false)
	}
	outer := r.NewPromise()
	r.resolvePromise(outer, ObjectValue(inner))
	return ObjectValue(outer)
}

// eventsOn is events.on(emitter, event): an async iterator of the emitted argument arrays.
func (r *Runtime) eventsOn(o *Object, name Value) Value {
	var unconsumed []Value // argument arrays not yet pulled
	var waiting []*Object  // promises handed out by next() and not yet resolved
	var failure Value      // an 'error' event not yet delivered
	failed, finished := false, false
	it := r.NewObject()
	var listener, errListener Value
	closeIt := func() {
		r.eeRemove(o, name, listener)
		r.eeRemove(o, Str("error"), errListener)
		finished = true
		for _, p := range waiting {
			r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		}
		waiting = nil
	}
	listener = ObjectValue(r.NewNativeFunction("eventHandler", 0, func(r *Runtime, this Value, args []Value) Value {
		v := ObjectValue(r.NewArray(append([]Value(nil), args...)))
		if len(waiting) > 0 {
			p := waiting[0]
			waiting = waiting[1:]
			r.resolvePromise(p, r.CreateIterResult(v, false))
		} else {
			unconsumed = append(unconsumed, v)
		}
		return Undefined
	}))
	errListener = ObjectValue(r.NewNativeFunction("errorHandler", 1, func(r *Runtime, this Value, args []Value) Value {
		err := Arg(args, 0)
		if len(waiting) > 0 {
			p := waiting[0]
			waiting = waiting[1:]
			r.rejectPromise(p, err)
		} else {
			failure, failed = err, true
		}
		closeIt()
		return Undefined
	}))
	r.DefineMethod(it, "next", 0, func(r *Runtime, this Value, args []Value) Value {
		p := r.NewPromise()
		switch {
		case len(unconsumed) > 0:
			v := unconsumed[0]
			unconsumed = unconsumed[1:]
			r.resolvePromise(p, r.CreateIterResult(v, false))
		case failed:
			failed = false
			r.rejectPromise(p, failure)
		case finished:
			r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		default:
			waiting = append(waiting, p)
		}
		return ObjectValue(p)
	})
	r.DefineMethod(it, "return", 0, func(r *Runtime, this Value, args []Value) Value {
		closeIt()
		p := r.NewPromise()
		r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		return ObjectValue(p)
	})
	r.DefineMethod(it, "throw", 1, func(r *Runtime, this Value, args []Value) Value {
		err := Arg(args, 0)
		if !r.InstanceOf(err, ObjectValue(r.Intrinsics.Errors["Error"])) {
			r.throwArgType("EventEmitter.AsyncIterator", "Error", err)
		}
		closeIt()
		p := r.NewPromise()
		r.rejectPromise(p, err)
		return ObjectValue(p)
	})
	r.DefineSymbolMethod(it, r.Symbols.AsyncIterator, "[Symbol.asyncIterator]", 0, func(r *Runtime, this Value, args []Value) Value {
		return this
	}, AttrHidden)
	r.eeAdd(o, name, listener, false)
	if !(name.IsString() && name.String().GoString() == "error") {
		r.eeAdd(o, Str("error"), errListener, false)
	}
	return ObjectValue(it)
}
