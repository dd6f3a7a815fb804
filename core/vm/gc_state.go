package vm

// gcState drives the collectors: when they run (allocation failure in new space, the
// old-generation allocation limit, the heap limit, --gc-stress), the remembered set, the
// incremental marker's worklist, and the statistics --trace-gc prints.
type gcState struct {
	h    *Heap
	inGC bool

	scavEpoch uint32
	markEpoch uint32

	// incremental marking (gc_mark.go)
	marking  bool
	worklist []heapRef
	mark     markStats

	// remset is the OLD_TO_NEW remembered set: old hosts with a slot pointing into new space.
	remset []heapRef
	// internalHosts are old objects whose internal slots natives change without a barrier
	// (Map tables, generators, promises…): every scavenge scans them, and the final marking
	// pause rescans them (the simulator's stand-in for the barriers V8's builtins emit).
	internalHosts []heapRef
	// dirty are snapshot objects written since bootstrap: the only snapshot objects that can
	// point outside the snapshot, so they are the snapshot's roots.
	dirty []heapRef

	oldLimit   int // old-generation allocation limit: incremental marking starts above it
	stressTick int
	failures   int // consecutive full GCs that could not get under the heap limit

	stats       gcStats
	dead        []uint32 // addresses freed in the current cycle, for gc.end (only while recording)
	verifyErrs  []string
	verifyCycle string
}

// GC reasons as V8 prints them.
const (
	reasonAllocationFailure = "allocation failure"
	reasonTesting           = "testing"
	reasonLastResort        = "last resort"
	reasonStackGuard        = "finalize incremental marking via stack guard"
	reasonOldSpace          = "GC in old space requested"
	reasonRefcount          = "reference counting"
)

func (g *gcState) init(h *Heap) {
	g.h = h
	g.oldLimit = h.cfg.oldLimit
}

// oldGenerationSize is what the old-generation limits compare: old and large-object space.
func (h *Heap) oldGenerationSize() int { return h.old.size + h.lo.size }

// beforeAllocation runs before every collectable allocation: --gc-stress collects here, and
// incremental marking does a step per slice of allocation (V8's allocation observer).
func (g *gcState) beforeAllocation(size int) {
	if g.inGC || g.h.snap.open {
		return
	}
	if g.h.cfg.stress {
		g.stress()
		return
	}
	if g.marking {
		g.mark.sinceStep += size
		if g.mark.sinceStep >= markStepInterval {
			g.mark.sinceStep = 0
			g.markStep(markStepBudget)
		}
	}
}

// stress alternates a scavenge and a step of a full incremental cycle at every allocation.
func (g *gcState) stress() {
	g.stressTick++
	if g.h.cfg.refcount {
		g.refcountCollect(reasonTesting)
		return
	}
	if g.stressTick%2 == 1 {
		g.scavenge(reasonTesting)
		return
	}
	if !g.marking {
		g.startMarking()
		return
	}
	g.markStep(stressStepBudget)
}

// collectYoung is the minor collection new space asks for when it is full.
func (g *gcState) collectYoung(reason string) {
	if g.h.cfg.refcount {
		g.refcountCollect(reason)
		return
	}
	g.scavenge(reason)
	g.afterScavenge()
}

// afterScavenge applies the old-generation limits to what the scavenge promoted.
func (g *gcState) afterScavenge() {
	h := g.h
	if !g.marking && h.oldGenerationSize() > g.oldLimit {
		g.startMarking()
	}
	if h.oldGenerationSize() > h.cfg.maxOld {
		g.collectFullUntilFits(0)
	}
}

// reserveOld runs before an allocation in old or large-object space outside a collection.
func (g *gcState) reserveOld(size int) {
	if g.inGC || g.h.snap.open {
		return
	}
	h := g.h
	if h.cfg.refcount {
		if h.oldGenerationSize()+size > g.oldLimit {
			g.refcountCollect(reasonAllocationFailure)
		}
	} else if !g.marking && h.oldGenerationSize()+size > g.oldLimit {
		g.startMarking()
	}
	if h.oldGenerationSize()+size > h.cfg.maxOld {
		g.collectFullUntilFits(size)
	}
}

// collectFullUntilFits is V8's path when an allocation would pass the heap limit: a full GC,
// then "last resort" GCs, then the fatal out-of-memory report.
func (g *gcState) collectFullUntilFits(size int) {
	h := g.h
	fits := func() bool { return h.oldGenerationSize()+size <= h.cfg.maxOld }
	if h.cfg.refcount {
		g.refcountCollect(reasonAllocationFailure)
		if !fits() {
			g.outOfMemory("Reached heap limit")
		}
		return
	}
	g.collectFull(reasonAllocationFailure, false)
	if fits() {
		return
	}
	g.collectFull(reasonLastResort, true)
	g.collectFull(reasonLastResort, true)
	if !fits() {
		g.outOfMemory("Reached heap limit")
	}
}

// allocated is told about every object placed outside the snapshot.
func (g *gcState) allocated(x heapRef, hd *gcHeader) {
	h := g.h
	h.handles = append(h.handles, x)
	if hd.space.isOld() {
		g.noteOldObject(x, hd)
		if g.marking {
			// black allocation: marked at once; it goes through the worklist so the values it
			// was created with are marked too.
			g.shade(x, hd)
		}
	}
}

// backingAllocated is told when an object got a new backing store: an old host may now hold
// young values it was given with it.
func (g *gcState) backingAllocated(o *Object) {
	if o.gc.space.isOld() && o.gc.flags&flagRemembered == 0 {
		g.remember(objectRef(o), &o.gc)
	}
}

// noteOldObject registers what an object entering old space needs: internal slots to rescan,
// and (conservatively) a remembered-set entry when it was born old with values.
func (g *gcState) noteOldObject(x heapRef, hd *gcHeader) {
	if x.kind != refObject {
		return
	}
	o := x.object()
	if o.Internal != nil && hd.flags&flagInternal == 0 && !immutableInternal(o.Internal) {
		hd.flags |= flagInternal
		g.internalHosts = append(g.internalHosts, x)
	}
}

// remember adds an old host to the OLD_TO_NEW remembered set.
func (g *gcState) remember(x heapRef, hd *gcHeader) {
	hd.flags |= flagRemembered
	g.remset = append(g.remset, x)
}

// immutableInternal reports internal slots that never change after the object is made, so the
// barrier-less native code that made them cannot create old-to-new or black-to-white edges.
func immutableInternal(in any) bool {
	switch d := in.(type) {
	case *FunctionData:
		return d.Closure == nil && d.HomeObject == nil && d.Fields == nil && d.Captured == nil
	case *BoundFunction, *DateData, *String, Value, *WeakRefData, *ProxyData, *ArrayIteratorData,
		*StringIteratorData, *Symbol, bool:
		return true
	}
	return false
}

// placeDuringGC places a string or bigint a collection found unplaced (made by a native and
// never stored until now): it lands where the collection is moving survivors.
func (g *gcState) placeDuringGC(x heapRef, hd *gcHeader, size int) {
	h := g.h
	size = alignSize(size)
	if g.marking || g.mark.finalizing || h.cfg.refcount {
		a := h.allocOld(x, size, "", true)
		h.placeIn(x, hd, spaceOld, a, size)
		hd.mark = g.markEpoch
		return
	}
	to := h.young.to()
	if a, ok := to.bump(uint32(size)); ok {
		to.entries = append(to.entries, heapEntry{x, a, uint32(size)})
		h.placeIn(x, hd, spaceNew, a, size)
		hd.scav = g.scavEpoch
		return
	}
	a := h.allocOld(x, size, "", true)
	h.placeIn(x, hd, spaceOld, a, size)
}
