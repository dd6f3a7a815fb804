package vm

// The scavenger (engine-model §7.2): Cheney's copying collector over the young generation.
// Live objects are copied from from-space to to-space, leaving a forwarding address that later
// pointers to them are updated from; an object below the age mark (it survived one scavenge
// already) or one that no longer fits in to-space is promoted to old space instead. Roots are
// the stack, the handles, the runtime's data and the OLD_TO_NEW remembered set. Afterwards the
// semispaces flip: to-space is where allocation continues, and its top is the new age mark.

type scavenger struct {
	g       *gcState
	h       *Heap
	from    *semiSpace
	ageMark uint32 // untagged, in from-space
	queue   []heapRef
	// the host whose fields are being visited, and whether one of them is still young
	host      heapRef
	hostOld   bool
	hostYoung bool
	st        *cycleStats
}

func (g *gcState) scavenge(reason string) {
	h := g.h
	st := g.beginCycle(cycleScavenge, reason)
	g.inGC = true
	g.scavEpoch++
	n := &h.young
	from := n.to()
	n.active = 1 - n.active
	to := n.to()
	to.top, to.entries = 0, to.entries[:0]
	sc := &scavenger{g: g, h: h, from: from, ageMark: n.ageMark, st: st}
	h.emitScavengeStart(st, from, to)

	h.visitRoots(sc)
	sc.drain()
	// The remembered set is rebuilt: a host stays only while it still points into new space.
	old := g.remset
	g.remset = nil
	for _, x := range old {
		hd := h.header(x)
		if hd == nil || hd.space == spaceNone {
			continue
		}
		hd.flags &^= flagRemembered
		sc.scanOld(x, hd, false)
	}
	for _, x := range g.internalHosts {
		if hd := h.header(x); hd != nil && hd.space.isOld() {
			sc.scanOld(x, hd, true)
		}
	}
	for _, x := range g.dirty {
		sc.scanOld(x, h.header(x), false)
	}
	sc.drain()

	// What was not evacuated is garbage.
	for i := range from.entries {
		e := &from.entries[i]
		if e.ref.isBacking() {
			continue
		}
		hd := h.header(e.ref)
		if hd == nil || hd.addr != e.addr || hd.space != spaceNew || hd.scav == g.scavEpoch {
			continue
		}
		h.free(e.ref, hd)
		st.freedObjects++
	}
	clear(from.entries)
	from.entries, from.top = from.entries[:0], 0
	n.ageMark = to.base + to.top
	h.emitFlip(st, from, to)
	if n.maybeGrow(st.copiedBytes + st.promotedBytes) {
		st.grew = true
	}
	g.inGC = false
	g.endCycle(st)
}

// drain processes the copied objects in order (Cheney's scan pointer).
func (sc *scavenger) drain() {
	for len(sc.queue) > 0 {
		x := sc.queue[0]
		sc.queue = sc.queue[1:]
		hd := sc.h.header(x)
		sc.host, sc.hostOld, sc.hostYoung = x, hd.space.isOld(), false
		sc.h.traceRef(x, sc)
		if sc.hostOld && sc.hostYoung && hd.flags&flagRemembered == 0 {
			sc.g.remember(x, hd)
		}
		sc.host = heapRef{}
	}
}

// scanOld visits an old host's fields (or only its internal slots) for young objects.
func (sc *scavenger) scanOld(x heapRef, hd *gcHeader, internalOnly bool) {
	sc.host, sc.hostOld, sc.hostYoung = x, true, false
	if internalOnly {
		if o := x.object(); o.Internal != nil {
			sc.h.traceInternal(o.Internal, sc)
		}
	} else {
		sc.h.traceRef(x, sc)
	}
	if sc.hostYoung && hd.flags&flagRemembered == 0 {
		sc.g.remember(x, hd)
	}
	sc.host = heapRef{}
	sc.drain()
}

// edge evacuates a referenced young object (or follows its forwarding address).
func (sc *scavenger) edge(x heapRef) {
	h := sc.h
	hd := h.header(x)
	if hd == nil || hd.space == spaceNone {
		hd = sc.adopt(x, hd)
		if hd == nil {
			return
		}
	}
	if hd.space != spaceNew {
		return
	}
	if hd.scav == sc.g.scavEpoch {
		h.emitForward(sc.st, sc.host, x, hd)
		if sc.hostOld {
			sc.hostYoung = true
		}
		return
	}
	sc.evacuate(x, hd)
	if sc.hostOld && hd.space == spaceNew {
		sc.hostYoung = true
	}
}

// adopt handles a reference to an object with no address: a string made by a native and never
// stored (placed now, as a survivor), or an object freed earlier that turns out to be reachable
// (a reference the tracer could not see; counted, and the object lives again).
func (sc *scavenger) adopt(x heapRef, hd *gcHeader) *gcHeader {
	h := sc.h
	switch x.kind {
	case refString, refBigInt:
		return h.placeExt(x)
	case refObject:
		o := x.object()
		sc.g.stats.resurrected++
		sc.g.noteResurrection(x)
		h.placeDuringScavenge(x, &o.gc, objectSize(o))
		o.props, o.elems = backing{}, backing{}
		h.syncBacking(o)
		sc.queue = append(sc.queue, x)
		return &o.gc
	}
	return contextAdopt(sc, x)
}

func (h *Heap) placeDuringScavenge(x heapRef, hd *gcHeader, size int) {
	h.gc.placeDuringGC(x, hd, size)
	hd.scav = h.gc.scavEpoch
}

// evacuate copies a young object to to-space, or promotes it, with its backing stores.
func (sc *scavenger) evacuate(x heapRef, hd *gcHeader) {
	h := sc.h
	oldAddr := hd.addr
	promote := untag(hd.addr) < sc.ageMark && sc.from.contains(hd.addr)
	size := hd.size
	var a uint32
	ok := false
	if !promote {
		a, ok = h.young.to().bump(size)
		if !ok {
			sc.st.toSpaceFull = true
		}
	}
	if ok {
		h.young.to().entries = append(h.young.to().entries, heapEntry{x, a, size})
		hd.addr = a
		sc.st.copiedObjects++
		sc.st.copiedBytes += int(size)
	} else {
		a = h.allocOld(x, int(size), "", true)
		hd.addr, hd.space = a, spaceOld
		sc.st.promotedObjects++
		sc.st.promotedBytes += int(size)
		sc.g.noteOldObject(x, hd)
		if sc.g.marking {
			sc.g.shade(x, hd)
		}
	}
	hd.scav = sc.g.scavEpoch
	h.emitCopy(sc.st, x, oldAddr, hd, !ok)
	if x.kind == refObject {
		sc.moveBackings(x.object())
	}
	sc.queue = append(sc.queue, x)
}

// moveBackings moves a young object's backing stores along with it.
func (sc *scavenger) moveBackings(o *Object) {
	h := sc.h
	for _, k := range [...]refKind{refProps, refElems} {
		st := &o.props
		if k == refElems {
			st = &o.elems
		}
		want := propsSize(o)
		if k == refElems {
			want = elemsSize(o)
		}
		want = alignSize(want)
		if uint32(want) != st.size { // grown since without our noticing: a new store now
			st.size, st.addr = 0, 0
			if want > 0 {
				h.placeBacking(o, k, want)
			}
			continue
		}
		if st.addr == 0 || !h.young.contains(st.addr) {
			continue
		}
		x := heapRef{k, objectRef(o).p}
		oldAddr := st.addr
		if o.gc.space == spaceNew {
			a, ok := h.young.to().bump(st.size)
			if ok {
				h.young.to().entries = append(h.young.to().entries, heapEntry{x, a, st.size})
				st.addr = a
				sc.st.copiedBytes += int(st.size)
				h.emitBackingMove(sc.st, x, oldAddr, a, false)
				continue
			}
		}
		st.addr = h.allocOld(x, int(st.size), "", true)
		sc.st.promotedBytes += int(st.size)
		h.emitBackingMove(sc.st, x, oldAddr, st.addr, true)
	}
}

// contains reports whether an address is in either semispace.
func (n *newSpace) contains(a uint32) bool { return n.semi[0].contains(a) || n.semi[1].contains(a) }

// free takes a dead object out of the heap.
func (h *Heap) free(x heapRef, hd *gcHeader) {
	hd.space = spaceNone
	hd.flags = flagFreed
	if x.kind == refString || x.kind == refBigInt {
		delete(h.ext, x.p)
	}
	if x.kind == refObject {
		o := x.object()
		o.props, o.elems = backing{}, backing{}
	}
}
