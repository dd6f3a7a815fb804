package vm

// NativeFunc is a builtin implemented in Go. It raises JS exceptions by panicking with
// *Exception (use r.Throw*). newTarget is non-nil only for [[Construct]].
type NativeFunc func(r *Runtime, this Value, args []Value) Value

// NativeConstructor is a builtin's [[Construct]] behaviour.
type NativeConstructor func(r *Runtime, args []Value, newTarget *Object) Value

// FunctionData is the internal state of a JSFunction. A builtin has Native set; a JavaScript
// closure has Closure set (SharedFunctionInfo + Context + feedback cell, owned by the interpreter).
type FunctionData struct {
	Name      string
	Native    NativeFunc
	NativeNew NativeConstructor
	Closure   *Closure
	// lazyPrototype: a constructor's `prototype` object is made on first access, as V8's
	// accessor-backed function prototype is.
	lazyPrototype bool
	// ClassConstructor marks `class` constructors: calling one without new throws.
	ClassConstructor bool
	// HomeObject is the object whose prototype `super.x` starts from.
	HomeObject *Object
	// Fields are a class's instance field initialisers, run by the constructor.
	Fields any
	// Realm-independent flags for the interpreter's use.
	Flags uint32
	// Captured lists the heap values a native's Go closure holds (the promise of a resolving
	// function…), so the collector sees them as V8 sees a builtin's context (gc_interp.go).
	Captured []Value
}

// IsConstructor reports [[Construct]].
func (f *FunctionData) IsConstructor() bool {
	if f.Native != nil || f.NativeNew != nil {
		return f.NativeNew != nil
	}
	return f.Closure != nil && f.Closure.isConstructor()
}

// BoundFunction is a bound function exotic object's internal slots.
type BoundFunction struct {
	Target    *Object
	BoundThis Value
	BoundArgs []Value
}

// NewNativeFunction makes a builtin function object with `name` and `length`.
func (r *Runtime) NewNativeFunction(name string, length int, fn NativeFunc) *Object {
	return r.NewNativeFunctionWithProto(r.Intrinsics.FunctionPrototype, name, length, fn)
}

// NewNativeFunctionWithProto is NewNativeFunction with an explicit [[Prototype]].
func (r *Runtime) NewNativeFunctionWithProto(proto *Object, name string, length int, fn NativeFunc) *Object {
	f := r.newObjectRaw(TypeFunction, proto, 0, &FunctionData{Name: name, Native: fn})
	r.addOwn(f, NameKey("length"), Int(length), AttrConfigurable)
	r.addOwn(f, NameKey("name"), Str(name), AttrConfigurable)
	return f
}

// NewNativeConstructor makes a builtin constructor whose `prototype` is proto (and sets
// proto.constructor). call handles calls without new; construct handles new.
func (r *Runtime) NewNativeConstructor(name string, length int, proto *Object, call NativeFunc, construct NativeConstructor) *Object {
	f := r.NewNativeFunction(name, length, call)
	fd := f.Internal.(*FunctionData)
	fd.NativeNew = construct
	if call == nil {
		fd.Native = func(r *Runtime, this Value, args []Value) Value {
			r.ThrowTypeError("Constructor %s requires 'new'", name)
			return Undefined
		}
	}
	if proto != nil {
		r.addOwn(f, NameKey("prototype"), ObjectValue(proto), AttrNone)
		r.DefineData(proto, PropKey(NameKey("constructor")), ObjectValue(f), AttrHidden)
	}
	return f
}

// DefineMethod installs a builtin method (writable, non-enumerable, configurable).
func (r *Runtime) DefineMethod(o *Object, name string, length int, fn NativeFunc) *Object {
	f := r.NewNativeFunction(name, length, fn)
	r.DefineData(o, KeyFromName(name), ObjectValue(f), AttrHidden)
	return f
}

// DefineSymbolMethod installs a builtin method keyed by a symbol; its name is "[desc]".
func (r *Runtime) DefineSymbolMethod(o *Object, sym *Symbol, name string, length int, fn NativeFunc, a Attr) *Object {
	f := r.NewNativeFunction(name, length, fn)
	r.DefineData(o, PropKey(SymbolKey(sym)), ObjectValue(f), a)
	return f
}

// DefineGetter installs a builtin accessor with only a getter (named "get name").
func (r *Runtime) DefineGetter(o *Object, k Key, fn NativeFunc) *Object {
	g := r.NewNativeFunction("get "+k.PropertyKeyOf().String(), 0, fn)
	r.DefineAccessor(o, k, g, nil, AttrConfigurable)
	return g
}

// materializePrototype creates a constructor function's `prototype` object on first use.
func (r *Runtime) materializePrototype(f *Object) {
	fd := f.Internal.(*FunctionData)
	protoOfProto := r.Intrinsics.ObjectPrototype
	if fd.Closure != nil {
		protoOfProto = r.closurePrototypeParent(fd.Closure)
	}
	p := r.NewObjectWithProto(protoOfProto)
	if fd.Closure == nil || !fd.Closure.isGeneratorLike() {
		r.DefineData(p, PropKey(NameKey("constructor")), ObjectValue(f), AttrHidden)
	}
	r.addOwn(f, NameKey("prototype"), ObjectValue(p), AttrWritable)
	r.becomesPrototype(p) // V8 creates it as a prototype in setup mode (map_proto.go)
}

// materializeForLoad creates a function's lazy prototype before a load IC sees the function's
// map: V8's map has the prototype (an accessor) from the start, so the IC logs the map the
// function has from then on.
func (r *Runtime) materializeForLoad(o *Object, k Key) {
	if o.hc.InstanceType != TypeFunction || k.prop.sym != nil || k.prop.name != "prototype" {
		return
	}
	if fd, ok := o.Internal.(*FunctionData); ok && fd.lazyPrototype {
		fd.lazyPrototype = false
		r.materializePrototype(o)
	}
}

// SetLazyPrototype marks a function so its `prototype` object is created on first access.
func (r *Runtime) SetLazyPrototype(f *Object) { f.Internal.(*FunctionData).lazyPrototype = true }

// Call is Call(F, thisArgument, args). It panics with *Exception when F throws.
func (r *Runtime) Call(fn Value, this Value, args ...Value) Value {
	if fn.kind != KindObject {
		r.ThrowTypeError("%s is not a function", r.describeForError(fn))
	}
	return r.CallObject(fn.Object(), this, args)
}

// CallObject calls a function object.
func (r *Runtime) CallObject(f *Object, this Value, args []Value) Value {
	switch f.hc.InstanceType {
	case TypeFunction:
		fd := f.Internal.(*FunctionData)
		if fd.Closure != nil {
			return r.callClosure(f, fd, this, args, nil)
		}
		return r.callNative(f, fd.Native, this, args)
	case TypeBoundFunction:
		b := f.Internal.(*BoundFunction)
		return r.CallObject(b.Target, b.BoundThis, concatArgs(b.BoundArgs, args))
	case TypeProxy:
		return r.proxyCall(f, this, args)
	}
	r.ThrowTypeError("%s is not a function", r.describeForError(ObjectValue(f)))
	return Undefined
}

// Construct is Construct(F, args, newTarget).
func (r *Runtime) Construct(f *Object, args []Value, newTarget *Object) Value {
	if newTarget == nil {
		newTarget = f
	}
	switch f.hc.InstanceType {
	case TypeFunction:
		fd := f.Internal.(*FunctionData)
		if fd.Closure != nil {
			if fd.Closure.isConstructor() {
				return r.callClosure(f, fd, Undefined, args, newTarget)
			}
		} else if fd.NativeNew != nil {
			return r.constructNative(f, fd.NativeNew, args, newTarget)
		}
	case TypeBoundFunction:
		b := f.Internal.(*BoundFunction)
		if newTarget == f {
			newTarget = b.Target
		}
		return r.Construct(b.Target, concatArgs(b.BoundArgs, args), newTarget)
	case TypeProxy:
		return r.proxyConstruct(f, args, newTarget)
	}
	r.ThrowTypeError("%s is not a constructor", r.describeForError(ObjectValue(f)))
	return Undefined
}

func concatArgs(a, b []Value) []Value {
	if len(a) == 0 {
		return b
	}
	out := make([]Value, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// GetPrototypeFromConstructor is GetPrototypeFromConstructor(newTarget, fallback).
func (r *Runtime) GetPrototypeFromConstructor(newTarget *Object, fallback *Object) *Object {
	if newTarget == nil {
		return fallback
	}
	p := r.GetStr(newTarget, "prototype")
	if p.kind == KindObject {
		return p.Object()
	}
	return fallback
}

// Arg returns args[i] or undefined.
func Arg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Undefined
}

// FunctionName returns a function object's debug name.
func (r *Runtime) FunctionName(f *Object) string {
	v, _, ok := r.getOwn(f, PropKey(NameKey("name")))
	if ok && v.kind == KindString {
		return v.String().GoString()
	}
	if fd, isFn := f.Internal.(*FunctionData); isFn {
		return fd.Name
	}
	return ""
}
