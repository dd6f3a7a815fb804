package vm

// Elements (indexed properties) as V8 stores them: a FixedArray/FixedDoubleArray backing store
// whose capacity grows by NewElementsCapacity, or a NumberDictionary (DICTIONARY_ELEMENTS) when
// a store lands far beyond the capacity or the array is mostly holes; a dictionary turns fast
// again once it saves less than half the space (JSObject::AddDataElement and its helpers
// ShouldConvertToSlowElements / ShouldConvertToFastElements in V8's js-objects.cc).
//
// o.elements holds the used prefix of the backing store; its V8 capacity is o.elemCap (the
// slots past len(o.elements) are holes), so `new Array(1e6)` costs no Go memory.

const (
	// maxElementGap is V8's kMaxGap: a store this far past the capacity makes elements sparse.
	maxElementGap = 1024
	// maxUncheckedOldFastElements / maxUncheckedFastElements: below these capacities (the second
	// for young objects) growing never considers a dictionary.
	maxUncheckedOldFastElements = 500
	maxUncheckedFastElements    = 5000
	// preferFastSizeFactor is NumberDictionary::kPreferFastElementsSizeFactor.
	preferFastSizeFactor = 3
	// numberDictEntry is NumberDictionary::kEntrySize (key, value, details).
	numberDictEntry = 3
	// maxFastArrayLength is JSArray::kMaxFastArrayLength: a longer length makes elements sparse.
	maxFastArrayLength = 32 * 1024 * 1024
	// requiresSlowElementsLimit: a larger index keeps a dictionary a dictionary.
	requiresSlowElementsLimit = 1<<29 - 1
	// minAddedElementsCapacity is JSObject::kMinAddedElementsCapacity.
	minAddedElementsCapacity = 16
)

// newElementsCapacity is JSObject::NewElementsCapacity.
func newElementsCapacity(n uint32) uint32 { return n + n>>1 + minAddedElementsCapacity }

// elementsCapacity is the backing store's length as V8 allocated it.
func (o *Object) elementsCapacity() uint32 { return max(o.elemCap, uint32(len(o.elements))) }

func (r *Runtime) setElement(o *Object, i uint32, v Value) {
	if r.interp.rec != nil {
		defer r.emitPropertySet(o, IndexKey(i), v, o.hc)
	}
	if o.hc.InstanceType == TypeArguments && o.Internal != nil {
		mappedArgumentWritten(o, i, v) // sloppy arguments aliasing (interpreter)
	}
	if o.sparse != nil && !r.sparseToFast(o, i) {
		e, ok := o.sparse.m[i]
		if !ok {
			e.attr = AttrDefault
			o.sparse.added(i)
		}
		e.value = v
		o.sparse.m[i] = e
		if o.hc.InstanceType == TypeArray && i >= o.length {
			o.length = i + 1
		}
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return
	}
	o.cow = false
	n := uint32(len(o.elements))
	if i >= n {
		capacity := o.elementsCapacity()
		if i >= capacity {
			newCap, slow := shouldConvertToSlow(o, capacity, i)
			if slow {
				r.sparsify(o)
				r.setElement(o, i, v)
				return
			}
			ne := make([]Value, n, newCap)
			copy(ne, o.elements)
			o.elements, o.elemCap = ne, newCap
			r.Heap.syncBacking(o) // a new, larger FixedArray
		}
		for j := n; j < i; j++ {
			o.elements = append(o.elements, Hole)
		}
		o.elements = append(o.elements, v)
	}
	o.elements[i] = v
	// V8 makes the kind holey when the store skips past the length (for arrays) or the old end.
	madeHole := i > n
	if o.hc.InstanceType == TypeArray {
		madeHole = i > o.length
	}
	r.noteElementKind(o, v, madeHole)
	if k := o.hc.Elements; k == PackedDoubleElements || k == HoleyDoubleElements {
		o.elements[i] = storedIn(v, RepDouble)
	}
	if o.hc.InstanceType == TypeArray && i >= o.length {
		o.length = i + 1
	}
	r.writeBarrier(o, v)
}

// shouldConvertToSlow is V8's ShouldConvertToSlowElements for a store at index past capacity:
// the new capacity, or true when a dictionary would be smaller.
func shouldConvertToSlow(o *Object, capacity, index uint32) (uint32, bool) {
	if index-capacity >= maxElementGap {
		return 0, true
	}
	newCap := newElementsCapacity(index + 1)
	if newCap <= maxUncheckedOldFastElements || newCap <= maxUncheckedFastElements && o.gc.space == spaceNew {
		return newCap, false
	}
	used := fastElementsUsage(o)
	return newCap, uint32(preferFastSizeFactor*dictCapacity(used)*numberDictEntry) <= newCap
}

// fastElementsUsage is JSObject::GetFastElementsUsage: the elements in use (up to the length).
func fastElementsUsage(o *Object) int {
	limit := len(o.elements)
	if o.hc.InstanceType == TypeArray {
		limit = min(limit, int(o.length))
	}
	if k := o.hc.Elements; !isHoleyKind(k) && k != FastSloppyArgumentsElements {
		if o.hc.InstanceType == TypeArray {
			return int(o.length)
		}
		return int(o.elementsCapacity())
	}
	used := 0
	for _, v := range o.elements[:limit] {
		if v.kind != KindHole {
			used++
		}
	}
	return used
}

// sparsify moves elements to DICTIONARY_ELEMENTS (JSObject::NormalizeElements): a
// NumberDictionary sized for the elements in use.
func (r *Runtime) sparsify(o *Object) {
	if o.sparse != nil {
		return
	}
	o.sparse = newSparse(o, fastElementsUsage(o))
	o.elements, o.elemCap, o.cow = nil, 0, false
	r.setElementsKind(o, DictionaryElements)
	r.Heap.syncBacking(o)
}

// newSparse is o's dense elements as a NumberDictionary of room for used entries.
func newSparse(o *Object, used int) *sparseElements {
	s := &sparseElements{m: make(map[uint32]sparseEntry, len(o.elements)), cap: dictCapacity(used)}
	for i, v := range o.elements {
		if v.kind != KindHole {
			s.m[uint32(i)] = sparseEntry{value: v, attr: o.elemAttr}
			s.maxKey = uint32(i)
		}
	}
	s.requiresSlow = o.elemAttr != AttrDefault
	return s
}

// added records a new key: the table grows as V8's HashTable::EnsureCapacity grows it.
func (s *sparseElements) added(k uint32) {
	if n := len(s.m); n+n/2 > s.cap {
		s.cap = dictCapacity(n)
	}
	s.maxKey = max(s.maxKey, k)
	if k > requiresSlowElementsLimit {
		s.requiresSlow = true
	}
}

// sparseToFast is ShouldConvertToFastElements for adding index i to dictionary elements: when
// the dictionary saves less than half the space of a fast store, the elements become fast
// again with the best fitting holey kind, and the store goes to the fast path.
func (r *Runtime) sparseToFast(o *Object, i uint32) bool {
	s := o.sparse
	if _, ok := s.m[i]; ok || s.requiresSlow || i >= maxSmi || o.nonExtensible {
		return false
	}
	var newCap uint32
	switch o.hc.InstanceType {
	case TypeArray:
		if o.length > maxSmi {
			return false
		}
		newCap = o.length
	case TypeObject:
		newCap = s.maxKey + 1
	default:
		return false
	}
	newCap = max(newCap, i+1)
	if 2*uint32(s.cap*numberDictEntry) < newCap {
		return false
	}
	kind := HoleySmiElements
	for _, e := range s.m {
		switch {
		case e.value.kind != KindNumber:
			kind = HoleyElements
		case !e.value.IsSmi() && kind == HoleySmiElements:
			kind = HoleyDoubleElements
		}
	}
	if o.hc.InstanceType != TypeArray {
		kind = HoleyElements
	}
	n := uint32(0)
	if len(s.m) > 0 {
		n = s.maxKey + 1
	}
	els := make([]Value, n, newCap)
	for j := range els {
		els[j] = Hole
	}
	for k, e := range s.m {
		els[k] = e.value
	}
	o.sparse, o.elements, o.elemCap = nil, els, newCap
	// V8 has no transition out of DICTIONARY_ELEMENTS: the object gets a copy of its map.
	if m := o.hc; m.Dictionary {
		o.hc = r.dictionaryMap(m.InstanceType, m.Proto, m.InObject, kind)
	} else {
		o.hc = r.copyMapWith(m, m.Proto, m.Descriptors)
		o.hc.copyConstructor(m)
		o.hc.Elements = kind
	}
	if kind == HoleyDoubleElements {
		boxElements(o)
	}
	r.Heap.syncBacking(o)
	return true
}

// maxSmi is Smi::kMaxValue on this build (32-bit Smis).
const maxSmi = 1<<31 - 1

func (r *Runtime) noteElementKind(o *Object, v Value, madeHole bool) {
	cur := o.hc.Elements
	want := cur
	switch v.kind {
	case KindNumber:
		if !v.IsSmi() && (cur == PackedSmiElements || cur == HoleySmiElements) {
			want = cur + 2 // SMI → DOUBLE, keeping packed/holey
		}
	default:
		if cur < PackedElements {
			if cur%2 == 1 {
				want = HoleyElements
			} else {
				want = PackedElements
			}
		}
	}
	if madeHole && want%2 == 0 && want < DictionaryElements {
		want++
	}
	if want != cur {
		r.setElementsKind(o, want)
	}
}

func (r *Runtime) setElementsKind(o *Object, k ElementsKind) {
	if o.hc.Elements == FastSloppyArgumentsElements && k == DictionaryElements {
		k = SlowSloppyArgumentsElements // the parameter map stays; its backing store normalizes
	}
	if k == PackedDoubleElements || k == HoleyDoubleElements {
		boxElements(o) // a FixedDoubleArray holds raw doubles: reads give HeapNumbers
	}
	if o.site != nil {
		r.digestSiteTransition(o, k) // allocation_site.go
	}
	if o.hc.Dictionary {
		o.hc = r.dictionaryMap(o.hc.InstanceType, o.hc.Proto, o.hc.InObject, k)
		return
	}
	o.hc = r.transitionElements(o.hc, k)
}

func boxElements(o *Object) {
	for i, v := range o.elements {
		o.elements[i] = storedIn(v, RepDouble)
	}
}

func (r *Runtime) deleteElement(o *Object, i uint32) bool {
	if o.hc.InstanceType == TypeArguments && o.Internal != nil {
		mappedArgumentUnmap(o, i)
	}
	if i < uint32(len(o.elements)) {
		if o.elements[i].kind == KindHole {
			return true
		}
		if !o.elemAttr.Configurable() {
			return false
		}
		o.elements[i] = Hole
		o.cow = false
		if k := o.hc.Elements; k%2 == 0 && k < DictionaryElements {
			r.setElementsKind(o, k+1)
		}
		return true
	}
	if o.sparse != nil {
		if e, ok := o.sparse.m[i]; ok {
			if !e.attr.Configurable() {
				return false
			}
			delete(o.sparse.m, i)
		}
	}
	return true
}

// setArrayLength implements ArraySetLength on the backing store as V8's SetLengthImpl does:
// length 0 drops the store, a much shorter length trims it, a longer one grows it (and a
// length past kMaxFastArrayLength makes it a dictionary).
func (r *Runtime) setArrayLength(o *Object, n uint32) bool {
	if n < o.length {
		capacity := o.elementsCapacity() // the backing store before its tail goes
		if n < uint32(len(o.elements)) {
			for j := n; j < uint32(len(o.elements)); j++ {
				o.elements[j] = Value{}
			}
			o.elements = o.elements[:n]
		}
		if o.sparse != nil {
			for _, k := range o.sparse.sortedKeys() {
				if k >= n {
					if !o.sparse.m[k].attr.Configurable() {
						o.length = k + 1
						return false
					}
					delete(o.sparse.m, k)
				}
			}
		} else if n == 0 {
			o.elements, o.elemCap, o.cow = nil, 0, false
			r.Heap.syncBacking(o)
		} else if 2*n+minAddedElementsCapacity <= capacity {
			// More than half unused: V8 trims, leaving room for pushes after a pop.
			if n+1 == o.length {
				o.elemCap = (capacity + n) / 2
			} else {
				o.elemCap = n
			}
			o.elements = append([]Value(nil), o.elements...)
			o.cow = false
			r.Heap.syncBacking(o)
		} else if o.cow || o.elemCap < capacity {
			// The store keeps its capacity, its tail filled with holes; a copy-on-write one is
			// copied first (EnsureWritableFastElements), so it is no longer COW.
			o.elemCap, o.cow = capacity, false
			r.Heap.syncBacking(o)
		}
	} else if n > o.length && o.sparse == nil {
		if n > maxFastArrayLength {
			r.sparsify(o)
		} else {
			if capacity := o.elementsCapacity(); n > capacity {
				o.elemCap = n // an empty store grows to the length exactly (measured)
				if capacity > 0 {
					o.elemCap = max(n, newElementsCapacity(capacity))
				}
				o.cow = false
				r.Heap.syncBacking(o)
			}
			if k := o.hc.Elements; k%2 == 0 && k < DictionaryElements {
				r.setElementsKind(o, k+1)
			}
		}
	}
	o.length = n
	return true
}
