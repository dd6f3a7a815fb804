package vm

import "strings"

// Properties and keys for util.inspect: getKeys, getOwnNonIndexProperties and formatProperty.

// getKeys is Node's getKeys: Object.keys plus enumerable symbols, or with showHidden every own
// string key and symbol.
func (ctx *inspectCtx) getKeys(o *Object) []Key {
	r := ctx.r
	all := r.OwnKeys(o)
	keys := make([]Key, 0, len(all))
	var syms []Key
	for _, k := range all {
		isSym := !k.IsIndex() && k.Prop().IsSymbol()
		if !ctx.ShowHidden && !r.IsEnumerableOwn(o, k) {
			continue
		}
		if isSym {
			syms = append(syms, k)
		} else {
			keys = append(keys, k)
		}
	}
	return append(keys, syms...)
}

// ownNonIndexKeys is V8's GetOwnNonIndexProperties with ONLY_ENUMERABLE (or ALL_PROPERTIES with
// showHidden): the named keys of an array, strings then symbols.
func (ctx *inspectCtx) ownNonIndexKeys(o *Object) []Key {
	r := ctx.r
	var keys, syms []Key
	for _, k := range r.OwnKeys(o) {
		if k.IsIndex() {
			continue
		}
		if !ctx.ShowHidden && !r.IsEnumerableOwn(o, k) {
			continue
		}
		if k.Prop().IsSymbol() {
			syms = append(syms, k)
		} else {
			keys = append(keys, k)
		}
	}
	return append(keys, syms...)
}

// propertyName renders a key as Node 26 does: identifiers bare, other strings quoted, symbols as
// Symbol(desc); non-enumerable keys in brackets.
func propertyName(k Key, enumerable bool) string {
	var name string
	switch {
	case k.IsIndex():
		name = "'" + k.String() + "'"
	case k.Prop().IsSymbol():
		name = escapeKeyText(NewString(k.Prop().SymbolValue().DescriptiveString()))
		if sym := k.Prop().SymbolValue(); sym.Description.IsString() {
			name = "Symbol(" + escapeKeyText(sym.Description.String()) + ")"
		}
	case k.Prop().Name() == "__proto__":
		name = "['__proto__']"
	case isIdentifierKey(k.Prop().Name()):
		name = k.Prop().Name()
	default:
		name = strEscape(NewString(k.Prop().Name()))
	}
	if !enumerable {
		return "[" + name + "]"
	}
	return name
}

// formatProperty is Node's formatProperty. desc may be nil (it is then looked up); original is
// the receiver for getters.
func (ctx *inspectCtx) formatProperty(value *Object, recurseTimes int, key Key, typ extrasType, desc *PropertyDescriptor, original *Object) string {
	r := ctx.r
	if desc == nil {
		d, ok := r.GetOwnPropertyDescriptor(value, key)
		if !ok {
			d = PropertyDescriptor{Value: r.Get(value, key, ObjectValue(value)), Enumerable: true, HasValue: true}
		}
		desc = &d
	}
	extra := " "
	var str string
	switch {
	case !desc.IsAccessor() && !desc.Value.IsUndefined():
		diff := 2
		if ctx.Compact == CompactAll && typ == kObjectType {
			diff = 3
		}
		ctx.indentationLvl += diff
		str = ctx.formatValue(desc.Value, recurseTimes)
		if diff == 3 && ctx.BreakLength < float64(stringWidth(str)) {
			extra = "\n" + strings.Repeat(" ", ctx.indentationLvl)
		}
		ctx.indentationLvl -= diff
	case desc.IsAccessor() && !desc.Get.IsUndefined():
		label := "Getter"
		if !desc.Set.IsUndefined() {
			label = "Getter/Setter"
		}
		if ctx.Getters == GettersAll || ctx.Getters == GettersGetOnly && desc.Set.IsUndefined() ||
			ctx.Getters == GettersSetOnly && !desc.Set.IsUndefined() {
			str = ctx.formatGetterResult(label, desc.Get, original, recurseTimes)
		} else {
			str = "[" + label + "]"
		}
	case desc.IsAccessor() && !desc.Set.IsUndefined():
		str = "[Setter]"
	default:
		str = "undefined"
	}
	if typ == kArrayType {
		return str
	}
	return propertyName(key, desc.Enumerable) + ":" + extra + str
}

// formatGetterResult runs a getter for `getters: true`, showing what it returned or threw.
func (ctx *inspectCtx) formatGetterResult(label string, getter Value, receiver *Object, recurseTimes int) (str string) {
	r := ctx.r
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			str = "[" + label + ": <Inspection threw (" + r.thrownText(ex.Value) + ")>]"
		}
	}()
	v := r.Call(getter, ObjectValue(receiver))
	ctx.indentationLvl += 2
	defer func() { ctx.indentationLvl -= 2 }()
	switch {
	case v.IsNull():
		return "[" + label + ": null]"
	case v.IsObject():
		return "[" + label + "] " + ctx.formatValue(v, recurseTimes)
	}
	return "[" + label + ": " + ctx.formatPrimitive(v) + "]"
}

// thrownText is how Node 26 describes an exception inside "<Inspection threw (…)>": an error's
// stack (or message), else the value as a string.
func (r *Runtime) thrownText(v Value) string {
	if o := v.AsObject(); o != nil {
		if s := r.GetStr(o, "stack"); s.IsString() {
			return s.String().GoString()
		}
		if m := r.GetStr(o, "message"); m.IsString() {
			return m.String().GoString()
		}
	}
	return r.safeToString(v)
}
