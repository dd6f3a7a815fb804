package vm

// Integrity levels (Object.preventExtensions / seal / freeze) as V8's
// JSObject::PreventExtensionsWithTransition does them: a fast-mode object follows (or creates) a
// special transition of its map to a non-extensible copy whose descriptors carry the new
// attributes and whose elements kind is one of the *_NONEXTENSIBLE/SEALED/FROZEN kinds, so
// objects of one shape frozen alike share the frozen map. A dictionary-mode object gets a map
// of its own and dictionary elements.

type integrityLevel uint8

const (
	integrityNone integrityLevel = iota
	integrityNonExtensible
	integritySealed
	integrityFrozen
)

// integrityKinds is the packed kind of each level (the holey kind follows it).
var integrityKinds = [...]ElementsKind{integrityNonExtensible: PackedNonextensibleElements,
	integritySealed: PackedSealedElements, integrityFrozen: PackedFrozenElements}

func isIntegrityKind(k ElementsKind) bool {
	return k >= PackedNonextensibleElements && k <= HoleyFrozenElements
}

// isHoleyKind covers the holey fast kinds and the holey integrity kinds.
func isHoleyKind(k ElementsKind) bool {
	return k != DictionaryElements && k < FastSloppyArgumentsElements && (k < DictionaryElements) == (k%2 == 1)
}

// ordinaryIntegrity reports whether o takes V8's map-transition path (plain objects and arrays);
// other exotic objects keep the property-by-property definition.
func ordinaryIntegrity(o *Object) bool {
	t := o.hc.InstanceType
	return t == TypeObject || t == TypeArray
}

// applyIntegrity makes o non-extensible at lvl: the attributes first, then its map.
func (r *Runtime) applyIntegrity(o *Object, lvl integrityLevel) {
	o.nonExtensible = true
	mask := ^Attr(0)
	switch lvl {
	case integritySealed:
		mask = ^AttrConfigurable
	case integrityFrozen:
		mask = ^(AttrConfigurable | AttrWritable)
	}
	if o.sparse != nil {
		for i, e := range o.sparse.m {
			e.attr &= attrMaskFor(e.attr, mask)
			o.sparse.m[i] = e
		}
		o.sparse.requiresSlow = true
	}
	o.elemAttr &= mask
	if lvl == integrityFrozen && o.hc.InstanceType == TypeArray {
		o.Internal = arrayLengthReadOnly
	}
	if o.hc.Dictionary {
		r.integrityDictionary(o, mask)
		return
	}
	if o.hc.Deprecated {
		r.migrateInstance(o)
	}
	// V8 first moves Smi and double elements to object elements (the integrity kinds are
	// generic), so the new map's back pointer is the PACKED/HOLEY_ELEMENTS map.
	if k := o.hc.Elements; k < PackedElements {
		r.setElementsKind(o, PackedElements+k%2)
	}
	before := o.hc
	var created bool
	o.hc, created = r.integrityTransition(o.hc, lvl, mask)
	if r.interp.rec != nil || r.Options.TraceMaps {
		r.reportMapEdge(before, o.hc, integrityNames[lvl], "integrity", created)
	}
}

// integrityNames label the special transitions as V8's symbols do.
var integrityNames = [...]string{integrityNonExtensible: "nonextensible", integritySealed: "sealed", integrityFrozen: "frozen"}

// attrMaskFor: an accessor has no writable bit to clear.
func attrMaskFor(a, mask Attr) Attr {
	if a.IsAccessor() {
		return mask | AttrWritable
	}
	return mask
}

// integrityTransition follows or creates m's special transition to lvl (Map::CopyForPreventExtensions).
func (r *Runtime) integrityTransition(m *HiddenClass, lvl integrityLevel, mask Attr) (*HiddenClass, bool) {
	tk := transitionKey{integrity: lvl}
	if to := m.findTransition(tk); to != nil {
		return to, false
	}
	to := r.newMap(m.InstanceType, m.Proto, m.InObject)
	to.Parent = m
	to.IsPrototype = m.IsPrototype
	to.NonExtensible = true
	inheritSlack(to, m)
	to.Descriptors = make([]Descriptor, len(m.Descriptors))
	for i, d := range m.Descriptors {
		d.Attr &= attrMaskFor(d.Attr, mask)
		to.Descriptors[i] = d
	}
	to.buildIndex()
	to.Elements = integrityElementsKind(m.Elements, lvl)
	m.transitions = append(m.transitions, transitionEntry{key: tk, to: to})
	if r.maps.OnTransition != nil {
		r.maps.OnTransition(m, to, integrityNames[lvl])
	}
	return to, true
}

// integrityElementsKind is the kind of the non-extensible copy of a map of kind k: fast kinds
// move to the level's packed/holey kind, a level already reached is kept, dictionary stays.
func integrityElementsKind(k ElementsKind, lvl integrityLevel) ElementsKind {
	if k == DictionaryElements {
		return k
	}
	holey := isHoleyKind(k)
	if isIntegrityKind(k) && k >= integrityKinds[lvl] {
		return k
	}
	if holey {
		return integrityKinds[lvl] + 1
	}
	return integrityKinds[lvl]
}

// integrityDictionary is V8's slow path: the properties' attributes change in the dictionary,
// the elements become a NumberDictionary, and the object gets a fresh non-extensible map.
func (r *Runtime) integrityDictionary(o *Object, mask Attr) {
	for i := range o.dict.entries {
		e := &o.dict.entries[i]
		if !e.deleted {
			e.attr &= attrMaskFor(e.attr, mask)
		}
	}
	if o.sparse == nil {
		o.sparse = newSparse(o, fastElementsUsage(o))
		if len(o.sparse.m) == 0 {
			o.sparse.cap = 1 // the empty_slow_element_dictionary
		}
		o.elements, o.elemCap, o.cow = nil, 0, false
		r.Heap.syncBacking(o)
	}
	o.sparse.requiresSlow = true
	old := o.hc
	m := r.newMap(old.InstanceType, old.Proto, old.InObject)
	m.Dictionary = true
	m.IsPrototype = old.IsPrototype
	m.copyConstructor(old)
	m.NonExtensible = true
	m.Elements = DictionaryElements
	o.hc = m
}
