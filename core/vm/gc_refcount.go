package vm

// --gc=refcount: reference counting, the collector of the notes' first section, for teaching. An
// object's count is the number of references to it from other heap objects; an object whose
// count is zero and that no root (register, handle, global) holds is freed, and freeing it
// decrements what it referred to, which may free those in turn. A cycle keeps its counts above
// zero forever: `o1.p = o2; o2.p = o1` leaks once both are unreachable, and so does everything
// the cycle refers to. The counting is deferred (Deutsch–Bobrow): counts are taken when a
// collection runs rather than kept on every store, which frees exactly the same objects.
// Everything lives in old space; --trace-gc reports how many objects only cycles keep alive.

type refcounter struct {
	h      *Heap
	counts map[heapRef]int
	rooted map[heapRef]bool
	edges  []heapRef
}

func (c *refcounter) edge(x heapRef) { c.edges = append(c.edges, x) }

type rootSet struct{ m map[heapRef]bool }

func (r *rootSet) edge(x heapRef) { r.m[x] = true }

func (g *gcState) refcountCollect(reason string) {
	h := g.h
	st := g.beginCycle(cycleRefcount, reason)
	g.inGC = true
	c := &refcounter{h: h, counts: map[heapRef]int{}}
	var all []heapRef
	collect := func(es []heapEntry) {
		for _, e := range es {
			if !e.ref.isBacking() && e.ref.kind != refImmortal && h.entryCurrent(&e) {
				all = append(all, e.ref)
			}
		}
	}
	for _, p := range h.old.pages {
		collect(p.entries)
	}
	collect(h.lo.entries)
	// counts: references from every allocated object, dead or alive, and from dirty snapshot objects
	outgoing := func(x heapRef) []heapRef {
		c.edges = c.edges[:0]
		h.traceRef(x, c)
		return c.edges
	}
	for _, x := range append(append([]heapRef(nil), all...), g.dirty...) {
		for _, y := range outgoing(x) {
			c.counts[y]++
		}
	}
	roots := &rootSet{m: map[heapRef]bool{}}
	h.visitRoots(roots)
	var zero []heapRef
	for _, x := range all {
		if c.counts[x] == 0 && !roots.m[x] {
			zero = append(zero, x)
		}
	}
	freed := map[heapRef]bool{}
	for len(zero) > 0 {
		x := zero[len(zero)-1]
		zero = zero[:len(zero)-1]
		if freed[x] {
			continue
		}
		freed[x] = true
		for _, y := range append([]heapRef(nil), outgoing(x)...) {
			if c.counts[y]--; c.counts[y] == 0 && !roots.m[y] {
				if hd := h.header(y); hd != nil && hd.space.isOld() && hd.space != spaceSnapshot {
					zero = append(zero, y)
				}
			}
		}
	}
	// What survives is marked, so the sweeper keeps it; what is unreachable yet survives leaked.
	g.markEpoch++
	for _, x := range all {
		if !freed[x] {
			if hd := h.header(x); hd != nil {
				hd.mark = g.markEpoch
			}
		}
	}
	st.leaked = g.countUnreachable(all, freed)
	for _, p := range append([]*oldPage(nil), h.old.pages...) {
		g.sweepPage(p, st)
	}
	g.sweepLarge(st)
	g.oldLimit = max(h.cfg.oldLimit, 2*h.oldGenerationSize())
	g.inGC = false
	g.endCycle(st)
}

// countUnreachable counts surviving objects no root reaches: the leak reference counting leaves.
func (g *gcState) countUnreachable(all []heapRef, freed map[heapRef]bool) int {
	h := g.h
	v := &markVerifier{h: h, seen: map[heapRef]bool{}}
	h.visitRoots(v)
	for _, x := range g.dirty {
		h.traceRef(x, v)
	}
	for len(v.queue) > 0 {
		x := v.queue[len(v.queue)-1]
		v.queue = v.queue[:len(v.queue)-1]
		h.traceRef(x, v)
	}
	n := 0
	for _, x := range all {
		if !freed[x] && !v.seen[x] {
			n++
		}
	}
	return n
}
