package vm

// InstallHost gives the global object the host's globals: console for both, then either Node's
// (process, global, Buffer, navigator, the CommonJS module objects made per module by the engine)
// or a browser window's (window, self, document, navigator, alert, …).
func (r *Runtime) InstallHost() {
	r.timerHandles = map[*Object]*hostTimer{}
	r.clockStart = r.Clock.Now()
	r.InstallConsole(r.Options.Host)
	r.installAsyncHooks()
	r.installHostCommon()
	if r.Options.Host == "browser" {
		r.installBrowserHost()
	} else {
		r.installNodeHost()
	}
	r.Heap.EndBootstrap() // what the realm and the host were built with is the snapshot
}

// installHostCommon defines the globals both hosts have.
func (r *Runtime) installHostCommon() {
	r.DefineMethod(r.Global, "structuredClone", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.StructuredClone(Arg(args, 0))
	})
	r.installTimers()
	r.installExecutionClock()
	r.installPerformance()
	r.installDOMEvents()
	r.installDOMException()
	r.installAbort()
	r.installMessaging()
	r.installFetch()
	r.installWebAPIs() // host_web_apis.go
}

// defineGlobalGetterValue installs a read-only-looking global data property (window.self etc.).
func (r *Runtime) defineGlobal(name string, v Value) {
	r.DefineData(r.Global, StrKey(name), v, AttrHidden)
}
