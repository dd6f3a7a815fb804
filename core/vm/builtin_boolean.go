package vm

func init() { registerBuiltins(15, "Boolean", installBoolean) }

func installBoolean(r *Runtime) {
	in := &r.Intrinsics
	proto := in.BooleanPrototype
	ctor := r.NewNativeConstructor("Boolean", 1, proto,
		func(r *Runtime, this Value, args []Value) Value { return Bool(ToBoolean(Arg(args, 0))) },
		func(r *Runtime, args []Value, nt *Object) Value {
			b := Bool(ToBoolean(Arg(args, 0)))
			return ObjectValue(r.newObjectRaw(TypePrimitiveWrapper, r.GetPrototypeFromConstructor(nt, proto), 0, b))
		})
	in.Boolean = ctor
	r.DefineMethod(proto, "toString", 0, func(r *Runtime, this Value, args []Value) Value {
		return StringValue(r.ToString(r.thisBoolean(this, "Boolean.prototype.toString")))
	})
	r.DefineMethod(proto, "valueOf", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.thisBoolean(this, "Boolean.prototype.valueOf")
	})
	r.DefineData(r.Global, StrKey("Boolean"), ObjectValue(ctor), AttrHidden)
}

func (r *Runtime) thisBoolean(this Value, method string) Value {
	if this.IsBoolean() {
		return this
	}
	if o := this.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok && p.IsBoolean() {
			return p
		}
	}
	r.ThrowTypeError("%s requires that 'this' be a Boolean", method)
	return Undefined
}
