package vm

import "enginescope/core/events"

// The interpreter's part of the heap: Contexts, closures, frames and registers. PLACEHOLDER
// until the interpreter lands (its Context, frame and Closure types are not in the tree yet):
// these stubs keep the collectors building; the real walkers replace them with it.

func contextHeader(x heapRef) *gcHeader { return nil }

func (h *Heap) traceContext(x heapRef, s edgeSink) {}

func (h *Heap) traceClosure(c *Closure, s edgeSink) {}

// interpRoots visits the frames, registers and accumulators of running JavaScript.
func (h *Heap) interpRoots(s edgeSink) {}

// jsRunning reports whether JavaScript frames are on the stack (natives then record handles).
func (h *Heap) jsRunning() bool { return false }

// mutatorSteps is how many bytecodes ran (the GC's notion of time).
func (h *Heap) mutatorSteps() int64 { return 0 }

// recorder is the event recorder, nil when recording is off.
func (h *Heap) recorder() events.Recorder { return nil }

// reflectContext walks a Context reflectively (the heap verifier).
func (h *Heap) reflectContext(x heapRef, s edgeSink) {}

// contextAdopt brings back a freed Context the scavenger finds reachable.
func contextAdopt(sc *scavenger, x heapRef) *gcHeader { return nil }

// gcContextKind is the Value kind of a register holding a Context (kindContext in context.go).
const gcContextKind Kind = 0xF0
