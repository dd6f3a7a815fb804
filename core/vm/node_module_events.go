package vm

import "strings"

// require('events'): EventEmitter as lib/events.js writes it. Listeners live in the instance's
// own `_events` (a null-prototype object holding a function, or an array once there are two),
// so user code and util.inspect see what they see in Node; emit copies the array first, so
// removing a listener during an emit does not affect that emit.

func init() {
	NodeBuiltinModules["events"] = func(r *Runtime) Value { return ObjectValue(r.eventEmitterClass()) }
}

type eventsState struct {
	ctor, proto                                   *Object
	kCapture, shapeMode, errorMonitor, kRejection *Symbol
	defaultMax                                    Value
	// unhandled are the errors emit threw for want of an 'error' listener, with what Node's
	// kEnhanceStackBeforeInspector appends to their stack if they end the process
	unhandled map[*Object]string
}

// eventEmitterClass makes EventEmitter once per runtime.
func (r *Runtime) eventEmitterClass() *Object {
	es := &r.tasks.node.events
	if es.ctor != nil {
		return es.ctor
	}
	es.kCapture = r.NewSymbol(Str("kCapture"))
	es.shapeMode = r.NewSymbol(Str("shapeMode"))
	es.errorMonitor = r.NewSymbol(Str("events.errorMonitor"))
	es.kRejection = r.symbolFor("nodejs.rejection")
	es.defaultMax = Int(10)
	proto := r.NewObject()
	es.proto = proto
	ctor := r.NewNativeConstructor("EventEmitter", 1, proto, func(r *Runtime, this Value, args []Value) Value {
		if o := this.AsObject(); o != nil {
			r.eeInit(o, Arg(args, 0))
		}
		return Undefined
	}, func(r *Runtime, args []Value, newTarget *Object) Value {
		o := r.NewObjectWithProto(r.GetPrototypeFromConstructor(newTarget, proto))
		r.eeInit(o, Arg(args, 0))
		return ObjectValue(o)
	})
	es.ctor = ctor
	for _, name := range []string{"_events", "_eventsCount", "_maxListeners"} {
		v := Undefined
		if name == "_eventsCount" {
			v = Int(0)
		}
		r.DefineData(proto, StrKey(name), v, AttrDefault)
	}
	method := func(name string, length int, fn NativeFunc) *Object {
		f := r.NewNativeFunction(name, length, fn)
		r.DefineData(proto, StrKey(name), ObjectValue(f), AttrDefault)
		return f
	}
	method("setMaxListeners", 1, func(r *Runtime, this Value, args []Value) Value {
		n := Arg(args, 0)
		if !n.IsNumber() || n.Num() < 0 || n.Num() != n.Num() {
			r.throwOutOfRange("n", "a non-negative number", n)
		}
		r.Set(r.eeThis(this), StrKey("_maxListeners"), n, this)
		return this
	})
	method("getMaxListeners", 0, func(r *Runtime, this Value, args []Value) Value {
		return Number(r.eeMax(r.eeThis(this)))
	})
	method("emit", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.eeEmit(r.eeThis(this), Arg(args, 0), restArgs(args, 1)))
	})
	add := method("addListener", 2, func(r *Runtime, this Value, args []Value) Value {
		r.eeAdd(r.eeThis(this), Arg(args, 0), Arg(args, 1), false)
		return this
	})
	r.DefineData(proto, StrKey("on"), ObjectValue(add), AttrDefault)
	method("prependListener", 2, func(r *Runtime, this Value, args []Value) Value {
		r.eeAdd(r.eeThis(this), Arg(args, 0), Arg(args, 1), true)
		return this
	})
	method("once", 2, func(r *Runtime, this Value, args []Value) Value {
		o := r.eeThis(this)
		r.eeCheckListener(Arg(args, 1))
		r.eeAdd(o, Arg(args, 0), r.eeOnceWrap(o, Arg(args, 0), Arg(args, 1)), false)
		return this
	})
	method("prependOnceListener", 2, func(r *Runtime, this Value, args []Value) Value {
		o := r.eeThis(this)
		r.eeCheckListener(Arg(args, 1))
		r.eeAdd(o, Arg(args, 0), r.eeOnceWrap(o, Arg(args, 0), Arg(args, 1)), true)
		return this
	})
	remove := method("removeListener", 2, func(r *Runtime, this Value, args []Value) Value {
		r.eeRemove(r.eeThis(this), Arg(args, 0), Arg(args, 1))
		return this
	})
	r.DefineData(proto, StrKey("off"), ObjectValue(remove), AttrDefault)
	method("removeAllListeners", 1, func(r *Runtime, this Value, args []Value) Value {
		r.eeRemoveAll(r.eeThis(this), args)
		return this
	})
	method("listeners", 1, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.NewArray(r.eeListeners(r.eeThis(this), Arg(args, 0), true)))
	})
	method("rawListeners", 1, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.NewArray(r.eeListeners(r.eeThis(this), Arg(args, 0), false)))
	})
	method("listenerCount", 2, func(r *Runtime, this Value, args []Value) Value {
		o := r.eeThis(this)
		ls := r.eeListeners(o, Arg(args, 0), false)
		if l := Arg(args, 1); !l.IsNullish() {
			n := 0
			for _, x := range ls {
				if StrictEquals(x, l) || x.IsObject() && StrictEquals(r.GetStr(x.Object(), "listener"), l) {
					n++
				}
			}
			return Int(n)
		}
		return Int(len(ls))
	})
	method("eventNames", 0, func(r *Runtime, this Value, args []Value) Value {
		o := r.eeThis(this)
		ev := r.GetStr(o, "_events").AsObject()
		if ev == nil || r.ToNumber(r.GetStr(o, "_eventsCount")) <= 0 {
			return ObjectValue(r.NewArray(nil))
		}
		var names []Value
		for _, k := range r.OwnKeys(ev) {
			names = append(names, k.Value())
		}
		return ObjectValue(r.NewArray(names))
	})
	r.DefineData(proto, PropKey(SymbolKey(es.kCapture)), False, AttrWritable)
	r.installEventsStatics(ctor)
	return ctor
}

// eeInit is EventEmitter.init.
func (r *Runtime) eeInit(o *Object, opts Value) {
	es := &r.tasks.node.events
	ev := r.GetStr(o, "_events")
	if ev.IsUndefined() || o.Proto() != nil && StrictEquals(ev, r.GetStr(o.Proto(), "_events")) {
		r.Set(o, StrKey("_events"), ObjectValue(r.NewObjectWithProto(nil)), ObjectValue(o))
		r.Set(o, StrKey("_eventsCount"), Int(0), ObjectValue(o))
	}
	if m := r.GetStr(o, "_maxListeners"); !ToBoolean(m) {
		r.Set(o, StrKey("_maxListeners"), Undefined, ObjectValue(o))
	}
	r.DefineData(o, PropKey(SymbolKey(es.shapeMode)), False, AttrDefault)
	capture := r.Get(es.proto, PropKey(SymbolKey(es.kCapture)), ObjectValue(o))
	if oo := opts.AsObject(); oo != nil {
		if c := r.GetStr(oo, "captureRejections"); !c.IsUndefined() {
			if !c.IsBoolean() {
				r.throwArgType("options.captureRejections", "boolean", c)
			}
			capture = c
		}
	}
	r.DefineData(o, PropKey(SymbolKey(es.kCapture)), capture, AttrDefault)
}

func (r *Runtime) eeThis(this Value) *Object {
	if o := this.AsObject(); o != nil {
		return o
	}
	return r.ToObject(this)
}

func (r *Runtime) eeCheckListener(l Value) {
	if !l.IsCallable() {
		r.throwArgType("listener", "function", l)
	}
}

func (r *Runtime) eeMax(o *Object) float64 {
	m := r.GetStr(o, "_maxListeners")
	if m.IsUndefined() {
		return r.ToNumber(r.tasks.node.events.defaultMax)
	}
	return r.ToNumber(m)
}

// eeEvents returns the emitter's _events object, creating it when missing.
func (r *Runtime) eeEvents(o *Object) *Object {
	ev := r.GetStr(o, "_events").AsObject()
	if ev == nil {
		ev = r.NewObjectWithProto(nil)
		r.Set(o, StrKey("_events"), ObjectValue(ev), ObjectValue(o))
		r.Set(o, StrKey("_eventsCount"), Int(0), ObjectValue(o))
	}
	return ev
}

func (r *Runtime) eeAdd(o *Object, typ, listener Value, prepend bool) {
	r.eeCheckListener(listener)
	key := r.ToPropertyKey(typ)
	ev := r.GetStr(o, "_events").AsObject()
	existing := Undefined
	if ev == nil {
		ev = r.eeEvents(o)
	} else {
		if !r.GetStr(ev, "newListener").IsUndefined() {
			announced := listener
			if l := r.GetStr(listener.Object(), "listener"); !l.IsNullish() {
				announced = l
			}
			r.eeEmit(o, Str("newListener"), []Value{typ, announced})
			ev = r.eeEvents(o)
		}
		existing = r.Get(ev, key, ObjectValue(ev))
	}
	if existing.IsUndefined() {
		r.Set(ev, key, listener, ObjectValue(ev))
		r.Set(o, StrKey("_eventsCount"), Number(r.ToNumber(r.GetStr(o, "_eventsCount"))+1), ObjectValue(o))
		return
	}
	var list *Object
	if existing.IsCallable() {
		pair := []Value{existing, listener}
		if prepend {
			pair = []Value{listener, existing}
		}
		list = r.NewArray(pair)
		r.Set(ev, key, ObjectValue(list), ObjectValue(ev))
	} else {
		list = existing.Object()
		if prepend {
			r.invoke(existing, "unshift", listener)
		} else {
			r.invoke(existing, "push", listener)
		}
	}
	m := r.eeMax(o)
	n := r.ToNumber(r.GetStr(list, "length"))
	if m > 0 && n > m && !ToBoolean(r.GetStr(list, "warned")) {
		r.Set(list, StrKey("warned"), True, ObjectValue(list))
		opts := DefaultInspectOptions()
		opts.Depth = -1
		msg := "Possible EventEmitter memory leak detected. " + NumberToString(n) + " " + r.noSideEffectsToString(typ) +
			" listeners added to " + r.Inspect(ObjectValue(o), opts) + ". MaxListeners is " + NumberToString(m) +
			". Use emitter.setMaxListeners() to increase limit"
		w := r.NewError("Error", msg)
		r.DefineData(w, StrKey("name"), Str("MaxListenersExceededWarning"), AttrHidden)
		r.DefineData(w, StrKey("stack"), Str("MaxListenersExceededWarning: "+msg+r.StackTrace()), AttrHidden)
		r.CreateDataProperty(w, StrKey("emitter"), ObjectValue(o))
		r.CreateDataProperty(w, StrKey("type"), typ)
		r.CreateDataProperty(w, StrKey("count"), Number(n))
		r.emitWarningObject(w)
	}
}

// eeOnceWrap is _onceWrap: a wrapper that removes itself before calling the listener once.
func (r *Runtime) eeOnceWrap(o *Object, typ, listener Value) Value {
	fired := false
	var wrapper *Object
	wrapper = r.NewNativeFunction("wrapper", 0, func(r *Runtime, this Value, args []Value) Value {
		if fired {
			return Undefined
		}
		r.eeRemove(o, typ, ObjectValue(wrapper))
		fired = true
		return r.Call(listener, ObjectValue(o), args...)
	})
	r.CreateDataProperty(wrapper, StrKey("listener"), listener)
	return ObjectValue(wrapper)
}

// eeEmit is EventEmitter.prototype.emit, with the 'error' rule.
func (r *Runtime) eeEmit(o *Object, typ Value, args []Value) bool {
	es := &r.tasks.node.events
	doError := typ.IsString() && typ.String().GoString() == "error"
	ev := r.GetStr(o, "_events").AsObject()
	if ev != nil {
		if doError && !r.Get(ev, PropKey(SymbolKey(es.errorMonitor)), ObjectValue(ev)).IsUndefined() {
			r.eeEmit(o, SymbolValue(es.errorMonitor), args)
		}
		doError = doError && r.GetStr(ev, "error").IsUndefined()
	} else if !doError {
		return false
	}
	if doError {
		er := Arg(args, 0)
		if r.InstanceOf(er, ObjectValue(r.Intrinsics.Errors["Error"])) {
			r.noteUnhandledErrorEvent(o, er.AsObject())
			r.Throw(er) // Unhandled 'error' event
		}
		text := r.Inspect(er, DefaultInspectOptions())
		err := r.nodeError("Error", "ERR_UNHANDLED_ERROR", "Unhandled error. ("+text+")")
		r.CreateDataProperty(err, StrKey("context"), er)
		r.Throw(ObjectValue(err))
	}
	handler := r.Get(ev, r.ToPropertyKey(typ), ObjectValue(ev))
	if handler.IsUndefined() {
		return false
	}
	capture := ToBoolean(r.Get(o, PropKey(SymbolKey(es.kCapture)), ObjectValue(o)))
	call := func(h Value) {
		result := r.Call(h, ObjectValue(o), args...)
		if capture && result.IsObject() {
			r.eeAddCatch(o, result, typ, args)
		}
	}
	if handler.IsCallable() {
		call(handler)
		return true
	}
	for _, h := range r.arrayValuesOf(handler.Object()) {
		call(h)
	}
	return true
}

func (r *Runtime) arrayValuesOf(a *Object) []Value {
	n := int(r.ToLength(r.GetStr(a, "length")))
	out := make([]Value, n)
	for i := range out {
		out[i] = r.Get(a, IndexKey(uint32(i)), ObjectValue(a))
	}
	return out
}

// eeAddCatch is captureRejections: a rejected promise returned by a listener becomes 'error'.
func (r *Runtime) eeAddCatch(o *Object, promise Value, typ Value, args []Value) {
	then := r.GetStr(promise.Object(), "then")
	if !then.IsCallable() {
		return
	}
	onRejected := r.NewNativeFunction("", 1, func(r *Runtime, this Value, a []Value) Value {
		err := Arg(a, 0)
		r.enqueueTick(ObjectValue(r.NewNativeFunction("emitUnhandledRejectionOrErr", 0, func(r *Runtime, this Value, _ []Value) Value {
			es := &r.tasks.node.events
			if h := r.Get(o, PropKey(SymbolKey(es.kRejection)), ObjectValue(o)); h.IsCallable() {
				r.Call(h, ObjectValue(o), append([]Value{err, typ}, args...)...)
				return Undefined
			}
			key := PropKey(SymbolKey(es.kCapture))
			prev := r.Get(o, key, ObjectValue(o))
			r.Set(o, key, False, ObjectValue(o))
			defer r.Set(o, key, prev, ObjectValue(o))
			r.eeEmit(o, Str("error"), []Value{err})
			return Undefined
		})), nil)
		return Undefined
	})
	r.Call(then, promise, Undefined, ObjectValue(onRejected))
}

func (r *Runtime) eeRemove(o *Object, typ, listener Value) {
	r.eeCheckListener(listener)
	ev := r.GetStr(o, "_events").AsObject()
	if ev == nil {
		return
	}
	key := r.ToPropertyKey(typ)
	list := r.Get(ev, key, ObjectValue(ev))
	if list.IsUndefined() {
		return
	}
	count := func(d float64) {
		r.Set(o, StrKey("_eventsCount"), Number(r.ToNumber(r.GetStr(o, "_eventsCount"))+d), ObjectValue(o))
	}
	if StrictEquals(list, listener) || list.IsObject() && StrictEquals(r.GetStr(list.Object(), "listener"), listener) {
		count(-1)
		if r.ToNumber(r.GetStr(o, "_eventsCount")) == 0 {
			r.Set(o, StrKey("_events"), ObjectValue(r.NewObjectWithProto(nil)), ObjectValue(o))
			return
		}
		r.Delete(ev, key)
		if !r.GetStr(ev, "removeListener").IsUndefined() {
			announced := listener
			if l := r.GetStr(list.Object(), "listener"); !l.IsUndefined() {
				announced = l
			}
			r.eeEmit(o, Str("removeListener"), []Value{typ, announced})
		}
		return
	}
	if list.IsCallable() || !list.IsObject() {
		return
	}
	items := r.arrayValuesOf(list.Object())
	pos := -1
	for i := len(items) - 1; i >= 0; i-- {
		if StrictEquals(items[i], listener) || items[i].IsObject() && StrictEquals(r.GetStr(items[i].Object(), "listener"), listener) {
			pos = i
			break
		}
	}
	if pos < 0 {
		return
	}
	r.invoke(list, "splice", Int(pos), Int(1))
	if r.ToNumber(r.GetStr(list.Object(), "length")) == 1 {
		r.Set(ev, key, r.Get(list.Object(), IndexKey(0), list), ObjectValue(ev))
	}
	if !r.GetStr(ev, "removeListener").IsUndefined() {
		r.eeEmit(o, Str("removeListener"), []Value{typ, listener})
	}
}

func (r *Runtime) eeRemoveAll(o *Object, args []Value) {
	ev := r.GetStr(o, "_events").AsObject()
	if ev == nil {
		return
	}
	if len(args) == 0 {
		r.Set(o, StrKey("_events"), ObjectValue(r.NewObjectWithProto(nil)), ObjectValue(o))
		r.Set(o, StrKey("_eventsCount"), Int(0), ObjectValue(o))
		return
	}
	key := r.ToPropertyKey(args[0])
	if !r.Get(ev, key, ObjectValue(ev)).IsUndefined() {
		r.Set(o, StrKey("_eventsCount"), Number(r.ToNumber(r.GetStr(o, "_eventsCount"))-1), ObjectValue(o))
		if r.ToNumber(r.GetStr(o, "_eventsCount")) == 0 {
			r.Set(o, StrKey("_events"), ObjectValue(r.NewObjectWithProto(nil)), ObjectValue(o))
		} else {
			r.Delete(ev, key)
		}
	}
}

// eeListeners lists a type's listeners, unwrapping once-wrappers when unwrap is set.
func (r *Runtime) eeListeners(o *Object, typ Value, unwrap bool) []Value {
	ev := r.GetStr(o, "_events").AsObject()
	if ev == nil {
		return nil
	}
	l := r.Get(ev, r.ToPropertyKey(typ), ObjectValue(ev))
	var out []Value
	switch {
	case l.IsUndefined():
		return nil
	case l.IsCallable():
		out = []Value{l}
	case l.IsObject():
		out = r.arrayValuesOf(l.Object())
	}
	if unwrap {
		for i, x := range out {
			if x.IsObject() {
				if inner := r.GetStr(x.Object(), "listener"); !inner.IsUndefined() {
					out[i] = inner
				}
			}
		}
	}
	return out
}

func (r *Runtime) throwOutOfRange(name, want string, got Value) {
	e := r.nodeError("RangeError", "ERR_OUT_OF_RANGE",
		`The value of "`+name+`" is out of range. It must be `+want+`. Received `+r.Inspect(got, DefaultInspectOptions()))
	r.Throw(ObjectValue(e))
}

// symbolFor is Symbol.for(key).
func (r *Runtime) symbolFor(key string) *Symbol {
	if s, ok := r.SymbolRegistry[key]; ok {
		return s
	}
	s := r.NewSymbol(Str(key))
	r.SymbolRegistry[key] = s
	return s
}

// unhandledErrorSite is the line of node:events (Node 26.10) that throws an unhandled 'error'.
var unhandledErrorSite = ReportSite{File: "node:events", Line: 505, Source: "    throw er; // Unhandled 'error' event", Col: 5}

// noteUnhandledErrorEvent is emit's ErrorCaptureStackTrace(capture, emit) before the throw: the
// frames of the emit call, shown as "Emitted 'error' event at:" if the error ends the process.
func (r *Runtime) noteUnhandledErrorEvent(emitter, er *Object) {
	es := &r.tasks.node.events
	info := ""
	if c := r.GetStr(emitter, "constructor").AsObject(); c != nil {
		if name := r.GetStr(c, "name"); name.IsString() && name.String().GoString() != "EventEmitter" {
			info = " on " + name.String().GoString() + " instance"
		}
	}
	if es.unhandled == nil {
		es.unhandled = map[*Object]string{}
	}
	// without emit itself: the builtins the top frame called come first in the trace
	frames := strings.TrimPrefix(r.StackTrace(), r.nativeFramesAt(len(r.interp.frames)))
	es.unhandled[er] = "\nEmitted 'error' event" + info + " at:" + frames
}

// enhanceUnhandledErrorEvent is fatalExceptionStackEnhancers.beforeInspector for an error that
// emit threw: its stack gets the emit's frames, and the report points into node:events.
func (r *Runtime) enhanceUnhandledErrorEvent(v Value) *ReportSite {
	o := v.AsObject()
	if o == nil {
		return nil
	}
	extra, ok := r.tasks.node.events.unhandled[o]
	if !ok {
		return nil
	}
	if st := r.GetStr(o, "stack"); st.IsString() {
		r.Set(o, StrKey("stack"), Str(st.String().GoString()+extra), v)
	}
	site := unhandledErrorSite
	return &site
}
