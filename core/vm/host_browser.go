package vm

// installBrowserHost makes the global object a Window: window/self/frames/globalThis all refer to
// it, and a minimal document and navigator exist so host checks behave as in Chromium.
func (r *Runtime) installBrowserHost() {
	g := ObjectValue(r.Global)
	for _, name := range []string{"window", "self", "frames", "parent", "top"} {
		r.defineGlobal(name, g)
	}
	r.DefineData(r.Global, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Window"), AttrConfigurable)
	r.installWindow()
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
