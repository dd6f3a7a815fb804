package vm

// %DebugPrint of primitive wrappers (new String('ab'), new Number(42), …): V8 prints them as
// JSPrimitiveWrapper with their value field (one more word: instance size 32), a String wrapper's
// map has the elements kind FAST_STRING_WRAPPER_ELEMENTS (its characters are its elements) and
// the length AccessorInfo in its descriptors, and the maps' constructor is the wrapper's
// function. A wrapper's ShortPrint adds its value: <Object map = … value = 0>.

// wrapperValue is a JSPrimitiveWrapper's primitive.
func wrapperValue(o *Object) (Value, bool) {
	if o == nil || o.hc.InstanceType != TypePrimitiveWrapper {
		return Value{}, false
	}
	switch x := o.Internal.(type) {
	case *String:
		return StringValue(x), true
	case Value:
		return x, true
	}
	return Value{}, false
}

// wrapperMapKind names the primitive type a wrapper map's instances wrap, from the map's
// prototype (String.prototype is itself a wrapper of ""): "" for other maps.
func wrapperMapKind(m *HiddenClass) string {
	if m.InstanceType != TypePrimitiveWrapper || m.Proto == nil {
		return ""
	}
	v, ok := wrapperValue(m.Proto)
	if !ok {
		return ""
	}
	switch v.kind {
	case KindString:
		return "String"
	case KindNumber:
		return "Number"
	case KindBoolean:
		return "Boolean"
	}
	return ""
}

// printedElementsKind is the elements kind %DebugPrint names for m.
func printedElementsKind(m *HiddenClass) string {
	if wrapperMapKind(m) == "String" {
		return "FAST_STRING_WRAPPER_ELEMENTS"
	}
	return m.Elements.String()
}

// wrapperBriefSuffix is the " value = …" a wrapper's ShortPrint ends with.
func (r *Runtime) wrapperBriefSuffix(o *Object) string {
	if v, ok := wrapperValue(o); ok {
		return " value = " + r.briefValue(v)
	}
	return ""
}
