package render

import (
	"strconv"

	"enginescope/core/events"
)

// Loop is the event loop as the stream has shown it so far: the queues with the callbacks waiting
// in them, the timers and I/O requests still outstanding, Node's current libuv phase and the
// browser's last rendering opportunity. It is folded from the loop events only
// (core/events/kinds_loop.go), so the page shows what the engine did, not a second model of it.
type Loop struct {
	Node      bool   // a Node-only event was seen (loop.phase, tick.*, immediate.run, worker.*)
	Now       int64  // the virtual clock, ms since the run started
	Phase     string // Node: the libuv phase entered last ("" before the first iteration)
	Iteration int    // Node: the loop iteration, from 1

	Tasks  []Chip     // macrotasks waiting, in enqueue order (Chip.Queue names the queue)
	Micro  []Chip     // V8's microtask queue
	Ticks  []Chip     // Node's nextTick queue
	Timers []Chip     // timers set and not yet fired or cleared (Chip.Due)
	IO     []Chip     // I/O requests submitted and not yet complete (Chip.Worker)
	Busy   []uint32   // Node's thread pool: the request each worker runs, 0 when idle
	Async  []Chip     // async functions suspended at an await
	Run    *Chip      // the callback the loop is running now (on the stack), nil between callbacks
	Check  bool       // inside a microtask checkpoint
	Frame  int        // browser: the last rendering opportunity's frame number (0: none yet)
	Rafs   int        // browser: rAF callbacks that frame runs
	Ran    int        // callbacks the loop has run (tasks, microtasks, ticks, rAFs)
	Phases []PhaseRun // Node: every phase entered, in order, for the phase ring's trail
}

// Chip is one callback (or request) waiting somewhere; Key stays the same while it moves from
// API to queue to stack, so the drawing can animate it.
type Chip struct {
	Key    string
	Label  string
	Kind   string      // task, micro, tick, timer, io, raf, async
	Queue  string      // task: the queue (timers, check, poll, close; timer, messaging, dom, …)
	Due    int64       // timer: when it fires; io: when it completes
	Worker int         // io: the thread-pool worker, -1 while queued or for the network
	ID     uint32      // the engine's id for it (task, job, tick, timer, request, promise)
	Gen    events.Addr // async: the suspended generator object
	Line   int         // where the API that queued it was called (names anonymous callbacks)
}

// PhaseRun is one entered Node phase.
type PhaseRun struct {
	Phase     string
	Iteration int
}

// NodePhases is the ring the Node host walks every iteration (idle and prepare share a slot, as
// in libuv's diagram).
var NodePhases = []string{"timers", "pending", "idle/prepare", "poll", "check", "close"}

// RingPhase maps a loop.phase name to its slot in NodePhases.
func RingPhase(p string) string {
	if p == "idle" || p == "prepare" {
		return "idle/prepare"
	}
	return p
}

// Clone copies the loop's slices (the pointer to the running chip is shared: it is never mutated,
// only replaced).
func (l Loop) Clone() Loop {
	c := l
	c.Tasks, c.Micro, c.Ticks = clone(l.Tasks), clone(l.Micro), clone(l.Ticks)
	c.Timers, c.IO, c.Busy, c.Async = clone(l.Timers), clone(l.IO), clone(l.Busy), clone(l.Async)
	c.Phases = clone(l.Phases)
	return c
}

func key(prefix string, id uint32) string { return prefix + strconv.FormatUint(uint64(id), 10) }

// taskKey names a macrotask's chip after what queued it: Node's check queue holds immediates
// (task.enqueue's timer field is the immediate id; task.run numbers the task anew), a timer's task
// keeps the timer's chip.
func taskKey(e *events.TaskEnqueue) string {
	switch {
	case e.Queue == "check" && e.Timer != 0:
		return key("imm:", e.Timer)
	case e.Timer != 0 && e.Queue != "poll":
		return key("timer:", e.Timer)
	}
	return key("task:", e.ID)
}

// take removes the first chip with key k (or, if none, the first satisfying alt) from q.
func take(q []Chip, k string, alt func(Chip) bool) ([]Chip, *Chip) {
	for _, pass := range []bool{false, true} {
		for i, c := range q {
			if (!pass && k != "" && c.Key == k) || (pass && alt != nil && alt(c)) {
				out := append(q[:i:i], q[i+1:]...)
				return out, &c
			}
		}
	}
	return q, nil
}

// loop folds the loop events; Apply calls it for every event.
func (f Fold) loop(s *State, e events.Event) {
	l := &s.Loop
	switch e := e.(type) {
	case *events.TaskEnqueue:
		k := taskKey(e)
		// The browser queues a fetch's task when it sends the request (due when the response
		// arrives): the task keeps the request's chip, which moves from the network to the queue.
		for _, c := range l.IO {
			if c.Label == e.Label && e.Due > 0 {
				k = c.Key
			}
		}
		l.Tasks = append(l.Tasks, Chip{Key: k, Label: e.Label, Kind: "task", Queue: e.Queue, Due: e.Due, ID: e.ID, Line: e.Line})
	case *events.TaskRun:
		var c *Chip
		// Node names the immediate or timer just before the task runs (immediate.run, timer.fire).
		if l.Run != nil && l.Run.Kind == "pending" {
			k := l.Run.Key
			l.Tasks, c = take(l.Tasks, k, nil)
			if c == nil {
				c = &Chip{Key: k, Label: e.Label, Kind: "task", Queue: e.Queue, ID: e.ID, Line: l.Run.Line}
			}
		} else {
			// A finished I/O request's callback waits in its queue under the request's chip.
			l.Tasks, c = take(l.Tasks, key("task:", e.ID), func(x Chip) bool {
				return x.ID == e.ID && x.Kind == "task" || x.Kind == "io" && x.Queue == e.Queue
			})
			if c == nil {
				c = &Chip{Key: key("task:", e.ID), Label: e.Label, Kind: "task", Queue: e.Queue, ID: e.ID}
			}
		}
		c.Kind, c.Label = "task", e.Label
		l.run(c)
	case *events.ImmediateRun:
		k := key("imm:", e.Immediate)
		l.Run = &Chip{Key: k, Label: e.Label, Kind: "pending"}
	case *events.TimerSet:
		l.Timers = append(l.Timers, Chip{Key: key("timer:", e.Timer), Label: e.Label, Kind: "timer", Due: e.Due, ID: e.Timer, Line: e.Line})
	case *events.TimerClear:
		l.Timers, _ = take(l.Timers, key("timer:", e.Timer), nil)
		l.Tasks, _ = take(l.Tasks, key("timer:", e.Timer), nil)
	case *events.TimerFire:
		l.Now = max(l.Now, e.Now)
		k := key("timer:", e.Timer)
		var c *Chip
		l.Timers, c = take(l.Timers, k, nil)
		if l.Run != nil && l.Run.Key == k {
			break // the browser runs the timer's task first, then reports the fire
		}
		if c != nil {
			l.Run = &Chip{Key: k, Label: c.Label, Kind: "pending", Line: c.Line}
		}
	case *events.MicrotaskEnqueue:
		l.Micro = append(l.Micro, Chip{Key: key("job:", e.Job), Label: e.Label, Kind: "micro", Queue: e.JobKind, ID: e.Job, Line: e.Line})
	case *events.MicrotaskRun:
		var c *Chip
		if l.Micro, c = take(l.Micro, key("job:", e.Job), nil); c == nil {
			c = &Chip{Key: key("job:", e.Job), Label: e.Label, Kind: "micro", Queue: e.JobKind, ID: e.Job}
		}
		l.run(c)
	case *events.TickEnqueue:
		l.Node = true
		l.Ticks = append(l.Ticks, Chip{Key: key("tick:", e.Tick), Label: e.Label, Kind: "tick", ID: e.Tick, Line: e.Line})
	case *events.TickRun:
		l.Node = true
		var c *Chip
		if l.Ticks, c = take(l.Ticks, key("tick:", e.Tick), nil); c == nil {
			c = &Chip{Key: key("tick:", e.Tick), Label: e.Label, Kind: "tick", ID: e.Tick}
		}
		l.run(c)
	case *events.CheckpointBegin:
		l.Check = true
	case *events.CheckpointEnd:
		l.Check = false
	case *events.LoopPhase:
		l.Node = true
		l.Phase, l.Iteration = e.Phase, e.Iteration
		l.Phases = append(l.Phases, PhaseRun{Phase: e.Phase, Iteration: e.Iteration})
	case *events.IOSubmit:
		l.IO = append(l.IO, Chip{Key: key("io:", e.Req), Label: e.Op + " " + e.Target, Kind: "io", Due: e.Done, Worker: e.Worker, ID: e.Req})
	case *events.IOComplete:
		var c *Chip
		// Node runs the callback in the poll phase (task.run names no task.enqueue); the browser
		// queued its networking task at io.submit already.
		if l.IO, c = take(l.IO, key("io:", e.Req), nil); c != nil && l.Node {
			c.Queue = "poll"
			l.Tasks = append(l.Tasks, *c)
		}
	case *events.WorkerBusy:
		l.Node = true
		l.worker(e.Worker, e.Req)
		for i := range l.IO {
			if l.IO[i].ID == e.Req {
				l.IO[i].Worker = e.Worker
			}
		}
	case *events.WorkerIdle:
		l.Node = true
		l.worker(e.Worker, 0)
	case *events.AsyncSuspend:
		l.Async = append(l.Async, Chip{Key: key("async:", e.Promise), Label: e.Fn, Kind: "async", ID: e.Promise, Gen: e.Generator})
	case *events.AsyncResume:
		// Resumes name the generator, not the promise; an unnamed generator (address 0) is
		// matched by its function's name, oldest first.
		l.Async, _ = take(l.Async, "", func(x Chip) bool {
			if e.Generator != 0 {
				return x.Gen == e.Generator
			}
			return x.Label == e.Fn
		})
	case *events.RenderBegin:
		l.Frame, l.Rafs, l.Now = e.Frame, e.Rafs, max(l.Now, e.Now)
	case *events.RafRun:
		l.run(&Chip{Key: key("raf:", e.Handle), Label: e.Label, Kind: "raf", ID: e.Handle})
	case *events.ClockAdvance:
		l.Now = e.Now
	case *events.FramePop:
		if len(s.Frames) == 0 && l.Run != nil && l.Run.Kind != "pending" {
			l.Run = nil // the callback returned: the stack is empty again
		}
	case *events.ProgramEnd:
		l.Run = nil
	}
}

func (l *Loop) run(c *Chip) {
	l.Run = c
	l.Ran++
}

func (l *Loop) worker(w int, req uint32) {
	if w < 0 || w > 64 {
		return
	}
	for len(l.Busy) <= w {
		l.Busy = append(l.Busy, 0)
	}
	l.Busy[w] = req
}

// FrameName is FnName, except that a nameless frame at the bottom of the stack is a callback of
// the event loop, not the script, once the loop runs one.
func (s *State) FrameName(f *Frame) string {
	if f.Fn == "" && f.Depth == 1 && s.Loop.Run != nil {
		return "(anonymous)"
	}
	return FnName(f.Fn, f.Depth)
}
