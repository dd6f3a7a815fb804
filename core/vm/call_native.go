package vm

// PLACEHOLDER until the interpreter lands (owned by the interpreter engineer): native calls
// will be accounted on the simulated stack.
func (r *Runtime) callNative(f *Object, fn NativeFunc, this Value, args []Value) Value {
	return fn(r, this, args)
}

func (r *Runtime) constructNative(f *Object, fn NativeConstructor, args []Value, newTarget *Object) Value {
	return fn(r, args, newTarget)
}

func (r *Runtime) callClosure(f *Object, fd *FunctionData, this Value, args []Value, newTarget *Object) Value {
	r.ThrowTypeError("JavaScript functions cannot run yet: the interpreter is not linked in")
	return Undefined
}

// StackTrace renders "\n    at f (file:line:col)" lines for new Error objects.
func (r *Runtime) StackTrace() string { return "" }
