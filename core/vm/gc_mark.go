package vm

// The major collector's marking (engine-model §7.3): tri-colour, incremental. Marking starts
// when the old generation passes its allocation limit: the roots are shaded grey (marked and
// pushed on the worklist); then, in steps interleaved with the program's allocation, grey
// objects are popped, their fields visited (white referents become grey) and they turn black.
// While marking, the Dijkstra insertion barrier shades every value stored into an object, so
// no black object ever points at a white one; objects allocated in old space are marked at
// once (black allocation). When the worklist is empty the final pause rescans the roots,
// drains again, and the sweeper and compactor take over (gc_sweep.go).

const (
	// a marking step runs after every markStepInterval bytes allocated and visits about
	// markStepBudget bytes of objects: marking outpaces allocation fourfold.
	markStepInterval = 1 * ScaledMB
	markStepBudget   = 4 * ScaledMB
	// under --gc-stress a step visits a few objects, so a cycle spans many allocations.
	stressStepBudget = 512
)

type markStats struct {
	sinceStep  int
	steps      int
	stepMax    float64 // ms
	stepTotal  float64 // ms
	startTime  float64 // ms
	finalizing bool
	st         *cycleStats
}

// marker is the edgeSink of marking: it shades white objects grey.
type marker struct {
	g    *gcState
	host heapRef
}

func (m *marker) edge(x heapRef) {
	g := m.g
	hd := g.h.header(x)
	if hd == nil || hd.space == spaceNone {
		hd = g.adoptForMarking(x, hd)
		if hd == nil {
			return
		}
	}
	if hd.space == spaceSnapshot || hd.mark == g.markEpoch {
		return
	}
	hd.mark = g.markEpoch
	hd.flags &^= flagBlack
	g.worklist = append(g.worklist, x)
	g.h.emitGrey(g.mark.st, m.host, x, hd)
}

// shade marks an object grey (the barrier and black allocation).
func (g *gcState) shade(x heapRef, hd *gcHeader) {
	if hd.space == spaceSnapshot || hd.mark == g.markEpoch {
		return
	}
	hd.mark = g.markEpoch
	hd.flags &^= flagBlack
	g.worklist = append(g.worklist, x)
}

// adoptForMarking places an unplaced string, or brings back a freed object the tracer could not
// see a reference to, marked.
func (g *gcState) adoptForMarking(x heapRef, hd *gcHeader) *gcHeader {
	h := g.h
	switch x.kind {
	case refString, refBigInt:
		return h.placeExt(x)
	case refObject:
		o := x.object()
		g.stats.resurrected++
		g.noteResurrection(x)
		size := alignSize(objectSize(o))
		a := h.allocOld(x, size, "", true)
		h.placeIn(x, &o.gc, spaceOld, a, size)
		o.props, o.elems = backing{}, backing{}
		wasGC := g.inGC
		g.inGC = true
		h.syncBacking(o)
		g.inGC = wasGC
		g.noteOldObject(x, &o.gc)
		return &o.gc
	}
	return nil
}

// startMarking begins an incremental marking cycle: the roots are shaded.
func (g *gcState) startMarking() {
	h := g.h
	g.markEpoch++
	g.marking = true
	g.worklist = g.worklist[:0]
	g.mark = markStats{startTime: g.now()}
	g.mark.st = &cycleStats{}
	h.emitMarkStart(g.oldLimit)
	g.inGC = true
	m := &marker{g: g}
	h.visitRoots(m)
	g.markHosts(m)
	g.inGC = false
}

// markHosts shades the hosts the simulator rescans instead of barriers: dirty snapshot objects
// (the snapshot is never marked, so they are roots) and objects with changing internal slots.
func (g *gcState) markHosts(m *marker) {
	h := g.h
	for _, x := range g.dirty {
		h.traceRef(x, m)
	}
	for _, x := range g.internalHosts {
		hd := h.header(x)
		if hd == nil || hd.space == spaceNone {
			continue
		}
		if hd.space == spaceSnapshot {
			if o := x.object(); o.Internal != nil {
				h.traceInternal(o.Internal, m)
			}
			continue
		}
		if hd.mark == g.markEpoch && hd.flags&flagBlack != 0 {
			if o := x.object(); o.Internal != nil {
				m.host = x
				h.traceInternal(o.Internal, m)
				m.host = heapRef{}
			}
		}
	}
	// Young objects are not on the list (a scavenge copies them whole); marking may have
	// blackened some whose internal slots changed since.
	for i := range h.young.to().entries {
		e := &h.young.to().entries[i]
		if e.ref.kind != refObject {
			continue
		}
		o := e.ref.object()
		if o.Internal != nil && o.gc.mark == g.markEpoch && o.gc.flags&flagBlack != 0 && o.gc.addr == e.addr &&
			!immutableInternal(o.Internal) {
			m.host = e.ref
			h.traceInternal(o.Internal, m)
			m.host = heapRef{}
		}
	}
}

// markStep visits grey objects until budget bytes were visited or none are left; an empty
// worklist finishes the cycle.
func (g *gcState) markStep(budget int) {
	if !g.marking {
		return
	}
	g.inGC = true
	visited := g.drainBudget(budget)
	g.inGC = false
	ms := stepCost(visited)
	g.mark.steps++
	g.mark.stepTotal += ms
	g.mark.stepMax = max(g.mark.stepMax, ms)
	g.stats.pauseTotal += ms
	g.h.emitMarkStep(visited, len(g.worklist))
	if len(g.worklist) == 0 {
		g.finishMarking(reasonStackGuard, true)
	}
}

// drainBudget pops and blackens grey objects; budget < 0 means until empty.
func (g *gcState) drainBudget(budget int) int {
	h := g.h
	m := &marker{g: g}
	visited := 0
	for len(g.worklist) > 0 && (budget < 0 || visited < budget) {
		x := g.worklist[len(g.worklist)-1]
		g.worklist = g.worklist[:len(g.worklist)-1]
		hd := h.header(x)
		if hd == nil || hd.space == spaceNone || hd.flags&flagBlack != 0 {
			continue
		}
		hd.flags |= flagBlack
		m.host = x
		h.traceRef(x, m)
		if x.kind == refObject {
			o := x.object()
			visited += int(o.props.size + o.elems.size)
		}
		visited += int(hd.size)
		h.emitBlack(g.mark.st, x, hd)
	}
	return visited
}

// collectFull is a full mark-compact now: it finishes a marking cycle in progress (or runs one
// from the start) in a single pause.
func (g *gcState) collectFull(reason string, reduce bool) {
	if !g.marking {
		g.startMarking()
		g.mark.steps = 0
	}
	g.finishMarking(reason, false)
	if reduce {
		g.stats.last.reduce = true
	}
}

// finishMarking is the final pause: rescan the roots, drain, then sweep and compact.
func (g *gcState) finishMarking(reason string, incremental bool) {
	h := g.h
	st := g.beginCycle(cycleMarkCompact, reason)
	st.incremental = incremental && g.mark.steps > 0
	st.markSteps, st.stepMax, st.stepTotal = g.mark.steps, g.mark.stepMax, g.mark.stepTotal
	st.markWall = g.now() - g.mark.startTime
	if g.mark.st != nil {
		st.greyed, st.blackened = g.mark.st.greyed, g.mark.st.blackened
	}
	g.mark.st = st
	g.inGC = true
	g.mark.finalizing = true
	m := &marker{g: g}
	h.visitRoots(m)
	g.markHosts(m)
	for len(g.worklist) > 0 {
		st.markedBytes += g.drainBudget(-1)
		g.markHosts(m)
	}
	g.marking = false
	h.verifyMarking()
	g.sweep(st)
	g.mark.finalizing = false
	g.inGC = false
	g.endCycle(st)
}
