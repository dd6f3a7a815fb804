package vm

// MessageChannel and MessagePort: postMessage clones the data at once (a DataCloneError is thrown
// synchronously) and delivers it as a task on the posted-message task source (browser) or from
// the poll phase (Node, where ports are libuv async handles). A port delivers only once started:
// setting onmessage starts it, addEventListener('message') needs start().

type messagePort struct {
	other   *Object
	started bool
	closed  bool
	queued  []Value
}

func (r *Runtime) installMessaging() {
	d := r.dom()
	pp := r.NewObjectWithProto(d.eventTargetProto)
	d.messagePortProto = pp
	r.NewNativeConstructor("MessagePort", 0, pp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		r.ThrowTypeError("Illegal constructor")
		return Undefined
	})
	port := func(v Value) (*Object, *messagePort) {
		if o := v.AsObject(); o != nil {
			if p, ok := o.Internal.(*messagePort); ok {
				return o, p
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil, nil
	}
	r.DefineMethod(pp, "postMessage", 1, func(r *Runtime, this Value, args []Value) Value {
		_, p := port(this)
		data := r.cloneForMessage(Arg(args, 0))
		if p.closed || p.other == nil {
			return Undefined
		}
		target := p.other
		tp := target.Internal.(*messagePort)
		tp.queued = append(tp.queued, data)
		if tp.started {
			r.schedulePortDelivery(target)
		}
		return Undefined
	})
	r.DefineMethod(pp, "start", 0, func(r *Runtime, this Value, args []Value) Value {
		o, p := port(this)
		r.startPort(o, p)
		return Undefined
	})
	r.DefineMethod(pp, "close", 0, func(r *Runtime, this Value, args []Value) Value {
		_, p := port(this)
		p.closed = true
		if p.other != nil {
			p.other.Internal.(*messagePort).closed = true
		}
		return Undefined
	})
	get := r.NewNativeFunction("get onmessage", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.eventHandler(r.eventThis(this), "message")
	})
	set := r.NewNativeFunction("set onmessage", 1, func(r *Runtime, this Value, args []Value) Value {
		o, p := port(this)
		fn := Arg(args, 0)
		if !fn.IsCallable() {
			fn = Null
		}
		r.setEventHandler(o, "message", fn)
		r.startPort(o, p)
		return Undefined
	})
	r.DefineAccessor(pp, StrKey("onmessage"), get, set, AttrEnumerable|AttrConfigurable)
	r.DefineData(pp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("MessagePort"), AttrConfigurable)

	cp := r.NewObject()
	ctor := r.NewNativeConstructor("MessageChannel", 0, cp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		o := r.NewObjectWithProto(r.GetPrototypeFromConstructor(nt, cp))
		a := r.NewObjectOfType(TypeObject, pp, &messagePort{})
		b := r.NewObjectOfType(TypeObject, pp, &messagePort{})
		a.Internal.(*messagePort).other = b
		b.Internal.(*messagePort).other = a
		r.DefineData(o, StrKey("port1"), ObjectValue(a), AttrEnumerable|AttrConfigurable)
		r.DefineData(o, StrKey("port2"), ObjectValue(b), AttrEnumerable|AttrConfigurable)
		return ObjectValue(o)
	})
	r.defineGlobal("MessageChannel", ObjectValue(ctor))
	r.defineGlobal("MessagePort", r.GetStr(pp, "constructor"))
}

func (r *Runtime) startPort(o *Object, p *messagePort) {
	if p.started {
		return
	}
	p.started = true
	for range p.queued {
		r.schedulePortDelivery(o)
	}
}

// schedulePortDelivery queues the task that delivers the oldest queued message of a port.
func (r *Runtime) schedulePortDelivery(target *Object) {
	deliver := func() {
		p := target.Internal.(*messagePort)
		if len(p.queued) == 0 || p.closed {
			return
		}
		data := p.queued[0]
		p.queued = p.queued[1:]
		ev := r.newTrustedEvent(r.messageEventProto(), "message", false, map[string]Value{
			"data": data, "origin": Str(""), "lastEventId": Str(""), "source": Null, "ports": ObjectValue(r.NewArray(nil))})
		r.dispatchEvent(target, ev)
	}
	if r.isNode() {
		r.ioSubmitImmediate("message", deliver)
		return
	}
	r.postTask(queueMessaging, "message", deliver)
}

// cloneForMessage is StructuredSerialize for postMessage: failures are DataCloneError
// DOMExceptions.
func (r *Runtime) cloneForMessage(v Value) Value {
	var out Value
	if thrown, ok := r.try(func() { out = r.StructuredClone(v) }); !ok {
		msg := r.safeToString(r.GetV(thrown, StrKey("message")))
		if !r.isNode() {
			msg = "Failed to execute 'postMessage' on 'MessagePort': " + msg
		}
		r.domException("DataCloneError", msg)
	}
	return out
}

// ioSubmitImmediate queues a callback for the next poll phase without thread-pool time (a libuv
// async handle firing).
func (r *Runtime) ioSubmitImmediate(op string, then func()) {
	io := &r.tasks.io
	io.seq++
	io.completed = append(io.completed, &ioRequest{id: io.seq, op: op, worker: -1, then: then})
}
