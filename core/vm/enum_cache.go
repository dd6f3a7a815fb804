package vm

// The enum cache (Map::EnumLength, the DescriptorArray's EnumCache). V8 fills it the first time
// Object.keys, Object.getOwnPropertyNames or for-in collects the own keys of a fast-mode object
// (FastKeyAccumulator, GetFastEnumPropertyKeys); the empty map has it from the start. Object.values and Object.entries take their builtin fast path only
// for an object whose map has it, and that path builds a PACKED_ELEMENTS array; the runtime
// path builds HOLEY_ELEMENTS (NewJSArrayWithElements' default kind), as recorded in
// natives/fresh_arrays_from_methods.js.

// hasEnumCache reports a valid enum length.
func hasEnumCache(m *HiddenClass) bool {
	return m.enumCache || !m.Dictionary && len(m.Descriptors) == 0 && m.InstanceType == TypeObject && m.Elements == HoleyElements
}

// enumLength is the number of enumerable string-keyed own properties the cache holds.
func enumLength(m *HiddenClass) int {
	n := 0
	for _, d := range m.Descriptors {
		if d.Attr.Enumerable() && d.Key.sym == nil {
			n++
		}
	}
	return n
}

// initEnumCache is a key collection over o's own properties: any fast-mode object's map gets
// its cache (KeyAccumulator::GetOwnEnumPropertyKeys), elements or not.
func initEnumCache(o *Object) {
	if o == nil || o.hc.Dictionary || o.hc.InstanceType == TypeProxy {
		return
	}
	o.hc.enumCache = true
}

// valuesOrEntriesKind is the elements kind of Object.values / Object.entries of o.
func valuesOrEntriesKind(o *Object) ElementsKind {
	if o.hc.InstanceType == TypeObject && !o.hc.Dictionary && hasEnumCache(o.hc) && len(o.elements) == 0 && o.sparse == nil {
		return PackedElements
	}
	return HoleyElements
}
