package vm

// EventTarget, Event and CustomEvent (DOM Standard §2), which both hosts have: listeners run
// synchronously inside dispatchEvent, in registration order, with `once`, `capture` (no tree, so
// only for identity) and `signal`; an `on<type>` handler attribute takes the place in that order
// where it was first set. Events do not propagate through a tree: EngineScope's document has no
// tree, so target and currentTarget are the same object.

type domListener struct {
	typ      string
	fn       Value
	capture  bool
	once     bool
	removed  bool
	isAttr   bool // the on<type> handler attribute's slot
	passive  bool
	callback bool // fn is an object with handleEvent
}

type domTarget struct {
	listeners []*domListener
	// parent is the next object an event bubbles to (element → document → window).
	parent *Object
}

type eventData struct {
	typ                   string
	bubbles, cancelable   bool
	defaultPrevented      bool
	stop, stopImmediate   bool
	dispatching           bool
	target, currentTarget Value
	timeStamp             float64
	isTrusted             bool
	returnValueFalse      bool
}

type domState struct {
	targets                                      map[*Object]*domTarget
	eventTargetProto, eventProto, customProto    *Object
	windowProto, documentObj, elementProto       *Object
	abortSignalProto, messagePortProto           *Object
	domExceptionProto, domExceptionCtor          *Object
	mutationObservers                            []*mutationObserver
	mutationMicrotaskQueued                      bool
	errorEventProto, rejectionEventProto, msgEvt *Object
}

func (r *Runtime) dom() *domState { return &r.tasks.browser.dom }

func (r *Runtime) domTargetOf(o *Object) *domTarget {
	d := r.dom()
	if d.targets == nil {
		d.targets = map[*Object]*domTarget{}
	}
	t := d.targets[o]
	if t == nil {
		t = &domTarget{}
		d.targets[o] = t
	}
	return t
}

func (r *Runtime) installDOMEvents() {
	d := r.dom()
	etp := r.NewObject()
	d.eventTargetProto = etp
	et := r.NewNativeConstructor("EventTarget", 0, etp, func(r *Runtime, this Value, args []Value) Value {
		r.ThrowTypeError("Class constructor EventTarget cannot be invoked without 'new'")
		return Undefined
	}, func(r *Runtime, args []Value, nt *Object) Value {
		o := r.NewObjectWithProto(r.GetPrototypeFromConstructor(nt, etp))
		r.domTargetOf(o)
		return ObjectValue(o)
	})
	r.DefineMethod(etp, "addEventListener", 2, func(r *Runtime, this Value, args []Value) Value {
		r.addEventListener(r.eventThis(this), Arg(args, 0), Arg(args, 1), Arg(args, 2))
		return Undefined
	})
	r.DefineMethod(etp, "removeEventListener", 2, func(r *Runtime, this Value, args []Value) Value {
		r.removeEventListener(r.eventThis(this), r.ToString(Arg(args, 0)).GoString(), Arg(args, 1), r.captureOption(Arg(args, 2)))
		return Undefined
	})
	r.DefineMethod(etp, "dispatchEvent", 1, func(r *Runtime, this Value, args []Value) Value {
		ev := Arg(args, 0).AsObject()
		ed := eventDataOf(ev)
		if ed == nil {
			r.ThrowTypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.")
		}
		if ed.dispatching {
			r.domException("InvalidStateError", "Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.")
		}
		ed.isTrusted = false
		return Bool(r.dispatchEvent(r.eventThis(this), ev))
	})
	r.defineGlobal("EventTarget", ObjectValue(et))

	ep := r.NewObject()
	d.eventProto = ep
	ev := r.NewNativeConstructor("Event", 1, ep, func(r *Runtime, this Value, args []Value) Value {
		r.ThrowTypeError("Failed to construct 'Event': Please use the 'new' operator, this DOM object constructor cannot be called as a function.")
		return Undefined
	}, func(r *Runtime, args []Value, nt *Object) Value {
		if len(args) == 0 {
			r.ThrowTypeError("Failed to construct 'Event': 1 argument required, but only 0 present.")
		}
		return ObjectValue(r.newEvent(r.GetPrototypeFromConstructor(nt, ep), r.ToString(args[0]).GoString(), Arg(args, 1)))
	})
	getter := func(o *Object, name string, f func(ed *eventData) Value) {
		r.DefineGetter(o, StrKey(name), func(r *Runtime, this Value, args []Value) Value {
			ed := eventDataOf(this.AsObject())
			if ed == nil {
				r.ThrowTypeError("Illegal invocation")
			}
			return f(ed)
		})
	}
	getter(ep, "type", func(ed *eventData) Value { return Str(ed.typ) })
	getter(ep, "target", func(ed *eventData) Value { return ed.target })
	getter(ep, "currentTarget", func(ed *eventData) Value { return ed.currentTarget })
	getter(ep, "srcElement", func(ed *eventData) Value { return ed.target })
	getter(ep, "eventPhase", func(ed *eventData) Value {
		if ed.dispatching {
			return Int(2)
		}
		return Int(0)
	})
	getter(ep, "bubbles", func(ed *eventData) Value { return Bool(ed.bubbles) })
	getter(ep, "cancelable", func(ed *eventData) Value { return Bool(ed.cancelable) })
	getter(ep, "defaultPrevented", func(ed *eventData) Value { return Bool(ed.defaultPrevented) })
	getter(ep, "isTrusted", func(ed *eventData) Value { return Bool(ed.isTrusted) })
	getter(ep, "timeStamp", func(ed *eventData) Value { return Number(ed.timeStamp) })
	r.DefineMethod(ep, "preventDefault", 0, func(r *Runtime, this Value, args []Value) Value {
		if ed := eventDataOf(this.AsObject()); ed != nil && ed.cancelable {
			ed.defaultPrevented = true
		}
		return Undefined
	})
	r.DefineMethod(ep, "stopPropagation", 0, func(r *Runtime, this Value, args []Value) Value {
		if ed := eventDataOf(this.AsObject()); ed != nil {
			ed.stop = true
		}
		return Undefined
	})
	r.DefineMethod(ep, "stopImmediatePropagation", 0, func(r *Runtime, this Value, args []Value) Value {
		if ed := eventDataOf(this.AsObject()); ed != nil {
			ed.stop, ed.stopImmediate = true, true
		}
		return Undefined
	})
	r.DefineMethod(ep, "composedPath", 0, func(r *Runtime, this Value, args []Value) Value {
		if ed := eventDataOf(this.AsObject()); ed != nil && ed.dispatching {
			return ObjectValue(r.NewArray([]Value{ed.currentTarget}))
		}
		return ObjectValue(r.NewArray(nil))
	})
	r.DefineData(ep, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Event"), AttrConfigurable)
	r.defineGlobal("Event", ObjectValue(ev))

	cp := r.NewObjectWithProto(ep)
	d.customProto = cp
	ce := r.NewNativeConstructor("CustomEvent", 1, cp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		if len(args) == 0 {
			r.ThrowTypeError("Failed to construct 'CustomEvent': 1 argument required, but only 0 present.")
		}
		init := Arg(args, 1)
		o := r.newEvent(r.GetPrototypeFromConstructor(nt, cp), r.ToString(args[0]).GoString(), init)
		detail := Null
		if io := init.AsObject(); io != nil {
			if v := r.GetStr(io, "detail"); !v.IsUndefined() {
				detail = v
			}
		}
		r.eventExtra(o)["detail"] = detail
		return ObjectValue(o)
	})
	r.DefineGetter(cp, StrKey("detail"), func(r *Runtime, this Value, args []Value) Value {
		if o := this.AsObject(); o != nil {
			if v, ok := r.eventExtra(o)["detail"]; ok {
				return v
			}
		}
		return Null
	})
	r.SetPrototypeOf(ce, ev)
	r.defineGlobal("CustomEvent", ObjectValue(ce))
}

// eventObject is an Event's internal slots plus the fields subclasses add (detail, reason, …).
type eventObject struct {
	*eventData
	extra map[string]Value
}

func eventDataOf(o *Object) *eventData {
	if o == nil {
		return nil
	}
	if e, ok := o.Internal.(*eventObject); ok {
		return e.eventData
	}
	return nil
}

func (r *Runtime) eventExtra(o *Object) map[string]Value {
	e := o.Internal.(*eventObject)
	if e.extra == nil {
		e.extra = map[string]Value{}
	}
	return e.extra
}

// newEvent makes an Event with EventInit's bubbles/cancelable.
func (r *Runtime) newEvent(proto *Object, typ string, init Value) *Object {
	ed := &eventData{typ: typ, target: Null, currentTarget: Null, timeStamp: r.Clock.Now() - r.clockStart}
	if io := init.AsObject(); io != nil {
		ed.bubbles = ToBoolean(r.GetStr(io, "bubbles"))
		ed.cancelable = ToBoolean(r.GetStr(io, "cancelable"))
	}
	o := r.NewObjectOfType(TypeObject, proto, &eventObject{eventData: ed})
	r.DefineData(o, StrKey("isTrusted"), False, AttrNone|AttrEnumerable)
	return o
}

// newTrustedEvent makes an event the host dispatches (isTrusted true).
func (r *Runtime) newTrustedEvent(proto *Object, typ string, cancelable bool, extra map[string]Value) *Object {
	if proto == nil {
		proto = r.dom().eventProto
	}
	o := r.newEvent(proto, typ, Undefined)
	ed := eventDataOf(o)
	ed.cancelable, ed.isTrusted = cancelable, true
	r.DefineData(o, StrKey("isTrusted"), True, AttrNone|AttrEnumerable)
	for k, v := range extra {
		r.eventExtra(o)[k] = v
	}
	return o
}

func (r *Runtime) eventThis(this Value) *Object {
	if o := this.AsObject(); o != nil {
		return o
	}
	return r.GlobalThis
}

func (r *Runtime) captureOption(opt Value) bool {
	if o := opt.AsObject(); o != nil {
		return ToBoolean(r.GetStr(o, "capture"))
	}
	return ToBoolean(opt)
}

func (r *Runtime) addEventListener(target *Object, typArg, fn, opt Value) {
	if fn.IsNullish() {
		return
	}
	typ := r.ToString(typArg).GoString()
	l := &domListener{typ: typ, fn: fn, capture: r.captureOption(opt), callback: !fn.IsCallable()}
	var signal *Object
	if o := opt.AsObject(); o != nil {
		l.once = ToBoolean(r.GetStr(o, "once"))
		l.passive = ToBoolean(r.GetStr(o, "passive"))
		signal = r.GetStr(o, "signal").AsObject()
		if signal != nil && r.abortSignalAborted(signal) {
			return
		}
	}
	t := r.domTargetOf(target)
	for _, x := range t.listeners {
		if !x.removed && !x.isAttr && x.typ == typ && x.capture == l.capture && StrictEquals(x.fn, fn) {
			return
		}
	}
	t.listeners = append(t.listeners, l)
	if signal != nil {
		r.onAbort(signal, func() { l.removed = true })
	}
}

func (r *Runtime) removeEventListener(target *Object, typ string, fn Value, capture bool) {
	t := r.domTargetOf(target)
	for i, x := range t.listeners {
		if !x.removed && !x.isAttr && x.typ == typ && x.capture == capture && StrictEquals(x.fn, fn) {
			x.removed = true
			t.listeners = append(t.listeners[:i], t.listeners[i+1:]...)
			return
		}
	}
}

// setEventHandler is an on<type> attribute's setter: a non-callable value clears the handler but
// keeps its slot.
func (r *Runtime) setEventHandler(target *Object, typ string, fn Value) {
	t := r.domTargetOf(target)
	for _, x := range t.listeners {
		if x.isAttr && x.typ == typ {
			x.fn = fn
			return
		}
	}
	t.listeners = append(t.listeners, &domListener{typ: typ, fn: fn, isAttr: true})
}

func (r *Runtime) eventHandler(target *Object, typ string) Value {
	for _, x := range r.domTargetOf(target).listeners {
		if x.isAttr && x.typ == typ && x.fn.IsCallable() {
			return x.fn
		}
	}
	return Null
}

// defineEventHandlers installs on<type> accessors on a prototype (or on an object).
func (r *Runtime) defineEventHandlers(o *Object, types ...string) {
	for _, typ := range types {
		typ := typ
		get := r.NewNativeFunction("get on"+typ, 0, func(r *Runtime, this Value, args []Value) Value {
			return r.eventHandler(r.eventThis(this), typ)
		})
		set := r.NewNativeFunction("set on"+typ, 1, func(r *Runtime, this Value, args []Value) Value {
			fn := Arg(args, 0)
			if !fn.IsCallable() {
				fn = Null
			}
			r.setEventHandler(r.eventThis(this), typ, fn)
			return Undefined
		})
		r.DefineAccessor(o, StrKey("on"+typ), get, set, AttrEnumerable|AttrConfigurable)
	}
}

// dispatchEvent runs the listeners of target (then, for a bubbling event, of its parents) and
// returns !defaultPrevented. Listener exceptions are reported and do not stop the dispatch.
func (r *Runtime) dispatchEvent(target *Object, ev *Object) bool {
	ed := eventDataOf(ev)
	ed.dispatching = true
	ed.target = ObjectValue(target)
	ed.stop, ed.stopImmediate = false, false
	for cur := target; cur != nil && !ed.stop; {
		r.invokeListeners(cur, ev, ed)
		if !ed.bubbles {
			break
		}
		cur = r.domTargetOf(cur).parent
	}
	ed.dispatching = false
	ed.currentTarget = Null
	return !ed.defaultPrevented
}

func (r *Runtime) invokeListeners(cur *Object, ev *Object, ed *eventData) {
	ed.currentTarget = ObjectValue(cur)
	list := append([]*domListener(nil), r.domTargetOf(cur).listeners...)
	for _, l := range list {
		if l.removed || l.typ != ed.typ || ed.stopImmediate {
			continue
		}
		if l.once {
			r.removeEventListener(cur, l.typ, l.fn, l.capture)
		}
		fn := l.fn
		this := ObjectValue(cur)
		if l.callback {
			o := fn.AsObject()
			if o == nil {
				continue
			}
			this = fn
			fn = r.GetStr(o, "handleEvent")
		}
		if !fn.IsCallable() {
			continue
		}
		var ret Value
		r.guard(OriginCallback, func() { ret = r.Call(fn, this, ObjectValue(ev)) })
		if l.isAttr && ret.IsBoolean() && !ret.Boolean() && ed.cancelable {
			ed.defaultPrevented = true // `return false` from an on<type> handler
		}
	}
}
