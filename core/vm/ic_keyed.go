package vm

// Keyed accesses o[i] with an element index: V8's KeyedLoadIC::UpdateLoadElement and
// KeyedStoreIC::UpdateStoreElement. Element feedback has no name; its handlers carry an access
// mode (--log-ic's modifier). A name key takes the named paths (loadIC, storeIC) with the keyed
// kinds. Megamorphic keyed ICs handle elements generically and never miss; without a feedback
// vector keyed accesses never log.

// Keyed load modes (KeyedAccessLoadMode): bit 0 handles out-of-bounds reads, bit 1 holes.
const (
	loadInBounds uint8 = 0
	loadOOB      uint8 = 1
	loadHoles    uint8 = 2
)

var loadModeMarks = [...]string{"", ".OOB", ".HOLES", ".OOB+HOLES"}

// Keyed store modes (KeyedAccessStoreMode).
const (
	storeInBounds uint8 = iota
	storeGrowAndHandleCOW
	storeIgnoreOOB
	storeHandleCOW
)

var storeModeMarks = [...]string{"", ".STORE+COW", ".IGNORE_OOB", ".COW"}

// icModifier is the mode --log-ic prints for a keyed slot: the union of its element handlers'
// load modes, or the first store mode that is not in-bounds.
func icModifier(kind icKind, ic *icEntry) string {
	if ic == nil || (kind != icKeyedLoad && kind != icKeyedStore) {
		return ""
	}
	var mode uint8
	for i := range ic.poly {
		h := &ic.poly[i]
		if h.kind != hElement {
			continue
		}
		if kind == icKeyedLoad {
			mode |= h.mode
		} else if mode == storeInBounds {
			mode = h.mode
		}
	}
	if kind == icKeyedLoad {
		return loadModeMarks[mode]
	}
	return storeModeMarks[mode]
}

// elementAccess describes a keyed element access for the IC: the receiver's map, whether the
// element was found, and whether the index was past the end.
type elementAccess struct {
	m          *HiddenClass
	o          *Object // nil for a string receiver
	found, oob bool
	allowHoles bool // V8's AllowConvertHoleElementToUndefined
}

// elementLoadAccess classifies a read of element idx of obj (an object or a string).
func (r *Runtime) elementLoadAccess(obj Value, idx uint32) (elementAccess, bool) {
	if obj.kind == KindString {
		n := uint32(obj.String().Length())
		return elementAccess{m: r.primitiveMap(obj), found: idx < n, oob: idx >= n, allowHoles: true}, true
	}
	o := obj.AsObject()
	if o == nil {
		return elementAccess{}, false
	}
	switch o.hc.InstanceType {
	case TypePrimitiveWrapper, TypeProxy:
		return elementAccess{}, false
	}
	// A mapped arguments object's elements mirror its parameters (context.go), so they are read
	// as they stand, as V8's sloppy-arguments element handler reads through the parameter map.
	a := elementAccess{m: o.hc, o: o}
	n := uint32(len(o.elements))
	if o.hc.InstanceType == TypeArray {
		n = o.length
	} else if c := uint32(cap(o.elements)); c > n {
		n = c
	}
	if idx < uint32(len(o.elements)) {
		a.found = o.elements[idx].kind != KindHole
	} else if o.sparse != nil || o.hc.InstanceType == TypeTypedArray {
		_, _, a.found = r.getOwnElement(o, idx)
	}
	a.oob = idx >= n
	p := o.hc.Proto
	a.allowHoles = o.hc.InstanceType == TypeTypedArray ||
		p == r.Intrinsics.ObjectPrototype || p == r.Intrinsics.ArrayPrototype
	return a, true
}

// newLoadMode is V8's GetNewKeyedLoadMode.
func newLoadMode(a elementAccess) uint8 {
	if !a.allowHoles {
		return loadInBounds
	}
	always := a.m.Elements == HoleyElements
	switch {
	case a.found:
		if always {
			return loadHoles
		}
		return loadInBounds
	case a.oob:
		if always {
			return loadOOB | loadHoles
		}
		return loadOOB
	case holeyKind(a.m.Elements):
		return loadHoles
	}
	return loadInBounds
}

func holeyKind(k ElementsKind) bool {
	return k == HoleySmiElements || k == HoleyDoubleElements || k == HoleyElements
}

// modeForMap is V8's GetUpdatedLoadModeForMap: holes only for holey kinds.
func modeForMap(a elementAccess, m *HiddenClass, mode uint8) uint8 {
	if !a.allowHoles {
		return loadInBounds
	}
	if !holeyKind(m.Elements) {
		mode &^= loadHoles
	}
	return mode
}

// keyedLoadElementIC runs after a keyed element load in a function with a feedback vector.
func (r *Runtime) keyedLoadElementIC(fb *FeedbackVector, slot int32, kind icKind, a elementAccess, key PropertyKey) {
	ic := &fb.ics[slot]
	switch ic.state {
	case icMegamorphic:
		return
	case icMonomorphic, icPolymorphic:
		if h := ic.find(a.m); h != nil && h.kind == hElement && !ic.named {
			if a.found || (a.oob && h.mode&loadOOB != 0) || (!a.oob && h.mode&loadHoles != 0) {
				r.loadTransition(a.o, h)
				return
			}
		}
	}
	if r.om.tiers != nil {
		r.checkDeopt(slot, a.m)
	}
	old := ic.state
	reason := r.updateLoadElement(ic, a, newLoadMode(a))
	r.tierICChanged(fb)
	r.emitICLineReason(slot, kind, icStateMarks[old], icStateMarks[ic.state], a.m, key, ic, reason)
}

// elementsTransitionTarget is Map::FindElementsKindTransitionedMap over a polymorphic keyed
// load's maps: the map of m's shape with the most general elements kind among them, walking the
// kinds after m's in transition order and never from holey back to packed. V8's polymorphic
// handler for m transitions the receiver to it before loading (LoadElementPolymorphicHandlers),
// so `[1, 2, 3]` read by a site that also read `[1.5]` becomes PACKED_DOUBLE on its next load
// there.
func elementsTransitionTarget(m *HiddenClass, maps []*HiddenClass) *HiddenClass {
	if !isFastKind(m.Elements) || m.Elements == HoleyElements {
		return nil
	}
	var to *HiddenClass
	packed := m.Elements%2 == 0
	for _, k := range sequenceKinds[kindSequence[m.Elements]+1:] {
		for _, c := range maps {
			if c.Elements != k || c.Deprecated || !isTransitionOfMonomorphicTarget(m, c) {
				continue
			}
			if cp := k%2 == 0; packed || !cp {
				to, packed = c, packed && cp
			}
			break
		}
	}
	return to
}

func (r *Runtime) updateLoadElement(ic *icEntry, a elementAccess, mode uint8) string {
	elem := func(m *HiddenClass, mode uint8) icHandler {
		return icHandler{m: m, desc: -1, field: -1, kind: hElement, mode: mode}
	}
	if ic.state == icUninitialized || len(ic.poly) == 0 {
		ic.setMono(PropertyKey{}, false, elem(a.m, mode))
		return ""
	}
	if ic.state == icMonomorphic && a.o != nil && moreGeneralElements(ic.poly[0].m.Elements, a.m.Elements) {
		ic.setMono(PropertyKey{}, false, elem(a.m, mode))
		return ""
	}
	oldMode := loadInBounds
	maps := make([]*HiddenClass, 0, len(ic.poly)+1)
	for _, h := range ic.poly {
		maps = append(maps, h.m)
	}
	if h := ic.find(a.m); h != nil {
		if h.kind == hElement {
			oldMode = h.mode
		}
		if (oldMode^(oldMode|mode))&3 == 0 {
			ic.setMega()
			return "same map added twice"
		}
	} else {
		maps = append(maps, a.m)
	}
	if len(maps) > maxPolymorphism {
		ic.setMega()
		return "max polymorph exceeded"
	}
	mode |= oldMode
	var hs []icHandler
	for _, m := range maps {
		if !m.Deprecated {
			own := mode // GetUpdatedLoadModeForMap keeps each map's own mode too
			if old := ic.find(m); old != nil && old.kind == hElement {
				own |= old.mode
			}
			h := elem(m, modeForMap(a, m, own))
			h.to = elementsTransitionTarget(m, maps)
			hs = append(hs, h)
		}
	}
	if len(hs) == 0 {
		hs = append(hs, elem(a.m, mode))
	}
	ic.setMono(PropertyKey{}, false, hs[0])
	if len(hs) > 1 {
		ic.state = icPolymorphic
		ic.poly = hs
	}
	return ""
}

// ---- stores

// isCOW reports whether o still has its literal's copy-on-write elements (elements.go copies
// them on the first write).
func isCOW(o *Object) bool { return o.cow }

// storeMode is V8's GetStoreMode, before the store.
func storeMode(o *Object, idx uint32) uint8 {
	n := uint32(len(o.elements))
	if o.hc.InstanceType == TypeArray {
		n = o.length
	}
	oob := idx >= n
	if o.hc.InstanceType == TypeArray && oob && !wouldConvertToSlowElements(o, idx) {
		return storeGrowAndHandleCOW
	}
	if o.hc.InstanceType == TypeTypedArray && oob {
		return storeIgnoreOOB
	}
	if isCOW(o) {
		return storeHandleCOW
	}
	return storeInBounds
}

// wouldConvertToSlowElements: a store this far past the backing store makes the elements a
// dictionary (kMaxGap).
func wouldConvertToSlowElements(o *Object, idx uint32) bool {
	c := uint32(max(cap(o.elements), len(o.elements)))
	return idx >= c && idx-c >= 1024
}

// elementStoreHits reports whether the slot's element handler for o stores v at idx by itself.
func elementStoreHits(ic *icEntry, o *Object, idx uint32, v Value) bool {
	h := ic.find(o.hc)
	if h == nil || h.kind != hElement || ic.named {
		return false
	}
	n := uint32(len(o.elements))
	if o.hc.InstanceType == TypeArray {
		n = o.length
	}
	switch {
	case idx > n:
		return false // a gap: the elements kind turns holey
	case idx == n:
		if h.mode != storeGrowAndHandleCOW {
			return false
		}
	case isCOW(o) && h.mode == storeInBounds:
		return false
	}
	switch o.hc.Elements {
	case PackedSmiElements, HoleySmiElements:
		return v.IsSmi()
	case PackedDoubleElements, HoleyDoubleElements:
		return v.kind == KindNumber
	case PackedElements, HoleyElements:
		return true
	}
	return false
}

// keyedStoreElementIC wraps a keyed element store (the store itself is do): a KeyedStoreIC, or
// an array literal's StoreInArrayLiteralIC, which shares its UpdateStoreElement.
func (r *Runtime) keyedStoreElementIC(fb *FeedbackVector, slot int32, kind icKind, o *Object, idx uint32, v Value, key PropertyKey, do func() bool) bool {
	ic := &fb.ics[slot]
	switch o.hc.InstanceType {
	case TypePrimitiveWrapper, TypeProxy, TypeArguments, TypeGlobalObject:
		return do()
	}
	if ic.state == icMegamorphic || (ic.state != icUninitialized && elementStoreHits(ic, o, idx, v)) {
		return do()
	}
	pre := o.hc
	r.makePrototypesFast(pre.Proto) // KeyedStoreIC::Store (proto_fast.go)
	mode := storeMode(o, idx)
	ok := do()
	if r.om.tiers != nil && !r.checkDeopt(slot, pre) {
		r.checkStoreGrow(slot, mode) // tier_opt.go
	}
	old := ic.state
	reason := r.updateStoreElement(ic, pre, mode, o.hc)
	r.tierICChanged(fb)
	logged := pre
	if kind == icStoreInArrayLiteral && old == icUninitialized {
		logged = nil // its first miss has no lookup-start map to trace (V8 logs 0x0)
	}
	r.emitICLineReason(slot, kind, icStateMarks[old], icStateMarks[ic.state], logged, key, ic, reason)
	return ok
}

// storeInArrayLiteral is StaInArrayLiteral: an array literal's computed element, defined as
// an own data property (CreateDataProperty), through the StoreInArrayLiteralIC when the
// function has feedback.
func (r *Runtime) storeInArrayLiteral(f *frame, o *Object, idx Value, v Value) {
	k := r.ToPropertyKey(idx)
	if f.fb == nil || !k.isIndex || idx.kind != KindNumber || !idx.IsSmi() || o.hc.Deprecated {
		r.CreateDataProperty(o, k, v)
		return
	}
	r.keyedStoreElementIC(f.fb, r.keyedSlot(f, 2), icStoreInArrayLiteral, o, k.index, v, k.PropertyKeyOf(), func() bool {
		return r.CreateDataProperty(o, k, v)
	})
}

// updateStoreElement is V8's KeyedStoreIC::UpdateStoreElement.
func (r *Runtime) updateStoreElement(ic *icEntry, m *HiddenClass, mode uint8, now *HiddenClass) string {
	elem := func(m *HiddenClass, mode uint8) icHandler {
		return icHandler{m: m, desc: -1, field: -1, kind: hElement, mode: mode}
	}
	if ic.state == icUninitialized || len(ic.poly) == 0 {
		mono := m
		if isTransitionOfMonomorphicTarget(m, now) {
			mono = now
		}
		ic.setMono(PropertyKey{}, false, elem(mono, mode))
		return ""
	}
	oldMode := storeInBounds
	for _, h := range ic.poly {
		if h.kind == hElement && h.mode != storeInBounds {
			oldMode = h.mode
			break
		}
	}
	prev := ic.poly[0].m
	if ic.state == icMonomorphic {
		if isTransitionOfMonomorphicTarget(prev, now) {
			ic.setMono(PropertyKey{}, false, elem(now, mode))
			return ""
		}
		if m == prev && now == m && oldMode == storeInBounds && mode != storeInBounds {
			ic.setMono(PropertyKey{}, false, elem(m, mode))
			return ""
		}
	}
	maps := make([]*HiddenClass, 0, len(ic.poly)+2)
	for _, h := range ic.poly {
		maps = append(maps, h.m)
	}
	added := false
	add := func(x *HiddenClass) {
		for _, y := range maps {
			if y == x {
				return
			}
		}
		maps = append(maps, x)
		added = true
	}
	add(m)
	if isTransitionOfMonomorphicTarget(m, now) {
		add(now)
	}
	if !added {
		ic.setMega()
		return "same map added twice"
	}
	if len(maps) > maxPolymorphism {
		ic.setMega()
		return ""
	}
	if oldMode != storeInBounds {
		if mode == storeInBounds {
			mode = oldMode
		} else if mode != oldMode {
			ic.setMega()
			return "store mode mismatch"
		}
	}
	var hs []icHandler
	for _, x := range maps {
		if !x.Deprecated {
			hs = append(hs, elem(x, mode))
		}
	}
	if len(hs) == 0 {
		hs = append(hs, elem(m, mode))
	}
	ic.setMono(PropertyKey{}, false, hs[0])
	if len(hs) > 1 {
		ic.state = icPolymorphic
		ic.poly = hs
	}
	return ""
}
