package vm

// Allocation of collectable objects. New objects go to new space by bump allocation; when the
// active semispace is full the scavenger runs ("allocation failure") and the allocation is
// retried. Objects above MaxRegularObjectSize go to the large-object space; the reference
// counting mode has no young generation and allocates everything in old space.

// allocObjectAddress places a new JSObject and its backing stores.
func (r *Runtime) allocObjectAddress(o *Object) {
	h := &r.Heap
	if !h.ready() {
		h.init(r)
	}
	h.place(objectRef(o), &o.gc, objectSize(o))
	h.syncBacking(o)
}

// place gives a new object an address. The allocation may collect first; the object itself is
// not in any table yet, so the collection cannot free it.
func (h *Heap) place(x heapRef, g *gcHeader, size int) {
	size = alignSize(size)
	if h.snap.open {
		h.placeIn(x, g, spaceSnapshot, h.snap.place(size), size)
		return
	}
	h.gc.beforeAllocation(size)
	if g.space != spaceNone { // a collection placed it meanwhile (a string it found in a root)
		return
	}
	if size > MaxRegularObjectSize {
		h.placeLarge(x, g, size)
		return
	}
	if h.cfg.refcount {
		h.placeOld(x, g, size)
		return
	}
	a, ok := h.young.to().bump(uint32(size))
	if !ok {
		h.gc.collectYoung(reasonAllocationFailure)
		if g.space != spaceNone {
			return
		}
		a, ok = h.young.to().bump(uint32(size))
	}
	if !ok {
		h.placeOld(x, g, size)
		return
	}
	h.placeIn(x, g, spaceNew, a, size)
	h.young.to().entries = append(h.young.to().entries, heapEntry{x, a, uint32(size)})
}

// placeIn records a placed object and tells the observers.
func (h *Heap) placeIn(x heapRef, g *gcHeader, sp spaceID, addr uint32, size int) {
	g.addr, g.size, g.space = addr, uint32(size), sp
	g.flags &^= flagFreed | flagBlack | flagRemembered | flagInternal
	g.mark, g.scav = 0, 0
	if sp == spaceSnapshot {
		h.snap.entries = append(h.snap.entries, heapEntry{x, addr, uint32(size)})
	}
	if sp != spaceSnapshot && x.kind != refImmortal {
		h.gc.allocated(x, g)
	}
	h.noteAlloc(addr, size, h.typeName(x))
}

func (h *Heap) placeLarge(x heapRef, g *gcHeader, size int) {
	h.gc.reserveOld(size)
	if g.space != spaceNone {
		return
	}
	a := h.lo.allocate(uint32(size))
	h.lo.entries = append(h.lo.entries, heapEntry{x, a, uint32(size)})
	h.placeIn(x, g, spaceLO, a, size)
}

func (h *Heap) placeOld(x heapRef, g *gcHeader, size int) {
	h.gc.reserveOld(size)
	if g.space != spaceNone {
		return
	}
	a := h.allocOld(x, size, "", true)
	h.placeIn(x, g, spaceOld, a, size)
}

// allocOld takes room in old space and records the entry (no collection, no limit check).
func (h *Heap) allocOld(x heapRef, size int, kind string, counted bool) uint32 {
	a, p := h.old.allocate(uint32(size))
	p.entries = append(p.entries, heapEntry{x, a, uint32(size)})
	p.live += uint32(size)
	h.old.size += size
	return a
}

// ---- backing stores --------------------------------------------------------------------------

// syncBacking gives an object's PropertyArray/dictionary and elements store the addresses their
// current sizes need: a store that grew (or changed kind) is a new heap object, and the old one
// is garbage from now on, as when V8 copies a backing store to grow it.
func (h *Heap) syncBacking(o *Object) {
	if !h.ready() || o.gc.space == spaceNone {
		return
	}
	if n := propsSize(o); uint32(n) != o.props.size {
		h.placeBacking(o, refProps, n)
	}
	if n := elemsSize(o); uint32(n) != o.elems.size {
		h.placeBacking(o, refElems, n)
	}
}

func (h *Heap) placeBacking(o *Object, kind refKind, size int) {
	st := &o.props
	if kind == refElems {
		st = &o.elems
	}
	if size == 0 {
		*st = backing{}
		return
	}
	x := heapRef{kind, objectRef(o).p}
	size = alignSize(size)
	if !h.snap.open && !h.gc.inGC {
		h.gc.beforeAllocation(size)
	}
	var a uint32
	switch {
	case h.snap.open:
		a = h.snap.place(size)
		h.snap.entries = append(h.snap.entries, heapEntry{x, a, uint32(size)})
	case size > MaxRegularObjectSize:
		if !h.gc.inGC {
			h.gc.reserveOld(size)
		}
		a = h.lo.allocate(uint32(size))
		h.lo.entries = append(h.lo.entries, heapEntry{x, a, uint32(size)})
	case o.gc.space == spaceNew:
		var ok bool
		if a, ok = h.young.to().bump(uint32(size)); ok {
			h.young.to().entries = append(h.young.to().entries, heapEntry{x, a, uint32(size)})
			break
		}
		if !h.gc.inGC {
			h.gc.collectYoung(reasonAllocationFailure)
			if o.gc.space == spaceNew {
				if a, ok = h.young.to().bump(uint32(size)); ok {
					h.young.to().entries = append(h.young.to().entries, heapEntry{x, a, uint32(size)})
					break
				}
			}
		}
		fallthrough
	default:
		if !h.gc.inGC {
			h.gc.reserveOld(size)
		}
		a = h.allocOld(x, size, "", true)
	}
	*st = backing{addr: a, size: uint32(size)}
	h.noteAlloc(a, size, h.typeName(x))
	h.gc.backingAllocated(o)
}

// ---- strings and bigints ---------------------------------------------------------------------

// placeValue gives a string or bigint value an address if it has none (they are made without
// the heap in reach; they are placed when they reach a heap slot, a root or a native's result).
func (h *Heap) placeValue(v Value) {
	switch v.kind {
	case KindString, KindBigInt:
		x := valueRef(v)
		if !x.valid() {
			return
		}
		if g := h.ext[x.p]; g != nil && g.space != spaceNone {
			return
		}
		h.placeExt(x)
	}
}

func (h *Heap) placeExt(x heapRef) *gcHeader {
	g := h.extHeader(x)
	size := 0
	if x.kind == refString {
		size = stringSize(x.str())
	} else {
		size = bigintSize(x.bigint())
	}
	if h.gc.inGC {
		h.gc.placeDuringGC(x, g, size)
	} else {
		h.place(x, g, size)
	}
	return g
}
