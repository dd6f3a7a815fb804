package vm

// Natives are accounted on the simulated stack too (V8's builtin frames), and each Go-level
// re-entry of the interpreter counts against maxNesting so deep native recursion cannot
// exhaust the Go stack.

const nativeFrameBytes = 12 * TaggedSize

func (r *Runtime) callNative(f *Object, fn NativeFunc, this Value, args []Value) Value {
	it := &r.interp
	if it.stack == nil {
		it.init(r)
	}
	if it.stackUsed+nativeFrameBytes > it.stackLimit {
		r.stackOverflow()
	}
	it.stackUsed += nativeFrameBytes
	r.enterNative(f, this, false) // native_frames.go
	defer func() { it.stackUsed -= nativeFrameBytes; r.leaveNative() }()
	return fn(r, this, args)
}

func (r *Runtime) constructNative(f *Object, fn NativeConstructor, args []Value, newTarget *Object) Value {
	it := &r.interp
	if it.stack == nil {
		it.init(r)
	}
	if it.stackUsed+nativeFrameBytes > it.stackLimit {
		r.stackOverflow()
	}
	it.stackUsed += nativeFrameBytes
	r.enterNative(f, Undefined, true)
	defer func() { it.stackUsed -= nativeFrameBytes; r.leaveNative() }()
	return fn(r, args, newTarget)
}
