package vm

import "math"

// The keyed bytecodes (GetKeyedProperty, SetKeyedProperty) in a function with a feedback
// vector, dispatched on the key as V8's TryConvertKey does: an integer index takes the element
// IC (ic_keyed.go), a name (string or symbol) the named IC with the keyed kind, anything else
// (a negative or fractional number, an object) sends the slot megamorphic.

type keyClass uint8

const (
	keyIndex keyClass = iota
	keyName
	keyBailout
)

// classifyKey is V8's TryConvertKey (plus the IntPtrKeyToSize range check for indices).
func (r *Runtime) classifyKey(key Value) (keyClass, uint32) {
	switch key.kind {
	case KindNumber:
		n := key.num
		if n >= 0 && n < 4294967295 && n == math.Trunc(n) {
			return keyIndex, uint32(n)
		}
		return keyBailout, 0
	case KindString:
		if i, ok := r.ToPropertyKey(key).PropertyKeyOf().ArrayIndex(); ok {
			return keyIndex, i
		}
		return keyName, 0
	case KindSymbol:
		return keyName, 0
	}
	return keyBailout, 0
}

func (r *Runtime) keyedSlot(f *frame, op int) int32 {
	return f.code.bc.Code[f.pc].Ops[op]
}

// keyedLoadIC is obj[key] with feedback.
func (r *Runtime) keyedLoadIC(f *frame, slot int32, obj Value, key Value) Value {
	if obj.IsNullish() {
		r.ThrowTypeError("Cannot read properties of %s (reading '%s')", typeofNullish(obj), keyForMessage(r.ToPropertyKey(key)))
	}
	o := obj.AsObject()
	if o != nil && key.kind == KindNumber {
		if v, ok := r.keyedLoadHit(f.fb, slot, o, key.num); ok {
			return v
		}
	}
	if o != nil && o.hc.Deprecated {
		r.migrateInstance(o) // V8's MigrateDeprecated: the runtime loads, the IC is left alone
		return r.Get(o, r.ToPropertyKey(key), obj)
	}
	class, idx := r.classifyKey(key)
	switch class {
	case keyName:
		k := r.ToPropertyKey(key)
		if o == nil {
			r.loadICPrimitive(f.fb, slot, obj, k, icKeyedLoad)
			return r.GetV(obj, k)
		}
		r.materializeForLoad(o, k)
		r.loadIC(f.fb, slot, o, k, icKeyedLoad) // before the read, as for named loads
		return r.Get(o, k, obj)
	case keyBailout:
		v := r.getKeyedGeneric(obj, key)
		r.keyedBailout(f.fb, slot, icKeyedLoad, key, obj, "")
		return v
	}
	v := r.getKeyedGeneric(obj, key)
	if a, ok := r.elementLoadAccess(obj, idx); ok {
		if a.oob && o != nil && o.IsArray() {
			r.keyedLoadOutOfBounds(f) // tier_opt.go: optimized code compiled for in-bounds reads deopts
		}
		r.keyedLoadElementIC(f.fb, slot, icKeyedLoad, a, IndexKey(idx).PropertyKeyOf())
	}
	return v
}

// keyedLoadHit is the common case without a lookup: a dense element in bounds whose map the
// slot's element feedback handles (or a megamorphic slot, which handles every element).
func (r *Runtime) keyedLoadHit(fb *FeedbackVector, slot int32, o *Object, n float64) (Value, bool) {
	if !(n >= 0 && n < 4294967295 && n == math.Trunc(n)) || o.hc.Deprecated {
		return Value{}, false
	}
	idx := uint32(n)
	if idx >= uint32(len(o.elements)) || o.elements[idx].kind == KindHole {
		return Value{}, false
	}
	switch o.hc.InstanceType {
	case TypeProxy, TypePrimitiveWrapper, TypeArguments:
		return Value{}, false
	}
	ic := &fb.ics[slot]
	if ic.state == icMegamorphic {
		return o.elements[idx], true
	}
	if h := ic.find(o.hc); h != nil && h.kind == hElement && !ic.named {
		if h.to != nil {
			r.loadTransition(o, h)
		}
		return o.elements[idx], true
	}
	return Value{}, false
}

// loadTransition is a polymorphic keyed load handler's elements-kind transition
// (elementsTransitionTarget): the receiver moves to the more general map first.
func (r *Runtime) loadTransition(o *Object, h *icHandler) {
	if h.to != nil && o != nil && o.hc == h.m {
		r.setElementsKind(o, h.to.Elements)
	}
}

// getKeyedGeneric is the load itself.
func (r *Runtime) getKeyedGeneric(obj Value, key Value) Value {
	if o := obj.AsObject(); o != nil {
		return r.Get(o, r.ToPropertyKey(key), obj)
	}
	return r.GetV(obj, r.ToPropertyKey(key))
}

// keyedBailout: a key the IC cannot handle makes the slot megamorphic (once).
func (r *Runtime) keyedBailout(fb *FeedbackVector, slot int32, kind icKind, key Value, obj Value, reason string) {
	ic := &fb.ics[slot]
	if ic.state == icMegamorphic {
		return
	}
	old := ic.state
	ic.setMega()
	r.tierICChanged(fb)
	var m *HiddenClass
	if o := obj.AsObject(); o != nil {
		m = o.hc
	}
	r.emitICLineReason(slot, kind, icStateMarks[old], icStateMarks[ic.state], m, r.ToPropertyKey(key).PropertyKeyOf(), ic, reason)
}

// keyedStoreIC is o[key] = v with feedback.
func (r *Runtime) keyedStoreIC(f *frame, o *Object, key Value, v Value, strict bool) {
	slot := r.keyedSlot(f, 2)
	if o.hc.Deprecated {
		r.migrateInstance(o) // MigrateDeprecated: a runtime store, the IC is left alone
		k := r.ToPropertyKey(key)
		if !r.Set(o, k, v, ObjectValue(o)) && strict {
			r.throwReadOnly(o, k)
		}
		return
	}
	class, idx := r.classifyKey(key)
	var ok bool
	var k Key
	switch class {
	case keyName:
		k = r.ToPropertyKey(key)
		ok = r.storeIC(f, slot, o, k, v, icKeyedStore)
	case keyBailout:
		k = r.ToPropertyKey(key)
		ok = r.Set(o, k, v, ObjectValue(o))
		r.keyedBailout(f.fb, slot, icKeyedStore, key, ObjectValue(o), "non-JSObject receiver")
	default:
		k = IndexKey(idx)
		ok = r.keyedStoreElementIC(f.fb, slot, icKeyedStore, o, idx, v, k.PropertyKeyOf(), func() bool {
			if o.hc.InstanceType == TypeArray && idx < uint32(len(o.elements)) && o.elements[idx].kind != KindHole &&
				o.elemAttr == AttrDefault && o.sparse == nil {
				r.setElement(o, idx, v)
				return true
			}
			return r.Set(o, k, v, ObjectValue(o))
		})
	}
	if !ok && strict {
		r.throwReadOnly(o, k)
	}
}

// keyedHasIC is the feedback of `key in obj` (TestIn): V8's KeyedHasIC, which --log-ic names
// KeyedLoadIC (a keyed IC's "Keyed" prefix, then LoadIC). The key is classified as for a load
// of it, without reading the value.
func (r *Runtime) keyedHasIC(f *frame, slot int32, obj, key Value) {
	switch class, idx := r.classifyKey(key); class {
	case keyName:
		r.loadIC(f.fb, slot, obj.Object(), r.ToPropertyKey(key), icKeyedHas)
	case keyIndex:
		if a, ok := r.elementLoadAccess(obj, idx); ok {
			r.keyedLoadElementIC(f.fb, slot, icKeyedHas, a, IndexKey(idx).PropertyKeyOf())
		}
	}
}
