package vm

import (
	"strings"
	"testing"
)

// newTestHeapRuntime makes a runtime past its bootstrap, so objects are allocated in new space.
func newTestHeapRuntime(t testing.TB, opts Options) *Runtime {
	t.Helper()
	opts.VerifyHeap = true
	r := NewRuntime(opts)
	r.Heap.EndBootstrap()
	return r
}

func checkHeap(t testing.TB, r *Runtime) {
	t.Helper()
	if errs := r.Heap.VerifyErrors(); len(errs) > 0 {
		t.Fatalf("verify-heap:\n%s", strings.Join(errs, "\n"))
	}
}

func TestScavengeFreesGarbageAndKeepsLiveObjects(t *testing.T) {
	r := newTestHeapRuntime(t, Options{})
	done := r.HandleScope()
	keep := r.NewArray(nil)
	r.Set(r.Global, StrKey("keep"), ObjectValue(keep), ObjectValue(r.Global))
	done()
	var kept []*Object
	for i := 0; i < 2000; i++ {
		done := r.HandleScope()
		o := r.NewObject()
		r.Set(o, StrKey("i"), Int(i), ObjectValue(o))
		if i%10 == 0 {
			r.Set(keep, IndexKey(uint32(len(kept))), ObjectValue(o), ObjectValue(keep))
			kept = append(kept, o)
		}
		done()
	}
	st := r.Heap.GCStats()
	if st.Scavenges == 0 {
		t.Fatal("no scavenge ran")
	}
	for i, o := range kept {
		if o.gc.space == spaceNone {
			t.Fatalf("kept object %d was freed", i)
		}
		if got := r.GetStr(o, "i"); got.Num() != float64(i*10) {
			t.Fatalf("kept object %d: i = %v", i, got)
		}
	}
	if kept[0].gc.space != spaceOld {
		t.Fatalf("an early survivor should be promoted, is in %v", kept[0].gc.space)
	}
	checkHeap(t, r)
	t.Logf("%+v, young used %d, old %d", st, r.Heap.young.used(), r.Heap.old.size)
}

func TestFullGCFreesUnreachableOldObjects(t *testing.T) {
	r := newTestHeapRuntime(t, Options{})
	done := r.HandleScope()
	holder := r.NewArray(nil)
	r.Set(r.Global, StrKey("h"), ObjectValue(holder), ObjectValue(r.Global))
	done()
	var objs []*Object
	for i := 0; i < 3000; i++ {
		done := r.HandleScope()
		o := r.NewObject()
		r.Set(holder, IndexKey(uint32(i)), ObjectValue(o), ObjectValue(holder))
		objs = append(objs, o)
		done()
	}
	r.Heap.gc.collectYoung(reasonTesting)
	r.Heap.gc.collectYoung(reasonTesting)
	if objs[0].gc.space != spaceOld {
		t.Fatalf("not promoted: %v", objs[0].gc.space)
	}
	r.Set(r.Global, StrKey("h"), Undefined, ObjectValue(r.Global))
	// A marking cycle already under way keeps what it marked (floating garbage); the next one frees it.
	r.Heap.gc.collectFull(reasonTesting, false)
	r.Heap.gc.collectFull(reasonTesting, false)
	for i, o := range objs {
		if o.gc.space != spaceNone {
			t.Fatalf("object %d survived a full GC unreachable (%v)", i, o.gc.space)
		}
	}
	checkHeap(t, r)
	if r.Heap.old.size > 2*PageSize {
		t.Logf("old space after: %d bytes in %d pages", r.Heap.old.size, len(r.Heap.old.pages))
	}
}
