package vm

import (
	"math"

	"enginescope/core/events"
)

// Node's event loop: libuv's uv_run (timers → pending → idle, prepare → poll → check → close,
// repeated while something keeps the loop alive), Node's timer lists and immediate queue, and
// after every callback the nextTick queue then the microtask queue (Node ≥ 11, PR #22842).
//
// LegacyEventLoop "node10" gives Node ≤ 10's ordering: microtasks and nextTicks drain only after
// a whole batch (all expired timers of one duration list, all immediates of a check phase), so
// the notes' example prints timer1 timer2 promise1 promise2.
//
// LoopStartDelay is the virtual time between the end of the main script and the loop's first
// clock reading. In real Node that gap decides the main-module setTimeout(0) vs setImmediate race
// (a 0 ms timer is due after 1 ms): 0 (the default) lets the immediate win, as it did in 18 of 20
// runs of Node 26.10 on the reference machine; 1 or more lets the timer win.

type nodeLoop struct {
	iteration  int
	phase      string
	immediates []*hostTimer
	exitCode   int
	exiting    bool
	started    bool
	process    *Object
	cwd        string
	events     eventsState

	traceHintShown            bool
	negativeWarned, nanWarned bool

	bufferProto, bufferCtor, fsModule, statsProto *Object
	// inUncaughtHandler guards against an 'uncaughtException' listener throwing (exit code 7).
	inUncaughtHandler bool
	loader            moduleLoader
}

// Node's own frames beneath a callback, as err.stack shows them (Node 26.10's line numbers).
var (
	nodeFramesTimer             = []string{"at listOnTimeout (node:internal/timers:685:17)", "at process.processTimers (node:internal/timers:618:7)"}
	nodeFramesImmediate         = []string{"at process.processImmediate (node:internal/timers:574:21)"}
	nodeFramesIO                = []string{"at FSReqCallback.oncomplete (node:fs:197:5)"}
	nodeFramesBetweenTimers     = []string{"at runNextTicks (node:internal/process/task_queues:69:3)", "at listOnTimeout (node:internal/timers:644:9)", "at process.processTimers (node:internal/timers:618:7)"}
	nodeFramesBetweenLists      = []string{"at runNextTicks (node:internal/process/task_queues:69:3)", "at process.processTimers (node:internal/timers:615:9)"}
	nodeFramesBetweenImmediates = []string{"at runNextTicks (node:internal/process/task_queues:69:3)", "at process.processImmediate (node:internal/timers:541:9)"}
)

// nodePhases are libuv's phases in the order one iteration runs them.
var nodePhases = []struct {
	name string
	run  func(r *Runtime)
}{
	{"timers", (*Runtime).nodeRunTimers},
	{"pending", func(r *Runtime) {}},
	{"idle", func(r *Runtime) {}},
	{"prepare", func(r *Runtime) {}},
	{"poll", (*Runtime).nodePoll},
	{"check", (*Runtime).nodeRunImmediates},
	{"close", func(r *Runtime) {}},
}

func (r *Runtime) legacyNode10() bool { return r.Options.LegacyEventLoop == "node10" }

func (r *Runtime) runNodeLoop() {
	q := &r.tasks
	n := &q.node
	r.drain()
	for !q.stopped {
		if !r.nodeAlive() {
			r.guard(OriginCallback, func() { r.processEmit("beforeExit", Int(r.processExitCode())) })
			r.drain()
			if q.stopped || !r.nodeAlive() {
				break
			}
		}
		if !n.started {
			n.started = true
			r.advanceClock(r.Clock.Now()+float64(r.Options.LoopStartDelay), "loop-start")
		}
		n.iteration++
		for _, ph := range nodePhases {
			if q.stopped {
				break
			}
			n.phase = ph.name
			if rec := r.loopRec(); rec != nil {
				rec.Emit(&events.LoopPhase{Phase: ph.name, Iteration: n.iteration})
			}
			ph.run(r)
		}
	}
	if !n.exiting {
		n.exiting = true
		n.exitCode = r.processExitCode()
		if n.process != nil {
			r.Set(n.process, StrKey("exitCode"), Int(n.exitCode), ObjectValue(n.process))
		}
		q.stopped = false
		r.guard(OriginCallback, func() { r.processEmit("exit", Int(n.exitCode)) })
		if !q.stopped {
			// the 'exit' emit's callback scope still runs V8's microtasks; nextTicks stay queued
			r.runMicrotasks()
		}
		n.exitCode = r.processExitCode()
		q.stopped = true
	}
}

// nodeAlive is uv_loop_alive: a ref'd timer or immediate, or I/O in flight.
func (r *Runtime) nodeAlive() bool {
	q := &r.tasks
	for _, l := range q.timers.lists {
		for _, t := range l.timers {
			if t.refed && !t.cancelled {
				return true
			}
		}
	}
	for _, t := range q.node.immediates {
		if t.refed && !t.cancelled {
			return true
		}
	}
	return r.ioPending()
}

// nodeTask runs one callback of a phase as a task (task.run, then the callback with Node's own
// frames beneath it). The draining is the caller's: Node drains before the next callback of a
// batch (runNextTicks) and once the batch is over.
// id is the task's id from its task.enqueue (0: it was never enqueued as a task: a new id).
func (r *Runtime) nodeTask(id uint32, queue, label string, frames []string, f func()) {
	q := &r.tasks
	if id == 0 {
		q.taskSeq++
		id = q.taskSeq
	}
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TaskRun{ID: id, Queue: queue, Label: label})
	}
	q.hostFrames = frames
	r.guard(OriginCallback, f)
	q.hostFrames = nil
}

// nodeBetween is runNextTicks between two callbacks of one batch (Node ≥ 11; node10 mode
// drains only after whole batches).
func (r *Runtime) nodeBetween(under []string) {
	if !r.legacyNode10() {
		r.drainUnder(under)
	}
}

// nodeRunTimers is processTimers(now): every list whose expiry has come, earliest first, then
// the drain when processTimers returns.
func (r *Runtime) nodeRunTimers() {
	q := &r.tasks
	now := r.Clock.Now()
	ran := false
	for !q.stopped {
		list := r.nodePeekList()
		if list == nil || list.expiry > now {
			break
		}
		if ran {
			r.nodeBetween(nodeFramesBetweenLists)
		}
		ran = true
		r.nodeListOnTimeout(list, now)
		if r.legacyNode10() {
			r.drain() // Node 10 ran each duration list in its own MakeCallback
		}
	}
	r.drain()
}

// nodeListOnTimeout is listOnTimeout(list, now).
func (r *Runtime) nodeListOnTimeout(list *timerList, now float64) {
	q := &r.tasks
	ts := &q.timers
	ranOne := false
	for len(list.timers) > 0 && !q.stopped {
		t := list.timers[0]
		if now-t.start < list.msecs {
			list.expiry = math.Max(t.start+list.msecs, now+1)
			list.id = ts.listID
			ts.listID++
			return
		}
		if ranOne {
			r.nodeBetween(nodeFramesBetweenTimers)
			if t.list != list || t.cancelled { // a microtask cleared or refreshed it
				continue
			}
		}
		ranOne = true
		r.nodeUnlinkTimer(t)
		start := r.Clock.Now()
		if rec := r.loopRec(); rec != nil {
			rec.Emit(&events.TimerFire{Timer: t.id, Due: int64(t.due - r.clockStart), Now: r.elapsed()})
		}
		r.nodeTask(0, "timers", r.timerLabel(t), nodeFramesTimer, func() { r.runNodeTimerCallback(t, r.runTimerCallback) })
		switch {
		case t.repeat && !t.cancelled:
			r.nodeInsertTimer(t, start)
		case t.list == nil: // not refreshed by its own callback
			t.cancelled = true
			r.syncTimeoutObject(t)
		}
	}
}

// nodePoll is the poll phase: wait (move the virtual clock) until I/O completes or the next timer
// is due, without waiting when immediates are pending or nothing keeps the loop alive, then run
// the callbacks of the I/O that completed.
func (r *Runtime) nodePoll() {
	q := &r.tasks
	now := r.Clock.Now()
	wake := now
	if len(q.node.immediates) == 0 && r.nodeAlive() {
		wake = math.Inf(1)
		if l := r.nodePeekList(); l != nil {
			wake = math.Max(l.expiry, now)
		}
		if done, ok := r.ioNextCompletion(); ok && done < wake {
			wake = math.Max(done, now)
		}
		if math.IsInf(wake, 1) {
			wake = now
		}
	}
	r.ioAdvance(wake)
	r.advanceClock(wake, "poll")
	r.ioDeliver()
}

// setImmediate queues an immediate for the next check phase.
func (r *Runtime) setImmediate(fn Value, args []Value) Value {
	if !fn.IsCallable() {
		r.throwArgType("callback", "function", fn)
	}
	ts := &r.tasks.timers
	ts.nextID++
	ts.asyncID++
	t := &hostTimer{id: ts.nextID, fn: fn, args: args, refed: true, asyncID: ts.asyncID}
	t.handle = r.newImmediateObject(t)
	r.timerHandles[t.handle] = t
	q := &r.tasks
	q.node.immediates = append(q.node.immediates, t)
	q.taskSeq++
	t.taskID = q.taskSeq
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TaskEnqueue{ID: q.taskSeq, Queue: "check", Label: r.callbackLabel(fn), Timer: t.id})
	}
	return ObjectValue(t.handle)
}

func (r *Runtime) removeImmediate(t *hostTimer) {
	n := &r.tasks.node
	for i, x := range n.immediates {
		if x == t {
			n.immediates = append(n.immediates[:i], n.immediates[i+1:]...)
			return
		}
	}
}

// nodeRunImmediates is processImmediate: the immediates queued before the phase began; those
// queued by them wait for the next iteration.
func (r *Runtime) nodeRunImmediates() {
	q := &r.tasks
	batch := q.node.immediates
	q.node.immediates = nil
	ran := false
	for i, t := range batch {
		if q.stopped {
			// what is left runs first next time (Node's outstandingQueue)
			q.node.immediates = append(append([]*hostTimer(nil), batch[i:]...), q.node.immediates...)
			return
		}
		if t.cancelled {
			continue
		}
		if ran {
			r.nodeBetween(nodeFramesBetweenImmediates)
			if t.cancelled { // cleared by a nextTick or microtask of the previous one
				continue
			}
		}
		ran = true
		t.cancelled = true
		if rec := r.loopRec(); rec != nil {
			rec.Emit(&events.ImmediateRun{Immediate: t.id, Label: r.callbackLabel(t.fn)})
		}
		r.nodeTask(t.taskID, "check", r.callbackLabel(t.fn), nodeFramesImmediate, func() {
			r.runNodeTimerCallback(t, func(t *hostTimer) { r.Call(t.fn, ObjectValue(t.handle), t.args...) })
		})
		r.syncImmediateObject(t)
	}
	r.drain()
}

// nodeUncaught is an exception escaping a callback: 'uncaughtException' listeners get it (origin
// "uncaughtException"); without any, the report is printed and the process exits with 1 after
// 'exit' listeners ran.
func (r *Runtime) nodeUncaught(v Value, origin UncaughtOrigin) {
	r.nodeTriggerUncaught(v, origin)
}

// nodeTriggerUncaught is triggerUncaughtException(err, fromPromise).
func (r *Runtime) nodeTriggerUncaught(v Value, origin UncaughtOrigin) {
	r.nodeTriggerUncaughtAt(v, origin, nil)
}

func (r *Runtime) nodeTriggerUncaughtAt(v Value, origin UncaughtOrigin, site *ReportSite) {
	q := &r.tasks
	n := &q.node
	originName := "uncaughtException"
	if origin == OriginRejection {
		originName = "unhandledRejection"
	}
	if n.process != nil && !n.inUncaughtHandler && len(r.eeListeners(n.process, Str("uncaughtException"), false)) > 0 {
		n.inUncaughtHandler = true
		thrown, ok := r.try(func() { r.processEmit("uncaughtException", v, Str(originName)) })
		n.inUncaughtHandler = false
		if ok {
			return
		}
		r.report(thrown, OriginCallback)
		n.exitCode = 7
		q.stopped = true
		return
	}
	r.reportAt(v, origin, site)
	q.stopped = true
	n.exitCode = 1
	if n.process != nil && !n.exiting {
		n.exiting = true
		r.Set(n.process, StrKey("exitCode"), Int(1), ObjectValue(n.process))
		q.stopped = false
		r.guard(OriginCallback, func() { r.processEmit("exit", Int(1)) })
		q.stopped = true
	}
}

// HandleMainException decides what an exception escaping the main script does. It returns true
// when the host handled it and the event loop should still run (Node with an
// 'uncaughtException' listener, or any browser page); otherwise the facade reports it and stops.
func (r *Runtime) HandleMainException(v Value, onUncaught UncaughtHandler) (continueLoop bool) {
	q := &r.tasks
	q.onUncaught = onUncaught
	r.uncaught(v, OriginCallback)
	return !q.stopped
}
