package engine

import (
	"strings"
	"testing"

	"enginescope/core/events"
)

// capture takes the step log without building events, as `make bench` measures it.
type capture struct{}

func (capture) Emit(events.Event) {}
func (capture) DropsEvents() bool { return true }

// Recording must never change what a program does: snapshots of values run no JavaScript (a
// thrown object's toString, an error's stack formatting at the stack limit) and the step log is
// read only at hand-over points.
func TestRecordingNeverChangesTheRun(t *testing.T) {
	programs := map[string]string{
		"sample": sampleProgram,
		"thrown toString": `let calls = 0;
const o = { toString() { calls++; return "o" } };
try { throw o } catch (e) {}
function f() { throw o } try { f() } catch (e) {}
console.log(calls);`,
		"stack overflow": `function f(n) { return n === 0 ? 0 : 1 + f(n - 1) }
try { f(1e6) } catch (e) { console.log(e instanceof RangeError, e.message) }`,
		"named later": `const k = Symbol.hasInstance; class A { static [k](x) { return true } } console.log(1 instanceof A);`,
		"allocation": `let keep = []; for (let i = 0; i < 3000; i++) { keep.push({ i, s: "x" + i }); if (keep.length > 100) keep = [] }
console.log(keep.length);`,
	}
	for name, src := range programs {
		off := Run([]byte(src), Options{})
		for _, rec := range []events.Recorder{events.NewMemory(), capture{}} {
			on := Run([]byte(src), Options{Recorder: rec})
			if off.Stdout != on.Stdout || off.Stderr != on.Stderr || off.Steps != on.Steps || off.GC != on.GC {
				t.Errorf("%s (%T): off %q %q %d steps %+v\non %q %q %d steps %+v", name, rec,
					off.Stdout, off.Stderr, off.Steps, off.GC, on.Stdout, on.Stderr, on.Steps, on.GC)
			}
		}
	}
}

// The stream must not depend on where the step log hands its batches over: a long run (many
// batches, collections in between) gives the same events as its own replay.
func TestStepLogBatchesDoNotShowInTheStream(t *testing.T) {
	src := `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
const objs = []; for (let i = 0; i < 2000; i++) objs.push({ i, f: () => i });
console.log(fib(12), objs.length, objs[5].f());`
	a := recordJSONL(t, src, "node")
	b := recordJSONL(t, src, "node")
	if string(a) != string(b) {
		t.Fatal("two recordings differ")
	}
	mem := events.NewMemory()
	Run([]byte(src), Options{Host: "node", Filename: "/t.js", Recorder: mem})
	var execs, pushes, pops int
	for i := 0; i < mem.Len(); i++ {
		e := mem.At(i)
		if e.Head().Seq != uint64(i) {
			t.Fatalf("event %d has seq %d", i, e.Head().Seq)
		}
		switch e.Kind() {
		case events.KindBytecodeExec:
			execs++
		case events.KindFramePush:
			pushes++
		case events.KindFramePop:
			pops++
		}
	}
	if execs < 20000 || pushes != pops {
		t.Fatalf("%d bytecode.exec (want a long run), %d pushes, %d pops", execs, pushes, pops)
	}
}

// One function has one id in every event that names it.
func TestParseCompileAndFrameEventsAgreeOnFunctionIDs(t *testing.T) {
	mem := events.NewMemory()
	Run([]byte("function outer(a) { return function inner() { return a } }\nouter(1)();\n"), Options{Host: "node", Recorder: mem})
	preparsed, compiled, pushed := map[string]uint32{}, map[string]uint32{}, map[string]uint32{}
	var order []string // parse.preparse and compile.lazy, in stream order
	for i := 0; i < mem.Len(); i++ {
		switch e := mem.At(i).(type) {
		case *events.ParsePreparse:
			preparsed[e.Fn] = e.SFI
			order = append(order, "preparse "+e.Fn)
		case *events.CompileLazy:
			compiled[e.Fn] = e.SFI
			order = append(order, "compile "+e.Fn)
		case *events.FramePush:
			pushed[e.Fn] = e.SFI
		}
	}
	if preparsed["outer"] == 0 || preparsed["outer"] != compiled["outer"] || compiled["outer"] != pushed["outer"] {
		t.Errorf("outer: parse.preparse %d, compile.lazy %d, frame.push %d", preparsed["outer"], compiled["outer"], pushed["outer"])
	}
	// the script's parse preparses only outer; inner is preparsed by outer's lazy compile (its
	// full parse), before outer's compile.lazy, and compiled on its own first call
	if preparsed["inner"] == 0 || preparsed["inner"] != compiled["inner"] || compiled["inner"] != pushed["inner"] || compiled["inner"] == compiled["outer"] {
		t.Errorf("inner: parse.preparse %d, compile.lazy %d, frame.push %d", preparsed["inner"], compiled["inner"], pushed["inner"])
	}
	if got, want := strings.Join(order, ", "), "preparse outer, preparse inner, compile outer, compile inner"; got != want {
		t.Errorf("parse and compile events: %s, want %s", got, want)
	}
}

// Objects are labelled in the stream as DevTools would: by the class that made them.
func TestObjectsAreLabelledByTheirClass(t *testing.T) {
	mem := events.NewMemory()
	Run([]byte("class Dog {}\nconst d = new Dog();\nconst m = new Map();\nconst n = Object.create(null);\nconst w = this;\n"), Options{Host: "browser", Recorder: mem})
	seen := map[string]bool{}
	for i := 0; i < mem.Len(); i++ {
		if e, ok := mem.At(i).(*events.BytecodeExec); ok && e.Acc.T == events.TObject {
			seen[e.Acc.V] = true
		}
	}
	for _, want := range []string{"Dog", "Map", "[Object: null prototype]", "Window"} {
		if !seen[want] {
			t.Errorf("no accumulator labelled %q (saw %v)", want, seen)
		}
	}
}
