package vm

import "sort"

// After marking: sweeping turns the gaps between live objects of each old page into its free
// list (a page with nothing live goes back to the pool), the large-object space frees its dead
// objects, live young objects are promoted (V8's --always-promote-young-mc), and compaction
// evacuates the live objects of fragmented pages so those pages can be released. Pointers to
// moved objects follow at once (they are Go pointers); the events show the update.

// evacuationThreshold: pages less than this full are evacuation candidates.
const evacuationThreshold = PageSize / 2

func (g *gcState) sweep(st *cycleStats) {
	h := g.h
	for _, p := range append([]*oldPage(nil), h.old.pages...) {
		g.sweepPage(p, st)
	}
	g.sweepLarge(st)
	g.promoteYoung(st)
	g.compact(st)
	g.pruneLists()
	g.remset = g.remset[:0] // nothing is young any more
	h.pruneSideTables()
	g.oldLimit = max(h.cfg.oldLimit, 2*h.oldGenerationSize())
}

// live reports whether an old-space or large-object entry survives this cycle.
func (g *gcState) live(e *heapEntry) bool {
	h := g.h
	switch e.ref.kind {
	case refImmortal:
		return true
	case refProps, refElems:
		o := e.ref.object()
		return o.gc.space != spaceNone && (o.gc.mark == g.markEpoch || o.gc.space == spaceSnapshot) && h.entryCurrent(e)
	}
	hd := h.header(e.ref)
	return hd != nil && hd.addr == e.addr && hd.mark == g.markEpoch
}

// freeEntry frees the object of a dead entry (backing stores die with the table entry).
func (g *gcState) freeEntry(e *heapEntry, st *cycleStats) {
	if e.ref.isBacking() || e.ref.kind == refImmortal {
		return
	}
	hd := g.h.header(e.ref)
	if hd != nil && hd.addr == e.addr {
		g.h.free(e.ref, hd)
		st.freedObjects++
	}
}

func (g *gcState) sweepPage(p *oldPage, st *cycleStats) {
	h := g.h
	kept := p.entries[:0]
	var live uint32
	freedBytes := 0
	for i := range p.entries {
		e := p.entries[i]
		if g.live(&e) {
			kept = append(kept, e)
			live += e.size
			continue
		}
		if h.entryCurrent(&e) {
			freedBytes += int(e.size)
		}
		g.noteDead(e.addr)
		g.freeEntry(&e, st)
	}
	clear(p.entries[len(kept):])
	p.entries = kept
	sort.Slice(p.entries, func(i, j int) bool { return p.entries[i].addr < p.entries[j].addr })
	p.live = live
	p.free = p.free[:0]
	cur := p.base
	for _, e := range p.entries {
		if a := untag(e.addr); a > cur {
			p.free = append(p.free, freeRange{cur, a - cur})
		}
		cur = untag(e.addr) + e.size
	}
	p.top = cur - p.base
	if len(p.entries) == 0 {
		h.old.release(p)
	}
	h.emitSweepPage(st, p, freedBytes)
}

func (g *gcState) sweepLarge(st *cycleStats) {
	h := g.h
	kept := h.lo.entries[:0]
	for i := range h.lo.entries {
		e := h.lo.entries[i]
		if g.live(&e) {
			kept = append(kept, e)
			continue
		}
		g.noteDead(e.addr)
		g.freeEntry(&e, st)
		h.lo.size -= int(e.size)
		h.lo.commit -= int((e.size + PageSize - 1) / PageSize * PageSize)
	}
	clear(h.lo.entries[len(kept):])
	h.lo.entries = kept
}

// promoteYoung moves every marked young object to old space and frees the rest.
func (g *gcState) promoteYoung(st *cycleStats) {
	h := g.h
	n := &h.young
	for s := range n.semi {
		sp := &n.semi[s]
		for i := range sp.entries {
			e := sp.entries[i]
			if e.ref.isBacking() {
				continue
			}
			hd := h.header(e.ref)
			if hd == nil || hd.addr != e.addr || hd.space != spaceNew {
				continue
			}
			if hd.mark != g.markEpoch {
				h.free(e.ref, hd)
				st.freedObjects++
				continue
			}
			old := hd.addr
			hd.addr = h.allocOld(e.ref, int(hd.size), "", true)
			hd.space = spaceOld
			st.promotedObjects++
			st.promotedBytes += int(hd.size)
			h.emitCopy(st, e.ref, old, hd, true)
			if e.ref.kind == refObject {
				g.moveYoungBackings(e.ref.object(), st)
			}
			g.noteOldObject(e.ref, hd)
		}
		clear(sp.entries)
		sp.entries, sp.top = sp.entries[:0], 0
	}
	n.ageMark = untag(n.to().base)
}

// moveYoungBackings promotes an object's young backing stores with it.
func (g *gcState) moveYoungBackings(o *Object, st *cycleStats) {
	h := g.h
	for _, k := range [...]refKind{refProps, refElems} {
		b := &o.props
		if k == refElems {
			b = &o.elems
		}
		if b.addr == 0 || !h.young.contains(b.addr) {
			continue
		}
		x := heapRef{k, objectRef(o).p}
		old := b.addr
		b.addr = h.allocOld(x, int(b.size), "", true)
		st.promotedBytes += int(b.size)
		h.emitBackingMove(st, x, old, b.addr, true)
	}
}

// compact evacuates fragmented pages: their live objects move to other pages and the pages are
// released. Pages holding immortal objects (maps, code) stay: those addresses are printed
// elsewhere and never change.
func (g *gcState) compact(st *cycleStats) {
	h := g.h
	var cands []*oldPage
	for _, p := range h.old.pages {
		if p.live >= evacuationThreshold || p == h.old.current || len(p.entries) == 0 {
			continue
		}
		pinned := false
		for _, e := range p.entries {
			if e.ref.kind == refImmortal {
				pinned = true
				break
			}
		}
		if !pinned {
			cands = append(cands, p)
		}
	}
	if len(cands) < 2 {
		return // moving one page's objects into another new page gains nothing
	}
	for _, p := range cands {
		p.evac = true
	}
	for _, p := range cands {
		moved := 0
		for _, e := range p.entries {
			a, q := h.old.allocate(e.size)
			q.entries = append(q.entries, heapEntry{e.ref, a, e.size})
			q.live += e.size
			g.relocate(&e, a)
			moved += int(e.size)
			st.evacuatedObjects++
		}
		h.emitEvacuate(st, p, moved)
		p.entries = nil
		h.old.release(p)
	}
}

// relocate gives the object of a moved entry its new address.
func (g *gcState) relocate(e *heapEntry, a uint32) {
	h := g.h
	switch e.ref.kind {
	case refProps:
		e.ref.object().props.addr = a
	case refElems:
		e.ref.object().elems.addr = a
	default:
		if hd := h.header(e.ref); hd != nil {
			hd.addr = a
		}
	}
	h.emitRelocate(g.mark.st, e.ref, e.addr, a)
}

// pruneLists drops freed objects from the remembered hosts' lists.
func (g *gcState) pruneLists() {
	h := g.h
	kept := g.internalHosts[:0]
	for _, x := range g.internalHosts {
		if hd := h.header(x); hd != nil && hd.space.isOld() {
			kept = append(kept, x)
		} else if hd != nil {
			hd.flags &^= flagInternal
		}
	}
	clear(g.internalHosts[len(kept):])
	g.internalHosts = kept
	for _, x := range g.remset {
		if hd := h.header(x); hd != nil {
			hd.flags &^= flagRemembered
		}
	}
}

// pruneSideTables forgets per-object side data of freed objects.
func (h *Heap) pruneSideTables() {
	for o := range h.r.core.stacks {
		if o.gc.space == spaceNone && o.gc.flags&flagFreed != 0 {
			delete(h.r.core.stacks, o)
		}
	}
}

// noteDead lists a freed old-space or large-object entry (an object, or a backing store its
// object dropped or died with) for gc.end. Young objects need no list: a scavenge or a full GC
// empties the semispaces it evacuates.
func (g *gcState) noteDead(a uint32) {
	if g.h.recorder() != nil {
		g.dead = append(g.dead, a)
	}
}
