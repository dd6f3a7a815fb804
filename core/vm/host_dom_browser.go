package vm

// The page around a browser program: window as an EventTarget (error, unhandledrejection,
// rejectionhandled, message, load), a document with readyState, DOMContentLoaded and load,
// elements that can be clicked and whose attribute changes MutationObservers see (their
// callbacks are microtasks), and window.postMessage.

type element struct {
	tag   string
	attrs []attr
}

type attr struct{ name, value string }

type mutationObserver struct {
	obj      *Object
	callback Value
	targets  map[*Object]mutationOptions
	records  []Value
}

type mutationOptions struct {
	attributes, oldValue bool
	filter               map[string]bool
}

// installWindow gives the global object Window.prototype → EventTarget.prototype, the window
// event handlers, a document and requestAnimationFrame.
func (r *Runtime) installWindow() {
	d := r.dom()
	wp := r.NewObjectWithProto(d.eventTargetProto)
	d.windowProto = wp
	wctor := r.NewNativeConstructor("Window", 0, wp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		r.ThrowTypeError("Illegal constructor")
		return Undefined
	})
	r.DefineData(wp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Window"), AttrConfigurable)
	r.defineGlobal("Window", ObjectValue(wctor))
	r.SetPrototypeOf(r.Global, wp)
	r.defineEventHandlers(r.Global, "error", "unhandledrejection", "rejectionhandled", "message", "load", "DOMContentLoaded")
	r.DefineMethod(r.Global, "postMessage", 1, func(r *Runtime, this Value, args []Value) Value {
		data := r.cloneForMessage(Arg(args, 0))
		r.postTask(queueMessaging, "message", func() {
			ev := r.newTrustedEvent(r.messageEventProto(), "message", false, map[string]Value{
				"data": data, "origin": Str("null"), "source": ObjectValue(r.GlobalThis), "lastEventId": Str(""), "ports": ObjectValue(r.NewArray(nil))})
			r.dispatchEvent(r.Global, ev)
		})
		return Undefined
	})
	// window.name is the browsing context's name: "" for a new tab, always a string.
	windowName := "" // a Go string: no heap object hides in the closures
	nameGet := r.NewNativeFunction("get name", 0, func(r *Runtime, this Value, args []Value) Value { return Str(windowName) })
	nameSet := r.NewNativeFunction("set name", 1, func(r *Runtime, this Value, args []Value) Value {
		windowName = r.ToString(Arg(args, 0)).GoString()
		return Undefined
	})
	r.DefineAccessor(r.Global, StrKey("name"), nameGet, nameSet, AttrEnumerable|AttrConfigurable)
	status := ""
	r.DefineAccessor(r.Global, StrKey("status"),
		r.NewNativeFunction("get status", 0, func(r *Runtime, this Value, args []Value) Value { return Str(status) }),
		r.NewNativeFunction("set status", 1, func(r *Runtime, this Value, args []Value) Value {
			status = r.ToString(Arg(args, 0)).GoString()
			return Undefined
		}), AttrEnumerable|AttrConfigurable)
	r.installDocument()
	r.installAnimationFrames()
	r.installMutationObserver()
}

func (r *Runtime) installDocument() {
	d := r.dom()
	ep := r.NewObjectWithProto(d.eventTargetProto)
	d.elementProto = ep
	r.NewNativeConstructor("HTMLElement", 0, ep, nil, func(r *Runtime, args []Value, nt *Object) Value {
		r.ThrowTypeError("Illegal constructor")
		return Undefined
	})
	el := func(this Value) *element {
		if o := this.AsObject(); o != nil {
			if e, ok := o.Internal.(*element); ok {
				return e
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil
	}
	r.DefineGetter(ep, StrKey("tagName"), func(r *Runtime, this Value, args []Value) Value { return Str(el(this).tag) })
	r.DefineMethod(ep, "setAttribute", 2, func(r *Runtime, this Value, args []Value) Value {
		e := el(this)
		name, value := r.ToString(Arg(args, 0)).GoString(), r.ToString(Arg(args, 1)).GoString()
		old := Null
		found := false
		for i := range e.attrs {
			if e.attrs[i].name == name {
				old = Str(e.attrs[i].value)
				e.attrs[i].value = value
				found = true
			}
		}
		if !found {
			e.attrs = append(e.attrs, attr{name, value})
		}
		r.queueAttributeMutation(this.AsObject(), name, old)
		return Undefined
	})
	r.DefineMethod(ep, "getAttribute", 1, func(r *Runtime, this Value, args []Value) Value {
		name := r.ToString(Arg(args, 0)).GoString()
		for _, a := range el(this).attrs {
			if a.name == name {
				return Str(a.value)
			}
		}
		return Null
	})
	r.DefineMethod(ep, "removeAttribute", 1, func(r *Runtime, this Value, args []Value) Value {
		e := el(this)
		name := r.ToString(Arg(args, 0)).GoString()
		for i, a := range e.attrs {
			if a.name == name {
				e.attrs = append(e.attrs[:i], e.attrs[i+1:]...)
				r.queueAttributeMutation(this.AsObject(), name, Str(a.value))
				break
			}
		}
		return Undefined
	})
	r.DefineMethod(ep, "click", 0, func(r *Runtime, this Value, args []Value) Value {
		o := this.AsObject()
		el(this)
		ev := r.newEvent(d.eventProto, "click", Undefined)
		ed := eventDataOf(ev)
		ed.bubbles, ed.cancelable = true, true
		r.dispatchEvent(o, ev)
		return Undefined
	})
	r.defineEventHandlers(ep, "click")

	dp := r.NewObjectWithProto(d.eventTargetProto)
	r.DefineData(dp, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("HTMLDocument"), AttrConfigurable)
	doc := r.NewObjectWithProto(dp)
	d.documentObj = doc
	r.domTargetOf(doc).parent = r.Global
	r.CreateDataProperty(doc, StrKey("title"), Str(""))
	r.DefineGetter(dp, StrKey("nodeName"), func(r *Runtime, this Value, args []Value) Value { return Str("#document") })
	r.DefineGetter(dp, StrKey("nodeType"), func(r *Runtime, this Value, args []Value) Value { return Int(9) })
	r.DefineGetter(dp, StrKey("readyState"), func(r *Runtime, this Value, args []Value) Value {
		return Str(r.tasks.browser.readyState())
	})
	r.DefineMethod(dp, "createElement", 1, func(r *Runtime, this Value, args []Value) Value {
		tag := r.ToString(Arg(args, 0)).GoString()
		o := r.NewObjectOfType(TypeObject, ep, &element{tag: upperASCII(tag)})
		return ObjectValue(o)
	})
	r.defineEventHandlers(dp, "DOMContentLoaded", "click")
	r.defineGlobal("document", ObjectValue(doc))
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func (b *browserLoop) readyState() string {
	switch b.loadState {
	case 0:
		return "loading"
	case 1:
		return "interactive"
	}
	return "complete"
}

// browserDocumentLoaded runs after the script and its microtask checkpoint: the parser finishes
// (DOMContentLoaded at the document, synchronously), and the load event becomes a task.
func (r *Runtime) browserDocumentLoaded() {
	b := &r.tasks.browser
	d := r.dom()
	b.loadState = 1
	if d.documentObj != nil {
		ev := r.newTrustedEvent(nil, "DOMContentLoaded", false, nil)
		eventDataOf(ev).bubbles = true
		r.dispatchEvent(d.documentObj, ev)
		r.drain()
	}
	r.postTask(queueDOM, "load", func() {
		b.loadState = 2
		r.dispatchEvent(r.Global, r.newTrustedEvent(nil, "load", false, nil))
	})
}

// dispatchErrorEvent fires 'error' at the window for an uncaught exception; it returns true when
// a handler cancelled the report (onerror returning true, or preventDefault).
func (r *Runtime) dispatchErrorEvent(v Value) bool {
	if r.isNode() || r.dom().windowProto == nil {
		return false
	}
	msg := "Uncaught " + r.browserExceptionText(v)
	ev := r.newTrustedEvent(r.errorEventProto(), "error", true, map[string]Value{
		"message": Str(msg), "filename": Str(r.Options.Filename), "lineno": Int(0), "colno": Int(0), "error": v})
	ed := eventDataOf(ev)
	// window.onerror gets (message, source, lineno, colno, error) and cancels by returning true
	t := r.domTargetOf(r.Global)
	ed.dispatching, ed.target, ed.currentTarget = true, ObjectValue(r.Global), ObjectValue(r.Global)
	for _, l := range append([]*domListener(nil), t.listeners...) {
		if l.removed || l.typ != "error" || !l.fn.IsCallable() {
			continue
		}
		var ret Value
		if l.isAttr {
			r.guardNested(func() {
				ret = r.Call(l.fn, ObjectValue(r.Global), Str(msg), Str(r.Options.Filename), Int(0), Int(0), v)
			})
			if ret.IsBoolean() && ret.Boolean() {
				ed.defaultPrevented = true
			}
			continue
		}
		r.guardNested(func() { r.Call(l.fn, ObjectValue(r.Global), ObjectValue(ev)) })
	}
	ed.dispatching = false
	return ed.defaultPrevented
}

// guardNested runs a handler of an error report; its own exception is reported plainly.
func (r *Runtime) guardNested(f func()) {
	if thrown, ok := r.try(f); !ok {
		r.report(thrown, OriginCallback)
	}
}

// browserExceptionText is how Chrome's console names an uncaught value after "Uncaught ": an
// Error's first stack line, anything else as console.log shows it.
func (r *Runtime) browserExceptionText(v Value) string {
	if o := v.AsObject(); o != nil && o.Type() == TypeError {
		return r.ErrorSummary(v)
	}
	return r.safeToString(v)
}

// dispatchRejectionEvent fires unhandledrejection / rejectionhandled (PromiseRejectionEvent) at
// the window; it returns true when the event was cancelled.
func (r *Runtime) dispatchRejectionEvent(typ string, promise *Object, reason Value, cancelable bool) bool {
	if r.dom().windowProto == nil {
		return false
	}
	ev := r.newTrustedEvent(r.rejectionEventProto(), typ, cancelable, map[string]Value{"promise": ObjectValue(promise), "reason": reason})
	return !r.dispatchEvent(r.Global, ev)
}

func (r *Runtime) eventSubclass(slot **Object, name string, fields ...string) *Object {
	if *slot != nil {
		return *slot
	}
	d := r.dom()
	p := r.NewObjectWithProto(d.eventProto)
	ctor := r.NewNativeConstructor(name, 2, p, nil, func(r *Runtime, args []Value, nt *Object) Value {
		o := r.newEvent(r.GetPrototypeFromConstructor(nt, p), r.ToString(Arg(args, 0)).GoString(), Arg(args, 1))
		if io := Arg(args, 1).AsObject(); io != nil {
			for _, f := range fields {
				r.eventExtra(o)[f] = r.GetStr(io, f)
			}
		}
		return ObjectValue(o)
	})
	for _, f := range fields {
		f := f
		r.DefineGetter(p, StrKey(f), func(r *Runtime, this Value, args []Value) Value {
			if o := this.AsObject(); o != nil && eventDataOf(o) != nil {
				if v, ok := r.eventExtra(o)[f]; ok {
					return v
				}
			}
			return Undefined
		})
	}
	r.defineGlobal(name, ObjectValue(ctor))
	*slot = p
	return p
}

func (r *Runtime) errorEventProto() *Object {
	return r.eventSubclass(&r.dom().errorEventProto, "ErrorEvent", "message", "filename", "lineno", "colno", "error")
}

func (r *Runtime) rejectionEventProto() *Object {
	return r.eventSubclass(&r.dom().rejectionEventProto, "PromiseRejectionEvent", "promise", "reason")
}

func (r *Runtime) messageEventProto() *Object {
	return r.eventSubclass(&r.dom().msgEvt, "MessageEvent", "data", "origin", "lastEventId", "source", "ports")
}

// ---- MutationObserver

func (r *Runtime) installMutationObserver() {
	d := r.dom()
	proto := r.NewObject()
	ctor := r.NewNativeConstructor("MutationObserver", 1, proto, nil, func(r *Runtime, args []Value, nt *Object) Value {
		cb := Arg(args, 0)
		if !cb.IsCallable() {
			r.ThrowTypeError("Failed to construct 'MutationObserver': parameter 1 is not of type 'Function'.")
		}
		mo := &mutationObserver{callback: cb, targets: map[*Object]mutationOptions{}}
		mo.obj = r.NewObjectOfType(TypeObject, r.GetPrototypeFromConstructor(nt, proto), mo)
		d.mutationObservers = append(d.mutationObservers, mo)
		return ObjectValue(mo.obj)
	})
	this := func(v Value) *mutationObserver {
		if o := v.AsObject(); o != nil {
			if mo, ok := o.Internal.(*mutationObserver); ok {
				return mo
			}
		}
		r.ThrowTypeError("Illegal invocation")
		return nil
	}
	r.DefineMethod(proto, "observe", 2, func(r *Runtime, thisV Value, args []Value) Value {
		mo := this(thisV)
		target := Arg(args, 0).AsObject()
		if target == nil {
			r.ThrowTypeError("Failed to execute 'observe' on 'MutationObserver': parameter 1 is not of type 'Node'.")
		}
		var opts mutationOptions
		if o := Arg(args, 1).AsObject(); o != nil {
			opts.attributes = ToBoolean(r.GetStr(o, "attributes")) || !r.GetStr(o, "attributeFilter").IsUndefined() || ToBoolean(r.GetStr(o, "attributeOldValue"))
			opts.oldValue = ToBoolean(r.GetStr(o, "attributeOldValue"))
			if f := r.GetStr(o, "attributeFilter"); f.IsObject() {
				opts.filter = map[string]bool{}
				for _, v := range r.IterableToList(f) {
					opts.filter[r.ToString(v).GoString()] = true
				}
			}
		}
		mo.targets[target] = opts
		return Undefined
	})
	r.DefineMethod(proto, "disconnect", 0, func(r *Runtime, thisV Value, args []Value) Value {
		mo := this(thisV)
		mo.targets = map[*Object]mutationOptions{}
		mo.records = nil
		return Undefined
	})
	r.DefineMethod(proto, "takeRecords", 0, func(r *Runtime, thisV Value, args []Value) Value {
		mo := this(thisV)
		recs := mo.records
		mo.records = nil
		return ObjectValue(r.NewArray(recs))
	})
	r.defineGlobal("MutationObserver", ObjectValue(ctor))
}

// queueAttributeMutation is "queue a mutation record" for an attribute change, then "queue a
// mutation observer microtask" (one per checkpoint for all observers).
func (r *Runtime) queueAttributeMutation(target *Object, name string, old Value) {
	d := r.dom()
	for _, mo := range d.mutationObservers {
		opts, ok := mo.targets[target]
		if !ok || !opts.attributes || opts.filter != nil && !opts.filter[name] {
			continue
		}
		rec := r.NewObject()
		r.CreateDataProperty(rec, StrKey("type"), Str("attributes"))
		r.CreateDataProperty(rec, StrKey("target"), ObjectValue(target))
		r.CreateDataProperty(rec, StrKey("attributeName"), Str(name))
		ov := Null
		if opts.oldValue {
			ov = old
		}
		r.CreateDataProperty(rec, StrKey("oldValue"), ov)
		mo.records = append(mo.records, ObjectValue(rec))
	}
	if d.mutationMicrotaskQueued {
		return
	}
	d.mutationMicrotaskQueued = true
	r.enqueueJob(&job{kind: jobHost, run: func() {
		d.mutationMicrotaskQueued = false
		for _, mo := range append([]*mutationObserver(nil), d.mutationObservers...) {
			if len(mo.records) == 0 {
				continue
			}
			recs := mo.records
			mo.records = nil
			r.guard(OriginCallback, func() { r.Call(mo.callback, ObjectValue(mo.obj), ObjectValue(r.NewArray(recs)), ObjectValue(mo.obj)) })
		}
	}})
}
