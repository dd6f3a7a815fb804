package vm

func init() { registerBuiltins(50, "Proxy", installProxy) }

func installProxy(r *Runtime) {
	ctor := r.NewNativeConstructor("Proxy", 2, nil, nil, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.NewProxy(Arg(args, 0), Arg(args, 1)))
	})
	in := &r.Intrinsics
	in.Proxy = ctor
	r.DefineMethod(ctor, "revocable", 2, func(r *Runtime, this Value, args []Value) Value {
		p := r.NewProxy(Arg(args, 0), Arg(args, 1))
		revoke := r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value {
			pd := p.Internal.(*ProxyData)
			pd.Handler = nil // the target stays for typeof; every trap now throws
			return Undefined
		})
		res := r.NewObject()
		r.CreateDataProperty(res, StrKey("proxy"), ObjectValue(p))
		r.CreateDataProperty(res, StrKey("revoke"), ObjectValue(revoke))
		return ObjectValue(res)
	})
	r.DefineData(r.Global, StrKey("Proxy"), ObjectValue(ctor), AttrHidden)
}

// NewProxy is ProxyCreate(target, handler).
func (r *Runtime) NewProxy(target, handler Value) *Object {
	t, h := target.AsObject(), handler.AsObject()
	if t == nil || h == nil {
		r.ThrowTypeError("Cannot create proxy with a non-object as target or handler")
	}
	pd := &ProxyData{Target: t, Handler: h, Callable: t.IsCallable(), Constructor: t.IsConstructor()}
	return r.newObjectRaw(TypeProxy, nil, 0, pd)
}
