package vm

import (
	"regexp"
	"strings"
	"testing"

	bc "enginescope/core/bytecode"
	"enginescope/core/compiler"
	"enginescope/core/events"
	"enginescope/core/parser"
)

// runHeapJS runs src as a Node main module with the host installed (so the snapshot closes and
// collections happen) and returns stdout, stderr and the runtime.
func runHeapJS(t testing.TB, src string, opts Options) (string, string, *Runtime, Outcome) {
	t.Helper()
	opts.Host, opts.Filename = "node", "/test.js"
	r := NewRuntime(opts)
	var out, errs strings.Builder
	emit := func(level, text string) {
		if ConsoleLevelIsStderr(level) {
			errs.WriteString(text)
		} else {
			out.WriteString(text)
		}
	}
	r.Console = func(level, text string) { emit(level, text+"\n") }
	r.RawOutput = emit
	r.InstallHost()
	prog, err := parser.ParseScript([]byte(src), parser.Options{CommonJS: true})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	sfi, err := compiler.CompileScript(prog, &bc.Script{Source: src, Name: "/test.js"})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	res := r.Protect(func() Value {
		exports, require, module := r.NewCommonJSModule("/test.js")
		fn := r.NewTopLevelFunction(sfi)
		return r.CallObject(fn, ObjectValue(exports), []Value{ObjectValue(exports), ObjectValue(require), ObjectValue(module), Str("/test.js"), Str("/")})
	})
	if res.Internal != nil {
		t.Fatalf("internal: %v", res.Internal)
	}
	return out.String(), errs.String(), r, res
}

var traceLineRE = regexp.MustCompile(`^\[4242:0x2c036000\] +\d+ ms: (Scavenge|Mark-Compact|Incremental Mark-Compact|Mark-Compact \(reduce\)|Reference-Counting) ` +
	`\d+\.\d \(\d+\.\d\) -> \d+\.\d \(\d+\.\d\) MB, pooled: \d+\.\d MB, \d+\.\d\d / 0\.00 ms ` +
	`(\(\+ \d+\.\d ms in \d+ steps since start of marking, biggest step \d+\.\d ms, walltime since start of marking \d+ ms\) )?` +
	`\(average mu = \d\.\d\d\d, current mu = \d\.\d\d\d\) [a-z ]+; (GC in old space requested|.*)$`)

func TestTraceGCLines(t *testing.T) {
	src := `let keep = [];
for (let i = 0; i < 30000; i++) { const o = {a: i, b: 'x' + i}; keep.push(o); if (keep.length > 4000) keep = []; }
console.log(keep.length);`
	out, _, r, _ := runHeapJS(t, src, Options{TraceGC: true, VerifyHeap: true})
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if last := lines[len(lines)-1]; last != "1993" {
		t.Fatalf("program output %q", last)
	}
	kinds := map[string]int{}
	for _, l := range lines[:len(lines)-1] {
		m := traceLineRE.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a trace line: %q", l)
		}
		kinds[m[1]]++
	}
	if kinds["Scavenge"] == 0 || kinds["Incremental Mark-Compact"] == 0 {
		t.Fatalf("collectors seen: %v", kinds)
	}
	checkHeap(t, r)
	t.Logf("%v; first: %s", kinds, lines[0])
}

func TestOutOfMemoryReportsAsNode(t *testing.T) {
	src := `const a = []; while (true) a.push({x: a.length, y: 'str' + a.length});`
	_, errs, _, res := runHeapJS(t, src, Options{MaxOldSpaceSize: 20})
	if res.OOM == nil {
		t.Fatalf("no OOM: %+v", res)
	}
	want := regexp.MustCompile(`^\n<--- Last few GCs --->\n\n(\[4242:0x2c036000\].*\n){2}\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n\n( ?\d+: 0x[0-9a-f]+ .*\[node\]\n){11}$`)
	if !want.MatchString(errs) {
		t.Fatalf("stderr:\n%s", errs)
	}
}

func TestReferenceCountingLeaksCycles(t *testing.T) {
	cyclic := `function f(){ var o1 = {}; var o2 = {}; o1.p = o2; o2.p = o1; }
for (let i = 0; i < 3000; i++) f();`
	acyclic := `function f(){ var o1 = {}; var o2 = {}; o1.p = o2; }
for (let i = 0; i < 3000; i++) f();`
	for _, c := range []struct {
		src  string
		leak bool
	}{{cyclic, true}, {acyclic, false}} {
		out, _, r, _ := runHeapJS(t, c.src, Options{GC: GCRefcount, TraceGC: true})
		r.Heap.gc.refcountCollect(reasonTesting)
		out += r.Heap.gc.stats.ring[len(r.Heap.gc.stats.ring)-1]
		st := r.Heap.GCStats()
		if st.RefcountCollections == 0 {
			t.Fatalf("no collection ran:\n%s", out)
		}
		leaked := strings.Contains(out, "kept alive only by cycles (leaked)")
		if leaked != c.leak {
			t.Fatalf("leak reported %v, want %v:\n%s", leaked, c.leak, out)
		}
		old := r.Heap.oldGenerationSize()
		if c.leak && old < 3000*2*objectSizeOfEmpty {
			t.Fatalf("cycles should stay: old generation %d bytes", old)
		}
		if !c.leak && old > 1000*objectSizeOfEmpty {
			t.Fatalf("acyclic garbage should be freed: old generation %d bytes", old)
		}
	}
	// The generational collectors free cycles.
	_, _, r, _ := runHeapJS(t, cyclic, Options{})
	r.Heap.gc.collectFull(reasonTesting, false)
	if old := r.Heap.oldGenerationSize(); old > 1000*objectSizeOfEmpty {
		t.Fatalf("the scavenger kept cycles: %d bytes", old)
	}
}

const objectSizeOfEmpty = jsObjectHeaderSize + defaultInObject*TaggedSize

// TestWriteBarrierExample is the notes' window.a.b example: while marking is under way and
// window.a is already black, `window.a.b = Object()` stores a white object into it; the
// Dijkstra barrier shades it grey and it survives.
func TestWriteBarrierExample(t *testing.T) {
	r := newTestHeapRuntime(t, Options{})
	rec := &eventLog{}
	r.SetRecorder(rec)
	done := r.HandleScope()
	a := r.NewObject()
	r.Set(r.Global, StrKey("a"), ObjectValue(a), ObjectValue(r.Global))
	b := r.NewObject()
	r.Set(a, StrKey("b"), ObjectValue(b), ObjectValue(a))
	c := r.NewObject()
	r.Set(b, StrKey("c"), ObjectValue(c), ObjectValue(b))
	done()
	g := &r.Heap.gc
	g.startMarking()
	g.markStep(1 << 20) // everything reachable is black now
	if !g.marking {
		// a step that empties the worklist finishes the cycle; start another one and drain it
		g.startMarking()
		g.inGC = true
		g.drainBudget(-1)
		g.inGC = false
	}
	if a.gc.flags&flagBlack == 0 {
		t.Fatal("window.a should be black")
	}
	done = r.HandleScope()
	d := r.NewObject()
	if d.gc.mark == g.markEpoch {
		t.Fatal("a new young object starts white")
	}
	r.Set(a, StrKey("b"), ObjectValue(d), ObjectValue(a))
	done()
	if d.gc.mark != g.markEpoch {
		t.Fatal("the barrier did not shade d")
	}
	r.FlushEvents()
	if rec.count(events.KindGCBarrierMarking) == 0 {
		t.Fatal("no gc.barrier.marking event")
	}
	g.finishMarking(reasonTesting, true)
	if d.gc.space == spaceNone {
		t.Fatal("d was freed")
	}
	checkHeap(t, r)
}

type eventLog struct{ kinds []string }

func (l *eventLog) Emit(e events.Event) { l.kinds = append(l.kinds, e.Kind()) }
func (l *eventLog) count(kind string) int {
	n := 0
	for _, k := range l.kinds {
		if k == kind {
			n++
		}
	}
	return n
}
