package vm

import "unsafe"

// Field types (V8's FieldType, printed by %DebugPrint as "@ Class(map)" or "@ Any"). A HeapObject
// field first given a JS object whose map is stable is typed Class(that map)
// (Object::OptimalType); storing anything else generalizes the type to Any in place, in the
// field's owner and every map after it (Map::GeneralizeField), as for representations. Smi,
// Double and Tagged fields are always Any.

// fieldTypeFor is the type a new field of representation rep holding v gets: nil is Any.
func (r *Runtime) fieldTypeFor(v Value, rep Representation) *HiddenClass {
	if rep != RepHeapObject || v.kind != KindObject {
		return nil
	}
	o := v.Object()
	if o.hc.InstanceType == TypeFunction {
		if fd, ok := o.Internal.(*FunctionData); !ok || !fd.ClassConstructor {
			return nil
		}
	}
	if r.stableForFieldType(o.hc) {
		return o.hc
	}
	return nil
}

// stableForFieldType is Map::is_stable for the maps a field can be typed with: no object has
// left the map (EngineScope's model of stability, as %DebugPrint's stable_map), and the map is
// not one of those Node's own start-up code already made unstable: the Object function's
// initial map ({}, new Object()) and the JSArray maps (and, in fieldTypeFor, the maps of
// ordinary functions and arrows; a class constructor's map stays stable).
func (r *Runtime) stableForFieldType(m *HiddenClass) bool {
	if m.Deprecated || m.Dictionary || hasTransitions(m) {
		return false
	}
	switch m.InstanceType {
	case TypeArray:
		return false
	case TypeObject:
		return len(m.Descriptors) > 0 || m.Parent != nil || m.Proto != r.Intrinsics.ObjectPrototype
	}
	return true
}

// fitFieldType generalizes field i of o's map to Any when v does not fit its Class type.
func (r *Runtime) fitFieldType(o *Object, i int, v Value) {
	d := &o.hc.Descriptors[i]
	if d.Type == nil || d.Rep == RepHeapObject && typeFits(d.Type, v) {
		return
	}
	setTypeAnyInTree(fieldOwner(o.hc, i), i)
}

// setTypeAnyInTree makes descriptor i's type Any in m and every map after it.
func setTypeAnyInTree(m *HiddenClass, i int) { setTypeInTree(m, i, nil) }

// setTypeInTree sets descriptor i's type in m and every map after it.
func setTypeInTree(m *HiddenClass, i int, t *HiddenClass) {
	if i < len(m.Descriptors) {
		m.Descriptors[i].Type = t
	}
	for _, tr := range m.transitions {
		setTypeInTree(tr.to, i, t)
	}
}

// uninitializedMark marks uninitializedField.
var uninitializedMark byte

// uninitializedField is the value an object literal's boilerplate holds where a computed value
// goes (V8's uninitialized_value): the field it adds has representation None and type None, so
// the literal's store of the real value sets both in place (Map::GeneralizeField, "uninitialized
// field"), as if the field had been created with that value. The slot itself holds undefined.
var uninitializedField = Value{kind: KindUndefined, ref: unsafe.Pointer(&uninitializedMark)}

// typeFits is V8's FieldType::NowContains for a field of type t (nil: Any).
func typeFits(t *HiddenClass, v Value) bool {
	return t == nil || v.kind == KindObject && v.Object().hc == t
}
