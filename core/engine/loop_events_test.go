package engine

import (
	"strings"
	"testing"

	"enginescope/core/events"
)

// Programs that touch every part of an event loop; the tests check that each loop event kind
// appears and that the kinds come in the order the loop model (engine-model §8) gives.

const nodeLoopProgram = `const fs = require('fs');
async function reader() {
  const text = await fs.promises.readFile(__filename, 'utf8');
  console.log('awaited', text.length > 0);
}
reader();
const t = setTimeout(function timer() { console.log('timer'); }, 5);
clearTimeout(setTimeout(function cleared() {}, 1));
setImmediate(function immediate() { console.log('immediate'); });
process.nextTick(function tick() { console.log('tick'); });
Promise.resolve().then(function reaction() { console.log('reaction'); });
fs.stat(__filename, function statDone() { console.log('stat'); });
fetch('https://api.example.com/x').then(function fetched(r) { console.log('fetched', r.status); });
`

const browserLoopProgram = `requestAnimationFrame(function raf1() {
  Promise.resolve().then(function afterRaf1() { console.log('microtask after raf1'); });
});
requestAnimationFrame(function raf2() { console.log('raf2'); });
setTimeout(function timer() { console.log('timer'); }, 0);
const ch = new MessageChannel();
ch.port1.onmessage = function onmessage() { console.log('message'); };
ch.port2.postMessage(1);
fetch('data:text/plain,hi').then(function fetched(r) { return r.text(); }).then(function body(t) { console.log(t); });
(async function waiter() { await null; console.log('resumed'); })();
`

func loopEvents(t *testing.T, src, host string) []events.Event {
	t.Helper()
	rec := events.NewMemory()
	res := Run([]byte(src), Options{Host: host, Filename: "/app/main.js", Recorder: rec})
	if res.ExitCode != 0 {
		t.Fatalf("exit %d: %s", res.ExitCode, res.Stderr)
	}
	rec.Flush()
	return rec.Events()
}

// firstIndex is the index of the first event of kind k that match accepts, or -1.
func firstIndex(evs []events.Event, k string, match func(events.Event) bool) int {
	for i, e := range evs {
		if e.Kind() == k && (match == nil || match(e)) {
			return i
		}
	}
	return -1
}

func requireKinds(t *testing.T, evs []events.Event, kinds ...string) {
	t.Helper()
	seen := map[string]bool{}
	for _, e := range evs {
		seen[e.Kind()] = true
	}
	var missing []string
	for _, k := range kinds {
		if !seen[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("event kinds missing from the stream: %s", strings.Join(missing, ", "))
	}
}

// requireOrder checks that each named first occurrence comes before the next one.
func requireOrder(t *testing.T, evs []events.Event, steps ...struct {
	name  string
	kind  string
	match func(events.Event) bool
}) {
	t.Helper()
	prev, prevName := -1, ""
	for _, s := range steps {
		i := firstIndex(evs, s.kind, s.match)
		if i < 0 {
			t.Errorf("%s (%s) does not occur", s.name, s.kind)
			return
		}
		if i < prev {
			t.Errorf("%s (%s, event %d) comes before %s (event %d)", s.name, s.kind, i, prevName, prev)
		}
		prev, prevName = i, s.name
	}
}

type step = struct {
	name  string
	kind  string
	match func(events.Event) bool
}

func phase(name string) func(events.Event) bool {
	return func(e events.Event) bool { return e.(*events.LoopPhase).Phase == name }
}

func taskRun(queue string) func(events.Event) bool {
	return func(e events.Event) bool { return e.(*events.TaskRun).Queue == queue }
}

func TestNodeLoopEventKinds(t *testing.T) {
	evs := loopEvents(t, nodeLoopProgram, "node")
	requireKinds(t, evs, events.KindTaskEnqueue, events.KindTaskRun, events.KindMicrotaskEnqueue,
		events.KindMicrotaskRun, events.KindTickEnqueue, events.KindTickRun, events.KindCheckpointBegin,
		events.KindCheckpointEnd, events.KindLoopPhase, events.KindTimerSet, events.KindTimerClear,
		events.KindTimerFire, events.KindImmediateRun, events.KindIOSubmit, events.KindIOComplete,
		events.KindWorkerBusy, events.KindWorkerIdle, events.KindAsyncSuspend, events.KindAsyncResume,
		events.KindPromiseSettle, events.KindClockAdvance)
	requireOrder(t, evs,
		step{"the await in the main script", events.KindAsyncSuspend, nil},
		step{"setTimeout", events.KindTimerSet, nil},
		step{"clearTimeout", events.KindTimerClear, nil},
		step{"nextTick", events.KindTickEnqueue, nil},
		step{"the reaction", events.KindMicrotaskEnqueue, func(e events.Event) bool { return e.(*events.MicrotaskEnqueue).Label == "reaction" }},
		step{"the drain after the script", events.KindCheckpointBegin, nil},
		step{"the tick first", events.KindTickRun, nil},
		step{"then the reaction", events.KindMicrotaskRun, func(e events.Event) bool { return e.(*events.MicrotaskRun).Label == "reaction" }},
		step{"the drain ends", events.KindCheckpointEnd, nil},
		step{"iteration 1: timers", events.KindLoopPhase, phase("timers")},
		step{"pending", events.KindLoopPhase, phase("pending")},
		step{"idle", events.KindLoopPhase, phase("idle")},
		step{"prepare", events.KindLoopPhase, phase("prepare")},
		step{"poll", events.KindLoopPhase, phase("poll")},
		step{"check", events.KindLoopPhase, phase("check")},
		step{"the immediate", events.KindImmediateRun, nil},
		step{"close", events.KindLoopPhase, phase("close")},
		step{"the 5 ms timer", events.KindTimerFire, nil},
	)
	// a thread-pool request: submitted to a busy worker, completed, the worker idle, its callback in poll
	si := firstIndex(evs, events.KindIOSubmit, func(e events.Event) bool { return e.(*events.IOSubmit).Op == "stat" })
	if si < 0 {
		t.Fatal("no io.submit for fs.stat")
	}
	stat := evs[si].(*events.IOSubmit)
	if stat.Worker < 0 || stat.Worker > 3 || stat.Done <= 0 {
		t.Errorf("fs.stat went to worker %d, done at %d; want a worker 0-3 and a later time", stat.Worker, stat.Done)
	}
	requireOrder(t, evs,
		step{"stat submitted", events.KindIOSubmit, func(e events.Event) bool { return e.(*events.IOSubmit).Req == stat.Req }},
		step{"the worker busy", events.KindWorkerBusy, func(e events.Event) bool { return e.(*events.WorkerBusy).Req == stat.Req }},
		step{"stat completes", events.KindIOComplete, func(e events.Event) bool { return e.(*events.IOComplete).Req == stat.Req }},
		step{"its callback in poll", events.KindTaskRun, func(e events.Event) bool { return e.(*events.TaskRun).Label == "stat "+stat.Target }},
	)
	for i := firstIndex(evs, events.KindIOComplete, func(e events.Event) bool { return e.(*events.IOComplete).Req == stat.Req }); i+1 < len(evs); i++ {
		if w, ok := evs[i+1].(*events.WorkerIdle); ok && w.Worker == stat.Worker {
			break
		} else if i+1 == len(evs)-1 || evs[i+1].Kind() != events.KindWorkerIdle {
			t.Errorf("io.complete of fs.stat is not followed by worker.idle of worker %d", stat.Worker)
			break
		}
	}
	// the awaited readFile resumes the async function after its requests completed
	requireOrder(t, evs,
		step{"readFile submitted", events.KindIOSubmit, func(e events.Event) bool { return e.(*events.IOSubmit).Target == "/app/main.js" }},
		step{"the async function resumes", events.KindAsyncResume, func(e events.Event) bool { return e.(*events.AsyncResume).Fn == "reader" }},
	)
	// the network needs no worker and completes into poll after the latency
	sub := firstIndex(evs, events.KindIOSubmit, func(e events.Event) bool { return e.(*events.IOSubmit).Op == "fetch" })
	done := firstIndex(evs, events.KindIOComplete, func(e events.Event) bool { return e.(*events.IOComplete).Op == "fetch" })
	if sub < 0 || done < sub {
		t.Fatalf("fetch: io.submit at %d, io.complete at %d", sub, done)
	}
	if s := evs[sub].(*events.IOSubmit); s.Worker != -1 || s.Done != networkLatencyMS {
		t.Errorf("fetch io.submit: worker %d, done %d; want -1 and %d", s.Worker, s.Done, networkLatencyMS)
	}
}

// networkLatencyMS is docs/network.md's latency.
const networkLatencyMS = 50

func TestBrowserLoopEventKinds(t *testing.T) {
	evs := loopEvents(t, browserLoopProgram, "browser")
	requireKinds(t, evs, events.KindTaskEnqueue, events.KindTaskRun, events.KindMicrotaskEnqueue,
		events.KindMicrotaskRun, events.KindCheckpointBegin, events.KindCheckpointEnd, events.KindTimerSet,
		events.KindTimerFire, events.KindIOSubmit, events.KindIOComplete, events.KindAsyncSuspend,
		events.KindAsyncResume, events.KindRenderBegin, events.KindRafRun)
	for _, e := range evs {
		switch e.Kind() {
		case events.KindLoopPhase, events.KindImmediateRun, events.KindTickEnqueue, events.KindWorkerBusy:
			t.Errorf("a browser run emitted Node's %s", e.Kind())
		}
	}
	requireOrder(t, evs,
		step{"the await in the main script", events.KindAsyncSuspend, nil},
		step{"the checkpoint after the script", events.KindCheckpointBegin, nil},
		step{"the async function resumes in it", events.KindAsyncResume, nil},
		step{"the timer task", events.KindTaskRun, taskRun("timer")},
		step{"the message task", events.KindTaskRun, taskRun("messaging")},
		step{"the frame", events.KindRenderBegin, nil},
		step{"raf1", events.KindRafRun, func(e events.Event) bool { return e.(*events.RafRun).Label == "raf1" }},
		step{"raf1's microtask, before raf2", events.KindMicrotaskRun, func(e events.Event) bool { return e.(*events.MicrotaskRun).Label == "afterRaf1" }},
		step{"raf2", events.KindRafRun, func(e events.Event) bool { return e.(*events.RafRun).Label == "raf2" }},
	)
	// the first frame starts 16.7 ms into the run; the fetch answers on the networking source later
	if i := firstIndex(evs, events.KindRenderBegin, nil); i >= 0 {
		if rb := evs[i].(*events.RenderBegin); rb.Frame != 1 || rb.Now < 16 || rb.Now > 17 || rb.Rafs != 2 {
			t.Errorf("first render.begin: frame %d at %d ms with %d rAFs; want frame 1 at 16 ms with 2", rb.Frame, rb.Now, rb.Rafs)
		}
	}
	requireOrder(t, evs,
		step{"fetch submitted", events.KindIOSubmit, func(e events.Event) bool { return e.(*events.IOSubmit).Op == "fetch" }},
		step{"the frame", events.KindRenderBegin, nil},
		step{"fetch completes", events.KindIOComplete, func(e events.Event) bool { return e.(*events.IOComplete).Op == "fetch" }},
		step{"the response task", events.KindTaskRun, taskRun("networking")},
	)
}
