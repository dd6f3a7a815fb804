package vm

import (
	"strings"
	"unsafe"

	"enginescope/core/events"
)

// The step log is how the interpreter records. Building a typed event per step (a heap object, a
// value snapshot with its text, a sequencer stamp) costs tens of times the step itself, so the
// per-step kinds (bytecode.exec, register.write, frame.push/pop, context.write, heap.alloc,
// property.set) are captured as fixed-size records in a reused buffer: a copy of the value
// plus what could change before the record is read (the value's address, which the collectors
// move; an array's length). Rare kinds are built as typed events at once and ride in the same
// buffer, so the order is exactly the order of emission.
//
// The buffer is handed to the recorder when it fills, before every collection (the collectors
// move and free what the records point at), at every step hook (the page reads the stream between
// slices) and at the end. Only then are the records turned into typed events
// (steplog_events.go), never by running JavaScript or allocating on the simulated heap: the
// captures do whatever has side effects (the first printing of an instruction, an SFI's address).

type logKind uint8

const (
	logEvent        logKind = iota // a typed event built at emission: events[n]
	logExec                        // bytecode.exec: code, n = instruction index, val = accumulator (and the register a Star wrote)
	logRegWrite                    // register.write: code, n = frame slot, val
	logFramePush                   // frame.push: closure, n = depth, val = this; then logPushInfo, then logArg × argc
	logPushInfo                    // frame.push continued: code = caller's (nil at the bottom), n = its pc, addr = closure, aux = context, frame = argc
	logArg                         // one argument of the frame.push before it
	logFramePop                    // frame.pop: n = depth, flag = exit, val = result
	logContextWrite                // context.write: ptr = *Context, frame = its address, n = slot, val
	logHeapAlloc                   // heap.alloc: frame = address, n = size, aux = allocation kind, addr = space (strs)
	logPropertySet                 // property.set: val; then logPropertyInfo
	logPropertyInfo                // property.set continued: frame = object address, aux = key (flag 1: an index, else strs), n/addr = map ids before/after
)

// logRecord is one captured step event. Which fields mean what depends on kind (above). For a
// captured value, addr is its referent's heap address when captured and aux an array's length
// or, for functions and errors, their name or summary then (an index into stepLog.strs).
type logRecord struct {
	val   Value
	ptr   unsafe.Pointer
	frame uint32
	n     int32
	addr  uint32
	aux   uint32
	kind  logKind
	flag  uint8
}

// logBatch is how many records the buffer holds before it is handed over.
const logBatch = 512

// stepLog buffers records for one recorder.
type stepLog struct {
	r      *Runtime
	sink   events.Recorder
	drop   bool        // the sink takes no events (a benchmark measuring capture alone)
	buf    []logRecord // buf[:used] are the records of this batch
	used   int
	events []events.Event
	strs   []string
	// allocType names heap.alloc kinds for the stream (the engine maps them to V8 class names).
	allocType func(kind string) string
	// objects: allocations and property stores are recorded (from the program's start: the
	// realm's and the host's own objects stay out of the stream)
	objects  bool
	flushing bool
	// nameMap, nameField: where the last function map seen keeps `name` (-1: not a plain field)
	nameMap   *HiddenClass
	nameField int
}

// EventDropper is implemented by a Recorder that wants the engine to record but not to build
// events for it: `make bench` uses one to measure what capture alone costs.
type EventDropper interface{ DropsEvents() bool }

func newStepLog(r *Runtime, sink events.Recorder) *stepLog {
	l := &stepLog{r: r, sink: sink, buf: make([]logRecord, logBatch)}
	if d, ok := sink.(EventDropper); ok && d.DropsEvents() {
		l.drop = true
	}
	return l
}

// Emit records an event built by the caller (the rare kinds); it implements events.Recorder.
func (l *stepLog) Emit(e events.Event) {
	if l == nil {
		return
	}
	rec := l.slot()
	*rec = logRecord{kind: logEvent, n: int32(len(l.events))}
	l.events = append(l.events, e)
}

// slot returns the next record to fill (every field must be set), handing the buffer over
// first when it is full.
func (l *stepLog) slot() *logRecord {
	if l.used == len(l.buf) {
		l.flush()
	}
	rec := &l.buf[l.used]
	l.used++
	return rec
}

// reserve makes room for a group of n records that must be read together (a frame.push and
// its arguments), so that no hand-over splits it.
func (l *stepLog) reserve(n int) {
	if l.used+n > len(l.buf) {
		l.flush()
		if n > len(l.buf) {
			l.buf = make([]logRecord, n)
		}
	}
}

// text keeps a string for the records of this batch.
func (l *stepLog) text(s string) uint32 {
	l.strs = append(l.strs, s)
	return uint32(len(l.strs) - 1)
}

// put fills a record of a captured value: v, with what may change before the record is read.
// Capturing has no side effects (it must not record anything itself).
func (l *stepLog) put(rec *logRecord, kind logKind, v Value, ptr unsafe.Pointer, frame uint32, n int32) {
	*rec = logRecord{val: v, ptr: ptr, frame: frame, n: n, kind: kind}
	if v.kind >= KindString {
		l.captureRef(rec, v)
	}
}

func (l *stepLog) captureRef(rec *logRecord, v Value) {
	switch v.kind {
	case KindString:
		rec.addr = (*String)(v.ref).addr
	case KindSymbol:
		rec.addr = (*Symbol)(v.ref).addr
	case KindObject:
		o := (*Object)(v.ref)
		rec.addr = o.gc.addr
		switch {
		case o.hc.InstanceType == TypeArray:
			rec.aux = uint32(o.length)
		case o.IsCallable():
			rec.aux = l.text(l.functionName(o)) // SetFunctionName may name it later
		case o.hc.InstanceType == TypeError:
			rec.aux = l.text(l.r.quietSummary(v)) // its message may change later
		}
	case kindContext:
		rec.addr = (*Context)(v.ref).Address()
	}
}

// flush hands the buffered records to the recorder.
func (l *stepLog) flush() {
	if l == nil || l.flushing {
		return
	}
	l.flushing = true
	if !l.drop {
		l.materialize()
	}
	l.used = 0 // records are overwritten as they are reused
	clear(l.events)
	l.events = l.events[:0]
	clear(l.strs)
	l.strs = l.strs[:0]
	l.flushing = false
}

// FlushEvents hands every recorded event to the recorder (before the recorder itself is flushed).
func (r *Runtime) FlushEvents() { r.interp.rec.flush() }

// EmitEvent records an event built outside the interpreter (the engine's parse, console and
// program events), in order with the interpreter's.
func (r *Runtime) EmitEvent(e events.Event) { r.interp.rec.Emit(e) }

// Recording reports whether a recorder is attached.
func (r *Runtime) Recording() bool { return r.interp.rec != nil }

// RecordAllocations makes the simulated heap's allocations heap.alloc events, with kinds named
// by typeName, and property stores property.set events, from now on.
func (r *Runtime) RecordAllocations(typeName func(kind string) string) {
	if l := r.interp.rec; l != nil {
		l.allocType, l.objects = typeName, true
		r.Heap.onAllocLog = l
	}
}

func (l *stepLog) heapAlloc(addr uint32, size int, kind string) {
	rec := l.slot()
	*rec = logRecord{kind: logHeapAlloc, frame: addr, n: int32(size), aux: l.text(kind), addr: l.text(l.r.Heap.SpaceOf(addr))}
}

// quietSummary is ErrorSummary without side effects, for the event stream: recording must never
// change what a program does, so it reads data properties only (an error's own stack, else name
// and message along the prototype chain) and never calls toString or a getter.
func (r *Runtime) quietSummary(v Value) string {
	o := v.AsObject()
	if o == nil {
		return r.safeToString(v) // primitives convert without running JavaScript
	}
	if s, ok := r.quietData(o, "stack"); ok && s.kind == KindString {
		text := s.String().GoString()
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			return text[:i]
		}
		return text
	}
	name, msg := "", ""
	if v, ok := r.quietData(o, "name"); ok && v.kind == KindString {
		name = v.String().GoString()
	}
	if v, ok := r.quietData(o, "message"); ok && v.kind == KindString {
		msg = v.String().GoString()
	}
	switch {
	case name == "" && msg == "":
		if o.IsCallable() {
			return "function " + r.FunctionName(o)
		}
		return "[object Object]"
	case msg == "":
		return name
	case name == "":
		return msg
	}
	return name + ": " + msg
}

// quietData finds a data property along the prototype chain without running anything.
func (r *Runtime) quietData(o *Object, name string) (Value, bool) {
	k := PropKey(NameKey(name))
	for depth := 0; o != nil && depth < 64; depth++ {
		if o.hc.InstanceType == TypeProxy {
			return Undefined, false
		}
		if v, _, ok := r.getOwn(o, k); ok {
			if v.kind == kindAccessor {
				return Undefined, false
			}
			return v, true
		}
		o = o.Proto()
	}
	return Undefined, false
}

// functionName is FunctionName with a one-map cache of where `name` lives: captures see the same
// few function maps over and over.
func (l *stepLog) functionName(o *Object) string {
	if o.hc.Dictionary {
		return l.r.FunctionName(o)
	}
	if o.hc != l.nameMap {
		l.nameMap, l.nameField = o.hc, -1
		if i := o.hc.Lookup(NameKey("name")); i >= 0 {
			l.nameField = o.hc.Descriptors[i].Field
		}
	}
	if f := l.nameField; f >= 0 && f < len(o.slots) && o.slots[f].kind == KindString {
		return o.slots[f].String().GoString()
	}
	return l.r.FunctionName(o)
}
