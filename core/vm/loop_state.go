package vm

import "enginescope/core/events"

// hostQueues is the host's whole asynchronous state: the microtask and nextTick queues, promise
// rejection bookkeeping, timers, Node's immediates and thread pool, a browser's task queues and
// animation frames. One struct, so a Runtime carries it as a single field.
type hostQueues struct {
	onUncaught UncaughtHandler
	// stopped: the run is over (an uncaught exception in Node, process.exit).
	stopped, draining bool
	reportSeq         int

	microtasks []*job
	jobSeq     uint32
	ticks      []*tick
	tickSeq    uint32
	promiseSeq int
	rej        rejectionState

	unhandledRejectionProto *Object

	timers  timerState
	node    nodeLoop
	browser browserLoop
	io      ioState
	taskSeq uint32
	// hostFrames are Node's frames beneath the callback running now (loop_queues.go)
	hostFrames []string
	// chargedSteps is how many bytecodes the clock has been charged for (loop_clock.go)
	chargedSteps int64
	// asyncGens are the async generators' request queues (promise_async.go)
	asyncGens map[*Object]*asyncGenerator
	// nesting is the browser's timer nesting level of the task now running.
	nesting int
}

// loopRec is the recorder loop events go to (the interpreter's).
func (r *Runtime) loopRec() *stepLog { return r.interp.rec }

// elapsed is virtual ms since the run started (the unit of the loop's events).
func (r *Runtime) elapsed() int64 { return int64(r.Clock.Now() - r.clockStart) }

// advanceClock moves the virtual clock to t (ms since the epoch), reporting the jump.
func (r *Runtime) advanceClock(t float64, reason string) {
	if t <= r.Clock.Now() {
		return
	}
	r.Clock.AdvanceTo(t)
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.ClockAdvance{Now: r.elapsed(), Reason: reason})
	}
}

// RunEventLoop runs the host's event loop after the main script until nothing is left to do,
// an uncaught exception stops it (Node), or process.exit is called (a *ProcessExit panic, which
// the facade recovers). onUncaught renders each uncaught exception.
func (r *Runtime) RunEventLoop(onUncaught UncaughtHandler) {
	q := &r.tasks
	q.onUncaught = onUncaught
	if r.isNode() {
		r.runNodeLoop()
		return
	}
	r.runBrowserLoop()
}

// ExitCode is the process exit code a finished run reports (Node: process.exitCode, or 1 after
// an uncaught exception).
func (r *Runtime) ExitCode() int { return r.tasks.node.exitCode }
