package render_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// loopPrograms are recorded with the live engine: the notes' ordering examples on both hosts.
var loopPrograms = []struct {
	name, host, src string
}{
	{"promise1-settimeout1", "browser", `Promise.resolve().then(()=>{
  console.log('Promise1')
  setTimeout(()=>{ console.log('setTimeout2') },0)
});
setTimeout(()=>{
  console.log('setTimeout1')
  Promise.resolve().then(()=>{ console.log('Promise2') })
},0);
console.log('start');
`},
	{"timer1-timer2", "node", `setTimeout(()=>{
    console.log('timer1')
    Promise.resolve().then(function() { console.log('promise1') })
}, 0)
setTimeout(()=>{
    console.log('timer2')
    Promise.resolve().then(function() { console.log('promise2') })
}, 0)
`},
	{"nexttick-immediate", "node", `process.nextTick(function () { console.log('nextTick1'); });
process.nextTick(function () { console.log('nextTick2'); });
setImmediate(function () {
  console.log('setImmediate1');
  process.nextTick(function () { console.log('insert'); });
});
setImmediate(function () { console.log('setImmediate2'); });
console.log('sync');
`},
	{"readfile", "node", `const fs = require('fs');
fs.readFile(__filename, function fileHandler(err, data) { console.log('read', data.length); });
console.log('readFile returned');
`},
	{"await", "browser", `async function getResult() { let a = await 100; console.log(a); }
getResult();
console.log(3);
`},
	{"fetch", "browser", `fetch('https://example.com/data.json').then(function got(r) { console.log('status', r.status); });
setTimeout(function t1() { console.log('t1'); }, 20);
console.log('sync');
`},
	{"raf", "browser", `requestAnimationFrame(function frame(t) {
  console.log('raf');
  Promise.resolve().then(function after() { console.log('micro'); });
});
`},
}

func recordLoop(t *testing.T, host, src string) *events.Memory {
	t.Helper()
	m := events.NewMemory()
	res := engine.Run([]byte(src), engine.Options{Host: host, Recorder: m, Filename: "/script.js"})
	if res.Reason != "completed" {
		t.Fatalf("engine: %s %s", res.Reason, res.Stderr)
	}
	return m
}

// checkSeeks is the timeline property test (TestSeekEqualsForward) on a recorded stream: any mix
// of seeks and steps by every unit lands on the state folded from the start.
func checkSeeks(t *testing.T, m *events.Memory, src []byte, seed uint64) {
	t.Helper()
	n := m.Len()
	want := make([]*render.State, n+1)
	s := render.NewState()
	want[0] = s.Clone()
	for i := range n {
		render.Fold{Src: src}.Apply(s, m.At(i))
		want[i+1] = s.Clone()
	}
	for _, every := range []int{1, 13, render.DefaultSnapshotEvery} {
		tl := render.NewTimelineEvery(m, src, every)
		r := rand.New(rand.NewPCG(seed, uint64(every)))
		for range 200 {
			switch r.IntN(4) {
			case 0:
				tl.Forward(events.Unit(r.IntN(4)))
			case 1:
				tl.Back(events.Unit(r.IntN(4)))
			default:
				tl.Seek(r.IntN(n + 1))
			}
			if k := tl.Pos(); !reflect.DeepEqual(tl.State(), want[k]) {
				t.Fatalf("every %d: state at %d differs from the forward fold", every, k)
			}
		}
	}
}

func TestLoopSeekEqualsForward(t *testing.T) {
	for i, p := range loopPrograms {
		t.Run(p.name, func(t *testing.T) {
			checkSeeks(t, recordLoop(t, p.host, p.src), []byte(p.src), uint64(i))
		})
	}
}

// at is the loop state just after the first event of a kind whose label or text matches.
func at(t *testing.T, m *events.Memory, match func(events.Event) bool) *render.State {
	t.Helper()
	tl := render.NewTimeline(m, nil)
	for i := range m.Len() {
		if match(m.At(i)) {
			return tl.Seek(i + 1)
		}
	}
	t.Fatal("no such event")
	return nil
}

func printed(text string) func(events.Event) bool {
	return func(e events.Event) bool { c, ok := e.(*events.Console); return ok && c.Text == text }
}

func labels(cs []render.Chip) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind+":"+c.Label)
	}
	return out
}

func TestLoopQueues(t *testing.T) {
	t.Run("browser", func(t *testing.T) {
		m := recordLoop(t, "browser", loopPrograms[0].src)
		// After 'start' the script is done: one reaction job waits, the timer task is runnable.
		l := at(t, m, printed("start")).Loop
		if len(l.Micro) != 1 || len(l.Timers) != 1 || len(l.Tasks) != 1 || l.Tasks[0].Queue != "timer" || l.Node {
			t.Fatalf("after start: micro %v timers %v tasks %v node %v", labels(l.Micro), labels(l.Timers), labels(l.Tasks), l.Node)
		}
		// Promise1 runs as a microtask and queues setTimeout2 behind setTimeout1.
		l = at(t, m, printed("Promise1")).Loop
		if l.Run == nil || l.Run.Kind != "micro" || len(l.Micro) != 0 || len(l.Tasks) != 1 || !l.Check {
			t.Fatalf("in Promise1: run %+v micro %v tasks %v", l.Run, labels(l.Micro), labels(l.Tasks))
		}
		l = at(t, m, func(e events.Event) bool { s, ok := e.(*events.TimerSet); return ok && s.Timer == 2 }).Loop
		if l.Run == nil || l.Run.Kind != "micro" || len(l.Tasks) != 2 || len(l.Timers) != 2 {
			t.Fatalf("setTimeout2 set: run %+v tasks %v timers %v", l.Run, labels(l.Tasks), labels(l.Timers))
		}
		// setTimeout1's chip is the one that moved from the queue to the stack.
		l2 := at(t, m, printed("setTimeout1")).Loop
		if l2.Run == nil || l2.Run.Key != l.Tasks[0].Key || len(l2.Tasks) != 2 || l2.Tasks[0].Key != l.Tasks[1].Key {
			t.Fatalf("in setTimeout1: run %+v tasks %v (queued before: %v)", l2.Run, labels(l2.Tasks), labels(l.Tasks))
		}
		end := render.NewTimeline(m, nil).Seek(m.Len()).Loop
		if end.Run != nil || len(end.Tasks)+len(end.Micro)+len(end.Timers) != 0 || end.Ran != 5 {
			t.Fatalf("at the end: run %+v, %d left, %d ran", end.Run, len(end.Tasks)+len(end.Micro)+len(end.Timers), end.Ran)
		}
	})
	t.Run("node-timers", func(t *testing.T) {
		m := recordLoop(t, "node", loopPrograms[1].src)
		l := at(t, m, func(e events.Event) bool { p, ok := e.(*events.LoopPhase); return ok && p.Phase == "timers" }).Loop
		if !l.Node || l.Phase != "timers" || l.Iteration != 1 || len(l.Timers) != 2 || l.Timers[0].Due != 1 {
			t.Fatalf("entering timers: %+v", l)
		}
		l = at(t, m, printed("timer1")).Loop
		if l.Run == nil || l.Run.Key != "timer:1" || len(l.Timers) != 1 || l.Phase != "timers" || l.Iteration != 2 {
			t.Fatalf("in timer1: run %+v timers %v phase %s/%d", l.Run, labels(l.Timers), l.Phase, l.Iteration)
		}
		// Node >= 11 drains the microtasks after each timer: promise1 before timer2.
		l = at(t, m, printed("promise1")).Loop
		if l.Run == nil || l.Run.Kind != "micro" || len(l.Timers) != 1 {
			t.Fatalf("in promise1: run %+v timers %v", l.Run, labels(l.Timers))
		}
	})
	t.Run("node-ticks-immediates", func(t *testing.T) {
		m := recordLoop(t, "node", loopPrograms[2].src)
		l := at(t, m, printed("sync")).Loop
		if got := labels(l.Ticks); len(got) != 2 || len(l.Tasks) != 2 || l.Tasks[0].Queue != "check" {
			t.Fatalf("after sync: ticks %v tasks %+v", got, l.Tasks)
		}
		l = at(t, m, printed("setImmediate1")).Loop
		if l.Run == nil || l.Run.Key != "imm:1" || l.Phase != "check" || len(l.Tasks) != 1 {
			t.Fatalf("in setImmediate1: run %+v phase %s tasks %v", l.Run, l.Phase, labels(l.Tasks))
		}
		// 强势插入: the tick queued by the first immediate runs before the second immediate.
		l = at(t, m, printed("insert")).Loop
		if l.Run == nil || l.Run.Kind != "tick" || len(l.Tasks) != 1 {
			t.Fatalf("in the inserted tick: run %+v tasks %v", l.Run, labels(l.Tasks))
		}
	})
	t.Run("node-thread-pool", func(t *testing.T) {
		m := recordLoop(t, "node", loopPrograms[3].src)
		l := at(t, m, printed("readFile returned")).Loop
		if len(l.IO) != 1 || l.IO[0].Worker != 0 || len(l.Busy) == 0 || l.Busy[0] != l.IO[0].ID {
			t.Fatalf("after readFile: io %+v busy %v", l.IO, l.Busy)
		}
		l = at(t, m, func(e events.Event) bool { _, ok := e.(*events.WorkerIdle); return ok }).Loop
		if len(l.IO) != 0 || len(l.Tasks) != 1 || l.Tasks[0].Queue != "poll" || l.Busy[0] != 0 {
			t.Fatalf("after the first completion: io %v tasks %+v busy %v", labels(l.IO), l.Tasks, l.Busy)
		}
	})
	t.Run("await", func(t *testing.T) {
		m := recordLoop(t, "browser", loopPrograms[4].src)
		l := at(t, m, printed("3")).Loop
		if len(l.Async) != 1 || l.Async[0].Label != "getResult" || len(l.Micro) != 1 {
			t.Fatalf("after 3: async %v micro %v", labels(l.Async), labels(l.Micro))
		}
		l = at(t, m, printed("100")).Loop
		if len(l.Async) != 0 || l.Run == nil || l.Run.Kind != "micro" {
			t.Fatalf("in the continuation: async %v run %+v", labels(l.Async), l.Run)
		}
	})
}

// A fetch is a request on the network until its response is due, then a networking task: one
// chip all the way, and nothing is left behind once its callback ran.
func TestLoopFetch(t *testing.T) {
	m := recordLoop(t, "browser", loopPrograms[5].src)
	l := at(t, m, printed("sync")).Loop
	if len(l.IO) != 1 || len(l.Tasks) != 2 || l.Tasks[0].Key != l.IO[0].Key || l.Tasks[0].Due <= l.Now {
		t.Fatalf("after sync: io %+v tasks %+v now %d", l.IO, l.Tasks, l.Now)
	}
	l = at(t, m, printed("status 200")).Loop
	if len(l.IO) != 0 || len(l.Tasks) != 0 || len(l.Micro) != 0 {
		t.Fatalf("in the fetch's reaction: io %v tasks %v micro %v", labels(l.IO), labels(l.Tasks), labels(l.Micro))
	}
}

// A rendering opportunity runs the rAF callbacks, each followed by a checkpoint.
func TestLoopRendering(t *testing.T) {
	m := recordLoop(t, "browser", loopPrograms[6].src)
	l := at(t, m, printed("raf")).Loop
	if l.Frame == 0 || l.Rafs != 1 || l.Run == nil || l.Run.Kind != "raf" || l.Run.Label != "frame" {
		t.Fatalf("in the rAF callback: frame %d, rafs %d, run %+v", l.Frame, l.Rafs, l.Run)
	}
	l = at(t, m, printed("micro")).Loop
	if l.Run == nil || l.Run.Kind != "micro" || !l.Check {
		t.Fatalf("after the rAF callback: run %+v, checkpoint %v", l.Run, l.Check)
	}
}

// Stepping by task visits every callback the loop ran, in order, and back again.
func TestStepByTask(t *testing.T) {
	m := recordLoop(t, "node", loopPrograms[2].src)
	tl := render.NewTimeline(m, nil)
	var ran []string
	for tl.Pos() < m.Len() {
		tl.Forward(events.ByTask)
		if r := tl.State().Loop.Run; r != nil && tl.Pos() < m.Len() {
			ran = append(ran, r.Kind)
		}
	}
	want := []string{"tick", "tick", "task", "tick", "task"}
	if !reflect.DeepEqual(ran, want) {
		t.Fatalf("stepping by task ran %v, want %v", ran, want)
	}
	if marks := tl.RunMarks(); len(marks) != len(want) {
		t.Fatalf("RunMarks = %v", marks)
	}
}
