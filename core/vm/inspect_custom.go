package vm

// Custom inspection: objects with a [Symbol.for('nodejs.util.inspect.custom')] method format
// themselves, as in Node.

// customInspectKey is the registry symbol, if any program has created it (an object cannot have
// the property before the symbol exists).
func (r *Runtime) customInspectKey() (Key, bool) {
	s, ok := r.SymbolRegistry["nodejs.util.inspect.custom"]
	if !ok {
		return Key{}, false
	}
	return PropKey(SymbolKey(s)), true
}

// CustomInspectSymbol returns Symbol.for('nodejs.util.inspect.custom'), creating it if needed
// (util.inspect.custom).
func (r *Runtime) CustomInspectSymbol() *Symbol {
	if s, ok := r.SymbolRegistry["nodejs.util.inspect.custom"]; ok {
		return s
	}
	s := r.NewSymbol(Str("nodejs.util.inspect.custom"))
	r.SymbolRegistry["nodejs.util.inspect.custom"] = s
	return s
}

// InspectFunction, when set (by the node host's util module), is passed to custom inspect
// methods as their third argument.
var InspectFunction func(r *Runtime) Value

// customInspect calls value's custom inspect method; ok is false when there is none (or it
// returned the object itself).
func (ctx *inspectCtx) customInspect(value, context *Object, recurseTimes int) (string, bool) {
	r := ctx.r
	k, ok := r.customInspectKey()
	if !ok {
		return "", false
	}
	fn := r.Get(value, k, ObjectValue(value))
	if !fn.IsCallable() {
		return "", false
	}
	if inspectFn := ctx.inspectFunction(); StrictEquals(fn, inspectFn) {
		return "", false
	}
	// Prototype objects (value.constructor.prototype === value) are not custom-inspected.
	if d, ok := r.GetOwnPropertyDescriptor(value, StrKey("constructor")); ok && !d.IsAccessor() {
		if c := d.Value.AsObject(); c != nil && r.GetStr(c, "prototype").AsObject() == value {
			return "", false
		}
	}
	depth := Null
	if ctx.Depth != inf {
		depth = Number(ctx.Depth - float64(recurseTimes))
	}
	ret := r.Call(fn, ObjectValue(context), depth, ObjectValue(ctx.userOptions()), ctx.inspectFunction())
	if ret.AsObject() == context {
		return "", false
	}
	if !ret.IsString() {
		return ctx.formatValue(ret, recurseTimes), true
	}
	s := ret.String().GoString()
	if ctx.indentationLvl > 0 {
		s = replaceNewlines(s, ctx.indentationLvl)
	}
	return s, true
}

func replaceNewlines(s string, indent int) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i])
		if s[i] == '\n' {
			for j := 0; j < indent; j++ {
				out = append(out, ' ')
			}
		}
	}
	return string(out)
}

func (ctx *inspectCtx) inspectFunction() Value {
	if InspectFunction != nil {
		return InspectFunction(ctx.r)
	}
	return Undefined
}

// userOptions is Node's getUserOptions: the options object a custom inspect method receives.
func (ctx *inspectCtx) userOptions() *Object {
	r := ctx.r
	o := r.NewObject()
	set := func(name string, v Value) { r.CreateDataProperty(o, StrKey(name), v) }
	set("stylize", ObjectValue(r.NewNativeFunction("stylizeNoColor", 1, func(r *Runtime, this Value, args []Value) Value {
		return StringValue(r.ToString(Arg(args, 0)))
	})))
	set("showHidden", Bool(ctx.ShowHidden))
	set("depth", infOrNumber(ctx.Depth))
	set("colors", Bool(ctx.Colors))
	set("customInspect", Bool(ctx.CustomInspect))
	set("showProxy", Bool(ctx.ShowProxy))
	set("maxArrayLength", Number(ctx.MaxArrayLength))
	set("maxStringLength", Number(ctx.MaxStringLength))
	set("breakLength", Number(ctx.BreakLength))
	switch ctx.Compact {
	case CompactAll:
		set("compact", True)
	case 0:
		set("compact", False)
	default:
		set("compact", Int(ctx.Compact))
	}
	set("sorted", Bool(ctx.Sorted))
	set("getters", []Value{False, True, Str("get"), Str("set")}[ctx.Getters])
	set("numericSeparator", Bool(ctx.NumericSeparator))
	return o
}

func infOrNumber(f float64) Value {
	if f == inf {
		return Null
	}
	return Number(f)
}

// InspectOptionsFrom reads a util.inspect options object (or, as a boolean, showHidden) over base.
func (r *Runtime) InspectOptionsFrom(v Value, base InspectOptions) InspectOptions {
	opts := base
	if v.IsBoolean() {
		opts.ShowHidden = v.Boolean()
		return opts
	}
	o := v.AsObject()
	if o == nil {
		return opts
	}
	num := func(v Value, def float64) float64 {
		if v.IsNull() {
			return inf
		}
		if v.IsNumber() {
			return v.Num()
		}
		return def
	}
	for _, k := range r.OwnKeys(o) {
		if k.IsIndex() || k.Prop().IsSymbol() || !r.IsEnumerableOwn(o, k) {
			continue
		}
		val := r.Get(o, k, v)
		switch k.Prop().Name() {
		case "showHidden":
			opts.ShowHidden = ToBoolean(val)
		case "depth":
			opts.Depth = num(val, opts.Depth)
		case "colors":
			opts.Colors = ToBoolean(val)
		case "customInspect":
			opts.CustomInspect = ToBoolean(val)
		case "showProxy":
			opts.ShowProxy = ToBoolean(val)
		case "maxArrayLength":
			opts.MaxArrayLength = num(val, opts.MaxArrayLength)
		case "maxStringLength":
			opts.MaxStringLength = num(val, opts.MaxStringLength)
		case "breakLength":
			opts.BreakLength = num(val, opts.BreakLength)
		case "compact":
			switch {
			case val.IsBoolean() && val.Boolean():
				opts.Compact = CompactAll
			case val.IsNumber():
				opts.Compact = int(val.Num())
			default:
				opts.Compact = 0
			}
		case "sorted":
			opts.Sorted = ToBoolean(val)
		case "getters":
			switch {
			case val.IsString() && val.String().GoString() == "get":
				opts.Getters = GettersGetOnly
			case val.IsString() && val.String().GoString() == "set":
				opts.Getters = GettersSetOnly
			case ToBoolean(val):
				opts.Getters = GettersAll
			default:
				opts.Getters = GettersNone
			}
		case "numericSeparator":
			opts.NumericSeparator = ToBoolean(val)
		}
	}
	return opts
}
