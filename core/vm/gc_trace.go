package vm

import (
	"reflect"
	"unsafe"
)

// The tracer enumerates every reference out of a heap object: the collectors, the heap verifier
// and the reference counter all walk the object graph through it. Core kinds are traced by hand
// (hot paths); every other internal-slot type goes through the reflective tracer
// (gc_trace_reflect.go), so a kind added to the runtime is traced without anyone remembering
// to list it. gc_kinds_test.go fails when an internal type appears that is neither listed in
// internalKinds nor known to be safe for reflection.

// edgeSink receives the references the tracer finds.
type edgeSink interface {
	edge(x heapRef)
}

// traceRef visits the references held by x.
func (h *Heap) traceRef(x heapRef, s edgeSink) {
	switch x.kind {
	case refObject:
		h.traceObject(x.object(), s)
	case refContext:
		h.traceContext(x, s)
	}
}

// traceValue reports the heap object a value refers to.
func traceValue(v Value, s edgeSink) {
	switch v.kind {
	case KindObject:
		s.edge(heapRef{refObject, v.ref})
	case KindString:
		if (*String)(v.ref).Length() > 0 {
			s.edge(heapRef{refString, v.ref})
		}
	case KindBigInt:
		s.edge(heapRef{refBigInt, v.ref})
	case gcContextKind:
		s.edge(heapRef{refContext, v.ref})
	case kindAccessor:
		p := v.accessor()
		traceObjectPtr(p.Get, s)
		traceObjectPtr(p.Set, s)
	}
}

func traceValues(vs []Value, s edgeSink) {
	for i := range vs {
		if vs[i].kind >= KindString {
			traceValue(vs[i], s)
		}
	}
}

func traceObjectPtr(o *Object, s edgeSink) {
	if o != nil {
		s.edge(objectRef(o))
	}
}

func traceStringPtr(str *String, s edgeSink) {
	if str != nil && str.Length() > 0 {
		s.edge(stringRef(str))
	}
}

// traceObject visits a JSObject's prototype (held by its map), its named properties, its
// elements and its internal slots.
func (h *Heap) traceObject(o *Object, s edgeSink) {
	traceObjectPtr(o.hc.Proto, s)
	if o.dict != nil {
		for i := range o.dict.entries {
			if e := &o.dict.entries[i]; !e.deleted {
				traceValue(e.value, s)
			}
		}
	} else {
		traceValues(o.slots, s)
		// The map's accessor descriptors hold their getters and setters (V8 traces the
		// DescriptorArray through the map); the maps themselves are not simulated heap objects.
		for i := range o.hc.Descriptors {
			if d := &o.hc.Descriptors[i]; d.Field < 0 {
				traceObjectPtr(d.pair.Get, s)
				traceObjectPtr(d.pair.Set, s)
			}
		}
	}
	traceValues(o.elements, s)
	if o.sparse != nil {
		for _, k := range o.sparse.sortedKeys() {
			traceValue(o.sparse.m[k].value, s)
		}
	}
	if o.Internal != nil {
		h.traceInternal(o.Internal, s)
	}
	if st := h.r.core.stacks; len(st) > 0 {
		if es := st[o]; es != nil {
			traceValue(es.value, s)
		}
	}
}

// traceInternal visits an object's internal slots.
func (h *Heap) traceInternal(in any, s edgeSink) {
	switch d := in.(type) {
	case *FunctionData:
		traceObjectPtr(d.HomeObject, s)
		traceValues(d.Captured, s)
		if d.Closure != nil {
			h.traceClosure(d.Closure, s)
		}
		if d.Fields != nil {
			reflectTrace(d.Fields, s)
		}
	case *BoundFunction:
		traceObjectPtr(d.Target, s)
		traceValue(d.BoundThis, s)
		traceValues(d.BoundArgs, s)
	case *MapData:
		for i := range d.entries {
			if e := &d.entries[i]; !e.deleted {
				traceValue(e.Key, s)
				traceValue(e.Value, s)
			}
		}
	case *ProxyData:
		traceObjectPtr(d.Target, s)
		traceObjectPtr(d.Handler, s)
	case *ArrayIteratorData:
		traceObjectPtr(d.Target, s)
	case *StringIteratorData:
		traceStringPtr(d.S, s)
	case *RegExpData:
		traceStringPtr(d.Source, s)
	case *DateData:
	case *String:
		traceStringPtr(d, s)
	case Value:
		traceValue(d, s)
	case *WeakRefData:
		traceValue(d.Target, s)
	case *generatorData:
		h.traceGenerator(d, s)
	default:
		if h.cfg.verify {
			h.checkInternalKind(in)
		}
		reflectTrace(in, s)
	}
}

// internalKinds lists the internal-slot types and how they are traced: "hand" (traceInternal
// above or gc_interp.go) or "reflect" (plain data the reflective tracer sees completely). A type
// must be listed: --verify-heap reports an unlisted one, and gc_kinds_test.go checks the types
// the package asserts Internal to and that a reflected type hides no references in Go closures.
var internalKinds = map[reflect.Type]string{
	reflect.TypeFor[*FunctionData]():             "hand",
	reflect.TypeFor[*BoundFunction]():            "hand",
	reflect.TypeFor[*MapData]():                  "hand",
	reflect.TypeFor[*ProxyData]():                "hand",
	reflect.TypeFor[*ArrayIteratorData]():        "hand",
	reflect.TypeFor[*StringIteratorData]():       "hand",
	reflect.TypeFor[*RegExpData]():               "hand",
	reflect.TypeFor[*DateData]():                 "hand",
	reflect.TypeFor[*String]():                   "hand",
	reflect.TypeFor[Value]():                     "hand",
	reflect.TypeFor[*WeakRefData]():              "hand",
	reflect.TypeFor[*generatorData]():            "hand",
	reflect.TypeFor[*FinalizationRegistryData](): "reflect",
	reflect.TypeFor[*RegExpStringIteratorData](): "reflect",
	reflect.TypeFor[*collectionIterator]():       "reflect",
	reflect.TypeFor[*errorStack]():               "reflect",
	reflect.TypeFor[*Iterator]():                 "reflect",
	reflect.TypeFor[*iteratorHelper]():           "reflect",
	reflect.TypeFor[*AccessorPair]():             "reflect",
	reflect.TypeFor[*forInState]():               "reflect",
	reflect.TypeFor[*mappedArguments]():          "reflect",
	reflect.TypeFor[*Symbol]():                   "reflect", // Symbol wrappers: symbols are immortal
	reflect.TypeFor[bool]():                      "reflect", // Boolean wrappers
	reflect.TypeOf(rawJSONMarker):                "reflect",
	reflect.TypeFor[*promiseData]():              "reflect",
	reflect.TypeFor[*asyncFromSync]():            "reflect",
	reflect.TypeFor[*abortController]():          "reflect",
	reflect.TypeFor[*abortSignal]():              "reflect",
	reflect.TypeFor[*domExceptionData]():         "reflect",
	reflect.TypeFor[*element]():                  "reflect",
	reflect.TypeFor[*mutationObserver]():         "reflect",
	reflect.TypeFor[*eventObject]():              "reflect",
	reflect.TypeFor[*messagePort]():              "reflect",
	reflect.TypeFor[*fetchResponse]():            "reflect",
	reflect.TypeFor[*bufferData]():               "reflect",
	reflect.TypeOf(arrayLengthReadOnly):          "reflect",
	reflect.TypeFor[*arrayBufferData]():          "reflect",
	reflect.TypeFor[*typedArrayData]():           "reflect",
	reflect.TypeFor[*dataViewData]():             "reflect",
	reflect.TypeFor[*urlData]():                  "reflect",
}

// closureFields are Go func fields of internal types whose captured references are known to be
// kept alive elsewhere (the reason is given).
var closureFields = map[string]string{
	"vm.FunctionData.Native":    "what a native made at run time captures is listed in Captured",
	"vm.FunctionData.NativeNew": "same as Native",
	// await and async iteration resume a generator that stays pinned while it waits
	// (generator_async.go); the other Go reactions belong to host objects that hold what they use.
	"vm.promiseReaction.native": "await pins the generator it resumes",
	"vm.job.run":                "host jobs close over values their caller keeps",
	// The helper's callback (map's mapper, filter's predicate…) is an argument of the call that
	// made the helper; V8 keeps it in the helper's context. Here: iteratorHelper.fn.
	"vm.iteratorHelper.step": "its callback is also kept in the visible fields",
	// typed array element conversions are package-level functions of the typedKinds table
	"vm.typedKind.load":  "a table function, captures nothing",
	"vm.typedKind.store": "a table function, captures nothing",
}

// checkInternalKind reports an internal type nobody listed (--verify-heap).
func (h *Heap) checkInternalKind(in any) {
	t := reflect.TypeOf(in)
	if _, ok := internalKinds[t]; !ok {
		h.gc.verifyError("internal slot type %v is not in internalKinds (gc_trace.go)", t)
	}
}

var _ = unsafe.Pointer(nil)
