package vm

// Object is a JSObject: a map pointer, named properties (in-object and backing-store fields
// described by the map, or a dictionary), and elements (indexed properties) kept apart as V8 does.
type Object struct {
	hc       *HiddenClass
	slots    []Value       // fast mode: field values, index = Descriptor.Field
	dict     *propertyDict // dictionary ("slow") mode: non-nil exactly when hc.Dictionary
	elements []Value       // dense elements; Hole marks a hole
	sparse   *sparseElements
	// length is the JS array length (arrays only); it may exceed len(elements).
	length uint32
	// elemCap is the elements backing store's capacity as V8 allocated it (elements.go).
	elemCap uint32
	// elemAttr applies to every dense element: changed by freeze/seal.
	elemAttr      Attr
	nonExtensible bool
	// propertyArray: the properties are a PropertyArray even when it is empty (V8 allocates
	// one when it rewrites an instance: MigrateFastToFast, MigrateSlowToFast), which
	// %DebugPrint shows as <PropertyArray[0]> instead of the empty <FixedArray[0]>.
	propertyArray bool
	// cow: the elements are still the copy-on-write FixedArray of an array literal's
	// boilerplate (interp_literals.go); any write copies them.
	cow bool
	// site is the allocation memento behind an array made by a literal (allocation_site.go).
	site *allocationSite
	// Internal holds the per-class internal slots: *FunctionData, *MapData, a wrapped primitive, …
	Internal any
	// gc is the simulated heap's header; props and elems are the out-of-line backing stores.
	gc           gcHeader
	props, elems backing
}

// fieldValue is the value of o's fast-mode property d: its field, or for an accessor the pair
// its map's descriptor holds.
func (o *Object) fieldValue(d *Descriptor) Value {
	if d.Field < 0 {
		return accessorValue(d.pair)
	}
	return o.slots[d.Field]
}

// Map returns the object's hidden class (V8's map).
func (o *Object) Map() *HiddenClass { return o.hc }

// Address is the object's simulated heap address.
func (o *Object) Address() uint32 { return o.gc.addr }

// Type is the object's instance type.
func (o *Object) Type() InstanceType { return o.hc.InstanceType }

// Proto is [[GetPrototypeOf]] for ordinary objects (the prototype lives in the map, as in V8).
func (o *Object) Proto() *Object { return o.hc.Proto }

// Extensible is [[IsExtensible]].
func (o *Object) Extensible() bool { return !o.nonExtensible }

// IsDictionaryMode reports V8's "slow" (dictionary) properties.
func (o *Object) IsDictionaryMode() bool { return o.hc.Dictionary }

// ArrayLength is the length of an array.
func (o *Object) ArrayLength() uint32 { return o.length }

// DenseElements exposes the elements backing store (Hole marks holes).
func (o *Object) DenseElements() []Value { return o.elements }

// Slots exposes the field storage (for diagrams: in-object first, then the PropertyArray).
func (o *Object) Slots() []Value { return o.slots }

// IsCallable reports whether the object has [[Call]].
func (o *Object) IsCallable() bool {
	t := o.hc.InstanceType
	return t == TypeFunction || t == TypeBoundFunction || t == TypeProxy && o.Internal.(*ProxyData).Callable
}

// IsConstructor reports whether the object has [[Construct]].
func (o *Object) IsConstructor() bool {
	switch o.hc.InstanceType {
	case TypeFunction:
		return o.Internal.(*FunctionData).IsConstructor()
	case TypeBoundFunction:
		return o.Internal.(*BoundFunction).Target.IsConstructor()
	case TypeProxy:
		return o.Internal.(*ProxyData).Constructor
	}
	return false
}

// IsArray is Array.isArray without proxies.
func (o *Object) IsArray() bool { return o.hc.InstanceType == TypeArray }

// propertyDict is a dictionary-mode property store that keeps insertion order (as V8's
// NameDictionary does through enumeration indices).
type propertyDict struct {
	entries []dictEntry
	index   map[PropertyKey]int
	live    int
	cap     int // V8's hash table capacity (map_dict.go), for %DebugPrint and sizes
	// removals counts deletions (and so compactions): an entry index remembered before a
	// removal may name another property now (global_cell.go).
	removals uint32
}

type dictEntry struct {
	key     PropertyKey
	value   Value
	attr    Attr
	deleted bool
	cell    cellType // the global object's entries: V8's PropertyCellType (ic_global.go)
}

func newPropertyDict(n int) *propertyDict {
	return &propertyDict{index: make(map[PropertyKey]int, n)}
}

func (d *propertyDict) get(k PropertyKey) (*dictEntry, bool) {
	i, ok := d.index[k]
	if !ok {
		return nil, false
	}
	return &d.entries[i], true
}

func (d *propertyDict) put(k PropertyKey, v Value, a Attr) {
	if i, ok := d.index[k]; ok {
		d.entries[i].value, d.entries[i].attr = v, a
		return
	}
	d.index[k] = len(d.entries)
	d.entries = append(d.entries, dictEntry{key: k, value: v, attr: a})
	d.live++
	d.ensureCapacity()
}

func (d *propertyDict) remove(k PropertyKey) {
	i, ok := d.index[k]
	if !ok {
		return
	}
	delete(d.index, k)
	d.removals++
	d.entries[i] = dictEntry{deleted: true}
	d.live--
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *propertyDict) compact() {
	live := d.entries[:0:0]
	for _, e := range d.entries {
		if !e.deleted {
			d.index[e.key] = len(live)
			live = append(live, e)
		}
	}
	d.entries = live
}

// Len is the number of live properties.
func (d *propertyDict) Len() int { return d.live }

// sparseElements is DICTIONARY_ELEMENTS: a NumberDictionary.
type sparseElements struct {
	m map[uint32]sparseEntry
	// cap is the NumberDictionary's capacity, maxKey its largest key, and requiresSlow V8's
	// requires_slow_elements bit (non-default attributes, huge indices): never fast again.
	cap          int
	maxKey       uint32
	requiresSlow bool
}

type sparseEntry struct {
	value Value
	attr  Attr
}

func (s *sparseElements) sortedKeys() []uint32 {
	keys := make([]uint32, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	sortUint32(keys)
	return keys
}

func sortUint32(a []uint32) {
	// insertion sort for short lists, otherwise a simple heap-free merge via sort.Slice semantics
	if len(a) < 32 {
		for i := 1; i < len(a); i++ {
			for j := i; j > 0 && a[j] < a[j-1]; j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	mid := len(a) / 2
	l := append([]uint32(nil), a[:mid]...)
	r := append([]uint32(nil), a[mid:]...)
	sortUint32(l)
	sortUint32(r)
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			a[k] = l[i]
			i++
		} else {
			a[k] = r[j]
			j++
		}
		k++
	}
	for ; i < len(l); i++ {
		a[k] = l[i]
		k++
	}
	for ; j < len(r); j++ {
		a[k] = r[j]
		k++
	}
}
