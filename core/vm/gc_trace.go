package vm

import "unsafe"

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
		reflectTrace(in, s)
	}
}

// internalKinds lists the internal-slot types and how they are traced: "hand" (traceInternal
// above or gc_interp.go) or "reflect" (a plain data type the reflective tracer sees completely).
// A type whose references hide in Go closures must not be here without saying how they are
// kept alive.
var internalKinds = map[string]string{
	"*vm.FunctionData":             "hand",
	"*vm.BoundFunction":            "hand",
	"*vm.MapData":                  "hand",
	"*vm.ProxyData":                "hand",
	"*vm.ArrayIteratorData":        "hand",
	"*vm.StringIteratorData":       "hand",
	"*vm.RegExpData":               "hand",
	"*vm.DateData":                 "hand",
	"*vm.String":                   "hand",
	"vm.Value":                     "hand",
	"*vm.WeakRefData":              "hand",
	"*vm.FinalizationRegistryData": "reflect",
	"*vm.RegExpStringIteratorData": "reflect",
	"*vm.collectionIterator":       "reflect",
	"*vm.errorStack":               "reflect",
	"*vm.Iterator":                 "reflect",
	// step is a Go closure over the helper's callback; the callback is also kept in the
	// closure-free fields the reflective tracer sees (underlying, inner) or by the caller.
	"*vm.iteratorHelper":  "reflect",
	"*vm.Symbol":          "reflect", // Symbol wrapper objects: symbols are immortal
	"bool":                "reflect", // Boolean wrappers and marker values
	"*vm.AccessorPair":    "reflect",
	"*vm.generatorData":   "hand",
	"*vm.forInState":      "reflect",
	"*vm.mappedArguments": "reflect",
}

var _ = unsafe.Pointer(nil)
