package vm

import "unsafe"

// spaceID says where an object lives.
type spaceID uint8

const (
	spaceNone     spaceID = iota // not placed yet (or freed)
	spaceNew                     // a semispace of the young generation
	spaceOld                     // an old-space page
	spaceLO                      // the large-object space
	spaceSnapshot                // the startup snapshot: immortal, not counted
)

var spaceNames = [...]string{"none", "new_space", "old_space", "lo_space", "snapshot"}

func (s spaceID) String() string { return spaceNames[s] }

// isOld reports the spaces the generational barrier treats as old.
func (s spaceID) isOld() bool { return s >= spaceOld }

// gcHeader is the simulated half of a heap object: where it is, how big, and its GC state.
type gcHeader struct {
	addr  uint32 // tagged address (low bit set, as V8 prints them); 0 when not placed
	size  uint32
	mark  uint32 // the marking epoch it was last marked in (grey or black)
	scav  uint32 // the scavenge epoch it was last evacuated in
	space spaceID
	flags gcFlags
}

type gcFlags uint8

const (
	flagBlack      gcFlags = 1 << iota // marked and its fields visited (grey when only marked)
	flagRemembered                     // in the OLD_TO_NEW remembered set
	flagInternal                       // old host whose internal slots are rescanned (gc_roots.go)
	flagFreed                          // collected: a later sighting means a missed reference
	flagDirty                          // snapshot object written after bootstrap
)

// backing is a JSObject's out-of-line store (PropertyArray or NameDictionary; FixedArray,
// FixedDoubleArray or NumberDictionary): a heap object of its own that lives and moves with
// its owner, or sits in the large-object space when it is big.
type backing struct {
	addr uint32
	size uint32
}

// refKind says what a heapRef points at.
type refKind uint8

const (
	refImmortal refKind = iota // an uncollected object with no Go identity here (maps, code)
	refObject                  // *Object
	refProps                   // the property backing store of an *Object
	refElems                   // the elements backing store of an *Object
	refContext                 // *Context
	refString                  // *String
	refBigInt                  // *BigInt
)

var refKindNames = [...]string{"immortal", "JSObject", "PropertyArray", "FixedArray", "Context", "String", "BigInt"}

// heapRef identifies a heap object. For backing stores p is the owner.
type heapRef struct {
	kind refKind
	p    unsafe.Pointer
}

func objectRef(o *Object) heapRef { return heapRef{refObject, unsafe.Pointer(o)} }
func stringRef(s *String) heapRef { return heapRef{refString, unsafe.Pointer(s)} }
func bigintRef(b *BigInt) heapRef { return heapRef{refBigInt, unsafe.Pointer(b)} }
func (x heapRef) object() *Object { return (*Object)(x.p) }
func (x heapRef) str() *String    { return (*String)(x.p) }
func (x heapRef) bigint() *BigInt { return (*BigInt)(x.p) }
func (x heapRef) isBacking() bool { return x.kind == refProps || x.kind == refElems }
func (x heapRef) valid() bool     { return x.p != nil }
func (x heapRef) String() string  { return refKindNames[x.kind] }

// valueRef is the heap object a value points at, if any.
func valueRef(v Value) heapRef {
	switch v.kind {
	case KindObject:
		return heapRef{refObject, v.ref}
	case KindString:
		if s := v.String(); s.Length() > 0 {
			return heapRef{refString, v.ref}
		}
	case KindBigInt:
		return heapRef{refBigInt, v.ref}
	case gcContextKind:
		return heapRef{refContext, v.ref}
	}
	return heapRef{}
}

// heapEntry is one object in a space's table.
type heapEntry struct {
	ref  heapRef
	addr uint32
	size uint32
}

// header finds the simulated header of a reference (nil for strings never placed).
func (h *Heap) header(x heapRef) *gcHeader {
	switch x.kind {
	case refObject, refProps, refElems:
		return &x.object().gc
	case refContext:
		return contextHeader(x)
	case refString, refBigInt:
		return h.ext[x.p]
	}
	return nil
}

// extHeader finds or creates the side-table header of a string or bigint.
func (h *Heap) extHeader(x heapRef) *gcHeader {
	if g := h.ext[x.p]; g != nil {
		return g
	}
	g := &gcHeader{}
	h.ext[x.p] = g
	return g
}

// entryLive reports whether a table entry still describes its object (a moved object or a
// replaced backing store leaves a stale entry behind).
func (h *Heap) entryCurrent(e *heapEntry) bool {
	switch e.ref.kind {
	case refImmortal:
		return true
	case refProps:
		return e.ref.object().props.addr == e.addr
	case refElems:
		return e.ref.object().elems.addr == e.addr
	}
	g := h.header(e.ref)
	return g != nil && g.addr == e.addr
}

// Sizes (V8 x64 without pointer compression).
const (
	jsObjectHeaderSize = 3 * TaggedSize // map, properties, elements
	fixedArrayHeader   = 2 * TaggedSize // map, length
	stringHeaderSize   = 2 * TaggedSize // map, hash + length
	bigIntHeaderSize   = 2 * TaggedSize
	// dictionaries are hash tables: a prefix (map, length, counts, capacity, …) and three words
	// per entry (key, value, details).
	dictionaryPrefix = 5 * TaggedSize
)

// objectSize is a JSObject's own size: header, in-object fields and the type's extra words.
func objectSize(o *Object) int {
	size := jsObjectHeaderSize + o.hc.InObject*TaggedSize
	switch o.hc.InstanceType {
	case TypeArray:
		size += TaggedSize // length
	case TypeFunction:
		// shared info, context, feedback cell, code, prototype-or-initial-map
		size = 8 * TaggedSize
	case TypeBoundFunction:
		size += 3 * TaggedSize // target, bound this, bound arguments
	case TypeDate, TypePrimitiveWrapper, TypeWeakRef:
		size += TaggedSize
	case TypeRegExp:
		size += 3 * TaggedSize // data, source, flags
	case TypeMap, TypeSet, TypeWeakMap, TypeWeakSet, TypeProxy:
		size += TaggedSize // table / target+handler
	case TypePromise:
		size += 2 * TaggedSize
	case TypeGenerator, TypeAsyncGenerator:
		size += 5 * TaggedSize // function, context, receiver, continuation, register file
	case TypeArrayIterator, TypeStringIterator, TypeMapIterator, TypeSetIterator, TypeRegExpStringIterator:
		size += 2 * TaggedSize
	// V8 14.6's instance sizes (%DebugPrint in Node 26): buffer, offsets, lengths, data
	// pointers and embedder fields
	case TypeTypedArray:
		size = 104
	case TypeArrayBuffer:
		size = 96
	case TypeDataView:
		size = 88
	}
	return size
}

func dictionarySize(n int) int {
	capacity := 4
	for capacity < n*2 {
		capacity *= 2
	}
	return fixedArrayHeader + dictionaryPrefix + capacity*3*TaggedSize
}

// propsSize is the size of the property backing store the object needs now (0: none).
func propsSize(o *Object) int {
	if o.dict != nil {
		return dictionarySize(o.dict.Len())
	}
	if n := len(o.slots) - o.hc.InObject; n > 0 {
		return fixedArrayHeader + n*TaggedSize
	}
	return 0
}

// elemsSize is the size of the elements backing store the object needs now (0: the shared
// empty_fixed_array).
func elemsSize(o *Object) int {
	if t, ok := o.Internal.(*typedArrayData); ok {
		if n := t.length * t.kind.size; t.onHeap && n > 0 {
			return fixedArrayHeader + n // the ByteArray holding the data
		}
		return 0
	}
	if o.sparse != nil {
		return dictionarySize(len(o.sparse.m))
	}
	if n := int(o.elementsCapacity()); n > 0 {
		return fixedArrayHeader + n*TaggedSize
	}
	return 0
}

// elemsKindName names the elements store as V8's %DebugPrint does.
func elemsKindName(o *Object) string {
	switch {
	case o.hc.InstanceType == TypeTypedArray:
		return "ByteArray"
	case o.sparse != nil:
		return "NumberDictionary"
	case o.hc.Elements == PackedDoubleElements || o.hc.Elements == HoleyDoubleElements:
		return "FixedDoubleArray"
	}
	return "FixedArray"
}

func propsKindName(o *Object) string {
	if o.dict != nil {
		return "NameDictionary"
	}
	return "PropertyArray"
}

// stringSize is a sequential string's size: one byte per character when Latin-1, else two.
func stringSize(s *String) int {
	n := s.Length()
	if s.IsASCII() {
		return alignSize(stringHeaderSize + n)
	}
	return alignSize(stringHeaderSize + 2*n)
}

func bigintSize(b *BigInt) int {
	return alignSize(bigIntHeaderSize + (b.v.BitLen()+63)/64*8)
}

// typeName is what events and diagrams call an object.
func (h *Heap) typeName(x heapRef) string {
	switch x.kind {
	case refObject:
		return objectTypeName(x.object())
	case refProps:
		return propsKindName(x.object())
	case refElems:
		return elemsKindName(x.object())
	case refString:
		if x.str().IsASCII() {
			return "SeqOneByteString"
		}
		return "SeqTwoByteString"
	}
	return x.String()
}

func objectTypeName(o *Object) string {
	switch o.hc.InstanceType {
	case TypeArray:
		return "JSArray"
	case TypeFunction:
		return "JSFunction"
	case TypeObject:
		return "JSObject"
	}
	return o.hc.InstanceType.String()
}
