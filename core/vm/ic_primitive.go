package vm

// Loads from primitives. V8's load ICs see a primitive receiver's own map: a string's map
// (internalized, sequential, cons or thin; one- or two-byte), the HeapNumber map (for Smis too:
// IC::update_lookup_start_object_map), and the Boolean, Symbol and BigInt maps; a function fed
// 'ab', 1, true, a symbol and 1n goes megamorphic on its fifth map. Without a feedback vector
// LoadIC_NoFeedback leaves primitives to the runtime, so each such load logs X,X.

const (
	primNumber = 2*len(strPrefixes) + iota
	primBoolean
	primSymbol
	primBigInt
	numPrimitiveMaps
)

// primitiveMap is the map a load from v logs, nil for undefined and null.
func (r *Runtime) primitiveMap(v Value) *HiddenClass {
	var i int
	switch v.kind {
	case KindString:
		s := v.String()
		i = 2 * int(s.shape)
		if s.twoByte() {
			i++
		}
	case KindNumber:
		i = primNumber
	case KindBoolean:
		i = primBoolean
	case KindSymbol:
		i = primSymbol
	case KindBigInt:
		i = primBigInt
	default:
		return nil
	}
	maps := &r.om.ic.primitiveMaps
	if maps[i] == nil {
		m := r.newMap(TypeOther, nil, 0)
		m.Elements = PackedElements // a string has no holes: V8 logs its keyed loads without a mode
		maps[i] = m
	}
	return maps[i]
}

// twoByte: V8 stores the string in two bytes per character (some code unit above Latin-1).
func (s *String) twoByte() bool {
	for _, u := range s.utf16 {
		if u > 0xff {
			return true
		}
	}
	return false
}

// loadICPrimitive is loadIC for a primitive receiver: the handler (a field of the wrapper's
// prototype, a string's length, …) is not modelled, only the maps the slot has seen.
func (r *Runtime) loadICPrimitive(fb *FeedbackVector, slot int32, v Value, k Key, kind icKind) {
	m := r.primitiveMap(v)
	if m == nil {
		return
	}
	ic := &fb.ics[slot]
	switch ic.state {
	case icMonomorphic, icPolymorphic:
		if !kind.keyed() || ic.handlesName(k.prop) {
			if h := ic.find(m); h != nil {
				return
			}
		}
	case icMegamorphic:
		if _, ok := r.megaProbe(ic, false, k.prop, m); ok {
			return
		}
	}
	r.icMiss(fb, slot, kind, k.prop, m, icHandler{desc: -1, field: -1, kind: hOther, m: m})
}
