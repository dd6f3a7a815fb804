package vm

// require('timers') re-exports the global timer functions; require('timers/promises') gives
// promise versions: setTimeout/setImmediate resolve with their value, setInterval is an async
// iterator, and an AbortSignal rejects them with Node's AbortError (code ABORT_ERR, the signal's
// reason as cause).

func init() {
	NodeBuiltinModules["timers"] = func(r *Runtime) Value {
		m := r.NewObject()
		for _, name := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"} {
			r.CreateDataProperty(m, StrKey(name), r.GetStr(r.Global, name))
		}
		r.CreateDataProperty(m, StrKey("promises"), r.requireModule(r.Options.Filename, "timers/promises"))
		return ObjectValue(m)
	}
	NodeBuiltinModules["timers/promises"] = func(r *Runtime) Value { return ObjectValue(r.timersPromises()) }
}

func (r *Runtime) timersPromises() *Object {
	m := r.NewObject()
	method := func(name string, length int, fn NativeFunc) {
		r.CreateDataProperty(m, StrKey(name), ObjectValue(r.NewNativeFunction(name, length, fn)))
	}
	method("setTimeout", 3, func(r *Runtime, this Value, args []Value) Value {
		return r.timerPromise(Arg(args, 1), Arg(args, 2), func(settle func()) *hostTimer {
			t := r.nodeSetTimer(ObjectValue(r.NewNativeFunction("", 0, func(r *Runtime, _ Value, _ []Value) Value {
				settle()
				return Undefined
			})), Arg(args, 0), nil, false)
			return r.timerHandles[t.Object()]
		})
	})
	method("setImmediate", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.timerPromise(Arg(args, 0), Arg(args, 1), func(settle func()) *hostTimer {
			t := r.setImmediate(ObjectValue(r.NewNativeFunction("", 0, func(r *Runtime, _ Value, _ []Value) Value {
				settle()
				return Undefined
			})), nil)
			return r.timerHandles[t.Object()]
		})
	})
	method("setInterval", 3, func(r *Runtime, this Value, args []Value) Value {
		return r.intervalIterator(Arg(args, 0), Arg(args, 1))
	})
	sched := r.NewObject()
	r.DefineMethod(sched, "wait", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.invoke(ObjectValue(m), "setTimeout", Arg(args, 0), Undefined, Arg(args, 1))
	})
	r.DefineMethod(sched, "yield", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.invoke(ObjectValue(m), "setImmediate")
	})
	r.CreateDataProperty(m, StrKey("scheduler"), ObjectValue(sched))
	return m
}

// timerPromise makes the promise of a timers/promises call: it resolves with value when the
// timer fires, or rejects with an AbortError when options.signal aborts (at once if it already
// has).
func (r *Runtime) timerPromise(value, options Value, start func(settle func()) *hostTimer) Value {
	p := r.NewPromise()
	var signal *Object
	if o := options.AsObject(); o != nil {
		signal = r.GetStr(o, "signal").AsObject()
	}
	if signal != nil && r.abortSignalAborted(signal) {
		r.rejectPromise(p, ObjectValue(r.nodeAbortError(signal.Internal.(*abortSignal).reason)))
		return ObjectValue(p)
	}
	done := false
	t := start(func() {
		if !done {
			done = true
			r.resolvePromise(p, value)
		}
	})
	if signal != nil {
		r.onAbort(signal, func() {
			if done {
				return
			}
			done = true
			r.clearTimer(ObjectValue(t.handle))
			r.rejectPromise(p, ObjectValue(r.nodeAbortError(signal.Internal.(*abortSignal).reason)))
		})
	}
	return ObjectValue(p)
}

// nodeAbortError is Node's AbortError: "The operation was aborted", code ABORT_ERR, cause.
func (r *Runtime) nodeAbortError(cause Value) *Object {
	e := r.NewError("Error", "The operation was aborted")
	r.DefineData(e, StrKey("name"), Str("AbortError"), AttrHidden)
	r.DefineData(e, StrKey("stack"), Str("AbortError: The operation was aborted"+r.StackTrace()), AttrHidden)
	r.CreateDataProperty(e, StrKey("code"), Str("ABORT_ERR"))
	if !cause.IsUndefined() {
		r.DefineData(e, StrKey("cause"), cause, AttrHidden)
	}
	return e
}

// intervalIterator is timers/promises setInterval: an async iterator whose next() resolves at
// each tick (ticks that nobody awaited are counted, as Node does).
func (r *Runtime) intervalIterator(delay, value Value) Value {
	it := r.NewObject()
	pending := 0
	var waiting []*Object
	var handle Value
	done := false
	tick := r.NewNativeFunction("", 0, func(r *Runtime, _ Value, _ []Value) Value {
		if len(waiting) > 0 {
			p := waiting[0]
			waiting = waiting[1:]
			r.resolvePromise(p, r.CreateIterResult(value, false))
		} else {
			pending++
		}
		return Undefined
	})
	handle = r.nodeSetTimer(ObjectValue(tick), delay, nil, true)
	r.DefineMethod(it, "next", 0, func(r *Runtime, this Value, args []Value) Value {
		p := r.NewPromise()
		switch {
		case done:
			r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		case pending > 0:
			pending--
			r.resolvePromise(p, r.CreateIterResult(value, false))
		default:
			waiting = append(waiting, p)
		}
		return ObjectValue(p)
	})
	r.DefineMethod(it, "return", 0, func(r *Runtime, this Value, args []Value) Value {
		done = true
		r.clearTimer(handle)
		for _, p := range waiting {
			r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		}
		waiting = nil
		p := r.NewPromise()
		r.resolvePromise(p, r.CreateIterResult(Undefined, true))
		return ObjectValue(p)
	})
	r.DefineSymbolMethod(it, r.Symbols.AsyncIterator, "[Symbol.asyncIterator]", 0, func(r *Runtime, this Value, args []Value) Value {
		return this
	}, AttrHidden)
	return ObjectValue(it)
}
