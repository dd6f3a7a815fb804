package vm

// The write barrier (engine-model §7.3; V8's src/heap/WRITE_BARRIER.md), run on every store of a
// heap value into a heap object:
//   - generational (always): an old host that now points into new space joins the OLD_TO_NEW
//     remembered set, so scavenges find the young object without scanning old space;
//   - marking (only while marking): the Dijkstra insertion barrier shades the stored value grey,
//     keeping the strong tri-colour invariant (no black object points at a white one).
// Snapshot objects written after bootstrap become "dirty": they are the snapshot's roots.
// A string stored for the first time also gets its address here (see placeValue).

// writeBarrier records the store of v into a field or element of host.
func (r *Runtime) writeBarrier(host *Object, v Value) {
	if v.kind < KindString || v.kind == KindSymbol || v.kind == KindHole {
		return
	}
	if h := &r.Heap; h.r != nil {
		h.storeBarrier(objectRef(host), &host.gc, v)
		if host.hc.InstanceType == TypeArguments && host.Internal != nil {
			r.argumentsBarrier(host, v)
		}
	}
}

// writeBarrierAll is the barrier for a bulk change of an object's elements or fields (V8's
// barrier over a range after a memmove): each heap value is treated as stored.
func (r *Runtime) writeBarrierAll(o *Object) {
	h := &r.Heap
	if h.r == nil {
		return
	}
	h.syncBacking(o)
	if o.gc.space == spaceNew && !h.gc.marking {
		return
	}
	h.traceObject(o, &barrierSink{h: h, host: objectRef(o), hd: &o.gc})
}

type barrierSink struct {
	h    *Heap
	host heapRef
	hd   *gcHeader
}

func (b *barrierSink) edge(x heapRef) { b.h.barrierRef(b.host, b.hd, x) }

func (h *Heap) storeBarrier(host heapRef, hh *gcHeader, v Value) {
	switch v.kind {
	case KindString, KindBigInt:
		h.placeValue(v)
	case KindObject, gcContextKind:
	case kindAccessor:
		p := v.accessor()
		if p.Get != nil {
			h.storeBarrier(host, hh, ObjectValue(p.Get))
		}
		if p.Set != nil {
			h.storeBarrier(host, hh, ObjectValue(p.Set))
		}
		return
	default:
		return
	}
	if h.snap.open || hh.space == spaceNew && !h.gc.marking {
		return
	}
	if x := valueRef(v); x.valid() {
		h.barrierRef(host, hh, x)
	}
}

func (h *Heap) barrierRef(host heapRef, hh *gcHeader, x heapRef) {
	g := &h.gc
	vh := h.header(x)
	if vh == nil {
		return
	}
	if vh.space == spaceNone {
		if !h.resurrect(x, vh) {
			return
		}
	}
	if hh.space.isOld() {
		if hh.space == spaceSnapshot && vh.space != spaceSnapshot && hh.flags&flagDirty == 0 {
			hh.flags |= flagDirty
			g.dirty = append(g.dirty, host)
		}
		if vh.space == spaceNew && hh.flags&flagRemembered == 0 {
			g.remember(host, hh)
			h.emitBarrier(true, hh, vh)
		}
	}
	if g.marking && vh.space != spaceSnapshot && vh.mark != g.markEpoch {
		g.shade(x, vh)
		h.emitBarrier(false, hh, vh)
	}
}

// resurrect gives a freed object that is being stored again a new address: the collector freed
// it while something it could not see still held it. --verify-heap reports these.
func (h *Heap) resurrect(x heapRef, vh *gcHeader) bool {
	if x.kind != refObject || vh.flags&flagFreed == 0 {
		return false
	}
	o := x.object()
	h.gc.stats.resurrected++
	h.gc.noteResurrection(x)
	h.place(x, vh, objectSize(o))
	o.props, o.elems = backing{}, backing{}
	h.syncBacking(o)
	return vh.space != spaceNone
}
