package vm

import (
	"reflect"
	"unsafe"
)

// Roots: what the program can reach without going through the heap. V8's are the stack
// (frames, registers, the accumulator), handles, the global object and the native context's
// builtins, and whatever the embedder holds (Node's task queues, timers, pending callbacks).
// Here: the interpreter (gc_interp.go), the handle list, and every runtime field — found by the
// reflective walker, so a queue a host adds is a root without anyone listing it.

// runtimeRootFields are the Runtime fields the walker skips: the heap itself, the interpreter
// (walked precisely by interpRoots), the immortal map registry, and plain configuration.
var runtimeRootFields = func() []fieldPlan {
	t := reflect.TypeFor[Runtime]()
	skip := map[string]bool{"Heap": true, "interp": true, "maps": true, "Options": true, "Symbols": true}
	var out []fieldPlan
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if skip[f.Name] {
			continue
		}
		out = append(out, fieldPlan{off: f.Offset, plan: planOf(f.Type)})
	}
	return out
}()

// visitRoots reports every root to s.
func (h *Heap) visitRoots(s edgeSink) {
	h.interpRoots(s)
	for _, x := range h.handles {
		s.edge(x)
	}
	for _, x := range h.kept {
		if x != nil {
			reflectTrace(x, s)
		}
	}
	w := reflectWalker{s: s}
	base := unsafe.Pointer(h.r)
	for _, f := range runtimeRootFields {
		w.walk(f.plan, unsafe.Add(base, f.off))
	}
}

// KeepAlive makes Go data the host holds outside the runtime's fields a root (a job taken off its
// queue while it runs); the returned function ends that.
func (h *Heap) KeepAlive(x any) func() {
	h.kept = append(h.kept, x)
	n := len(h.kept)
	return func() {
		if len(h.kept) >= n {
			h.kept[n-1] = nil
			for len(h.kept) > 0 && h.kept[len(h.kept)-1] == nil {
				h.kept = h.kept[:len(h.kept)-1]
			}
		}
	}
}

// HandleScope marks the handle list; the returned function drops the handles made since, as
// leaving a V8 HandleScope does. Hosts wrap each task in one.
func (r *Runtime) HandleScope() func() {
	h := &r.Heap
	n := len(h.handles)
	h.scopes++
	return func() {
		h.scopes--
		if len(h.handles) > n {
			clear(h.handles[n:])
			h.handles = h.handles[:n]
		}
	}
}
