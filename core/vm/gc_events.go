package vm

import (
	"fmt"

	"enginescope/core/events"
)

// Event emission for the collectors. Every emitter returns at once when no recorder is attached.

func (h *Heap) emitScavengeStart(st *cycleStats, from, to *semiSpace) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCScavengeStart{Reason: st.reason, From: events.Addr(tag(from.base)), To: events.Addr(tag(to.base)),
			Capacity: int(from.capacity), Used: int(from.top), AgeMark: events.Addr(tag(h.young.ageMark))})
	}
}

func (h *Heap) emitCopy(st *cycleStats, x heapRef, from uint32, hd *gcHeader, promoted bool) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	if st.forwarded == nil {
		st.forwarded = map[heapRef]uint32{}
	}
	st.forwarded[x] = from
	if promoted {
		rec.Emit(&events.GCPromote{From: events.Addr(from), To: events.Addr(hd.addr), Size: int(hd.size), Type: h.typeName(x)})
		return
	}
	rec.Emit(&events.GCCopy{From: events.Addr(from), To: events.Addr(hd.addr), Size: int(hd.size), Type: h.typeName(x)})
}

func (h *Heap) emitBackingMove(st *cycleStats, x heapRef, from, to uint32, promoted bool) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	o := x.object()
	size := int(o.props.size)
	if x.kind == refElems {
		size = int(o.elems.size)
	}
	if promoted {
		rec.Emit(&events.GCPromote{From: events.Addr(from), To: events.Addr(to), Size: size, Type: h.typeName(x)})
		return
	}
	rec.Emit(&events.GCCopy{From: events.Addr(from), To: events.Addr(to), Size: size, Type: h.typeName(x)})
}

func (h *Heap) emitForward(st *cycleStats, host, x heapRef, hd *gcHeader) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	from, ok := st.forwarded[x]
	if !ok {
		return // born in to-space during this scavenge (a string materialized there): nothing to forward
	}
	e := &events.GCForward{From: events.Addr(from), To: events.Addr(hd.addr)}
	if host.valid() {
		if hh := h.header(host); hh != nil {
			e.Host = events.Addr(hh.addr)
		}
	}
	rec.Emit(e)
}

func (h *Heap) emitFlip(st *cycleStats, from, to *semiSpace) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCFlip{From: events.Addr(tag(from.base)), To: events.Addr(tag(to.base)), Used: int(to.top),
			AgeMark: events.Addr(tag(h.young.ageMark))})
	}
}

func (h *Heap) emitMarkStart(limit int) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCMarkStart{OldSize: h.oldGenerationSize(), Limit: limit})
	}
}

func (h *Heap) emitGrey(st *cycleStats, host, x heapRef, hd *gcHeader) {
	if st != nil {
		st.greyed++
	}
	rec := h.recorder()
	if rec == nil {
		return
	}
	e := &events.GCMarkGrey{Obj: events.Addr(hd.addr), Type: h.typeName(x)}
	if host.valid() {
		if hh := h.header(host); hh != nil {
			e.From = events.Addr(hh.addr)
		}
	}
	rec.Emit(e)
}

func (h *Heap) emitBlack(st *cycleStats, x heapRef, hd *gcHeader) {
	if st != nil {
		st.blackened++
	}
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCMarkBlack{Obj: events.Addr(hd.addr), Type: h.typeName(x)})
	}
}

func (h *Heap) emitMarkStep(bytes, left int) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCMarkStep{Bytes: bytes, Left: left})
	}
}

func (h *Heap) emitBarrier(generational bool, host, value *gcHeader) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	if generational {
		rec.Emit(&events.GCBarrierGenerational{Host: events.Addr(host.addr), Value: events.Addr(value.addr)})
		return
	}
	rec.Emit(&events.GCBarrierMarking{Host: events.Addr(host.addr), Value: events.Addr(value.addr)})
}

func (h *Heap) emitSweepPage(st *cycleStats, p *oldPage, freed int) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCSweep{Page: events.Addr(tag(p.base)), Live: int(p.live), Freed: freed,
			FreeList: len(p.free), Released: len(p.entries) == 0})
	}
}

func (h *Heap) emitEvacuate(st *cycleStats, p *oldPage, moved int) {
	if rec := h.recorder(); rec != nil {
		rec.Emit(&events.GCEvacuate{Page: events.Addr(tag(p.base)), Bytes: moved})
	}
}

// emitRelocate reports an object compaction moved out of an evacuation candidate: a copy like the
// scavenger's, so a viewer can follow the object to its new address.
func (h *Heap) emitRelocate(st *cycleStats, x heapRef, from, to uint32) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	size := 0
	switch x.kind {
	case refProps:
		size = int(x.object().props.size)
	case refElems:
		size = int(x.object().elems.size)
	default:
		if hd := h.header(x); hd != nil {
			size = int(hd.size)
		}
	}
	rec.Emit(&events.GCCopy{From: events.Addr(from), To: events.Addr(to), Size: size, Type: h.typeName(x)})
}

func (h *Heap) emitEnd(st *cycleStats) {
	rec := h.recorder()
	if rec == nil {
		return
	}
	name := "Scavenge"
	switch st.kind {
	case cycleMarkCompact:
		name = "Mark-Compact"
		if st.incremental {
			name = "Incremental Mark-Compact"
		}
	case cycleRefcount:
		name = "Reference-Counting"
	}
	rec.Emit(&events.GCEnd{Collector: name, Reason: st.reason, Before: st.usedBefore, After: st.usedAfter,
		CommittedBefore: st.commitBefore, CommittedAfter: st.commitAfter, Promoted: st.promotedBytes,
		Freed: st.freedObjects, Leaked: st.leaked, PauseMs: fmt.Sprintf("%.2f", st.pause), Trace: h.gc.stats.ring[len(h.gc.stats.ring)-1],
		Dead: addrs(h.gc.dead)})
	h.gc.dead = h.gc.dead[:0]
}

func addrs(a []uint32) []events.Addr {
	if len(a) == 0 {
		return nil
	}
	out := make([]events.Addr, len(a))
	for i, x := range a {
		out[i] = events.Addr(x)
	}
	return out
}
