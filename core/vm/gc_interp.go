package vm

import (
	"reflect"
	"unsafe"
)

// The interpreter's part of the heap: Contexts, closures, frames and registers.

// gcContextKind is the Value kind of a register holding a Context.
const gcContextKind = kindContext

func contextRef(c *Context) heapRef { return heapRef{refContext, unsafe.Pointer(c)} }
func (x heapRef) context() *Context { return (*Context)(x.p) }

func contextHeader(x heapRef) *gcHeader        { return &x.context().gc }
func contextSize(c *Context) int               { return (len(c.Slots) + 2) * TaggedSize }
func (r *Runtime) placeContext(c *Context)     { r.Heap.place(contextRef(c), &c.gc, contextSize(c)) }
func (c *Context) heapAddress() (uint32, bool) { return c.gc.addr, c.gc.addr != 0 }

// traceContext visits a Context's slots, its parent and a with-object.
func (h *Heap) traceContext(x heapRef, s edgeSink) {
	c := x.context()
	traceValues(c.Slots, s)
	if c.Parent != nil {
		s.edge(contextRef(c.Parent))
	}
	traceObjectPtr(c.With, s)
}

// traceClosure visits a JSFunction's context, feedback, captured receiver and class data, and
// what its code's constant pool holds (template objects).
func (h *Heap) traceClosure(c *Closure, s edgeSink) {
	if c.Context != nil {
		s.edge(contextRef(c.Context))
	}
	traceValue(c.LexicalThis, s)
	traceValue(c.LexicalNewTarget, s)
	traceObjectPtr(c.Fields, s)
	if fb := c.Feedback; fb != nil {
		for i := range fb.ics {
			traceObjectPtr(fb.ics[i].holder, s)
		}
	}
	if c.SFI != nil {
		if d, ok := c.SFI.VM.(*sfiData); ok && d.code != nil {
			h.traceCode(d.code, s)
		}
	}
}

func (h *Heap) traceCode(ci *codeInfo, s edgeSink) {
	traceValues(ci.consts, s)
	for _, t := range ci.templates {
		traceObjectPtr(t, s)
	}
}

// traceGenerator visits a suspended generator's function, receiver, saved registers and context.
func (h *Heap) traceGenerator(g *generatorData, s edgeSink) {
	traceObjectPtr(g.fn, s)
	if g.cl != nil {
		h.traceClosure(g.cl, s)
	}
	traceValue(g.receiver, s)
	traceValues(g.regs, s)
	if g.ctx != nil {
		s.edge(contextRef(g.ctx))
	}
	traceValue(g.input, s)
	traceObjectPtr(g.promise, s)
}

// interpRoots visits the frames, registers and accumulators of running JavaScript: the value
// stack up to its top (every frame's register file), each frame's function, context, receiver
// and accumulator (spilled at every instruction), and the pending exception and message.
func (h *Heap) interpRoots(s edgeSink) {
	it := &h.r.interp
	if it.sp <= len(it.stack) {
		traceValues(it.stack[:it.sp], s)
	}
	for _, f := range it.frames {
		traceObjectPtr(f.fnObj, s)
		if f.cl != nil {
			h.traceClosure(f.cl, s)
		}
		if f.ctx != nil {
			s.edge(contextRef(f.ctx))
		}
		traceValue(f.receiver, s)
		traceValue(f.acc, s)
		if f.gen != nil {
			h.traceGenerator(f.gen, s)
		}
		if f.code != nil {
			h.traceCode(f.code, s)
		}
	}
	traceValue(it.pendingAcc, s)
	traceValue(it.pendingMessage, s)
	if it.scriptContext != nil {
		s.edge(contextRef(it.scriptContext))
	}
	for _, p := range h.pins {
		s.edge(p.x)
	}
}

// jsRunning reports whether JavaScript frames are on the stack (natives then record handles).
func (h *Heap) jsRunning() bool { return len(h.r.interp.frames) > 0 }

// mutatorSteps is how many bytecodes ran (the GC's notion of time).
func (h *Heap) mutatorSteps() int64 { return h.r.interp.steps }

// recorder is the event recorder, nil when recording is off.
func (h *Heap) recorder() *stepLog { return h.r.interp.rec }

var contextStructType = reflect.TypeFor[Context]()

// reflectContext walks a Context reflectively (the heap verifier).
func (h *Heap) reflectContext(x heapRef, s edgeSink) {
	reflectTraceAt(contextStructType, x.p, s)
}

// contextAdopt brings back a freed Context the scavenger finds reachable.
func contextAdopt(sc *scavenger, x heapRef) *gcHeader {
	if x.kind != refContext {
		return nil
	}
	c := x.context()
	sc.g.stats.resurrected++
	sc.g.noteResurrection(x)
	sc.h.placeDuringScavenge(x, &c.gc, contextSize(c))
	sc.queue = append(sc.queue, x)
	return &c.gc
}

// contextBarrier is the write barrier of a Context slot store (and of the sloppy arguments
// object's element the slot aliases).
func (r *Runtime) contextBarrier(c *Context, v Value) {
	if v.kind < KindString || v.kind == KindSymbol || v.kind == KindHole {
		return
	}
	if h := &r.Heap; h.r != nil && c.gc.space != spaceNone {
		h.storeBarrier(contextRef(c), &c.gc, v)
	}
	if c.args != nil {
		r.writeBarrier(c.args.obj, v)
	}
}

// argumentsBarrier covers the parameter slot a mapped arguments element aliases.
func (r *Runtime) argumentsBarrier(o *Object, v Value) {
	if m, ok := o.Internal.(*mappedArguments); ok && m.ctx != nil && m.ctx.gc.space != spaceNone {
		r.Heap.storeBarrier(contextRef(m.ctx), &m.ctx.gc, v)
	}
}

// truncateHandles drops the handles of the instruction that just finished.
func (h *Heap) truncateHandles(n int) {
	clear(h.handles[n:])
	h.handles = h.handles[:n]
}

// Pin keeps an object alive while only a Go closure refers to it (an async function suspended
// at an await, whose resumption a promise reaction holds as Go code). The returned function
// unpins it; calling it again does nothing.
func (h *Heap) Pin(v Value) func() {
	x := valueRef(v)
	if !x.valid() || h.r == nil {
		return func() {}
	}
	p := &pin{x: x}
	h.pins = append(h.pins, p)
	return func() {
		for i, q := range h.pins {
			if q == p {
				h.pins = append(h.pins[:i], h.pins[i+1:]...)
				return
			}
		}
	}
}

type pin struct{ x heapRef }

// captured records the heap values a native function's Go closure holds.
func (r *Runtime) captured(f *Object, vs ...Value) *Object {
	if fd, ok := f.Internal.(*FunctionData); ok {
		fd.Captured = append(fd.Captured, vs...)
		r.writeBarrierAll(f)
	}
	return f
}
