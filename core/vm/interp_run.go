package vm

import (
	"fmt"
	"runtime/debug"

	bc "enginescope/core/bytecode"
)

// The engine facade runs a compiled program through these entry points.

// NativeContext is the outermost context every top-level function starts in.
func (r *Runtime) nativeContext() *Context {
	it := &r.interp
	it.init(r)
	if it.scriptContext == nil {
		it.scriptContext = &Context{Slots: make([]Value, 2)}
		r.placeContext(it.scriptContext) // a root: the interpreter holds it (gc_interp.go)
	}
	return it.scriptContext
}

// NewTopLevelFunction makes the function object of a compiled top level: for the node host
// the CommonJS module wrapper (call it with this = module.exports and the five wrapper
// arguments), for a classic script its top-level code (call it with this = globalThis).
func (r *Runtime) NewTopLevelFunction(sfi *bc.SharedFunctionInfo) *Object {
	ctx := r.nativeContext()
	if si := sfi.ScriptScope; si != nil {
		c := r.newContext(ctx, si, si.Length())
		for i := si.Header(); i < len(c.Slots); i++ {
			c.Slots[i] = Hole
		}
		ctx = c
		fn := r.newClosure(sfi, ctx)
		r.core.mainScript = fn // code from strings sees its lexical bindings (interp_eval.go)
		return fn
	}
	return r.newClosure(sfi, ctx)
}

// RunScript runs a classic script's compiled top level with this = globalThis and returns
// its completion value. A JavaScript exception propagates as a panic(*Exception).
func (r *Runtime) RunScript(sfi *bc.SharedFunctionInfo) Value {
	fn := r.NewTopLevelFunction(sfi)
	return r.CallObject(fn, ObjectValue(r.GlobalThis), nil)
}

// Outcome is how a protected run ended.
type Outcome struct {
	Value     Value
	Exception *Exception       // uncaught JavaScript exception
	Term      *Termination     // step budget exhausted
	Exit      *ProcessExit     // process.exit() was called
	OOM       *HeapOutOfMemory // the heap limit was reached (heap_oom.go)
	Internal  error            // a Go panic inside the engine (with stack)
}

// Protect runs f, converting JavaScript exceptions, termination and Go panics into an
// Outcome; the interpreter state is reset so the runtime stays usable.
func (r *Runtime) Protect(f func() Value) (out Outcome) {
	it := &r.interp
	depth := len(it.frames)
	defer func() {
		if e := recover(); e != nil {
			switch x := e.(type) {
			case *Exception:
				out.Exception = x
			case *Termination:
				out.Term = x
			case *ProcessExit:
				out.Exit = x
			case *HeapOutOfMemory:
				out.OOM = x
			default:
				out.Internal = fmt.Errorf("internal error: %v\n%s", e, debug.Stack())
			}
			for len(it.frames) > depth {
				r.popFrameQuiet()
			}
			it.nesting = 0
		}
	}()
	out.Value = f()
	return out
}

// popFrameQuiet drops the top frame without events (cleanup after termination).
func (r *Runtime) popFrameQuiet() {
	it := &r.interp
	n := len(it.frames) - 1
	f := it.frames[n]
	it.frames = it.frames[:n]
	it.sp = f.base
	it.stackUsed -= f.sim
	*f = frame{}
	it.free = append(it.free, f)
}

// ThrowSite locates where the current uncaught exception was thrown (top frame at throw).
func (r *Runtime) ThrowSite() ThrowInfo { return r.interp.throwSite }
