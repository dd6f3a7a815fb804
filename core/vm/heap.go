package vm

// Heap hands out simulated addresses. V8 places objects by bump allocation in the young
// generation; the memory issue replaces this with real semispaces and collection. Addresses are
// deterministic: the same program gets the same addresses on every run.
type Heap struct {
	next  uint32
	count int
	bytes int
	// OnAlloc, when set, observes each allocation (the engine turns it into heap.alloc events).
	OnAlloc func(addr uint32, size int, kind string)
}

// heapBase is where simulated new space starts; chosen to look like a V8 heap address.
const heapBase = 0x08040000

// TaggedSize is the size of a tagged slot: 8 bytes in Node's x64 build (no pointer compression).
const TaggedSize = 8

func (h *Heap) alloc(size int, kind string) uint32 {
	if h.next == 0 {
		h.next = heapBase
	}
	size = (size + TaggedSize - 1) &^ (TaggedSize - 1)
	addr := h.next | 1 // tagged pointer: low bit set, as V8 prints heap object addresses
	h.next += uint32(size)
	h.count++
	h.bytes += size
	if h.OnAlloc != nil {
		h.OnAlloc(addr, size, kind)
	}
	return addr
}

// Allocated reports how many objects and bytes were allocated so far.
func (h *Heap) Allocated() (objects, bytes int) { return h.count, h.bytes }

// jsObjectHeaderSize is map + properties + elements words.
const jsObjectHeaderSize = 3 * TaggedSize

func (r *Runtime) allocObjectAddress(o *Object) {
	size := jsObjectHeaderSize + o.hc.InObject*TaggedSize
	switch o.hc.InstanceType {
	case TypeArray:
		size += TaggedSize // length
	case TypeFunction:
		size = 8 * TaggedSize // map, properties, elements, shared info, context, feedback cell, code, prototype-or-initial-map
	}
	o.addr = r.Heap.alloc(size, o.hc.InstanceType.String())
}
