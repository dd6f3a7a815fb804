package vm

// keyedStoreAdd runs before a keyed store (o[k] = v) with a name key. V8 normalizes an object
// when a keyed store would add a property along a new transition while its PropertyArray is
// full and the out-of-object properties already exceed max(12, in-object count)
// (--fast-properties-soft-limit; measured in natives/keyed_store_threshold_*.js: the 20th
// keyed add on {}; the 16th on an array, which has no in-object property). Named stores and
// existing transitions never normalize by count. Functions are left out: V8 keeps their
// length and name as AccessorInfos in the descriptors, EngineScope as fields, which would
// count here.
func (r *Runtime) keyedStoreAdd(o *Object, k Key) {
	m := o.hc
	if m.Dictionary || k.isIndex || m.InstanceType != TypeObject && m.InstanceType != TypeArray || m.Lookup(k.prop) >= 0 {
		return
	}
	out := m.FieldCount() - m.InObject
	if out <= max(fastPropertiesSoftLimit, m.InObject) || unusedPropertyFields(m) > 0 {
		return
	}
	if m.findTransition(transitionKey{key: k.prop, attr: AttrDefault}) != nil {
		return
	}
	r.normalize(o)
}

// fastPropertiesSoftLimit is V8's --fast-properties-soft-limit.
const fastPropertiesSoftLimit = 12
