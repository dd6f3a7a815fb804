package vm

import (
	"unsafe"

	"enginescope/core/events"
)

// Field representations (engine-model §4.2): a field's representation only ever generalizes.
// Smi → Double cannot happen in place (the field's storage changes to a double box): V8 makes a
// new map for the field's owner, deprecates the old one and every map after it, and objects
// still on a deprecated map migrate when next accessed. Every other generalization (to Tagged,
// None → anything) updates the maps in place, so objects keep sharing them.

// heapNumberMark marks a number Value that lives in a HeapNumber box (a Double field, a double
// array, or a non-Smi number stored in a generic field): %IsSmi is false for it, as in V8.
var heapNumberMark byte

// boxedNumber is f as a HeapNumber.
func boxedNumber(f float64) Value {
	return Value{kind: KindNumber, num: f, ref: unsafe.Pointer(&heapNumberMark)}
}

// arithResult is the number an arithmetic bytecode leaves, as V8's interpreter makes it: a Smi
// only when both inputs were Smis (the Smi fast path); with a HeapNumber input the float64
// operation allocates a HeapNumber even for an integral result (0 * 1.5, 3 / 1.5, 2.5 - 0.5
// from variables), so %IsSmi is false and a field or array taking it becomes Double.
func arithResult(res float64, a, b Value) Value {
	v := Value{kind: KindNumber, num: res}
	if isSmiNumber(res) && (a.ref != nil || b.ref != nil || !isSmiNumber(a.num) || !isSmiNumber(b.num)) {
		v.ref = unsafe.Pointer(&heapNumberMark)
	}
	return v
}

// arithResult1 is arithResult for an operation with one number input (Inc, Dec, Negate, and the
// …Smi bytecodes, whose constant is a Smi).
func arithResult1(res float64, a Value) Value {
	v := Value{kind: KindNumber, num: res}
	if isSmiNumber(res) && (a.ref != nil || !isSmiNumber(a.num)) {
		v.ref = unsafe.Pointer(&heapNumberMark)
	}
	return v
}

// storedIn is v as a field of representation rep holds it.
func storedIn(v Value, rep Representation) Value {
	if rep == RepDouble && v.kind == KindNumber && v.ref == nil {
		return boxedNumber(v.num)
	}
	return v
}

// fieldOwner is the map that added descriptor i (its back-pointer chain is the tree path).
func fieldOwner(m *HiddenClass, i int) *HiddenClass {
	for m.Parent != nil && len(m.Parent.Descriptors) > i {
		m = m.Parent
	}
	return m
}

// generalizeField makes field i of o's map hold representation rep (more general than now).
func (r *Runtime) generalizeField(o *Object, i int, rep Representation) {
	cur := o.hc.Descriptors[i].Rep
	owner := fieldOwner(o.hc, i)
	if cur == RepSmi && rep == RepDouble && owner.Parent != nil && !owner.Dictionary {
		r.deprecateOwner(owner, i, rep)
		r.updateInstance(o)
		return
	}
	setRepInTree(owner, i, rep)
}

// setRepInTree generalizes descriptor i in place in m and every map after it.
func setRepInTree(m *HiddenClass, i int, rep Representation) {
	if i < len(m.Descriptors) {
		m.Descriptors[i].Rep = generalize(m.Descriptors[i].Rep, rep)
	}
	for _, t := range m.transitions {
		setRepInTree(t.to, i, rep)
	}
}

// deprecateOwner replaces owner (the map that added field i) by a copy whose field i has rep:
// the parent's edge now leads to the copy, and owner with everything after it is deprecated.
func (r *Runtime) deprecateOwner(owner *HiddenClass, i int, rep Representation) {
	parent := owner.Parent
	n := r.newMap(owner.InstanceType, owner.Proto, owner.InObject)
	n.Parent = parent
	n.Elements = owner.Elements
	n.IsPrototype = owner.IsPrototype
	inheritSlack(n, parent) // MapUpdater copies from the split map: the parent's counter
	n.Descriptors = append([]Descriptor(nil), owner.Descriptors...)
	n.Descriptors[i].Rep = rep
	n.buildIndex()
	for j := range parent.transitions {
		if parent.transitions[j].to == owner {
			parent.transitions[j].to = n
		}
	}
	deprecateTree(owner)
	if rec := r.interp.rec; rec != nil && r.mapEventsOn() {
		r.announceMap(owner)
		r.announceMap(n)
		rec.Emit(&events.MapDeprecate{Map: owner.ID, New: n.ID, Key: keyText(n.Descriptors[i].Key),
			From: owner.Descriptors[i].Rep.String(), To: rep.String()})
	}
}

func deprecateTree(m *HiddenClass) {
	m.Deprecated = true
	for _, t := range m.transitions {
		deprecateTree(t.to)
	}
}

// migrateInstance moves an object off a deprecated map when it is next used (V8's
// JSObject::MigrateInstance, which marks the map it moves to as a migration target).
func (r *Runtime) migrateInstance(o *Object) {
	if r.updateInstance(o) {
		o.hc.MigrationTarget = true
	}
}

// updateInstance moves o off a deprecated map: its properties are replayed from the last live
// ancestor along the (updated) transition tree, and the rewritten instance gets a PropertyArray.
func (r *Runtime) updateInstance(o *Object) bool {
	old := o.hc
	if !old.Deprecated || old.Dictionary {
		return false
	}
	o.propertyArray = true
	m := old
	for m.Deprecated && m.Parent != nil {
		m = m.Parent
	}
	for j := len(m.Descriptors); j < len(old.Descriptors); j++ {
		d := &old.Descriptors[j]
		m = r.replayAdd(m, d)
		if want := generalize(m.Descriptors[j].Rep, d.Rep); want != m.Descriptors[j].Rep {
			setRepInTree(fieldOwner(m, j), j, want)
		}
	}
	if m.Elements != old.Elements {
		m = r.transitionElements(m, old.Elements)
	}
	o.hc = m
	for j, d := range m.Descriptors {
		if d.Field >= 0 && d.Field < len(o.slots) {
			o.slots[d.Field] = storedIn(o.slots[d.Field], m.Descriptors[j].Rep)
		}
	}
	return true
}
