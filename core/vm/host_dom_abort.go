package vm

// DOMException, AbortController and AbortSignal (both hosts). abort() dispatches 'abort'
// synchronously; AbortSignal.timeout aborts from a timer task (unref'd in Node, so it never keeps
// the process alive); AbortSignal.any follows the first of its sources.

// domExceptionCodes are the legacy codes of the names EngineScope raises.
var domExceptionCodes = map[string]int{
	"IndexSizeError": 1, "NotFoundError": 8, "NotSupportedError": 9, "InvalidStateError": 11,
	"SyntaxError": 12, "InvalidAccessError": 15, "TimeoutError": 23, "DataCloneError": 25, "AbortError": 20,
}

type abortController struct{ signal *Object }

type abortSignal struct {
	aborted bool
	reason  Value
	onAbort []func()
}

func (r *Runtime) installDOMException() {
	d := r.dom()
	proto := r.NewObjectWithProto(r.Intrinsics.ErrorPrototype)
	ctor := r.NewNativeConstructor("DOMException", 0, proto, nil, func(r *Runtime, args []Value, nt *Object) Value {
		msg, name := "", "Error"
		if m := Arg(args, 0); !m.IsUndefined() {
			msg = r.ToString(m).GoString()
		}
		if n := Arg(args, 1); !n.IsUndefined() {
			if o := n.AsObject(); o != nil {
				if v := r.GetStr(o, "name"); !v.IsUndefined() {
					name = r.ToString(v).GoString()
				}
			} else {
				name = r.ToString(n).GoString()
			}
		}
		return ObjectValue(r.newDOMException(r.GetPrototypeFromConstructor(nt, proto), name, msg))
	})
	r.DefineGetter(proto, StrKey("name"), func(r *Runtime, this Value, args []Value) Value {
		return Str(r.domExceptionField(this, "name"))
	})
	r.DefineGetter(proto, StrKey("message"), func(r *Runtime, this Value, args []Value) Value {
		return Str(r.domExceptionField(this, "message"))
	})
	r.DefineGetter(proto, StrKey("code"), func(r *Runtime, this Value, args []Value) Value {
		return Int(domExceptionCodes[r.domExceptionField(this, "name")])
	})
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("DOMException"), AttrConfigurable)
	for name, code := range map[string]int{"ABORT_ERR": 20, "TIMEOUT_ERR": 23, "DATA_CLONE_ERR": 25, "INVALID_STATE_ERR": 11, "NOT_SUPPORTED_ERR": 9} {
		r.DefineData(ctor, StrKey(name), Int(code), AttrEnumerable)
		r.DefineData(proto, StrKey(name), Int(code), AttrEnumerable)
	}
	d.domExceptionProto, d.domExceptionCtor = proto, ctor
	r.defineGlobal("DOMException", ObjectValue(ctor))
}

type domExceptionData struct{ name, message string }

func (r *Runtime) domExceptionField(this Value, f string) string {
	if o := this.AsObject(); o != nil {
		if e, ok := o.Internal.(*domExceptionData); ok {
			if f == "name" {
				return e.name
			}
			return e.message
		}
	}
	r.ThrowTypeError("Illegal invocation")
	return ""
}

// newDOMException makes a DOMException: an error object whose name, message and code are
// prototype getters, with an own stack.
func (r *Runtime) newDOMException(proto *Object, name, msg string) *Object {
	if proto == nil {
		proto = r.dom().domExceptionProto
	}
	o := r.NewObjectOfType(TypeError, proto, &domExceptionData{name: name, message: msg})
	stack := name + ": " + msg
	if r.isNode() {
		stack = "DOMException [" + name + "]: " + msg
	}
	r.DefineData(o, StrKey("stack"), Str(stack+r.StackTrace()), AttrHidden)
	return o
}

func (r *Runtime) domException(name, msg string) {
	r.Throw(ObjectValue(r.newDOMException(nil, name, msg)))
}

func (r *Runtime) installAbort() {
	d := r.dom()
	sp := r.NewObjectWithProto(d.eventTargetProto)
	d.abortSignalProto = sp
	sctor := r.NewNativeConstructor("AbortSignal", 0, sp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		r.ThrowTypeError("Illegal constructor")
		return Undefined
	})
	sig := func(v Value) *abortSignal {
		if o := v.AsObject(); o != nil {
			if s, ok := o.Internal.(*abortSignal); ok {
				return s
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil
	}
	r.DefineGetter(sp, StrKey("aborted"), func(r *Runtime, this Value, args []Value) Value { return Bool(sig(this).aborted) })
	r.DefineGetter(sp, StrKey("reason"), func(r *Runtime, this Value, args []Value) Value { return sig(this).reason })
	r.DefineMethod(sp, "throwIfAborted", 0, func(r *Runtime, this Value, args []Value) Value {
		if s := sig(this); s.aborted {
			r.Throw(s.reason)
		}
		return Undefined
	})
	r.defineEventHandlers(sp, "abort")
	r.DefineMethod(sctor, "abort", 0, func(r *Runtime, this Value, args []Value) Value {
		s := r.newAbortSignal()
		r.abortSignal(s, Arg(args, 0))
		return ObjectValue(s)
	})
	r.DefineMethod(sctor, "timeout", 1, func(r *Runtime, this Value, args []Value) Value {
		s := r.newAbortSignal()
		ms := r.ToNumber(Arg(args, 0))
		fire := func() {
			r.abortSignal(s, ObjectValue(r.newDOMException(nil, "TimeoutError", "The operation was aborted due to timeout")))
		}
		if r.isNode() {
			fn := r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value { fire(); return Undefined })
			t := r.nodeSetTimer(ObjectValue(fn), Number(ms), nil, false)
			r.setTimerRef(t, false)
		} else {
			r.postDelayedTask(queueTimer, "AbortSignal.timeout", ms, fire, nil)
		}
		return ObjectValue(s)
	})
	r.DefineMethod(sctor, "any", 1, func(r *Runtime, this Value, args []Value) Value {
		s := r.newAbortSignal()
		for _, v := range r.IterableToList(Arg(args, 0)) {
			src := v.AsObject()
			ss := sig(v)
			if ss.aborted {
				r.abortSignal(s, ss.reason)
				break
			}
			r.onAbort(src, func() { r.abortSignal(s, ss.reason) })
		}
		return ObjectValue(s)
	})
	r.DefineData(sp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("AbortSignal"), AttrConfigurable)
	r.SetPrototypeOf(sctor, r.GetStr(r.Global, "EventTarget").Object())
	r.defineGlobal("AbortSignal", ObjectValue(sctor))

	cp := r.NewObject()
	cctor := r.NewNativeConstructor("AbortController", 0, cp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.NewObjectOfType(TypeObject, r.GetPrototypeFromConstructor(nt, cp), &abortController{signal: r.newAbortSignal()}))
	})
	ctl := func(v Value) *Object {
		if o := v.AsObject(); o != nil {
			if c, ok := o.Internal.(*abortController); ok {
				return c.signal
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil
	}
	r.DefineGetter(cp, StrKey("signal"), func(r *Runtime, this Value, args []Value) Value { return ObjectValue(ctl(this)) })
	r.DefineMethod(cp, "abort", 0, func(r *Runtime, this Value, args []Value) Value {
		r.abortSignal(ctl(this), Arg(args, 0))
		return Undefined
	})
	r.DefineData(cp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("AbortController"), AttrConfigurable)
	r.defineGlobal("AbortController", ObjectValue(cctor))
}

func (r *Runtime) newAbortSignal() *Object {
	o := r.NewObjectOfType(TypeObject, r.dom().abortSignalProto, &abortSignal{reason: Undefined})
	r.domTargetOf(o)
	return o
}

func (r *Runtime) abortSignalAborted(o *Object) bool {
	s, ok := o.Internal.(*abortSignal)
	return ok && s.aborted
}

// onAbort runs f when the signal aborts (algorithms before the 'abort' event, as the spec orders).
func (r *Runtime) onAbort(o *Object, f func()) {
	if s, ok := o.Internal.(*abortSignal); ok {
		s.onAbort = append(s.onAbort, f)
	}
}

// abortSignal is "signal abort": set the reason (an AbortError by default), run the abort
// algorithms, then fire 'abort'. A second abort does nothing.
func (r *Runtime) abortSignal(o *Object, reason Value) {
	s := o.Internal.(*abortSignal)
	if s.aborted {
		return
	}
	if reason.IsUndefined() {
		reason = ObjectValue(r.newDOMException(nil, "AbortError", "This operation was aborted"))
	}
	s.aborted, s.reason = true, reason
	algos := s.onAbort
	s.onAbort = nil
	for _, f := range algos {
		f()
	}
	r.dispatchEvent(o, r.newTrustedEvent(nil, "abort", false, nil))
}
