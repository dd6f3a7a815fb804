package vm

import "strings"

// Builtin frames in stack traces. V8 lists a builtin that is running when an error is made —
// one that called back into JavaScript, or threw itself — as "at Array.forEach (<anonymous>)":
// the receiver's type name (or, for a static method, its constructor's name), the builtin's
// name, no position. Function.prototype.call/apply, Reflect.apply/construct and eval are
// trampolines V8 never shows, and the Error constructors are skipped as V8 skips them.

type nativeFrame struct {
	fn        *Object
	this      Value
	construct bool
	depth     int // interpreter frames beneath it
}

func init() {
	registerBuiltins(950, "native frames", func(r *Runtime) {
		hidden := map[*Object]bool{r.core.evalFn: true}
		for _, f := range []Value{
			r.GetStr(r.Intrinsics.FunctionPrototype, "call"), r.GetStr(r.Intrinsics.FunctionPrototype, "apply"),
			r.GetStr(r.Intrinsics.Reflect, "apply"), r.GetStr(r.Intrinsics.Reflect, "construct"),
			r.GetStr(r.Intrinsics.Errors["Error"], "captureStackTrace"),
		} {
			if o := f.AsObject(); o != nil {
				hidden[o] = true
			}
		}
		for _, c := range r.Intrinsics.Errors {
			hidden[c] = true
		}
		r.core.hiddenNatives = hidden
	})
}

// enterNative records a builtin call; the returned function ends it.
func (r *Runtime) enterNative(f *Object, this Value, construct bool) {
	r.core.nativeFrames = append(r.core.nativeFrames, nativeFrame{fn: f, this: this, construct: construct, depth: len(r.interp.frames)})
}

func (r *Runtime) leaveNative() {
	n := len(r.core.nativeFrames) - 1
	r.core.nativeFrames[n] = nativeFrame{}
	r.core.nativeFrames = r.core.nativeFrames[:n]
}

// nativeFramesAt returns the text of the builtin frames that sit directly above interpreter
// frame depth-1 (innermost first).
func (r *Runtime) nativeFramesAt(depth int) string {
	s := ""
	for i := len(r.core.nativeFrames) - 1; i >= 0; i-- {
		nf := r.core.nativeFrames[i]
		if nf.depth != depth || r.core.hiddenNatives[nf.fn] {
			continue
		}
		// String.prototype.replace/split/match… run RegExp's @@replace/@@split… inline in V8
		if i > 0 && r.core.nativeFrames[i-1].depth == depth && strings.HasPrefix(r.FunctionName(nf.fn), "[Symbol.") {
			continue
		}
		s += "\n    at " + r.nativeFrameDescription(nf)
	}
	return s
}

func (r *Runtime) nativeFrameDescription(nf nativeFrame) string {
	name := r.FunctionName(nf.fn)
	if nf.construct {
		return "new " + name + " (<anonymous>)"
	}
	if t := r.nativeReceiverName(nf.this); t != "" {
		name = t + "." + name
	}
	return name + " (<anonymous>)"
}

func (r *Runtime) nativeReceiverName(v Value) string {
	switch v.kind {
	case KindString, KindNumber, KindBoolean, KindSymbol, KindBigInt:
		return primitiveWrapperName(v)
	case KindObject:
		o := v.Object()
		if o.IsCallable() {
			return r.FunctionName(o)
		}
		if o == r.GlobalThis || o == r.Global {
			return ""
		}
		return r.v8ConstructorName(o)
	}
	return ""
}
