package vm

// installBrowserHost makes the global object a Window: window/self/frames/globalThis all refer to
// it, and a minimal document and navigator exist so host checks behave as in Chromium.
func (r *Runtime) installBrowserHost() {
	g := ObjectValue(r.Global)
	// Chromium's Window attributes are enumerable accessors on the global object itself
	// (JSON.stringify(window) finds `window` and reports the circle); the replaceable ones
	// become plain data properties when assigned.
	r.defineWindowAccessor("window", g, false)
	r.defineWindowAccessor("self", g, true)
	r.DefineData(r.Global, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Window"), AttrConfigurable)
	r.installWindow()
	r.defineWindowAccessor("frames", g, true)
	r.defineWindowAccessor("length", Int(0), true)
	r.defineWindowAccessor("top", g, false)
	r.defineWindowAccessor("parent", g, true)
	r.defineGlobal("navigator", ObjectValue(r.newNavigator(
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36", "Linux x86_64", "en-US")))
	for _, name := range []string{"alert", "confirm", "prompt"} {
		n := name
		r.DefineMethod(r.Global, n, 0, func(r *Runtime, this Value, args []Value) Value {
			// A simulated page has no dialogs: the call is shown in the console instead.
			if r.Console != nil {
				r.Console("info", "["+n+"] "+r.safeToString(Arg(args, 0)))
			}
			return Undefined
		})
	}
}

func (r *Runtime) defineWindowAccessor(name string, v Value, replaceable bool) {
	get := r.NewNativeFunction("get "+name, 0, func(r *Runtime, this Value, args []Value) Value { return r.windowAttr(name, v) })
	var set *Object
	attr := AttrEnumerable
	if replaceable {
		attr |= AttrConfigurable
		set = r.NewNativeFunction("set "+name, 1, func(r *Runtime, this Value, args []Value) Value {
			r.DefineOwnProperty(r.Global, StrKey(name), DataDescriptor(Arg(args, 0), AttrDefault))
			return Undefined
		})
	}
	r.DefineAccessor(r.Global, StrKey(name), get, set, attr)
}

// windowAttr reads an attribute's value; the global object is looked up at call time.
func (r *Runtime) windowAttr(name string, v Value) Value {
	if v.IsObject() {
		return ObjectValue(r.GlobalThis)
	}
	return v
}
