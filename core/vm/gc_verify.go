package vm

import (
	"fmt"
	"reflect"
	"unsafe"
)

// --verify-heap (V8's flag of the same name): after every collection, an independent walk checks
// the heap. It starts from the same roots but follows every Go reference reflectively — through
// objects as well — rather than the tracer's hand-written edges, so an edge the tracer misses
// shows up as a reachable object the collector freed. Each reachable object must be placed, at
// an address inside its space, with a table entry there; while marking was just finished, every
// marked object's referents must be marked (the strong tri-colour invariant the barrier keeps).
// Findings are collected in VerifyErrors rather than aborting the run.

const maxVerifyErrors = 50

// VerifyErrors lists what --verify-heap found (empty when the heap is sound).
func (h *Heap) VerifyErrors() []string { return h.gc.verifyErrs }

func (g *gcState) verifyError(format string, args ...any) {
	if len(g.verifyErrs) < maxVerifyErrors {
		g.verifyErrs = append(g.verifyErrs, g.verifyCycle+": "+fmt.Sprintf(format, args...))
	}
}

// verifyMarking checks, before sweeping, that marking left no black object pointing at a white
// one and that everything reachable is marked.
func (h *Heap) verifyMarking() {
	if !h.cfg.verify {
		return
	}
	g := &h.gc
	v := &markVerifier{h: h, seen: map[heapRef]bool{}}
	h.visitRoots(v)
	for _, x := range g.dirty {
		h.traceRef(x, v)
	}
	for len(v.queue) > 0 {
		x := v.queue[len(v.queue)-1]
		v.queue = v.queue[:len(v.queue)-1]
		v.host = x
		h.traceRef(x, v)
	}
}

type markVerifier struct {
	h     *Heap
	seen  map[heapRef]bool
	queue []heapRef
	host  heapRef
}

func (v *markVerifier) edge(x heapRef) {
	if v.seen[x] {
		return
	}
	v.seen[x] = true
	hd := v.h.header(x)
	if hd == nil || hd.space == spaceSnapshot {
		return
	}
	if hd.space != spaceNone && hd.mark != v.h.gc.markEpoch {
		from := "a root"
		if v.host.valid() {
			from = v.h.describe(v.host)
		}
		v.h.gc.verifyError("marking: reachable %s is white (from %s)", v.h.describe(x), from)
	}
	v.queue = append(v.queue, x)
}

// verifyAfterGC walks everything the runtime can reach, reflectively.
func (h *Heap) verifyAfterGC(st *cycleStats) {
	if !h.cfg.verify {
		return
	}
	g := &h.gc
	for _, what := range g.stats.resurrections {
		g.verifyError("resurrected: a %s was freed while still reachable", what)
	}
	g.stats.resurrections = g.stats.resurrections[:0]
	g.verifyCycle = fmt.Sprintf("after %s #%d (%s)", g.traceName(st), g.stats.scavenges+g.stats.markCompacts+g.stats.refcounts, st.reason)
	entries := h.entrySet()
	v := &heapVerifier{h: h, entries: entries, seen: map[heapRef]bool{}}
	h.visitRoots(v)
	for _, x := range g.dirty {
		v.edge(x)
	}
	for len(v.queue) > 0 {
		x := v.queue[len(v.queue)-1]
		v.queue = v.queue[:len(v.queue)-1]
		v.host = x
		v.walk(x)
	}
}

type heapVerifier struct {
	h       *Heap
	entries map[uint32]heapRef
	seen    map[heapRef]bool
	queue   []heapRef
	host    heapRef
}

var objectStructType = reflect.TypeFor[Object]()

// walk follows every Go reference out of x, not only those the tracer reports.
func (v *heapVerifier) walk(x heapRef) {
	switch x.kind {
	case refObject:
		o := x.object()
		traceObjectPtr(o.hc.Proto, v)
		reflectTraceAt(objectStructType, unsafe.Pointer(o), v)
	case refContext:
		v.h.reflectContext(x, v)
	}
}

func (v *heapVerifier) edge(x heapRef) {
	if v.seen[x] {
		return
	}
	v.seen[x] = true
	h := v.h
	hd := h.header(x)
	from := "a root"
	if v.host.valid() {
		from = h.describe(v.host)
	}
	switch {
	case hd == nil || hd.space == spaceNone:
		if x.kind == refString || x.kind == refBigInt {
			return // not stored anywhere yet: it gets an address when it is
		}
		if hd != nil && hd.flags&flagFreed != 0 {
			h.gc.verifyError("dangling: %s reaches a freed %s", from, h.typeName(x))
		} else {
			h.gc.verifyError("unplaced: %s reaches a %s with no address", from, h.typeName(x))
		}
		return
	case !h.addrInSpace(hd.addr, hd.space):
		h.gc.verifyError("address %#x of %s is outside %s", hd.addr, h.describe(x), hd.space)
	case hd.space != spaceSnapshot && v.entries[hd.addr] != x:
		h.gc.verifyError("%s at %#x has no entry in %s's table", h.typeName(x), hd.addr, hd.space)
	}
	if hd.space == spaceSnapshot && hd.flags&flagDirty == 0 {
		return // unchanged since bootstrap: it refers only to the snapshot
	}
	if x.kind == refObject {
		o := x.object()
		for _, b := range [...]backing{o.props, o.elems} {
			if b.addr != 0 && hd.space != spaceSnapshot && v.entries[b.addr].p != x.p {
				h.gc.verifyError("backing store %#x of %s has no entry", b.addr, h.describe(x))
			}
		}
	}
	v.queue = append(v.queue, x)
}

// entrySet maps the address of every table entry to its object.
func (h *Heap) entrySet() map[uint32]heapRef {
	m := map[uint32]heapRef{}
	add := func(es []heapEntry) {
		for _, e := range es {
			if h.entryCurrent(&e) {
				m[e.addr] = e.ref
			}
		}
	}
	add(h.young.semi[0].entries)
	add(h.young.semi[1].entries)
	for _, p := range h.old.pages {
		add(p.entries)
	}
	add(h.lo.entries)
	return m
}

// addrInSpace checks that an address lies where its space keeps objects.
func (h *Heap) addrInSpace(a uint32, sp spaceID) bool {
	switch sp {
	case spaceNew:
		return h.young.to().contains(a) && untag(a) < h.young.to().base+h.young.to().top
	case spaceOld:
		return h.old.pageOf(a) != nil
	case spaceLO:
		return untag(a) >= loSpaceBase && untag(a) < h.lo.next
	case spaceSnapshot:
		return untag(a) >= snapshotBase && untag(a) < h.snap.top
	}
	return false
}

// describe names an object for a report: its type and address.
func (h *Heap) describe(x heapRef) string {
	if hd := h.header(x); hd != nil && hd.addr != 0 {
		return fmt.Sprintf("%s %#x", h.typeName(x), hd.addr)
	}
	return h.typeName(x)
}
