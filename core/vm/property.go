package vm

import "math"

// PropertyDescriptor is ECMA-262's Property Descriptor with presence flags.
type PropertyDescriptor struct {
	Value           Value
	Get, Set        Value // undefined or a callable
	Writable        bool
	Enumerable      bool
	Configurable    bool
	HasValue        bool
	HasGet          bool
	HasSet          bool
	HasWritable     bool
	HasEnumerable   bool
	HasConfigurable bool
}

// IsAccessor reports an accessor descriptor.
func (d *PropertyDescriptor) IsAccessor() bool { return d.HasGet || d.HasSet }

// DataDescriptor makes a complete data descriptor.
func DataDescriptor(v Value, a Attr) PropertyDescriptor {
	return PropertyDescriptor{Value: v, Writable: a.Writable(), Enumerable: a.Enumerable(), Configurable: a.Configurable(),
		HasValue: true, HasWritable: true, HasEnumerable: true, HasConfigurable: true}
}

// ---- own property storage -------------------------------------------------------------------

// getOwn finds an own property; for accessors v holds the *AccessorPair (attr has AttrAccessor).
func (r *Runtime) getOwn(o *Object, k Key) (v Value, attr Attr, ok bool) {
	if k.isIndex {
		return r.getOwnElement(o, k.index)
	}
	if o.hc.Dictionary {
		if e, found := o.dict.get(k.prop); found {
			return e.value, e.attr, true
		}
	} else if i := o.hc.Lookup(k.prop); i >= 0 {
		d := &o.hc.Descriptors[i]
		return o.fieldValue(d), d.Attr, true
	}
	return r.getOwnSpecial(o, k.prop)
}

// getOwnSpecial supplies the own properties that exotic objects compute rather than store.
func (r *Runtime) getOwnSpecial(o *Object, k PropertyKey) (Value, Attr, bool) {
	if k.sym != nil {
		return Undefined, 0, false
	}
	switch o.hc.InstanceType {
	case TypeArray:
		if k.name == "length" {
			a := AttrWritable
			if o.elemAttr != AttrDefault && !o.elemAttr.Writable() {
				a = 0
			}
			if o.Internal == arrayLengthReadOnly {
				a = 0
			}
			return Number(float64(o.length)), a, true
		}
	case TypePrimitiveWrapper:
		if s, isStr := o.Internal.(*String); isStr && k.name == "length" {
			return Int(s.Length()), 0, true
		}
	case TypeFunction:
		if k.name == "prototype" {
			if fd := o.Internal.(*FunctionData); fd.lazyPrototype {
				fd.lazyPrototype = false
				r.materializePrototype(o)
				return r.getOwn(o, PropKey(k))
			}
		}
	}
	return Undefined, 0, false
}

// arrayLengthReadOnly marks an array whose length was made non-writable by defineProperty.
var arrayLengthReadOnly = &struct{ x int }{}

func (r *Runtime) getOwnElement(o *Object, i uint32) (Value, Attr, bool) {
	if o.hc.InstanceType == TypeTypedArray {
		return typedGetOwnElement(o, i) // builtin_typedarray.go
	}
	if i < uint32(len(o.elements)) {
		if v := o.elements[i]; v.kind != KindHole {
			return v, o.elemAttr, true
		}
	}
	if o.sparse != nil {
		if e, ok := o.sparse.m[i]; ok {
			return e.value, e.attr, true
		}
	}
	if o.hc.InstanceType == TypePrimitiveWrapper {
		if s, isStr := o.Internal.(*String); isStr && int(i) < s.Length() {
			return StringValue(s.Substring(int(i), int(i)+1)), AttrEnumerable, true
		}
	}
	return Undefined, 0, false
}

// addOwn adds a new own property (the caller checked it is absent and the object extensible).
func (r *Runtime) addOwn(o *Object, k PropertyKey, v Value, a Attr) {
	if r.interp.rec != nil {
		defer r.emitPropertySet(o, PropKey(k), v, o.hc)
	}
	if o.hc.Dictionary {
		o.dict.put(k, v, a)
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return
	}
	if len(o.hc.Descriptors) >= maxFastDescriptors {
		r.normalize(o)
		o.dict.put(k, v, a)
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return
	}
	if o.hc.Deprecated {
		r.migrateInstance(o)
	}
	if a.IsAccessor() && !r.addAccessorFast(o, k, v.accessor(), a) { // map_accessor.go
		r.normalize(o)
		o.dict.put(k, v, a)
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return
	}
	rep := representationOf(v)
	if rep == RepNone {
		v = Undefined // the slot of an uninitialized field
	}
	o.hc = r.transitionAddTyped(o.hc, k, a, rep, r.fieldTypeFor(v, rep))
	n := len(o.hc.Descriptors)
	if a.IsAccessor() {
		if d := &o.hc.Descriptors[n-1]; d.pair == nil {
			d.pair = v.accessor()
		}
		r.writeBarrier(o, v)
		return
	}
	if d := o.hc.Descriptors[n-1]; generalize(d.Rep, rep) != d.Rep {
		// An existing edge with a less general field: the object only takes the (new) transition,
		// so V8 does not rewrite it (MigrateFastToFast's simple case).
		pa := o.propertyArray
		r.generalizeField(o, n-1, generalize(d.Rep, rep))
		o.propertyArray = pa
	}
	d := &o.hc.Descriptors[n-1]
	r.fitFieldType(o, n-1, v) // an existing edge's Class type that v does not fit becomes Any
	if d.Field >= len(o.slots) {
		r.growSlots(o, d.Field+1)
	}
	o.slots[d.Field] = storedIn(v, d.Rep)
	r.writeBarrier(o, v)
}

// maxFastDescriptors is V8's kMaxNumberOfDescriptors: one more property makes an object a dictionary.
const maxFastDescriptors = 1020

// propertyArrayStep is V8's kFieldsAdded: the out-of-object PropertyArray grows 3 slots at a time.
const propertyArrayStep = 3

func (r *Runtime) growSlots(o *Object, need int) {
	capacity := o.hc.InObject + o.hc.backingCapacity(need)
	if capacity <= cap(o.slots) { // the in-object slots allocated with the object
		old := len(o.slots)
		o.slots = o.slots[:capacity]
		clear(o.slots[old:])
	} else {
		ns := make([]Value, capacity)
		copy(ns, o.slots)
		o.slots = ns
	}
	// The PropertyArray is a separate heap object (map, length/hash, slots): growing it is a
	// new allocation.
	r.Heap.syncBacking(o)
}

func representationOf(v Value) Representation {
	switch v.kind {
	case KindNumber:
		if v.IsSmi() {
			return RepSmi
		}
		return RepDouble
	case KindUndefined:
		if v.ref != nil {
			return RepNone // uninitializedField (map_fieldtype.go)
		}
		return RepHeapObject
	case KindObject, KindString, KindSymbol, KindBigInt, KindNull, KindBoolean:
		return RepHeapObject // oddballs are heap objects too
	}
	return RepTagged
}

// normalize switches an object to dictionary mode, keeping property order; the in-object
// slots are given up (V8's CLEAR_INOBJECT_PROPERTIES), as on delete.
func (r *Runtime) normalize(o *Object) { r.normalizeKeeping(o, 0) }

// normalizeKeeping switches to dictionary mode with a map of inObject (unused) in-object slots:
// V8 keeps the instance size when an object becomes a prototype (KEEP_INOBJECT_PROPERTIES).
func (r *Runtime) normalizeKeeping(o *Object, inObject int) {
	if o.hc.Dictionary {
		return
	}
	d := newPropertyDict(len(o.hc.Descriptors))
	for _, desc := range o.hc.Descriptors {
		d.put(desc.Key, o.fieldValue(&desc), desc.Attr)
	}
	d.cap = dictCapacity(d.live + 2)
	old := o.hc
	if old.NonExtensible {
		// V8's normalized map keeps the extensibility bit: not the shared dictionary map.
		o.hc = r.newMap(old.InstanceType, old.Proto, inObject)
		o.hc.Dictionary, o.hc.NonExtensible, o.hc.Elements = true, true, old.Elements
	} else {
		o.hc = r.dictionaryMap(old.InstanceType, old.Proto, inObject, old.Elements)
	}
	o.dict = d
	o.slots = nil
	r.Heap.syncBacking(o)
	if r.interp.rec != nil || r.Options.TraceMaps {
		r.reportMapEdge(old, o.hc, "", "normalize", true)
	}
}

// Normalize is the public form used by builtins (delete, Object.create(null), …).
func (r *Runtime) Normalize(o *Object) { r.normalize(o) }

// setOwnValue overwrites an existing own data property's value in place.
func (r *Runtime) setOwnValue(o *Object, k PropertyKey, v Value) {
	if r.interp.rec != nil {
		defer r.emitPropertySet(o, PropKey(k), v, o.hc)
	}
	if o.hc.Dictionary {
		if e, ok := o.dict.get(k); ok {
			if o.hc.InstanceType == TypeGlobalObject {
				e.cell = r.updatedCellType(e, v) // ic_global.go
			}
			e.value = v
			r.writeBarrier(o, v)
		}
		return
	}
	if o.hc.InstanceType == TypeFunction && k.sym == nil && k.name == "prototype" {
		r.prototypeAssigned(o, v) // F.prototype = obj (map_proto.go)
	}
	if o.hc.Deprecated {
		r.migrateInstance(o)
	}
	i := o.hc.Lookup(k)
	d := &o.hc.Descriptors[i]
	wasNone := d.Rep == RepNone
	if want := generalize(d.Rep, representationOf(v)); want != d.Rep {
		r.generalizeField(o, i, want)
		d = &o.hc.Descriptors[i]
	}
	r.fieldWritten(o.hc, i) // ic_store.go: const → mutable for the field's whole tree
	if wasNone {
		setTypeInTree(fieldOwner(o.hc, i), i, r.fieldTypeFor(v, d.Rep)) // None → the value's type
	} else {
		r.fitFieldType(o, i, v)
	}
	o.slots[d.Field] = storedIn(v, d.Rep)
	r.writeBarrier(o, v)
}

func generalize(a, b Representation) Representation {
	switch {
	case a == RepNone:
		return b
	case b == RepNone:
		return a
	case a == b:
		return a
	case (a == RepSmi && b == RepDouble) || (a == RepDouble && b == RepSmi):
		return RepDouble
	}
	return RepTagged
}

// removeOwn deletes an own named property. V8 14 normalizes on any delete (engine-model §4.3).
func (r *Runtime) removeOwn(o *Object, k PropertyKey) {
	r.normalize(o)
	o.dict.remove(k)
}

// ---- [[Get]] / [[Set]] / [[HasProperty]] / [[Delete]] ---------------------------------------------

// Get is [[Get]](key, receiver) walking the prototype chain.
func (r *Runtime) Get(o *Object, k Key, receiver Value) Value {
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			return r.proxyGet(p, k, receiver)
		}
		v, a, ok := r.getOwn(p, k)
		if ok {
			if a&AttrAccessor != 0 {
				g := v.accessor().Get
				if g == nil {
					return Undefined
				}
				return r.Call(ObjectValue(g), receiver)
			}
			return v
		}
	}
	return Undefined
}

// GetProp is obj.key for an object receiver.
func (r *Runtime) GetProp(o *Object, k Key) Value { return r.Get(o, k, ObjectValue(o)) }

// GetStr is a convenience for named reads by builtins.
func (r *Runtime) GetStr(o *Object, name string) Value {
	return r.Get(o, KeyFromName(name), ObjectValue(o))
}

// GetV is GetV(V, P): property read on any value, boxing primitives (for `"abc".length`, `(5).toFixed`).
func (r *Runtime) GetV(v Value, k Key) Value {
	switch v.kind {
	case KindObject:
		return r.Get(v.Object(), k, v)
	case KindString:
		s := v.String()
		if k.isIndex {
			if int(k.index) < s.Length() {
				return StringValue(s.Substring(int(k.index), int(k.index)+1))
			}
		} else if k.prop.sym == nil && k.prop.name == "length" {
			return Int(s.Length())
		}
	}
	if p := r.primitivePrototype(v); p != nil {
		return r.Get(p, k, v)
	}
	r.ThrowTypeError("Cannot read properties of %s (reading '%s')", typeofNullish(v), keyForMessage(k))
	return Undefined
}

// primitivePrototype is where a primitive's properties are found (nil for undefined and null).
func (r *Runtime) primitivePrototype(v Value) *Object {
	in := &r.Intrinsics
	switch v.kind {
	case KindString:
		return in.StringPrototype
	case KindNumber:
		return in.NumberPrototype
	case KindBoolean:
		return in.BooleanPrototype
	case KindSymbol:
		return in.SymbolPrototype
	case KindBigInt:
		return in.BigIntPrototype
	}
	return nil
}

func typeofNullish(v Value) string {
	if v.kind == KindNull {
		return "null"
	}
	return "undefined"
}

func keyForMessage(k Key) string {
	if !k.isIndex && k.prop.sym != nil {
		return k.prop.sym.DescriptiveString()
	}
	return k.String()
}

// Set is [[Set]](key, value, receiver); it returns false where strict mode code throws.
func (r *Runtime) Set(o *Object, k Key, v Value, receiver Value) bool {
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			return r.proxySet(p, k, v, receiver)
		}
		if k.isIndex && p.hc.InstanceType == TypeTypedArray {
			if receiver.kind == KindObject && receiver.Object() == p {
				r.typedSetElement(p, k.index, v)
				return true
			}
			if _, _, ok := typedGetOwnElement(p, k.index); !ok {
				return true
			}
		}
		cur, a, ok := r.getOwn(p, k)
		if !ok {
			continue
		}
		if a&AttrAccessor != 0 {
			return r.callSetter(cur.accessor(), receiver, v)
		}
		if !a.Writable() {
			return false
		}
		if receiver.kind == KindObject && receiver.Object() == p {
			return r.writeOwnData(p, k, v) // the common case: an own writable data property
		}
		break
	}
	ro := receiver.AsObject()
	if ro == nil {
		return false
	}
	if ro.hc.InstanceType == TypeProxy {
		// a proxy receiver (Reflect.set from a set trap) defines through its own traps
		if d, ok := r.GetOwnPropertyDescriptor(ro, k); ok {
			if d.IsAccessor() || !d.Writable {
				return false
			}
			return r.DefineOwnProperty(ro, k, PropertyDescriptor{Value: v, HasValue: true})
		}
		return r.DefineOwnProperty(ro, k, DataDescriptor(v, AttrDefault))
	}
	if _, a, ok := r.getOwn(ro, k); ok {
		if a&AttrAccessor != 0 || !a.Writable() {
			return false
		}
		return r.writeOwnData(ro, k, v)
	}
	return r.addData(ro, k, v, AttrDefault)
}

// callSetter runs an accessor's setter; false when it has none (TypeError in strict code).
func (r *Runtime) callSetter(p *AccessorPair, receiver, v Value) bool {
	if p.Set == nil {
		return false
	}
	r.Call(ObjectValue(p.Set), receiver, v)
	return true
}

// writeOwnData overwrites an existing writable own data property.
func (r *Runtime) writeOwnData(o *Object, k Key, v Value) bool {
	if k.isIndex {
		if o.sparse != nil {
			if e, ok := o.sparse.m[k.index]; ok {
				e.value = v
				o.sparse.m[k.index] = e
				r.writeBarrier(o, v)
				return true
			}
		}
		r.setElement(o, k.index, v)
		return true
	}
	if o.hc.InstanceType == TypeArray && k.prop.sym == nil && k.prop.name == "length" {
		n, ok := r.arrayLengthFrom(v)
		if !ok {
			r.throwInvalidArrayLengthOnSet(o)
		}
		return r.setArrayLength(o, n)
	}
	r.setOwnValue(o, k.prop, v)
	return true
}

func (r *Runtime) arrayLengthFrom(v Value) (uint32, bool) {
	n := r.ToNumber(v)
	u := ToUint32(n)
	return u, float64(u) == n
}

// addData adds a new data property if the object is extensible.
func (r *Runtime) addData(o *Object, k Key, v Value, a Attr) bool {
	if o.nonExtensible {
		return false
	}
	if k.isIndex {
		if a == AttrDefault && o.elemAttr == AttrDefault || (a == AttrDefault && o.sparse == nil && len(o.elements) == 0) {
			r.setElement(o, k.index, v)
			return true
		}
		r.sparsify(o)
		o.sparse.m[k.index] = sparseEntry{value: v, attr: a}
		o.sparse.added(k.index)
		o.sparse.requiresSlow = true // V8: non-default attributes keep elements slow
		if o.hc.InstanceType == TypeArray && k.index >= o.length {
			o.length = k.index + 1
		}
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return true
	}
	r.addOwn(o, k.prop, v, a)
	return true
}

// HasProperty is [[HasProperty]] (the `in` operator).
func (r *Runtime) HasProperty(o *Object, k Key) bool {
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			return r.proxyHas(p, k)
		}
		if _, _, ok := r.getOwn(p, k); ok || k.isIndex && p.hc.InstanceType == TypeTypedArray {
			return ok
		}
	}
	return false
}

// HasOwnProperty is HasOwnProperty(O, P).
func (r *Runtime) HasOwnProperty(o *Object, k Key) bool {
	_, _, ok := r.getOwn(o, k)
	return ok
}

// Delete is [[Delete]]; false means a non-configurable property (TypeError in strict code).
func (r *Runtime) Delete(o *Object, k Key) bool {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyDelete(o, k)
	}
	if k.isIndex {
		if o.hc.InstanceType == TypeTypedArray {
			_, _, ok := typedGetOwnElement(o, k.index)
			return !ok
		}
		if o.hc.InstanceType == TypePrimitiveWrapper {
			if s, ok := o.Internal.(*String); ok && int(k.index) < s.Length() {
				return false
			}
		}
		return r.deleteElement(o, k.index)
	}
	_, a, ok := r.getOwn(o, k)
	if !ok {
		return true
	}
	if !a.Configurable() {
		return false
	}
	r.removeOwn(o, k.prop)
	return true
}

// ---- [[GetOwnProperty]] / [[DefineOwnProperty]] ---------------------------------------------------

// GetOwnPropertyDescriptor is [[GetOwnProperty]].
func (r *Runtime) GetOwnPropertyDescriptor(o *Object, k Key) (PropertyDescriptor, bool) {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyGetOwnProperty(o, k)
	}
	v, a, ok := r.getOwn(o, k)
	if !ok {
		return PropertyDescriptor{}, false
	}
	if a&AttrAccessor != 0 {
		p := v.accessor()
		d := PropertyDescriptor{Get: Undefined, Set: Undefined, Enumerable: a.Enumerable(), Configurable: a.Configurable(),
			HasGet: true, HasSet: true, HasEnumerable: true, HasConfigurable: true}
		if p.Get != nil {
			d.Get = ObjectValue(p.Get)
		}
		if p.Set != nil {
			d.Set = ObjectValue(p.Set)
		}
		return d, true
	}
	return DataDescriptor(v, a), true
}

// DefineOwnProperty is ValidateAndApplyPropertyDescriptor; false where a TypeError is due.
func (r *Runtime) DefineOwnProperty(o *Object, k Key, d PropertyDescriptor) bool {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyDefineOwnProperty(o, k, d)
	}
	if o.hc.InstanceType == TypeArray && !k.isIndex && k.prop.sym == nil && k.prop.name == "length" {
		return r.defineArrayLength(o, d)
	}
	if k.isIndex && o.hc.InstanceType == TypeTypedArray {
		return r.typedDefineElement(o, k.index, d)
	}
	if k.isIndex && o.hc.InstanceType == TypeArguments && o.Internal != nil {
		defer r.definedMappedArgument(o, k.index, d) // sloppy arguments aliasing (interpreter)
	}
	cur, ok := r.GetOwnPropertyDescriptor(o, k)
	if !ok {
		if o.nonExtensible {
			return false
		}
		if k.isIndex && o.hc.InstanceType == TypeArray && k.index >= o.length && o.Internal == arrayLengthReadOnly {
			return false
		}
		r.putDescriptor(o, k, d, PropertyDescriptor{}, false)
		return true
	}
	if !cur.Configurable {
		if d.HasConfigurable && d.Configurable {
			return false
		}
		if d.HasEnumerable && d.Enumerable != cur.Enumerable {
			return false
		}
		if d.IsAccessor() != cur.IsAccessor() && (d.IsAccessor() || d.HasValue || d.HasWritable) {
			return false
		}
		if cur.IsAccessor() {
			if d.HasGet && !SameValue(d.Get, cur.Get) || d.HasSet && !SameValue(d.Set, cur.Set) {
				return false
			}
		} else if !cur.Writable {
			if d.HasWritable && d.Writable {
				return false
			}
			if d.HasValue && !SameValue(d.Value, cur.Value) {
				return false
			}
		}
	}
	r.putDescriptor(o, k, d, cur, true)
	return true
}

// putDescriptor writes a validated descriptor, merging with the current one.
func (r *Runtime) putDescriptor(o *Object, k Key, d PropertyDescriptor, cur PropertyDescriptor, exists bool) {
	accessor := d.IsAccessor() || (exists && cur.IsAccessor() && !d.HasValue && !d.HasWritable)
	var a Attr
	pick := func(has, v, old bool) bool {
		if has {
			return v
		}
		return exists && old
	}
	if pick(d.HasEnumerable, d.Enumerable, cur.Enumerable) {
		a |= AttrEnumerable
	}
	if pick(d.HasConfigurable, d.Configurable, cur.Configurable) {
		a |= AttrConfigurable
	}
	var v Value
	if accessor {
		a |= AttrAccessor
		p := &AccessorPair{}
		if exists && cur.IsAccessor() {
			p.Get, p.Set = cur.Get.AsObject(), cur.Set.AsObject()
		}
		if d.HasGet {
			p.Get = d.Get.AsObject()
		}
		if d.HasSet {
			p.Set = d.Set.AsObject()
		}
		v = accessorValue(p)
	} else {
		if pick(d.HasWritable, d.Writable, cur.Writable && !cur.IsAccessor()) {
			a |= AttrWritable
		}
		v = Undefined
		if d.HasValue {
			v = d.Value
		} else if exists && !cur.IsAccessor() {
			v = cur.Value
		}
	}
	if k.isIndex {
		if !exists && a == AttrDefault {
			r.addData(o, k, v, a)
			return
		}
		if r.interp.rec != nil {
			defer r.emitPropertySet(o, k, v, o.hc)
		}
		if exists && a == o.elemAttr && o.sparse == nil {
			o.elements[k.index] = v
			o.cow = false
			r.noteElementKind(o, v, false)
			r.writeBarrier(o, v)
			return
		}
		r.sparsify(o)
		o.sparse.m[k.index] = sparseEntry{value: v, attr: a}
		o.sparse.added(k.index)
		if a != AttrDefault {
			o.sparse.requiresSlow = true
		}
		if o.hc.InstanceType == TypeArray && k.index >= o.length {
			o.length = k.index + 1
		}
		r.Heap.syncBacking(o)
		r.writeBarrier(o, v)
		return
	}
	if !exists {
		r.addOwn(o, k.prop, v, a)
		return
	}
	if o.hc.Dictionary {
		o.dict.put(k.prop, v, a)
		r.writeBarrier(o, v)
		if r.interp.rec != nil {
			r.emitPropertySet(o, k, v, o.hc)
		}
		return
	}
	i := o.hc.Lookup(k.prop)
	if o.hc.Descriptors[i].Attr == a && !a.IsAccessor() {
		r.setOwnValue(o, k.prop, v)
		return
	}
	if !r.redefineFast(o, i, v, a) { // map_accessor.go
		r.normalize(o)
		o.dict.put(k.prop, v, a)
		r.writeBarrier(o, v)
		if r.interp.rec != nil {
			r.emitPropertySet(o, k, v, o.hc)
		}
	}
}

func (r *Runtime) defineArrayLength(o *Object, d PropertyDescriptor) bool {
	if d.IsAccessor() || (d.HasConfigurable && d.Configurable) || (d.HasEnumerable && d.Enumerable) {
		return false
	}
	readOnly := o.Internal == arrayLengthReadOnly
	if d.HasValue {
		n, ok := r.arrayLengthFrom(d.Value)
		if !ok {
			r.ThrowRangeError("Invalid array length")
		}
		if readOnly && n != o.length {
			return false
		}
		if !r.setArrayLength(o, n) {
			return false
		}
	}
	if d.HasWritable {
		if d.Writable && readOnly {
			return false
		}
		if !d.Writable {
			o.Internal = arrayLengthReadOnly
		}
	}
	return true
}

// ---- convenience definers used by builtins and literals ---------------------------------------------

// DefineData defines (or redefines) an own data property without validation.
func (r *Runtime) DefineData(o *Object, k Key, v Value, a Attr) {
	if _, _, ok := r.getOwn(o, k); ok {
		r.DefineOwnProperty(o, k, DataDescriptor(v, a))
		return
	}
	r.addData(o, k, v, a)
}

// CreateDataProperty is CreateDataProperty(O, P, V): an enumerable, writable, configurable own property.
func (r *Runtime) CreateDataProperty(o *Object, k Key, v Value) bool {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyDefineOwnProperty(o, k, DataDescriptor(v, AttrDefault))
	}
	if _, a, ok := r.getOwn(o, k); ok {
		if !a.Configurable() {
			return false
		}
		return r.DefineOwnProperty(o, k, DataDescriptor(v, AttrDefault))
	}
	return r.addData(o, k, v, AttrDefault)
}

// DefineAccessor defines an own accessor property.
func (r *Runtime) DefineAccessor(o *Object, k Key, get, set *Object, a Attr) {
	d := PropertyDescriptor{Get: Undefined, Set: Undefined, HasGet: get != nil, HasSet: set != nil,
		Enumerable: a.Enumerable(), Configurable: a.Configurable(), HasEnumerable: true, HasConfigurable: true}
	if get != nil {
		d.Get = ObjectValue(get)
	}
	if set != nil {
		d.Set = ObjectValue(set)
	}
	r.DefineOwnProperty(o, k, d)
}

// ---- own keys ----------------------------------------------------------------------------------

// OwnKeys is [[OwnPropertyKeys]]: integer indices ascending, then strings and then symbols in
// insertion order.
func (r *Runtime) OwnKeys(o *Object) []Key {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyOwnKeys(o)
	}
	var keys []Key
	if o.hc.InstanceType == TypeTypedArray {
		keys = typedIndexKeys(o, keys)
	}
	if o.hc.InstanceType == TypePrimitiveWrapper {
		if s, ok := o.Internal.(*String); ok {
			for i := 0; i < s.Length(); i++ {
				keys = append(keys, IndexKey(uint32(i)))
			}
		}
	}
	for i, v := range o.elements {
		if v.kind != KindHole {
			keys = append(keys, IndexKey(uint32(i)))
		}
	}
	if o.sparse != nil {
		for _, i := range o.sparse.sortedKeys() {
			keys = append(keys, IndexKey(i))
		}
	}
	switch o.hc.InstanceType {
	case TypeArray:
		keys = append(keys, PropKey(NameKey("length")))
	case TypePrimitiveWrapper:
		if _, ok := o.Internal.(*String); ok {
			keys = append(keys, PropKey(NameKey("length")))
		}
	case TypeFunction:
		if fd := o.Internal.(*FunctionData); fd.lazyPrototype {
			fd.lazyPrototype = false
			r.materializePrototype(o)
		}
	}
	var syms []Key
	add := func(k PropertyKey) {
		if k.sym != nil {
			if k.sym.Private {
				return
			}
			syms = append(syms, PropKey(k))
		} else {
			keys = append(keys, PropKey(k))
		}
	}
	if o.hc.Dictionary {
		for _, e := range o.dict.entries {
			if !e.deleted {
				add(e.key)
			}
		}
	} else {
		for _, d := range o.hc.Descriptors {
			add(d.Key)
		}
	}
	return append(keys, syms...)
}

// IsEnumerableOwn reports whether an own property exists and is enumerable.
func (r *Runtime) IsEnumerableOwn(o *Object, k Key) bool {
	if o.hc.InstanceType == TypeProxy {
		d, ok := r.proxyGetOwnProperty(o, k)
		return ok && d.Enumerable
	}
	_, a, ok := r.getOwn(o, k)
	return ok && a.Enumerable()
}

// ---- integrity ----------------------------------------------------------------------------------

// PreventExtensions is [[PreventExtensions]].
func (r *Runtime) PreventExtensions(o *Object) bool {
	if o.hc.InstanceType == TypeProxy {
		return r.proxyPreventExtensions(o)
	}
	if ordinaryIntegrity(o) && !o.nonExtensible {
		r.applyIntegrity(o, integrityNonExtensible)
	}
	o.nonExtensible = true
	return true
}

// SetIntegrity is SetIntegrityLevel(O, sealed|frozen).
func (r *Runtime) SetIntegrity(o *Object, frozen bool) {
	if ordinaryIntegrity(o) {
		// V8 adds no transition when the object is already at the level (SetIntegrityLevel).
		if !r.TestIntegrity(o, frozen) {
			lvl := integritySealed
			if frozen {
				lvl = integrityFrozen
			}
			r.applyIntegrity(o, lvl)
		}
		return
	}
	r.PreventExtensions(o)
	mask := ^AttrConfigurable
	if frozen {
		mask &^= AttrWritable
	}
	for _, k := range r.OwnKeys(o) {
		if k.isIndex {
			continue
		}
		d, ok := r.GetOwnPropertyDescriptor(o, k)
		if !ok {
			continue
		}
		nd := PropertyDescriptor{Configurable: false, HasConfigurable: true}
		if frozen && !d.IsAccessor() {
			nd.Writable, nd.HasWritable = false, true
		}
		r.DefineOwnProperty(o, k, nd)
	}
	if o.sparse != nil {
		for i, e := range o.sparse.m {
			e.attr &= attrMaskFor(e.attr, mask)
			o.sparse.m[i] = e
		}
	}
	o.elemAttr &= mask
	if frozen && o.hc.InstanceType == TypeArray {
		o.Internal = arrayLengthReadOnly
	}
}

// TestIntegrity is TestIntegrityLevel.
func (r *Runtime) TestIntegrity(o *Object, frozen bool) bool {
	if o.Extensible() {
		return false
	}
	for _, k := range r.OwnKeys(o) {
		d, _ := r.GetOwnPropertyDescriptor(o, k)
		if d.Configurable || (frozen && !d.IsAccessor() && d.Writable) {
			return false
		}
	}
	return true
}

// SetPrototypeOf is [[SetPrototypeOf]] for ordinary objects.
func (r *Runtime) SetPrototypeOf(o *Object, proto *Object) bool {
	if o.hc.InstanceType == TypeProxy {
		return r.proxySetPrototypeOf(o, proto)
	}
	if o.hc.Proto == proto {
		return true
	}
	if o.nonExtensible || o == r.Intrinsics.ObjectPrototype {
		return false
	}
	for p := proto; p != nil; p = p.hc.Proto {
		if p == o {
			return false
		}
		if p.hc.InstanceType == TypeProxy {
			break
		}
	}
	r.becomesPrototype(proto)
	if o.hc.Dictionary {
		o.hc = r.dictionaryMap(o.hc.InstanceType, proto, o.hc.InObject, o.hc.Elements)
		return true
	}
	o.hc = r.prototypeTransition(o.hc, proto) // maps.go
	return true
}

// ToPropertyKeyValue converts a value to a Key (ToPropertyKey).
func (r *Runtime) ToPropertyKey(v Value) Key {
	switch v.kind {
	case KindNumber:
		f := v.num
		if f >= 0 && f < 4294967295 && f == math.Trunc(f) {
			return IndexKey(uint32(f))
		}
		return KeyFromName(NumberToString(f))
	case KindString:
		s := v.String()
		k := KeyFromName(s.GoStringKey())
		if !k.isIndex {
			s.usedAsName()
		}
		return k
	case KindSymbol:
		return PropKey(SymbolKey(v.Symbol()))
	case KindObject:
		return r.ToPropertyKey(r.ToPrimitive(v, HintString))
	}
	return KeyFromName(r.ToString(v).GoStringKey())
}
