package vm

func init() { registerBuiltins(51, "Reflect", installReflect) }

func installReflect(r *Runtime) {
	ref := r.NewObject()
	r.Intrinsics.Reflect = ref
	target := func(r *Runtime, args []Value, method string) *Object {
		o := Arg(args, 0).AsObject()
		if o == nil {
			r.ThrowTypeError("Reflect.%s called on non-object", method)
		}
		return o
	}
	for _, m := range []struct {
		name   string
		length int
		fn     NativeFunc
	}{
		{"defineProperty", 3, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "defineProperty")
			k := r.ToPropertyKey(Arg(a, 1))
			return Bool(r.DefineOwnProperty(o, k, r.ToPropertyDescriptor(Arg(a, 2))))
		}},
		{"deleteProperty", 2, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "deleteProperty")
			return Bool(r.Delete(o, r.ToPropertyKey(Arg(a, 1))))
		}},
		{"apply", 3, func(r *Runtime, _ Value, a []Value) Value {
			fn := r.requireCallableThis(Arg(a, 0), "Function.prototype.apply")
			return r.CallObject(fn, Arg(a, 1), r.createListFromArrayLike(Arg(a, 2), false))
		}},
		{"construct", 2, func(r *Runtime, _ Value, a []Value) Value {
			t := Arg(a, 0)
			if !t.IsConstructor() {
				r.ThrowTypeError("%s is not a constructor", r.noSideEffectsToString(t))
			}
			nt := t
			if len(a) > 2 {
				nt = a[2]
				if !nt.IsConstructor() {
					r.ThrowTypeError("%s is not a constructor", r.noSideEffectsToString(nt))
				}
			}
			return r.Construct(t.Object(), r.createListFromArrayLike(Arg(a, 1), false), nt.Object())
		}},
		{"get", 2, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "get")
			k := r.ToPropertyKey(Arg(a, 1))
			recv := ObjectValue(o)
			if len(a) > 2 {
				recv = a[2]
			}
			return r.Get(o, k, recv)
		}},
		{"getOwnPropertyDescriptor", 2, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "getOwnPropertyDescriptor")
			d, ok := r.GetOwnPropertyDescriptor(o, r.ToPropertyKey(Arg(a, 1)))
			if !ok {
				return Undefined
			}
			return ObjectValue(r.FromPropertyDescriptor(d))
		}},
		{"getPrototypeOf", 1, func(r *Runtime, _ Value, a []Value) Value {
			return objectOrNull(r.GetPrototypeOf(target(r, a, "getPrototypeOf")))
		}},
		{"has", 2, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "has")
			return Bool(r.HasProperty(o, r.ToPropertyKey(Arg(a, 1))))
		}},
		{"isExtensible", 1, func(r *Runtime, _ Value, a []Value) Value {
			return Bool(r.IsExtensible(target(r, a, "isExtensible")))
		}},
		{"ownKeys", 1, func(r *Runtime, _ Value, a []Value) Value {
			keys := r.OwnKeys(target(r, a, "ownKeys"))
			out := make([]Value, len(keys))
			for i, k := range keys {
				out[i] = k.Value()
			}
			res := r.NewArray(out) // the runtime's key accumulator: HOLEY_ELEMENTS (enum_cache.go)
			if res.hc.Elements != HoleyElements {
				r.setElementsKind(res, HoleyElements)
			}
			return ObjectValue(res)
		}},
		{"preventExtensions", 1, func(r *Runtime, _ Value, a []Value) Value {
			return Bool(r.PreventExtensions(target(r, a, "preventExtensions")))
		}},
		{"set", 3, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "set")
			k := r.ToPropertyKey(Arg(a, 1))
			recv := ObjectValue(o)
			if len(a) > 3 {
				recv = a[3]
			}
			return Bool(r.Set(o, k, Arg(a, 2), recv))
		}},
		{"setPrototypeOf", 2, func(r *Runtime, _ Value, a []Value) Value {
			o := target(r, a, "setPrototypeOf")
			old, proto := o.hc.Proto, r.protoArg(Arg(a, 1))
			ok := r.SetPrototypeOf(o, proto)
			if ok {
				r.leftPrototype(o, old, proto) // map_proto.go
			}
			return Bool(ok)
		}},
	} {
		r.DefineMethod(ref, m.name, m.length, m.fn)
	}
	r.DefineData(ref, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Reflect"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("Reflect"), ObjectValue(ref), AttrHidden)
}
