package vm

// migrateToFast turns a dictionary-mode object back into fast mode (V8's
// JSObject::MigrateSlowToFast): a fresh map outside the transition tree with one descriptor per
// property in enumeration order, in-object slots as many as the map had (at least the count).
func (r *Runtime) migrateToFast(o *Object) {
	if !o.hc.Dictionary {
		return
	}
	var descs []Descriptor
	var vals []Value
	for _, e := range o.dict.entries {
		if e.deleted {
			continue
		}
		if e.attr.IsAccessor() {
			descs = append(descs, Descriptor{Key: e.key, Attr: e.attr, Field: -1, Rep: RepTagged, Const: true, pair: e.value.accessor()})
			continue
		}
		descs = append(descs, Descriptor{Key: e.key, Attr: e.attr, Field: len(vals), Rep: representationOf(e.value), Const: true})
		vals = append(vals, e.value)
	}
	old := o.hc
	inObject := old.InObject
	m := r.newMap(old.InstanceType, old.Proto, inObject)
	m.Elements = old.Elements
	m.IsPrototype = old.IsPrototype
	m.copyConstructor(old)
	m.NonExtensible = old.NonExtensible
	m.Descriptors = descs
	m.buildIndex()
	o.hc = m
	o.dict = nil
	o.propertyArray = true
	o.slots = make([]Value, max(inObject, len(vals)))
	copy(o.slots, vals)
	if len(vals) > inObject {
		r.growSlots(o, len(vals))
	}
	r.Heap.syncBacking(o)
}
