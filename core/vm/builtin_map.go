package vm

import "unsafe"

// MapData is the ordered hash table behind Map, Set, WeakMap and WeakSet (V8's OrderedHashMap):
// entries in insertion order, keyed by SameValueZero. Deleting leaves a hole that iteration
// skips; once holes outnumber live entries the table is compacted. Iterators and forEach hold a
// cursor that survives compaction and clear through a log of what each compaction removed, so
// iteration during mutation behaves as the spec requires (deleted entries are skipped, entries
// added later are visited).
type MapData struct {
	entries []mapEntry
	index   map[mapKey]int
	live    int
	log     []mapCompaction
	// IsMap is true for Map and WeakMap (key → value), false for Set and WeakSet.
	IsMap bool
}

type mapEntry struct {
	Key, Value Value
	deleted    bool
}

type mapCompaction struct {
	removed []int // entry indices dropped, ascending
	all     bool  // clear: every index before the compaction is gone
}

// mapKey is a Go-comparable form of SameValueZero.
type mapKey struct {
	kind Kind
	num  float64
	ref  unsafe.Pointer
	str  string
}

func keyOf(v Value) mapKey {
	switch v.kind {
	case KindNumber:
		if v.num != v.num {
			return mapKey{kind: KindNumber, str: "NaN"}
		}
		return mapKey{kind: KindNumber, num: v.num + 0} // -0 → +0
	case KindBoolean:
		return mapKey{kind: KindBoolean, num: v.num}
	case KindString:
		return mapKey{kind: KindString, str: v.String().GoStringKey()}
	case KindBigInt:
		return mapKey{kind: KindBigInt, str: v.BigInt().String()}
	case KindUndefined, KindNull, KindHole:
		return mapKey{kind: v.kind}
	}
	return mapKey{kind: v.kind, ref: v.ref}
}

// NewMapData makes an empty table.
func NewMapData(isMap bool) *MapData { return &MapData{index: map[mapKey]int{}, IsMap: isMap} }

// Size is the number of live entries.
func (m *MapData) Size() int { return m.live }

// Get returns the value stored for key.
func (m *MapData) Get(k Value) (Value, bool) {
	if i, ok := m.index[keyOf(k)]; ok {
		return m.entries[i].Value, true
	}
	return Undefined, false
}

// Has reports whether key is present.
func (m *MapData) Has(k Value) bool {
	_, ok := m.index[keyOf(k)]
	return ok
}

// Set stores key → value; a new key goes last. -0 is stored as +0.
func (m *MapData) Set(k, v Value) {
	mk := keyOf(k)
	if i, ok := m.index[mk]; ok {
		m.entries[i].Value = v
		return
	}
	if k.kind == KindNumber && k.num == 0 {
		k = Int(0)
	}
	m.index[mk] = len(m.entries)
	m.entries = append(m.entries, mapEntry{Key: k, Value: v})
	m.live++
}

// Delete removes key; it reports whether it was present.
func (m *MapData) Delete(k Value) bool {
	mk := keyOf(k)
	i, ok := m.index[mk]
	if !ok {
		return false
	}
	delete(m.index, mk)
	m.entries[i] = mapEntry{deleted: true}
	m.live--
	if len(m.entries) > 16 && m.live < len(m.entries)/2 {
		m.compact()
	}
	return true
}

// Clear removes every entry.
func (m *MapData) Clear() {
	if len(m.entries) == 0 {
		return
	}
	m.entries = nil
	m.index = map[mapKey]int{}
	m.live = 0
	m.log = append(m.log, mapCompaction{all: true})
}

func (m *MapData) compact() {
	var removed []int
	live := make([]mapEntry, 0, m.live)
	for i, e := range m.entries {
		if e.deleted {
			removed = append(removed, i)
			continue
		}
		m.index[keyOf(e.Key)] = len(live)
		live = append(live, e)
	}
	m.entries = live
	m.log = append(m.log, mapCompaction{removed: removed})
}

// Entries lists the live entries in iteration order (for console formatting).
func (m *MapData) Entries() []mapEntry {
	out := make([]mapEntry, 0, m.live)
	for _, e := range m.entries {
		if !e.deleted {
			out = append(out, e)
		}
	}
	return out
}

// InspectEntries implements EntryInspector.
func (m *MapData) InspectEntries() ([]Value, bool) {
	var out []Value
	for _, e := range m.entries {
		if e.deleted {
			continue
		}
		out = append(out, e.Key)
		if m.IsMap {
			out = append(out, e.Value)
		}
	}
	return out, m.IsMap
}

// mapCursor walks a MapData in insertion order, tolerating mutation.
type mapCursor struct {
	data *MapData
	pos  int
	gen  int // how many log records pos already accounts for
	done bool
}

func (m *MapData) cursor() *mapCursor { return &mapCursor{data: m, gen: len(m.log)} }

func (c *mapCursor) sync() {
	for ; c.gen < len(c.data.log); c.gen++ {
		rec := c.data.log[c.gen]
		if rec.all {
			c.pos = 0
			continue
		}
		n := 0
		for _, i := range rec.removed {
			if i < c.pos {
				n++
			}
		}
		c.pos -= n
	}
}

// next returns the next live entry.
func (c *mapCursor) next() (mapEntry, bool) {
	if c.done {
		return mapEntry{}, false
	}
	c.sync()
	for c.pos < len(c.data.entries) {
		e := c.data.entries[c.pos]
		c.pos++
		if !e.deleted {
			return e, true
		}
	}
	c.done = true
	return mapEntry{}, false
}

// remaining lists the entries a cursor has not yielded yet, without moving it.
func (c *mapCursor) remaining() []mapEntry {
	if c.done {
		return nil
	}
	c.sync()
	var out []mapEntry
	for _, e := range c.data.entries[min(c.pos, len(c.data.entries)):] {
		if !e.deleted {
			out = append(out, e)
		}
	}
	return out
}

// ---- Map --------------------------------------------------------------------------------------

func init() { registerBuiltins(23, "map", installMap) }

func installMap(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("Map", 0, in.MapPrototype, nil, func(r *Runtime, args []Value, newTarget *Object) Value {
		m := r.NewObjectOfType(TypeMap, r.GetPrototypeFromConstructor(newTarget, in.MapPrototype), NewMapData(true))
		r.addEntriesFromIterable(m, Arg(args, 0), "set", true)
		return ObjectValue(m)
	})
	in.Map = ctor
	r.DefineMethod(ctor, "groupBy", 2, mapGroupBy)
	r.defineSpeciesGetter(ctor)
	p := in.MapPrototype
	r.DefineMethod(p, "get", 1, func(r *Runtime, this Value, args []Value) Value {
		v, _ := r.thisMap(this, TypeMap, "Map.prototype.get").Get(Arg(args, 0))
		return v
	})
	r.DefineMethod(p, "set", 2, func(r *Runtime, this Value, args []Value) Value {
		r.thisMap(this, TypeMap, "Map.prototype.set").Set(Arg(args, 0), Arg(args, 1))
		return this
	})
	r.DefineMethod(p, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.thisMap(this, TypeMap, "Map.prototype.has").Has(Arg(args, 0)))
	})
	r.DefineMethod(p, "delete", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.thisMap(this, TypeMap, "Map.prototype.delete").Delete(Arg(args, 0)))
	})
	r.DefineMethod(p, "clear", 0, func(r *Runtime, this Value, args []Value) Value {
		r.thisMap(this, TypeMap, "Map.prototype.clear").Clear()
		return Undefined
	})
	entries := r.DefineMethod(p, "entries", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.newCollectionIterator(r.thisMap(this, TypeMap, "Map.prototype.entries"), TypeMapIterator, iterEntries)
	})
	r.DefineMethod(p, "forEach", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.collectionForEach(r.thisMap(this, TypeMap, "Map.prototype.forEach"), this, args)
	})
	r.DefineMethod(p, "keys", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.newCollectionIterator(r.thisMap(this, TypeMap, "Map.prototype.keys"), TypeMapIterator, iterKeys)
	})
	r.DefineGetter(p, StrKey("size"), func(r *Runtime, this Value, args []Value) Value {
		return Int(r.thisMap(this, TypeMap, "get Map.prototype.size").Size())
	})
	r.DefineMethod(p, "values", 0, func(r *Runtime, this Value, args []Value) Value {
		return r.newCollectionIterator(r.thisMap(this, TypeMap, "Map.prototype.values"), TypeMapIterator, iterValues)
	})
	r.DefineMethod(p, "getOrInsert", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.getOrInsert(r.thisMap(this, TypeMap, "Map.prototype.getOrInsert"), args)
	})
	r.DefineMethod(p, "getOrInsertComputed", 2, func(r *Runtime, this Value, args []Value) Value {
		m := r.thisMap(this, TypeMap, "Map.prototype.getOrInsertComputed")
		if !Arg(args, 1).IsCallable() {
			r.ThrowTypeError("Map.prototype.getOrInsertComputed is not a function")
		}
		return r.getOrInsertComputed(m, args)
	})
	r.DefineData(p, symKey(r.Symbols.ToStringTag), Str("Map"), AttrConfigurable)
	r.DefineData(p, symKey(r.Symbols.Iterator), ObjectValue(entries), AttrHidden)
	r.installIteratorProto(in.MapIteratorPrototype, "Map Iterator", func(r *Runtime, this Value, args []Value) Value {
		return r.collectionIteratorNext(this, TypeMapIterator, "Map Iterator")
	})
	r.DefineData(r.Global, StrKey("Map"), ObjectValue(ctor), AttrHidden)
}

// thisMap returns the table of a receiver of instance type t or throws V8's receiver error.
func (r *Runtime) thisMap(this Value, t InstanceType, method string) *MapData {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == t {
		if d, ok := o.Internal.(*MapData); ok {
			return d
		}
	}
	r.incompatibleReceiver(method, this)
	return nil
}

func (r *Runtime) getOrInsert(m *MapData, args []Value) Value {
	k := Arg(args, 0)
	if v, ok := m.Get(k); ok {
		return v
	}
	m.Set(k, Arg(args, 1))
	return Arg(args, 1)
}

func (r *Runtime) getOrInsertComputed(m *MapData, args []Value) Value {
	k := Arg(args, 0)
	if v, ok := m.Get(k); ok {
		return v
	}
	v := r.Call(args[1], Undefined, k)
	m.Set(k, v)
	return v
}

// addEntriesFromIterable fills a new Map/Set/WeakMap/WeakSet from the constructor's iterable,
// calling the (possibly overridden) adder as the spec does.
func (r *Runtime) addEntriesFromIterable(target *Object, iterable Value, adderName string, pairs bool) {
	if iterable.IsNullish() {
		return
	}
	adder := r.GetStr(target, adderName)
	if !adder.IsCallable() {
		r.ThrowTypeError("'%s' returned for property '%s' of object '%s' is not a function",
			r.safeToString(adder), adderName, r.noSideEffectsToString(ObjectValue(target)))
	}
	method := r.GetV(iterable, symKey(r.Symbols.Iterator))
	if !method.IsCallable() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.callableDesc(iterable))
	}
	it := r.iteratorFromMethod(iterable, method)
	for {
		next, ok := r.Step(it)
		if !ok {
			return
		}
		r.callClosingOnThrow(it, func() Value {
			if !pairs {
				return r.Call(adder, ObjectValue(target), next)
			}
			e := next.AsObject()
			if e == nil {
				r.ThrowTypeError("Iterator value %s is not an entry object", r.safeToString(next))
			}
			k := r.Get(e, IndexKey(0), next)
			v := r.Get(e, IndexKey(1), next)
			return r.Call(adder, ObjectValue(target), k, v)
		})
	}
}

// collectionForEach is Map/Set.prototype.forEach: callback(value, key, collection).
func (r *Runtime) collectionForEach(m *MapData, this Value, args []Value) Value {
	cb := r.requireCallable(Arg(args, 0))
	thisArg := Arg(args, 1)
	c := m.cursor()
	for {
		e, ok := c.next()
		if !ok {
			return Undefined
		}
		if m.IsMap {
			r.Call(cb, thisArg, e.Value, e.Key, this)
		} else {
			r.Call(cb, thisArg, e.Key, e.Key, this)
		}
	}
}

// collectionIterator is a Map or Set iterator's state.
type collectionIterator struct {
	cur  *mapCursor
	kind arrayIterKind
}

// InspectEntries implements EntryInspector: the entries not yet yielded.
func (it *collectionIterator) InspectEntries() ([]Value, bool) {
	var out []Value
	// V8's PreviewEntries reports entries() iterators as pairs, [v, v] for a Set.
	pairs := it.kind == iterEntries
	for _, e := range it.cur.remaining() {
		switch {
		case pairs && it.cur.data.IsMap:
			out = append(out, e.Key, e.Value)
		case pairs:
			out = append(out, e.Key, e.Key)
		case it.kind == iterValues && it.cur.data.IsMap:
			out = append(out, e.Value)
		default:
			out = append(out, e.Key)
		}
	}
	return out, pairs
}

func (r *Runtime) newCollectionIterator(m *MapData, t InstanceType, kind arrayIterKind) Value {
	proto := r.Intrinsics.MapIteratorPrototype
	if t == TypeSetIterator {
		proto = r.Intrinsics.SetIteratorPrototype
	}
	return ObjectValue(r.NewObjectOfType(t, proto, &collectionIterator{cur: m.cursor(), kind: kind}))
}

func (r *Runtime) collectionIteratorNext(this Value, t InstanceType, tag string) Value {
	it := r.iteratorState(this, t, tag).(*collectionIterator)
	e, ok := it.cur.next()
	if !ok {
		return r.CreateIterResult(Undefined, true)
	}
	switch {
	case it.kind == iterKeys || !it.cur.data.IsMap && it.kind == iterValues:
		return r.CreateIterResult(e.Key, false)
	case it.kind == iterValues:
		return r.CreateIterResult(e.Value, false)
	}
	v := e.Value
	if !it.cur.data.IsMap {
		v = e.Key
	}
	return r.CreateIterResult(ObjectValue(r.NewArray([]Value{e.Key, v})), false)
}

// groupBy is GroupBy(items, callback, keyCoercion): the groups in first-seen order.
func (r *Runtime) groupBy(items, cb Value, propertyKeys bool) *MapData {
	if items.IsNullish() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.callableDesc(items))
	}
	r.requireCallable(cb)
	groups := NewMapData(true)
	method := r.GetV(items, symKey(r.Symbols.Iterator))
	if !method.IsCallable() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.callableDesc(items))
	}
	it := r.iteratorFromMethod(items, method)
	var k float64
	for {
		v, ok := r.Step(it)
		if !ok {
			return groups
		}
		key := r.callClosingOnThrow(it, func() Value {
			key := r.Call(cb, Undefined, v, Number(k))
			if propertyKeys {
				key = r.ToPropertyKey(key).Value()
			} else if key.kind == KindNumber && key.num == 0 {
				key = Int(0)
			}
			return key
		})
		g, ok := groups.Get(key)
		if !ok {
			g = ObjectValue(r.NewArray(nil))
			groups.Set(key, g)
		}
		ga := g.Object()
		r.setElement(ga, ga.length, v)
		k++
	}
}

func mapGroupBy(r *Runtime, this Value, args []Value) Value {
	groups := r.groupBy(Arg(args, 0), Arg(args, 1), false)
	return ObjectValue(r.NewObjectOfType(TypeMap, r.Intrinsics.MapPrototype, groups))
}
