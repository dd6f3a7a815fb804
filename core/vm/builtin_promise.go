package vm

// The Promise constructor, Promise.prototype and the non-combinator statics (ECMA-262 §27.2.3–5),
// in V8's property order: Promise has length, name, prototype, all, allSettled, any, race,
// resolve, reject, withResolvers, try, @@species; the prototype has constructor, then, catch,
// finally, @@toStringTag.

func init() { registerBuiltins(30, "promise", installPromise) }

func installPromise(r *Runtime) {
	in := &r.Intrinsics
	proto := in.PromisePrototype
	ctor := r.NewNativeConstructor("Promise", 1, proto, func(r *Runtime, this Value, args []Value) Value {
		r.ThrowTypeError("Promise constructor cannot be invoked without 'new'")
		return Undefined
	}, func(r *Runtime, args []Value, newTarget *Object) Value {
		executor := Arg(args, 0)
		if !executor.IsCallable() {
			r.ThrowTypeError("Promise resolver %s is not a function", r.promiseResolverText(executor))
		}
		p := r.newPromiseObject(r.GetPrototypeFromConstructor(newTarget, in.PromisePrototype))
		resolve, reject := r.createResolvingFunctions(p)
		if thrown, ok := r.try(func() { r.Call(executor, Undefined, ObjectValue(resolve), ObjectValue(reject)) }); !ok {
			r.CallObject(reject, Undefined, []Value{thrown})
		}
		return ObjectValue(p)
	})
	in.Promise = ctor
	r.installPromiseCombinators(ctor)
	r.DefineMethod(ctor, "resolve", 1, func(r *Runtime, this Value, args []Value) Value {
		c := this.AsObject()
		if c == nil {
			r.ThrowTypeError("PromiseResolve called on non-object")
		}
		return r.PromiseResolve(c, Arg(args, 0))
	})
	r.DefineMethod(ctor, "reject", 1, func(r *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			r.ThrowTypeError("PromiseReject called on non-object")
		}
		cap := r.NewPromiseCapability(this)
		r.Call(cap.Reject, Undefined, Arg(args, 0))
		return cap.Promise
	})
	r.DefineMethod(ctor, "withResolvers", 0, func(r *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			r.ThrowTypeError("Promise.withResolvers called on non-object")
		}
		cap := r.NewPromiseCapability(this)
		o := r.NewObject()
		r.CreateDataProperty(o, StrKey("promise"), cap.Promise)
		r.CreateDataProperty(o, StrKey("resolve"), cap.Resolve)
		r.CreateDataProperty(o, StrKey("reject"), cap.Reject)
		return ObjectValue(o)
	})
	r.DefineMethod(ctor, "try", 1, func(r *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			r.ThrowTypeError("Promise.try called on non-object")
		}
		cap := r.NewPromiseCapability(this)
		var result Value
		if thrown, ok := r.try(func() { result = r.Call(Arg(args, 0), Undefined, restArgs(args, 1)...) }); !ok {
			r.Call(cap.Reject, Undefined, thrown)
		} else {
			r.Call(cap.Resolve, Undefined, result)
		}
		return cap.Promise
	})
	r.defineSpeciesGetter(ctor)

	r.DefineMethod(proto, "then", 2, func(r *Runtime, this Value, args []Value) Value {
		p, _ := isPromise(this)
		if p == nil {
			r.ThrowTypeError("Method Promise.prototype.then called on incompatible receiver %s", r.receiverText(this))
		}
		c := r.speciesConstructorOf(p, ctor)
		cap := r.NewPromiseCapability(ObjectValue(c))
		return r.PerformPromiseThen(p, Arg(args, 0), Arg(args, 1), cap)
	})
	r.DefineMethod(proto, "catch", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.invoke(this, "then", Undefined, Arg(args, 0))
	})
	r.DefineMethod(proto, "finally", 1, func(r *Runtime, this Value, args []Value) Value {
		p := this.AsObject()
		if p == nil {
			r.ThrowTypeError("Promise.prototype.finally called on non-object")
		}
		c := r.speciesConstructorOf(p, ctor)
		onFinally := Arg(args, 0)
		if !onFinally.IsCallable() {
			return r.invoke(this, "then", onFinally, onFinally)
		}
		thenFinally := r.NewNativeFunction("", 1, func(r *Runtime, _ Value, a []Value) Value {
			value := Arg(a, 0)
			result := r.Call(onFinally, Undefined)
			promise := r.PromiseResolve(c, result)
			valueThunk := r.NewNativeFunction("", 0, func(r *Runtime, _ Value, _ []Value) Value { return value })
			return r.invoke(promise, "then", ObjectValue(valueThunk))
		})
		catchFinally := r.NewNativeFunction("", 1, func(r *Runtime, _ Value, a []Value) Value {
			reason := Arg(a, 0)
			result := r.Call(onFinally, Undefined)
			promise := r.PromiseResolve(c, result)
			thrower := r.NewNativeFunction("", 0, func(r *Runtime, _ Value, _ []Value) Value {
				r.Throw(reason)
				return Undefined
			})
			return r.invoke(promise, "then", ObjectValue(thrower))
		})
		return r.invoke(this, "then", ObjectValue(thenFinally), ObjectValue(catchFinally))
	})
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Promise"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("Promise"), ObjectValue(ctor), AttrHidden)
}

// invoke is Invoke(V, P, args).
func (r *Runtime) invoke(v Value, name string, args ...Value) Value {
	return r.Call(r.GetV(v, KeyFromName(name)), v, args...)
}

// receiverText renders a receiver in "incompatible receiver" messages (#<Object>, 1, …).
func (r *Runtime) receiverText(v Value) string { return r.noSideEffectsToString(v) }

// promiseResolverText renders a non-callable executor in "Promise resolver %s is not a function".
func (r *Runtime) promiseResolverText(v Value) string { return r.noSideEffectsToString(v) }

// defaultCallSite is V8's BuildDefaultCallSite: how "%s is not iterable" names a value when no
// source text is available (an iterable passed to a Promise combinator).
func (r *Runtime) defaultCallSite(v Value) string {
	s := TypeOf(v)
	switch {
	case v.IsString():
		s += ` "` + v.String().GoString() + `"`
	case v.IsNull():
		s += " null"
	case v.IsBoolean(), v.IsNumber():
		s += " " + r.ToString(v).GoString()
	}
	return s
}
