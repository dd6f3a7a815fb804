package vm

func init() { registerBuiltins(16, "Symbol", installSymbol) }

func installSymbol(r *Runtime) {
	in := &r.Intrinsics
	proto := in.SymbolPrototype
	ctor := r.NewNativeConstructor("Symbol", 0, proto, func(r *Runtime, this Value, args []Value) Value {
		desc := Arg(args, 0)
		if !desc.IsUndefined() {
			desc = StringValue(r.ToString(desc))
		}
		return SymbolValue(r.NewSymbol(desc))
	}, func(r *Runtime, args []Value, nt *Object) Value {
		// A constructor only so that `new Symbol()` reaches this V8 message (IsConstructor is true).
		r.ThrowTypeError("Symbol is not a constructor")
		return Undefined
	})
	in.Symbol = ctor
	r.DefineMethod(ctor, "for", 1, func(r *Runtime, this Value, args []Value) Value {
		key := r.ToString(Arg(args, 0))
		if s, ok := r.SymbolRegistry[key.GoStringKey()]; ok {
			return SymbolValue(s)
		}
		s := r.NewSymbol(StringValue(key))
		r.SymbolRegistry[key.GoStringKey()] = s
		return SymbolValue(s)
	})
	r.DefineMethod(ctor, "keyFor", 1, func(r *Runtime, this Value, args []Value) Value {
		v := Arg(args, 0)
		if !v.IsSymbol() {
			r.ThrowTypeError("%s is not a symbol", r.noSideEffectsToString(v))
		}
		s := v.Symbol()
		if s.Description.IsString() {
			if reg, ok := r.SymbolRegistry[s.Description.String().GoStringKey()]; ok && reg == s {
				return s.Description
			}
		}
		return Undefined
	})
	ws := &r.Symbols
	for _, w := range []struct {
		name string
		sym  *Symbol
	}{
		{"asyncIterator", ws.AsyncIterator}, {"hasInstance", ws.HasInstance},
		{"isConcatSpreadable", ws.IsConcatSpreadable}, {"iterator", ws.Iterator}, {"match", ws.Match},
		{"matchAll", ws.MatchAll}, {"replace", ws.Replace}, {"search", ws.Search}, {"species", ws.Species},
		{"split", ws.Split}, {"toPrimitive", ws.ToPrimitive}, {"toStringTag", ws.ToStringTag},
		{"unscopables", ws.Unscopables}, {"dispose", ws.Dispose}, {"asyncDispose", ws.AsyncDispose},
	} {
		r.DefineData(ctor, StrKey(w.name), SymbolValue(w.sym), AttrNone)
	}
	r.DefineMethod(proto, "toString", 0, func(r *Runtime, this Value, args []Value) Value {
		return Str(r.thisSymbol(this, "Symbol.prototype.toString").DescriptiveString())
	})
	r.DefineMethod(proto, "valueOf", 0, func(r *Runtime, this Value, args []Value) Value {
		return SymbolValue(r.thisSymbol(this, "Symbol.prototype.valueOf"))
	})
	r.DefineGetter(proto, StrKey("description"), func(r *Runtime, this Value, args []Value) Value {
		return r.thisSymbol(this, "Symbol.prototype.description").Description
	})
	r.DefineData(proto, PropKey(SymbolKey(ws.ToStringTag)), Str("Symbol"), AttrConfigurable)
	r.DefineSymbolMethod(proto, ws.ToPrimitive, "[Symbol.toPrimitive]", 1, func(r *Runtime, this Value, args []Value) Value {
		return SymbolValue(r.thisSymbol(this, "Symbol.prototype [ @@toPrimitive ]"))
	}, AttrConfigurable)
	r.DefineData(r.Global, StrKey("Symbol"), ObjectValue(ctor), AttrHidden)
}

// thisSymbol is thisSymbolValue(this) with V8's receiver message.
func (r *Runtime) thisSymbol(this Value, method string) *Symbol {
	if this.IsSymbol() {
		return this.Symbol()
	}
	if o := this.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok && p.IsSymbol() {
			return p.Symbol()
		}
	}
	r.ThrowTypeError("%s requires that 'this' be a Symbol", method)
	return nil
}
