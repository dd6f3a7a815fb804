package vm

import (
	"path/filepath"
	"strings"
)

// Node's `process`: an EventEmitter (its prototype chain is process → EventEmitter.prototype) with
// the loop-facing parts modelled: nextTick, exit/exitCode and the 'exit'/'beforeExit' events,
// emitWarning with Node's default 'warning' printer, uptime/hrtime/memoryUsage on the virtual
// clock and heap, cwd/chdir on the virtual file system.

// nodeProcessPID is what process.pid reports (Node's warnings print it: "(node:4242) …").
const nodeProcessPID = 4242

func (r *Runtime) newProcessObject() *Object {
	ee := r.eventEmitterClass()
	proto := r.NewObjectWithProto(r.tasks.node.events.proto)
	ctorFn := r.NewNativeFunction("process", 0, func(r *Runtime, this Value, args []Value) Value { return Undefined })
	r.DefineData(proto, StrKey("constructor"), ObjectValue(ctorFn), AttrHidden)
	r.DefineData(ctorFn, StrKey("prototype"), ObjectValue(proto), AttrNone)
	_ = ee
	p := r.NewObjectWithProto(proto)
	r.tasks.node.process = p
	filename := r.Options.Filename
	r.tasks.node.cwd = filepath.Dir(filename)
	r.CreateDataProperty(p, StrKey("version"), Str("v"+NodeVersions["node"]))
	versions := r.NewObject()
	for _, k := range []string{"node", "v8", "uv", "modules"} {
		r.CreateDataProperty(versions, StrKey(k), Str(NodeVersions[k]))
	}
	r.CreateDataProperty(p, StrKey("versions"), ObjectValue(versions))
	r.CreateDataProperty(p, StrKey("arch"), Str("x64"))
	r.CreateDataProperty(p, StrKey("platform"), Str("linux"))
	release := r.NewObject()
	r.CreateDataProperty(release, StrKey("name"), Str("node"))
	r.CreateDataProperty(p, StrKey("release"), ObjectValue(release))
	r.eeInit(p, Undefined)
	r.eeAdd(p, Str("warning"), ObjectValue(r.NewNativeFunction("onWarning", 1, func(r *Runtime, this Value, args []Value) Value {
		r.printWarning(Arg(args, 0))
		return Undefined
	})), false)
	r.CreateDataProperty(p, StrKey("exitCode"), Undefined)
	method := func(name string, length int, fn NativeFunc) *Object {
		f := r.NewNativeFunction(name, length, fn)
		r.CreateDataProperty(p, StrKey(name), ObjectValue(f))
		return f
	}
	method("uptime", 0, func(r *Runtime, this Value, args []Value) Value {
		return Number((r.Clock.Now() - r.clockStart) / 1000)
	})
	method("memoryUsage", 0, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.memoryUsage())
	})
	method("exit", 1, func(r *Runtime, this Value, args []Value) Value {
		if c := Arg(args, 0); !c.IsUndefined() {
			r.Set(p, StrKey("exitCode"), c, ObjectValue(p))
		}
		r.nodeExit()
		return Undefined
	})
	hrtime := method("hrtime", 1, func(r *Runtime, this Value, args []Value) Value {
		ns := r.hrtimeNs()
		sec, nsec := ns/1e9, ns%1e9
		if prev := Arg(args, 0).AsObject(); prev != nil {
			ps := int64(r.ToNumber(r.Get(prev, IndexKey(0), ObjectValue(prev))))
			pn := int64(r.ToNumber(r.Get(prev, IndexKey(1), ObjectValue(prev))))
			d := (sec-ps)*1e9 + nsec - pn
			sec, nsec = d/1e9, d%1e9
		}
		return ObjectValue(r.NewArray([]Value{Number(float64(sec)), Number(float64(nsec))}))
	})
	r.DefineMethod(hrtime, "bigint", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.bigIntFromInt64(r.hrtimeNs())
	})
	method("emitWarning", 4, func(r *Runtime, this Value, args []Value) Value {
		r.emitWarning(Arg(args, 0), Arg(args, 1), Arg(args, 2))
		return Undefined
	})
	method("nextTick", 1, func(r *Runtime, this Value, args []Value) Value {
		fn := Arg(args, 0)
		if !fn.IsCallable() {
			r.throwArgType("callback", "function", fn)
		}
		r.enqueueTick(fn, restArgs(args, 1))
		return Undefined
	})
	for _, stream := range []struct{ name, level string }{{"stdout", "log"}, {"stderr", "error"}} {
		s := r.NewObject()
		level := stream.level
		r.DefineMethod(s, "write", 1, func(r *Runtime, this Value, args []Value) Value {
			r.writeRaw(level, r.ToString(Arg(args, 0)).GoString())
			return True
		})
		r.CreateDataProperty(s, StrKey("isTTY"), False)
		r.CreateDataProperty(p, StrKey(stream.name), ObjectValue(s))
	}
	method("chdir", 1, func(r *Runtime, this Value, args []Value) Value {
		dir := r.ToString(Arg(args, 0)).GoString()
		abs := r.resolvePath(dir)
		if !r.vfs().isDir(abs) {
			r.Throw(ObjectValue(r.fsError("ENOENT", "chdir", dir, "process.chdir")))
		}
		r.tasks.node.cwd = abs
		return Undefined
	})
	method("cwd", 0, func(r *Runtime, this Value, args []Value) Value { return Str(r.tasks.node.cwd) })
	r.CreateDataProperty(p, StrKey("env"), ObjectValue(r.NewObject()))
	r.CreateDataProperty(p, StrKey("title"), Str("node"))
	r.CreateDataProperty(p, StrKey("argv"), ObjectValue(r.NewArray([]Value{Str("/usr/local/bin/node"), Str(filename)})))
	r.CreateDataProperty(p, StrKey("execArgv"), ObjectValue(r.NewArray(nil)))
	r.CreateDataProperty(p, StrKey("pid"), Int(nodeProcessPID))
	r.CreateDataProperty(p, StrKey("ppid"), Int(nodeProcessPID-1))
	r.CreateDataProperty(p, StrKey("execPath"), Str("/usr/local/bin/node"))
	return p
}

// hrtimeNs is process.hrtime's clock in ns: monotonic from an arbitrary point, as the system's
// is (here a machine up for an hour when the run started). It reads the loop's whole-ms clock:
// timers start from it, so a 30 ms timer measures at least 30 ms.
func (r *Runtime) hrtimeNs() int64 {
	return hrtimeBootNs + int64((r.Clock.Now()-r.clockStart)*1e6)
}

const hrtimeBootNs = 3600 * 1e9

// memoryUsage reports the simulated heap: heapUsed is what the program allocated on top of a
// fixed baseline (Node's own startup heap), so it grows as the program allocates.
func (r *Runtime) memoryUsage() *Object {
	_, bytes := r.Heap.Allocated()
	const baseUsed, baseTotal, baseRSS = 4_165_512, 5_115_904, 42_663_936
	used := baseUsed + bytes
	total := max(baseTotal, (used+262143)/262144*262144)
	o := r.NewObject()
	r.CreateDataProperty(o, StrKey("rss"), Int(baseRSS+total-baseTotal))
	r.CreateDataProperty(o, StrKey("heapTotal"), Int(total))
	r.CreateDataProperty(o, StrKey("heapUsed"), Int(used))
	r.CreateDataProperty(o, StrKey("external"), Int(1_681_955))
	r.CreateDataProperty(o, StrKey("arrayBuffers"), Int(137_651))
	return o
}

// processEmit is process.emit(name, args…); it reports whether there were listeners.
func (r *Runtime) processEmit(name string, args ...Value) bool {
	p := r.tasks.node.process
	if p == nil {
		return false
	}
	return r.eeEmit(p, Str(name), args)
}

// processExitCode is process.exitCode as an integer (0 when unset).
func (r *Runtime) processExitCode() int {
	p := r.tasks.node.process
	if p == nil {
		return r.tasks.node.exitCode
	}
	c := r.GetStr(p, "exitCode")
	if c.IsUndefined() || c.IsNull() {
		return 0
	}
	return int(r.ToIntegerOrInfinity(c))
}

// nodeExit is process.exit / reallyExit: 'exit' listeners run (once), then the run ends at once:
// no catch or finally block runs, nothing queued runs.
func (r *Runtime) nodeExit() {
	n := &r.tasks.node
	if !n.exiting {
		n.exiting = true
		code := r.processExitCode()
		r.Set(n.process, StrKey("exitCode"), Int(code), ObjectValue(n.process))
		r.processEmit("exit", Int(code))
	}
	n.exitCode = r.processExitCode()
	r.tasks.stopped = true
	panic(&ProcessExit{Code: n.exitCode})
}

// emitWarning is process.emitWarning(warning, type, code): the 'warning' event is emitted on the
// next tick, as Node does.
func (r *Runtime) emitWarning(warning, typ, code Value) {
	if o := typ.AsObject(); o != nil {
		code = r.GetStr(o, "code")
		typ = r.GetStr(o, "type")
	}
	var w *Object
	if o := warning.AsObject(); o != nil && o.Type() == TypeError {
		w = o
	} else {
		name := "Warning"
		if typ.IsString() {
			name = typ.String().GoString()
		}
		msg := r.ToString(warning).GoString()
		w = r.NewError("Error", msg)
		r.DefineData(w, StrKey("name"), Str(name), AttrHidden)
		r.DefineData(w, StrKey("stack"), Str(name+": "+msg+r.StackTrace()), AttrHidden)
		if code.IsString() {
			r.CreateDataProperty(w, StrKey("code"), code)
		}
	}
	r.emitWarningObject(w)
}

func (r *Runtime) emitWarningObject(w *Object) {
	r.enqueueTick(ObjectValue(r.NewNativeFunction("doEmitWarning", 0, func(r *Runtime, this Value, args []Value) Value {
		r.processEmit("warning", ObjectValue(w))
		return Undefined
	})), nil)
}

// nodeWarning emits a warning of a given name (TimeoutOverflowWarning, …).
func (r *Runtime) nodeWarning(name, msg string) { r.emitWarning(Str(msg), Str(name), Undefined) }

// printWarning is Node's onWarning: "(node:PID) [CODE] Name: message", and once per process the
// hint about --trace-warnings.
func (r *Runtime) printWarning(v Value) {
	w := v.AsObject()
	if w == nil || w.Type() != TypeError {
		return
	}
	var b strings.Builder
	b.WriteString("(node:" + itoa(nodeProcessPID) + ") ")
	if c := r.GetStr(w, "code"); ToBoolean(c) {
		b.WriteString("[" + r.ToString(c).GoString() + "] ")
	}
	b.WriteString(r.ToString(r.invoke(v, "toString")).GoString())
	if d := r.GetStr(w, "detail"); d.IsString() {
		b.WriteString("\n" + d.String().GoString())
	}
	n := &r.tasks.node
	if !n.traceHintShown {
		n.traceHintShown = true
		b.WriteString("\n(Use `node --trace-warnings ...` to show where the warning was created)")
	}
	r.writeRaw("error", b.String()+"\n")
}

// nodeTimerWarning is lib/internal/timers.js's warning for a delay it replaces with 1 ms: an
// overflow warns every time, a negative or NaN delay once per process.
func (r *Runtime) nodeTimerWarning(after float64) {
	n := &r.tasks.node
	switch {
	case after > 2147483647:
		r.nodeWarning("TimeoutOverflowWarning", NumberToString(after)+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
	case after < 0:
		if !n.negativeWarned {
			n.negativeWarned = true
			r.nodeWarning("TimeoutNegativeWarning", NumberToString(after)+" is a negative number.\nTimeout duration was set to 1.")
		}
	case after != after:
		if !n.nanWarned {
			n.nanWarned = true
			r.nodeWarning("TimeoutNaNWarning", "NaN is not a number.\nTimeout duration was set to 1.")
		}
	}
}
