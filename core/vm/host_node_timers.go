package vm

// Node's Timeout and Immediate objects (lib/internal/timers.js): what setTimeout/setInterval/
// setImmediate return, with the fields util.inspect shows (_idleTimeout, _idleStart, _onTimeout,
// _repeat, _destroyed, …) kept in step with the timer, and ref/unref/hasRef/refresh/close.

func (r *Runtime) timerSymbol(name string) *Symbol {
	ts := &r.tasks.timers
	if ts.symbols == nil {
		ts.symbols = map[string]*Symbol{}
	}
	s, ok := ts.symbols[name]
	if !ok {
		s = r.NewSymbol(Str(name))
		ts.symbols[name] = s
	}
	return s
}

func (r *Runtime) thisTimer(this Value) *hostTimer {
	if o := this.AsObject(); o != nil {
		if t, ok := r.timerHandles[o]; ok {
			return t
		}
	}
	return nil
}

func (r *Runtime) installNodeTimerClasses() {
	ts := &r.tasks.timers
	noNew := func(name string) NativeConstructor {
		return func(r *Runtime, args []Value, nt *Object) Value {
			r.ThrowTypeError("Illegal constructor")
			return Undefined
		}
	}
	// Timeout.prototype
	tp := r.NewObject()
	r.NewNativeConstructor("Timeout", 5, tp, nil, noNew("Timeout"))
	r.DefineMethod(tp, "refresh", 0, func(r *Runtime, this Value, args []Value) Value {
		if t := r.thisTimer(this); t != nil && !t.cancelled {
			r.nodeUnlinkTimer(t)
			r.nodeInsertTimer(t, r.Clock.Now())
		}
		return this
	})
	r.DefineMethod(tp, "unref", 0, func(r *Runtime, this Value, args []Value) Value {
		r.setTimerRef(this, false)
		return this
	})
	r.DefineMethod(tp, "ref", 0, func(r *Runtime, this Value, args []Value) Value {
		r.setTimerRef(this, true)
		return this
	})
	r.DefineMethod(tp, "hasRef", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTimer(this)
		return Bool(t != nil && t.refed)
	})
	r.DefineMethod(tp, "close", 0, func(r *Runtime, this Value, args []Value) Value {
		r.clearTimer(this)
		return this
	})
	r.DefineSymbolMethod(tp, r.Symbols.ToPrimitive, "[Symbol.toPrimitive]", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTimer(this)
		if t == nil {
			return Undefined
		}
		ts.byID[t.id] = t
		if o := this.AsObject(); o != nil {
			r.Set(o, PropKey(SymbolKey(r.timerSymbol("kHasPrimitive"))), True, this)
		}
		return Int(int(t.id))
	}, AttrHidden)
	r.DefineSymbolMethod(tp, r.Symbols.Dispose, "[Symbol.dispose]", 0, func(r *Runtime, this Value, args []Value) Value {
		r.clearTimer(this)
		return Undefined
	}, AttrHidden)
	ts.timeoutProto = tp
	// TimersList.prototype: what _idlePrev/_idleNext point at
	lp := r.NewObject()
	r.NewNativeConstructor("TimersList", 2, lp, nil, noNew("TimersList"))
	ts.timersListProto = lp
	// Immediate.prototype
	ip := r.NewObject()
	r.NewNativeConstructor("Immediate", 2, ip, nil, noNew("Immediate"))
	r.DefineMethod(ip, "ref", 0, func(r *Runtime, this Value, args []Value) Value {
		r.setTimerRef(this, true)
		return this
	})
	r.DefineMethod(ip, "unref", 0, func(r *Runtime, this Value, args []Value) Value {
		r.setTimerRef(this, false)
		return this
	})
	r.DefineMethod(ip, "hasRef", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTimer(this)
		return Bool(t != nil && t.refed)
	})
	ts.immediateProto = ip
}

func (r *Runtime) setTimerRef(this Value, on bool) {
	if t := r.thisTimer(this); t != nil {
		t.refed = on
		if o := this.AsObject(); o != nil {
			r.Set(o, PropKey(SymbolKey(r.timerSymbol("refed"))), Bool(on), this)
		}
	}
}

// newTimeoutObject makes the Timeout a Node timer function returns, fields in Node's order.
func (r *Runtime) newTimeoutObject(t *hostTimer) *Object {
	o := r.NewObjectWithProto(r.tasks.timers.timeoutProto)
	set := func(k string, v Value) { r.CreateDataProperty(o, StrKey(k), v) }
	set("_idleTimeout", Number(t.delay))
	set("_idlePrev", Null)
	set("_idleNext", Null)
	set("_idleStart", Number(0))
	set("_onTimeout", t.fn)
	args := Undefined
	if len(t.args) > 0 {
		args = ObjectValue(r.NewArray(append([]Value(nil), t.args...)))
	}
	set("_timerArgs", args)
	repeat := Null
	if t.repeat {
		repeat = Number(t.delay)
	}
	set("_repeat", repeat)
	set("_destroyed", False)
	sym := func(k string, v Value) { r.CreateDataProperty(o, PropKey(SymbolKey(r.timerSymbol(k))), v) }
	sym("refed", True)
	sym("kHasPrimitive", False)
	sym("asyncId", Int(t.asyncID))
	sym("triggerId", Int(1))
	sym("kAsyncContextFrame", Undefined)
	return o
}

// syncTimeoutObject mirrors the timer's state into its Timeout's fields.
func (r *Runtime) syncTimeoutObject(t *hostTimer) {
	o := t.handle
	if o == nil || o.Proto() != r.tasks.timers.timeoutProto {
		return
	}
	set := func(k string, v Value) { r.Set(o, StrKey(k), v, ObjectValue(o)) }
	if t.list != nil {
		if t.list.obj == nil {
			t.list.obj = r.NewObjectWithProto(r.tasks.timers.timersListProto)
		}
		set("_idlePrev", ObjectValue(t.list.obj))
		set("_idleNext", ObjectValue(t.list.obj))
		set("_idleStart", Number(t.start-r.clockStart))
		return
	}
	set("_idlePrev", Null)
	set("_idleNext", Null)
	if t.cancelled {
		set("_idleTimeout", Int(-1))
		set("_onTimeout", Undefined)
		set("_destroyed", True)
	}
}

func (r *Runtime) newImmediateObject(t *hostTimer) *Object {
	o := r.NewObjectWithProto(r.tasks.timers.immediateProto)
	set := func(k string, v Value) { r.CreateDataProperty(o, StrKey(k), v) }
	set("_idleNext", Null)
	set("_idlePrev", Null)
	set("_onImmediate", t.fn)
	args := Undefined
	if len(t.args) > 0 {
		args = ObjectValue(r.NewArray(append([]Value(nil), t.args...)))
	}
	set("_argv", args)
	set("_destroyed", False)
	sym := func(k string, v Value) { r.CreateDataProperty(o, PropKey(SymbolKey(r.timerSymbol(k))), v) }
	sym("refed", True)
	sym("asyncId", Int(t.asyncID))
	sym("triggerId", Int(1))
	sym("kAsyncContextFrame", Undefined)
	return o
}

func (r *Runtime) syncImmediateObject(t *hostTimer) {
	if o := t.handle; o != nil {
		r.Set(o, StrKey("_onImmediate"), Null, ObjectValue(o))
		r.Set(o, StrKey("_destroyed"), True, ObjectValue(o))
	}
}

// runNodeTimerCallback runs a Timeout's or Immediate's callback, remembered for its frame name.
func (r *Runtime) runNodeTimerCallback(t *hostTimer, run func(*hostTimer)) {
	ts := &r.tasks.timers
	prev := ts.running
	ts.running = t
	defer func() { ts.running = prev }()
	run(t)
}

// nodeTimerFrame names the frame of a timer or immediate callback as V8 does for Node's
// timer._onTimeout() / immediate._onImmediate() calls: "Timeout._onTimeout" for an anonymous
// callback, "Timeout.name [as _onTimeout]" for a named one (arrows keep the receiver too).
func (r *Runtime) nodeTimerFrame(f *frame, name, loc string) (string, bool) {
	t := r.tasks.timers.running
	if t == nil || len(r.interp.frames) == 0 || r.interp.frames[0] != f || !t.fn.IsObject() || t.fn.AsObject() != f.fnObj || t.handle == nil {
		return "", false
	}
	typ, method := "Timeout", "_onTimeout"
	if t.handle.Proto() == r.tasks.timers.immediateProto {
		typ, method = "Immediate", "_onImmediate"
	}
	if name == "" {
		return typ + "." + method + " (" + loc + ")", true
	}
	return typ + "." + name + " [as " + method + "] (" + loc + ")", true
}
