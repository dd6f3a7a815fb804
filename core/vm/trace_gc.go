package vm

import (
	"fmt"
	"strings"
)

// --trace-gc in V8's format (GCTracer::Print; engine-model §7.4), sizes in scaled MB (heap_config.go)
// and times on the GC's clock: the virtual clock's elapsed time, plus the mutator's bytecodes at
// mutatorNsPerStep each, plus the pauses themselves. The GC never moves the virtual clock, so
// collecting cannot change what Date.now() returns.

const (
	mutatorNsPerStep = 10
	tracePID         = 4242 // process.pid on the simulated Node host
	traceIsolate     = 0x2c036000
)

type cycleKind uint8

const (
	cycleScavenge cycleKind = iota
	cycleMarkCompact
	cycleRefcount
)

// cycleStats describes one collection.
type cycleStats struct {
	kind         cycleKind
	reason       string
	incremental  bool
	reduce       bool
	start        float64 // ms
	usedBefore   int
	commitBefore int
	usedAfter    int
	commitAfter  int
	pause        float64 // ms

	copiedObjects, copiedBytes     int
	promotedObjects, promotedBytes int
	freedObjects                   int
	evacuatedObjects               int
	markedBytes                    int
	greyed, blackened              int
	toSpaceFull, grew              bool
	leaked                         int // refcount: objects kept only by cycles

	markSteps          int
	stepMax, stepTotal float64
	markWall           float64

	forwarded map[heapRef]uint32 // old addresses, kept only while recording (gc.forward)
}

// gcStats accumulates across collections.
type gcStats struct {
	scavenges, markCompacts, refcounts int
	pauseTotal                         float64
	resurrected                        int
	resurrections                      []string
	last                               *cycleStats
	ring                               []string // the last trace lines, for the OOM report
	avgMu, curMu                       float64
	lastMCEnd                          float64
	lastMCPause                        float64
}

// now is the GC clock in ms since the isolate started.
func (g *gcState) now() float64 {
	h := g.h
	ms := float64(h.mutatorSteps()) * mutatorNsPerStep / 1e6
	if c := h.r.Clock; c != nil && h.r.clockStart != 0 {
		ms += c.Now() - h.r.clockStart
	}
	return ms + g.stats.pauseTotal
}

// usedAndCommitted are the sizes a trace line prints (the snapshot is left out).
func (h *Heap) usedAndCommitted() (int, int) {
	used := h.young.used() + h.old.size + h.lo.size
	committed := h.young.committed() + h.old.committed() + h.lo.commit
	if h.cfg.refcount {
		committed -= h.young.committed()
	}
	return used, committed
}

func (g *gcState) beginCycle(kind cycleKind, reason string) *cycleStats {
	if g.h.r != nil {
		g.h.r.interp.rec.flush() // the step log's records point at what the cycle moves and frees
	}
	st := &cycleStats{kind: kind, reason: reason, start: g.now()}
	st.usedBefore, st.commitBefore = g.h.usedAndCommitted()
	return st
}

// endCycle prices the pause, prints the trace line and emits gc.end.
func (g *gcState) endCycle(st *cycleStats) {
	h := g.h
	h.old.size = 0
	for _, p := range h.old.pages {
		h.old.size += int(p.live)
	}
	st.usedAfter, st.commitAfter = h.usedAndCommitted()
	st.pause = pauseCost(st)
	g.stats.pauseTotal += st.pause
	switch st.kind {
	case cycleScavenge:
		g.stats.scavenges++
	case cycleMarkCompact:
		g.stats.markCompacts++
		end := g.now()
		span := end - g.stats.lastMCEnd
		if span > 0 {
			g.stats.curMu = 1 - (st.pause+st.stepTotal)/span
			if g.stats.curMu < 0 {
				g.stats.curMu = 0
			}
		}
		if g.stats.markCompacts == 1 {
			g.stats.avgMu = g.stats.curMu
		} else {
			g.stats.avgMu = 0.5*g.stats.avgMu + 0.5*g.stats.curMu
		}
		g.stats.lastMCEnd = end
	case cycleRefcount:
		g.stats.refcounts++
	}
	g.stats.last = st
	line := g.traceLine(st)
	g.stats.ring = append(g.stats.ring, line)
	if len(g.stats.ring) > 2 {
		g.stats.ring = g.stats.ring[len(g.stats.ring)-2:]
	}
	if h.cfg.trace {
		h.r.writeRaw("log", line+"\n")
	}
	h.emitEnd(st)
	h.verifyAfterGC(st)
}

// pauseCost models a pause from the work done: a fixed part plus per-object and per-byte costs.
func pauseCost(st *cycleStats) float64 {
	switch st.kind {
	case cycleScavenge:
		return 0.05 + 0.0004*float64(st.copiedObjects+st.promotedObjects) +
			0.02*float64(st.copiedBytes+st.promotedBytes)/ScaledMB
	case cycleMarkCompact:
		return 0.5 + 0.05*float64(st.markedBytes)/ScaledMB + 0.0002*float64(st.freedObjects) +
			0.0005*float64(st.evacuatedObjects+st.promotedObjects)
	}
	return 0.1 + 0.0002*float64(st.freedObjects)
}

func stepCost(bytes int) float64 { return 0.01 + 0.05*float64(bytes)/ScaledMB }

func scaled(bytes int) float64 { return float64(bytes) / ScaledMB }

// traceName is the collector's name in a trace line.
func (g *gcState) traceName(st *cycleStats) string {
	switch st.kind {
	case cycleMarkCompact:
		name := "Mark-Compact"
		if st.incremental {
			name = "Incremental Mark-Compact"
		}
		if st.reduce {
			name += " (reduce)"
		}
		return name
	case cycleRefcount:
		return "Reference-Counting"
	}
	return "Scavenge"
}

// traceLine renders a cycle as V8's --trace-gc prints it.
func (g *gcState) traceLine(st *cycleStats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%d:0x%x] %8.0f ms: ", tracePID, traceIsolate, st.start)
	name := g.traceName(st)
	pooled := len(g.h.old.pool) * PageSize
	fmt.Fprintf(&b, "%s %.1f (%.1f) -> %.1f (%.1f) MB, pooled: %.1f MB, %.2f / 0.00 ms ", name,
		scaled(st.usedBefore), scaled(st.commitBefore), scaled(st.usedAfter), scaled(st.commitAfter),
		scaled(pooled), st.pause)
	if st.incremental {
		fmt.Fprintf(&b, "(+ %.1f ms in %d steps since start of marking, biggest step %.1f ms, walltime since start of marking %.0f ms) ",
			st.stepTotal, st.markSteps, st.stepMax, st.markWall)
	}
	mu, cur := g.stats.avgMu, g.stats.curMu
	if g.stats.markCompacts == 0 {
		mu, cur = 1, 1
	}
	fmt.Fprintf(&b, "(average mu = %.3f, current mu = %.3f) %s; ", mu, cur, st.reason)
	switch st.kind {
	case cycleMarkCompact:
		b.WriteString(reasonOldSpace)
	case cycleRefcount:
		if st.leaked > 0 {
			fmt.Fprintf(&b, "%d objects kept alive only by cycles (leaked)", st.leaked)
		}
	}
	return b.String()
}

// GCStats is a summary of the collections so far.
type GCStats struct {
	Scavenges, MarkCompacts, RefcountCollections int
	// Resurrected counts objects freed earlier and found reachable later: a reference the
	// tracer could not see. --verify-heap reports each one.
	Resurrected int
}

// GCStats reports how many collections ran.
func (h *Heap) GCStats() GCStats {
	s := &h.gc.stats
	return GCStats{Scavenges: s.scavenges, MarkCompacts: s.markCompacts, RefcountCollections: s.refcounts, Resurrected: s.resurrected}
}

// noteResurrection remembers what came back (verify-heap reports it).
func (g *gcState) noteResurrection(x heapRef) {
	if len(g.stats.resurrections) < 20 {
		g.stats.resurrections = append(g.stats.resurrections, g.h.typeName(x))
	}
}
