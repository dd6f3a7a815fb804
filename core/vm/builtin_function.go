package vm

import "math"

func init() { registerBuiltins(11, "Function", installFunction) }

func installFunction(r *Runtime) {
	in := &r.Intrinsics
	fp := in.FunctionPrototype
	ctor := r.NewNativeConstructor("Function", 1, fp,
		func(r *Runtime, this Value, args []Value) Value { return r.functionCtor(args, nil) },
		func(r *Runtime, args []Value, nt *Object) Value { return r.functionCtor(args, nt) })
	in.Function = ctor
	r.DefineMethod(fp, "apply", 2, func(r *Runtime, this Value, args []Value) Value {
		fn := r.requireCallableThis(this, "Function.prototype.apply")
		arr := Arg(args, 1)
		if arr.IsNullish() {
			return r.CallObject(fn, Arg(args, 0), nil)
		}
		return r.CallObject(fn, Arg(args, 0), r.createListFromArrayLike(arr, false))
	})
	r.DefineMethod(fp, "bind", 1, functionBind)
	r.DefineMethod(fp, "call", 1, func(r *Runtime, this Value, args []Value) Value {
		fn := r.requireCallableThis(this, "Function.prototype.call")
		if len(args) == 0 {
			return r.CallObject(fn, Undefined, nil)
		}
		return r.CallObject(fn, args[0], args[1:])
	})
	r.DefineMethod(fp, "toString", 0, func(r *Runtime, this Value, args []Value) Value {
		o := this.AsObject()
		if o == nil || !o.IsCallable() {
			r.ThrowTypeError("Function.prototype.toString requires that 'this' be a Function")
		}
		return Str(r.fnToStringText(o))
	})
	for _, name := range []string{"arguments", "caller"} {
		get := r.NewNativeFunction("get "+name, 0, functionPoisonGetter)
		set := r.NewNativeFunction("set "+name, 1, functionPoisonGetter)
		r.DefineAccessor(fp, StrKey(name), get, set, AttrConfigurable)
	}
	hasInstance := r.DefineSymbolMethod(fp, r.Symbols.HasInstance, "[Symbol.hasInstance]", 1,
		func(r *Runtime, this Value, args []Value) Value {
			o := this.AsObject()
			if o == nil || !o.IsCallable() {
				return False
			}
			return Bool(r.OrdinaryHasInstance(o, Arg(args, 0)))
		}, AttrNone)
	r.SetFunctionHasInstance(hasInstance)
	if in.ThrowTypeError == nil {
		in.ThrowTypeError = r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value {
			r.ThrowTypeError(poisonMessage)
			return Undefined
		})
		r.PreventExtensions(in.ThrowTypeError)
	}
	r.DefineData(r.Global, StrKey("Function"), ObjectValue(ctor), AttrHidden)
}

const poisonMessage = "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"

// functionPoisonGetter backs Function.prototype.arguments/caller: sloppy functions answer null
// (no caller is tracked); strict, arrow, class, generator and builtin functions throw.
func functionPoisonGetter(r *Runtime, this Value, args []Value) Value {
	if o := this.AsObject(); o != nil && o.Type() == TypeFunction {
		fd := o.Internal.(*FunctionData)
		if fd.Closure != nil && fd.Closure.isSloppyFunction() {
			return Null
		}
	}
	r.ThrowTypeError(poisonMessage)
	return Undefined
}

// requireCallableThis is the this-check of Function.prototype.call/apply.
func (r *Runtime) requireCallableThis(this Value, method string) *Object {
	if this.IsCallable() {
		return this.Object()
	}
	kind := TypeOf(this)
	switch {
	case this.IsNullish():
		kind = r.noSideEffectsToString(this)
	case kind == "object":
		kind = "an object"
	default:
		kind = "a " + kind
	}
	r.ThrowTypeError("%s was called on %s, which is %s and not a function", method, r.noSideEffectsToString(this), kind)
	return nil
}

// createListFromArrayLike is CreateListFromArrayLike; keysOnly restricts elements to property keys.
func (r *Runtime) createListFromArrayLike(v Value, keysOnly bool) []Value {
	o := v.AsObject()
	if o == nil {
		r.ThrowTypeError("CreateListFromArrayLike called on non-object")
	}
	var n int64
	if o.IsArray() {
		n = int64(o.ArrayLength())
	} else {
		n = r.ToLength(r.GetStr(o, "length"))
	}
	if n > 1<<24 {
		r.ThrowRangeError("Invalid array length")
	}
	out := make([]Value, n)
	for i := range out {
		e := r.Get(o, IndexKey(uint32(i)), v)
		if keysOnly && !e.IsString() && !e.IsSymbol() {
			r.ThrowTypeError("%s is not a valid property name", r.noSideEffectsToString(e))
		}
		out[i] = e
	}
	return out
}

func functionBind(r *Runtime, this Value, args []Value) Value {
	target := this.AsObject()
	if target == nil || !target.IsCallable() {
		r.ThrowTypeError("Bind must be called on a function")
	}
	var bound []Value
	if len(args) > 1 {
		bound = append([]Value(nil), args[1:]...)
	}
	f := r.newObjectRaw(TypeBoundFunction, r.GetPrototypeOf(target), 0,
		&BoundFunction{Target: target, BoundThis: Arg(args, 0), BoundArgs: bound})
	length := 0.0
	if r.hasOwnViaDescriptor(target, StrKey("length")) {
		if l := r.GetStr(target, "length"); l.IsNumber() {
			switch {
			case math.IsInf(l.Num(), 1):
				length = l.Num()
			case math.IsInf(l.Num(), -1):
			default:
				length = max(0, r.ToIntegerOrInfinity(l)-float64(len(bound)))
			}
		}
	}
	name := emptyString
	if n := r.GetStr(target, "name"); n.IsString() {
		name = n.String()
	}
	r.addOwn(f, NameKey("length"), Number(length), AttrConfigurable)
	r.addOwn(f, NameKey("name"), StringValue(NewString("bound ").Concat(name)), AttrConfigurable)
	return ObjectValue(f)
}

func (r *Runtime) hasOwnViaDescriptor(o *Object, k Key) bool {
	_, ok := r.GetOwnPropertyDescriptor(o, k)
	return ok
}

// fnToStringText is Function.prototype.toString's result for a callable.
func (r *Runtime) fnToStringText(o *Object) string {
	if o.Type() == TypeFunction {
		fd := o.Internal.(*FunctionData)
		if fd.Closure != nil {
			return r.closureSourceText(fd.Closure)
		}
		if o == r.Intrinsics.FunctionPrototype {
			return "function () { [native code] }"
		}
		return "function " + fd.Name + "() { [native code] }"
	}
	return "function () { [native code] }"
}

// functionCtor is CreateDynamicFunction for `Function(p1, …, body)`.
func (r *Runtime) functionCtor(args []Value, newTarget *Object) Value {
	params, body := "", ""
	if len(args) > 0 {
		for i, a := range args[:len(args)-1] {
			if i > 0 {
				params += ","
			}
			params += r.ToString(a).GoStringKey()
		}
		body = r.ToString(args[len(args)-1]).GoStringKey()
	}
	f := r.compileFunctionFromStrings(params, body)
	if newTarget != nil && newTarget != r.Intrinsics.Function {
		r.SetPrototypeOf(f, r.GetPrototypeFromConstructor(newTarget, r.Intrinsics.FunctionPrototype))
	}
	return ObjectValue(f)
}
