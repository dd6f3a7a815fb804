package vm

import "strings"

func init() { registerBuiltins(18, "Error", installErrors) }

// errorSubclasses are the NativeError constructors, in V8's global order.
var errorSubclasses = []string{"AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"}

func installErrors(r *Runtime) {
	in := &r.Intrinsics
	// One getter/setter pair serves every error's own `stack` accessor, as in V8.
	r.core.stackGet = r.NewNativeFunction("", 0, errorStackGetter)
	r.core.stackSet = r.NewNativeFunction("", 1, errorStackSetter)

	errCtor := r.newErrorConstructor("Error", 1, in.ErrorPrototype, nil)
	r.core.errorToString = r.DefineMethod(in.ErrorPrototype, "toString", 0, errorToString)
	r.DefineMethod(errCtor, "captureStackTrace", 2, func(r *Runtime, this Value, args []Value) Value {
		o := Arg(args, 0).AsObject()
		if o == nil {
			r.ThrowTypeError("invalid_argument")
		}
		r.captureStack(o, Arg(args, 1).AsObject())
		return Undefined
	})
	if r.Options.Host == "node" {
		// Node's own formatter; a user replacement is not called (no CallSite objects).
		f := r.NewNativeFunction("ErrorPrepareStackTrace", 2, func(r *Runtime, this Value, args []Value) Value {
			return Str(r.formatStack(Arg(args, 0), r.stackOf(Arg(args, 0).AsObject())))
		})
		r.DefineData(errCtor, StrKey("prepareStackTrace"), ObjectValue(f), AttrHidden)
	}
	r.DefineMethod(errCtor, "isError", 1, func(r *Runtime, this Value, args []Value) Value {
		o := Arg(args, 0).AsObject()
		return Bool(o != nil && o.Type() == TypeError)
	})
	r.DefineData(errCtor, StrKey("stackTraceLimit"), Int(10), AttrDefault)
	r.DefineData(r.Global, StrKey("Error"), ObjectValue(errCtor), AttrHidden)
	for _, name := range errorSubclasses {
		length := 1
		if name == "AggregateError" {
			length = 2
		}
		c := r.newErrorConstructor(name, length, in.ErrorPrototypes[name], errCtor)
		r.DefineData(r.Global, StrKey(name), ObjectValue(c), AttrHidden)
	}
}

func (r *Runtime) newErrorConstructor(name string, length int, proto, parent *Object) *Object {
	var c *Object
	construct := func(r *Runtime, args []Value, nt *Object) Value {
		if nt == nil {
			nt = c
		}
		return ObjectValue(r.constructError(name, proto, nt, args))
	}
	c = r.NewNativeConstructor(name, length, proto,
		func(r *Runtime, this Value, args []Value) Value { return construct(r, args, nil) }, construct)
	if parent != nil {
		r.SetPrototypeOf(c, parent)
	}
	r.DefineData(proto, StrKey("name"), Str(name), AttrHidden)
	r.DefineData(proto, StrKey("message"), Str(""), AttrHidden)
	r.Intrinsics.Errors[name] = c
	return c
}

// constructError is the NativeError / AggregateError constructor body.
func (r *Runtime) constructError(name string, fallback, newTarget *Object, args []Value) *Object {
	o := r.newObjectRaw(TypeError, r.GetPrototypeFromConstructor(newTarget, fallback), 0, nil)
	var skip *Object
	if closureOf(newTarget) != nil {
		skip = newTarget // a subclass: its constructor frames are not part of the stack
	}
	r.captureStack(o, skip)
	msgArg, optArg := Arg(args, 0), Arg(args, 1)
	if name == "AggregateError" {
		msgArg, optArg = Arg(args, 1), Arg(args, 2)
	}
	if !msgArg.IsUndefined() {
		r.DefineData(o, StrKey("message"), StringValue(r.ToString(msgArg)), AttrHidden)
	}
	if opts := optArg.AsObject(); opts != nil && r.HasProperty(opts, StrKey("cause")) {
		r.DefineData(o, StrKey("cause"), r.GetStr(opts, "cause"), AttrHidden)
	}
	if name == "AggregateError" {
		errs := Arg(args, 0)
		if errs.IsNullish() || !r.GetV(errs, PropKey(SymbolKey(r.Symbols.Iterator))).IsCallable() {
			r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.describeForIterable(errs))
		}
		r.DefineData(o, StrKey("errors"), ObjectValue(r.NewArray(r.IterableToList(errs))), AttrHidden)
	}
	return o
}

func errorToString(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		r.ThrowTypeError("Method Error.prototype.toString called on incompatible receiver %s", r.noSideEffectsToString(this))
	}
	return Str(r.errorHeader(o))
}

// errorHeader is ErrorUtils::ToString: "name: message" with the empty parts left out.
func (r *Runtime) errorHeader(o *Object) string {
	name, msg := "Error", ""
	if v := r.GetStr(o, "name"); !v.IsUndefined() {
		name = r.ToString(v).GoString()
	}
	if v := r.GetStr(o, "message"); !v.IsUndefined() {
		msg = r.ToString(v).GoString()
	}
	return joinErrorHeader(name, msg)
}

func joinErrorHeader(name, msg string) string {
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// errorToStringNoSideEffects renders an error inside another message without running user code.
func (r *Runtime) errorToStringNoSideEffects(o *Object) string {
	name, msg := "Error", ""
	if v := r.getDataProperty(o, StrKey("name")); v.IsString() {
		name = v.String().GoString()
	}
	if v := r.getDataProperty(o, StrKey("message")); v.IsString() {
		msg = v.String().GoString()
	}
	return joinErrorHeader(name, msg)
}

// errorStack is what V8 keeps under its private error_stack_symbol: the frames captured when the
// error was made, and the formatted string once `stack` has been read (or the value it was set to).
type errorStack struct {
	frames    string // "\n    at f (file:1:2)" lines from the interpreter
	formatted bool
	value     Value
}

// captureStack records the current frames on o and gives it the `stack` accessor. skipUntil is
// captureStackTrace's second argument: frames up to and including its call are left out.
func (r *Runtime) captureStack(o *Object, skipUntil *Object) {
	limit := r.getDataProperty(r.Intrinsics.Errors["Error"], StrKey("stackTraceLimit"))
	if r.Intrinsics.Errors["Error"] == nil {
		limit = Int(10)
	}
	if !limit.IsNumber() {
		return
	}
	frames := r.StackTrace()
	if skipUntil != nil && closureOf(skipUntil) != nil {
		frames = r.stackTraceSkipping(skipUntil)
	} else if skipUntil != nil {
		frames = skipFramesUntil(frames, r.FunctionName(skipUntil))
	}
	frames = limitFrames(frames, limit.Num())
	st := &errorStack{frames: frames}
	if o.Type() == TypeError && (o.Internal == nil || isErrorStack(o.Internal)) {
		o.Internal = st
	} else {
		if r.core.stacks == nil {
			r.core.stacks = map[*Object]*errorStack{}
		}
		r.core.stacks[o] = st
	}
	if r.core.stackGet == nil { // errors made before the Error builtins are installed
		r.DefineData(o, StrKey("stack"), Str(frames), AttrHidden)
		return
	}
	r.DefineAccessor(o, StrKey("stack"), r.core.stackGet, r.core.stackSet, AttrConfigurable)
}

func isErrorStack(x any) bool { _, ok := x.(*errorStack); return ok }

func limitFrames(frames string, limit float64) string {
	if limit != limit || limit <= 0 {
		return ""
	}
	n := 0
	for i := 0; i < len(frames); i++ {
		if frames[i] == '\n' {
			if float64(n) >= limit {
				return frames[:i]
			}
			n++
		}
	}
	return frames
}

// skipFramesUntil drops frames up to and including the newest call of the named function; when
// it is not on the stack nothing is left, as in V8.
func skipFramesUntil(frames, name string) string {
	lines := strings.Split(frames, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if name != "" && (strings.HasPrefix(t, "at "+name+" ") || strings.HasPrefix(t, "at new "+name+" ") ||
			strings.Contains(t, "."+name+" ")) {
			if rest := lines[i+1:]; len(rest) > 0 {
				return "\n" + strings.Join(rest, "\n")
			}
			return ""
		}
	}
	return ""
}

// stackOf finds the stack record on o or its prototype chain (GetDataProperty semantics).
func (r *Runtime) stackOf(o *Object) *errorStack {
	for p := o; p != nil; p = p.Proto() {
		if st, ok := p.Internal.(*errorStack); ok {
			return st
		}
		if st := r.core.stacks[p]; st != nil {
			return st
		}
	}
	return nil
}

func (r *Runtime) formatStack(errVal Value, st *errorStack) string {
	frames := ""
	if st != nil {
		frames = st.frames
	}
	if o := errVal.AsObject(); o != nil {
		return r.errorHeader(o) + frames
	}
	return r.ToString(errVal).GoString() + frames
}

func errorStackGetter(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		return Undefined
	}
	st := r.stackOf(o)
	if st == nil {
		return Undefined
	}
	if !st.formatted {
		st.value = Str(r.formatStack(this, st))
		st.formatted = true
	}
	return st.value
}

func errorStackSetter(r *Runtime, this Value, args []Value) Value {
	if o := this.AsObject(); o != nil {
		if st := r.stackOf(o); st != nil {
			st.value, st.formatted = Arg(args, 0), true
		}
	}
	return Undefined
}

// StackString is an error's stack text for hosts printing uncaught errors ("" when absent).
func (r *Runtime) StackString(v Value) string {
	o := v.AsObject()
	if o == nil {
		return ""
	}
	s := r.Get(o, StrKey("stack"), v)
	if !s.IsString() {
		return ""
	}
	return s.String().GoString()
}
