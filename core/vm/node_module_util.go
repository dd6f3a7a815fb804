package vm

// require('util'): inspect and format (the console's own formatter, inspect_*.go), promisify
// (with util.promisify.custom and the timers' custom versions), callbackify, inherits,
// deprecate, isDeepStrictEqual and util.types.

func init() {
	NodeBuiltinModules["util"] = func(r *Runtime) Value { return ObjectValue(r.utilModule()) }
}

func (r *Runtime) promisifyCustomSymbol() *Symbol { return r.symbolFor("nodejs.util.promisify.custom") }

func (r *Runtime) utilModule() *Object {
	m := r.NewObject()
	method := func(name string, length int, fn NativeFunc) *Object {
		f := r.NewNativeFunction(name, length, fn)
		r.CreateDataProperty(m, StrKey(name), ObjectValue(f))
		return f
	}
	method("callbackify", 1, func(r *Runtime, this Value, args []Value) Value { return r.callbackify(Arg(args, 0)) })
	method("deprecate", 3, func(r *Runtime, this Value, args []Value) Value {
		fn, msg, code := Arg(args, 0), Arg(args, 1), Arg(args, 2)
		if !fn.IsCallable() {
			r.throwArgType("fn", "function", fn)
		}
		warned := false
		return ObjectValue(r.NewNativeFunction(r.FunctionName(fn.Object()), 0, func(r *Runtime, this Value, a []Value) Value {
			if !warned {
				warned = true
				r.emitWarning(msg, Str("DeprecationWarning"), code)
			}
			return r.Call(fn, this, a...)
		}))
	})
	method("format", 0, func(r *Runtime, this Value, args []Value) Value {
		return Str(r.Format(DefaultInspectOptions(), args))
	})
	method("formatWithOptions", 1, func(r *Runtime, this Value, args []Value) Value {
		return Str(r.Format(r.InspectOptionsFrom(Arg(args, 0), DefaultInspectOptions()), restArgs(args, 1)))
	})
	method("inherits", 2, func(r *Runtime, this Value, args []Value) Value {
		ctor, super := Arg(args, 0), Arg(args, 1)
		if !ctor.IsCallable() {
			r.throwArgType("ctor", "function", ctor)
		}
		if !super.IsCallable() {
			r.throwArgType("superCtor", "function", super)
		}
		sp := r.GetStr(super.Object(), "prototype")
		if sp.IsUndefined() {
			r.throwArgType("superCtor.prototype", "object", sp)
		}
		r.DefineData(ctor.Object(), StrKey("super_"), super, AttrHidden)
		if p := r.GetStr(ctor.Object(), "prototype").AsObject(); p != nil {
			r.SetPrototypeOf(p, sp.AsObject())
		}
		return Undefined
	})
	inspect := method("inspect", 2, func(r *Runtime, this Value, args []Value) Value {
		return Str(r.Inspect(Arg(args, 0), r.InspectOptionsFrom(Arg(args, 1), DefaultInspectOptions())))
	})
	r.CreateDataProperty(inspect, StrKey("custom"), SymbolValue(r.CustomInspectSymbol()))
	method("isArray", 1, func(r *Runtime, this Value, args []Value) Value {
		o := Arg(args, 0).AsObject()
		return Bool(o != nil && o.IsArray())
	})
	method("isDeepStrictEqual", 2, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.Inspect(Arg(args, 0), DefaultInspectOptions()) == r.Inspect(Arg(args, 1), DefaultInspectOptions()) &&
			TypeOf(Arg(args, 0)) == TypeOf(Arg(args, 1)))
	})
	promisify := method("promisify", 1, func(r *Runtime, this Value, args []Value) Value { return r.promisify(Arg(args, 0)) })
	r.CreateDataProperty(promisify, StrKey("custom"), SymbolValue(r.promisifyCustomSymbol()))
	r.CreateDataProperty(m, StrKey("types"), ObjectValue(r.utilTypes()))
	return m
}

// promisify is util.promisify(original).
func (r *Runtime) promisify(original Value) Value {
	if !original.IsCallable() {
		r.throwArgType("original", "function", original)
	}
	of := original.Object()
	custom := PropKey(SymbolKey(r.promisifyCustomSymbol()))
	if c := r.Get(of, custom, original); !c.IsUndefined() {
		if !c.IsCallable() {
			r.throwArgType("util.promisify.custom", "function", c)
		}
		return c
	}
	fn := r.NewNativeFunction("fn", 0, func(r *Runtime, this Value, args []Value) Value {
		p := r.NewPromise()
		cb := r.NewNativeFunction("", 0, func(r *Runtime, _ Value, a []Value) Value {
			if err := Arg(a, 0); ToBoolean(err) {
				r.rejectPromise(p, err)
				return Undefined
			}
			r.resolvePromise(p, Arg(a, 1))
			return Undefined
		})
		call := append(append([]Value(nil), args...), ObjectValue(cb))
		if thrown, ok := r.try(func() { r.Call(original, this, call...) }); !ok {
			r.rejectPromise(p, thrown)
		}
		return ObjectValue(p)
	})
	r.SetPrototypeOf(fn, of.Proto())
	r.DefineData(fn, custom, ObjectValue(fn), AttrConfigurable)
	for _, k := range r.OwnKeys(of) {
		if d, ok := r.GetOwnPropertyDescriptor(of, k); ok {
			r.DefineOwnProperty(fn, k, d)
		}
	}
	return ObjectValue(fn)
}

// callbackify is util.callbackify(original): the callback gets (null, value) or the rejection
// (a falsy reason wrapped in ERR_FALSY_VALUE_REJECTION) on a later tick.
func (r *Runtime) callbackify(original Value) Value {
	if !original.IsCallable() {
		r.throwArgType("original", "function", original)
	}
	of := original.Object()
	fn := r.NewNativeFunction("callbackified", 0, func(r *Runtime, this Value, args []Value) Value {
		if len(args) == 0 || !args[len(args)-1].IsCallable() {
			r.throwArgType("last argument", "function", Arg(args, len(args)-1))
		}
		cb := args[len(args)-1]
		res := r.Call(original, this, args[:len(args)-1]...)
		onF := r.NewNativeFunction("", 1, func(r *Runtime, _ Value, a []Value) Value {
			r.enqueueTick(cb, []Value{Null, Arg(a, 0)})
			return Undefined
		})
		onR := r.NewNativeFunction("", 1, func(r *Runtime, _ Value, a []Value) Value {
			reason := Arg(a, 0)
			if !ToBoolean(reason) {
				e := r.nodeError("Error", "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value")
				r.CreateDataProperty(e, StrKey("reason"), reason)
				reason = ObjectValue(e)
			}
			r.enqueueTick(cb, []Value{reason})
			return Undefined
		})
		r.invoke(res, "then", ObjectValue(onF), ObjectValue(onR))
		return Undefined
	})
	for _, k := range r.OwnKeys(of) {
		d, ok := r.GetOwnPropertyDescriptor(of, k)
		if !ok {
			continue
		}
		switch k.String() {
		case "length":
			if d.Value.IsNumber() {
				d.Value = Number(d.Value.Num() + 1)
			}
		case "name":
			if d.Value.IsString() {
				d.Value = Str(d.Value.String().GoString() + "Callbackified")
			}
		}
		r.DefineOwnProperty(fn, k, d)
	}
	return ObjectValue(fn)
}

// utilTypes is util.types: brand checks that never run JavaScript.
func (r *Runtime) utilTypes() *Object {
	t := r.NewObject()
	typ := func(name string, pred func(o *Object) bool) {
		r.CreateDataProperty(t, StrKey(name), ObjectValue(r.NewNativeFunction(name, 1, func(r *Runtime, this Value, args []Value) Value {
			o := Arg(args, 0).AsObject()
			return Bool(o != nil && pred(o))
		})))
	}
	is := func(ty InstanceType) func(o *Object) bool { return func(o *Object) bool { return o.Type() == ty } }
	typ("isPromise", is(TypePromise))
	typ("isMap", is(TypeMap))
	typ("isSet", is(TypeSet))
	typ("isWeakMap", is(TypeWeakMap))
	typ("isWeakSet", is(TypeWeakSet))
	typ("isDate", is(TypeDate))
	typ("isRegExp", is(TypeRegExp))
	typ("isNativeError", is(TypeError))
	typ("isProxy", is(TypeProxy))
	typ("isGeneratorObject", func(o *Object) bool { return o.Type() == TypeGenerator || o.Type() == TypeAsyncGenerator })
	typ("isBoxedPrimitive", is(TypePrimitiveWrapper))
	typ("isMapIterator", is(TypeMapIterator))
	typ("isSetIterator", is(TypeSetIterator))
	fnKind := func(wantAsync, wantGen bool) func(o *Object) bool {
		return func(o *Object) bool {
			fd, ok := o.Internal.(*FunctionData)
			if !ok || fd.Closure == nil || ClosureKindHook == nil {
				return false
			}
			isAsync, isGen := ClosureKindHook(fd.Closure)
			return (!wantAsync || isAsync) && (!wantGen || isGen)
		}
	}
	typ("isAsyncFunction", fnKind(true, false))
	typ("isGeneratorFunction", fnKind(false, true))
	return t
}
