package vm

import "enginescope/core/events"

// The queues both hosts share: V8's microtask queue (promise jobs and queueMicrotask) and Node's
// nextTick queue, plus the draining rules. A host's loop (loop_node.go, loop_browser.go) decides
// when to drain; this file decides how.

type jobKind uint8

const (
	jobReaction jobKind = iota // PromiseReactionJob
	jobThenable                // PromiseResolveThenableJob
	jobCallback                // queueMicrotask(fn)
	jobHost                    // a host-internal continuation (e.g. a resolved fetch body)
)

var jobKindNames = [...]string{jobReaction: "reaction", jobThenable: "thenable", jobCallback: "queueMicrotask", jobHost: "host"}

// job is one microtask.
type job struct {
	kind jobKind
	id   uint32
	// PromiseReactionJob
	reaction  *promiseReaction
	promiseID int // the promise whose settlement (or then) queued it
	arg       Value
	// PromiseResolveThenableJob
	promise        *Object
	thenable, then Value
	// queueMicrotask
	fn Value
	// host
	run func()
}

// tick is one process.nextTick callback.
type tick struct {
	id   uint32
	fn   Value
	args []Value
}

// enqueueJob is HostEnqueuePromiseJob / queueMicrotask's EnqueueJob.
func (r *Runtime) enqueueJob(j *job) {
	q := &r.tasks
	q.jobSeq++
	j.id = q.jobSeq
	q.microtasks = append(q.microtasks, j)
	if rec := r.loopRec(); rec != nil {
		e := &events.MicrotaskEnqueue{Job: j.id, JobKind: r.jobKindName(j), Label: r.jobLabel(j)}
		e.Promise = uint32(j.promiseID)
		rec.Emit(e)
	}
}

// EnqueueMicrotask queues fn(args…) as a microtask (queueMicrotask without its checks).
func (r *Runtime) EnqueueMicrotask(fn Value, args ...Value) {
	if len(args) == 0 {
		r.enqueueJob(&job{kind: jobCallback, fn: fn})
		return
	}
	r.enqueueJob(&job{kind: jobHost, run: func() { r.Call(fn, Undefined, args...) }})
}

// enqueueHostJob queues a Go continuation as a microtask.
func (r *Runtime) enqueueHostJob(run func()) { r.enqueueJob(&job{kind: jobHost, run: run}) }

func (r *Runtime) jobKindName(j *job) string {
	if j.kind == jobReaction && j.reaction.native != nil {
		return "await"
	}
	return jobKindNames[j.kind]
}

func (r *Runtime) jobLabel(j *job) string {
	switch j.kind {
	case jobReaction:
		switch {
		case j.reaction.label != "":
			return j.reaction.label
		case j.reaction.handler.IsCallable():
			return r.callbackLabel(j.reaction.handler)
		case j.reaction.typ == reactionFulfill:
			return "(pass value)"
		}
		return "(pass reason)"
	case jobThenable:
		return "then of thenable"
	case jobCallback:
		return r.callbackLabel(j.fn)
	}
	return "host"
}

// callbackLabel names a callback for the event stream.
func (r *Runtime) callbackLabel(fn Value) string {
	if o := fn.AsObject(); o != nil && o.IsCallable() {
		if n := r.FunctionName(o); n != "" {
			return n
		}
		return "(anonymous)"
	}
	return "(not a function)"
}

// runJob runs one microtask. Promise jobs catch their handlers' exceptions themselves; an
// exception escaping here is a queueMicrotask callback's (or a host job's) and is uncaught.
func (r *Runtime) runJob(j *job) {
	defer r.Heap.KeepAlive(j)() // out of the queue, the job is a root while it runs (gc_roots.go)
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.MicrotaskRun{Job: j.id, JobKind: r.jobKindName(j), Label: r.jobLabel(j)})
	}
	switch j.kind {
	case jobReaction:
		r.promiseReactionJob(j.reaction, j.arg)
	case jobThenable:
		r.promiseResolveThenableJob(j.promise, j.thenable, j.then)
	case jobCallback:
		r.Call(j.fn, Undefined)
	case jobHost:
		j.run()
	}
}

// runMicrotasks is V8's MicrotaskQueue::PerformCheckpoint: it runs jobs until the queue is empty,
// including jobs queued meanwhile. It returns how many ran, and stops early when the loop stops.
func (r *Runtime) runMicrotasks() int {
	q := &r.tasks
	ran := 0
	for len(q.microtasks) > 0 && !q.stopped {
		j := q.microtasks[0]
		q.microtasks[0] = nil
		q.microtasks = q.microtasks[1:]
		ran++
		r.guard(OriginMicrotask, func() { r.runJob(j) })
	}
	if len(q.microtasks) == 0 {
		q.microtasks = nil
	}
	return ran
}

// enqueueTick is process.nextTick.
func (r *Runtime) enqueueTick(fn Value, args []Value) {
	q := &r.tasks
	q.tickSeq++
	t := &tick{id: q.tickSeq, fn: fn, args: args}
	q.ticks = append(q.ticks, t)
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TickEnqueue{Tick: t.id, Label: r.callbackLabel(fn)})
	}
}

// drain empties the queues after a callback, as the host does when the JS stack becomes empty:
// Node's processTicksAndRejections (every nextTick, then every microtask, repeated; then the
// unhandled-rejection pass, which can queue more), a browser's microtask checkpoint (microtasks,
// then rejection bookkeeping).
func (r *Runtime) drain() { r.drainUnder(nil) }

// drainUnder is drain with Node's frames beneath processTicksAndRejections (runNextTicks and the
// phase function calling it; nil when it runs on its own).
func (r *Runtime) drainUnder(under []string) {
	q := &r.tasks
	if q.draining || q.stopped || len(q.ticks) == 0 && len(q.microtasks) == 0 && !r.rejectionsPending() {
		return
	}
	q.draining = true
	defer func() { q.draining = false }()
	rec := r.loopRec()
	if rec != nil {
		rec.Emit(&events.CheckpointBegin{Pending: len(q.ticks) + len(q.microtasks)})
	}
	ran := 0
	for !q.stopped {
		for len(q.ticks) > 0 && !q.stopped {
			t := q.ticks[0]
			q.ticks[0] = nil
			q.ticks = q.ticks[1:]
			ran++
			if rec != nil {
				rec.Emit(&events.TickRun{Tick: t.id, Label: r.callbackLabel(t.fn)})
			}
			q.hostFrames = nodeDrainFrames("85:11", under)
			r.guard(OriginCallback, func() { r.Call(t.fn, Undefined, t.args...) })
		}
		q.hostFrames = nodeDrainFrames("104:5", under)
		ran += r.runMicrotasks()
		q.hostFrames = nil
		if len(q.ticks) > 0 {
			continue
		}
		if !r.processRejections() {
			break
		}
	}
	if len(q.ticks) == 0 {
		q.ticks = nil
	}
	if rec != nil {
		rec.Emit(&events.CheckpointEnd{Ran: ran})
	}
}

// DrainMicrotasks drains the queues after the main script (kept for the engine facade).
func (r *Runtime) DrainMicrotasks(onUncaught UncaughtHandler) (stop bool) {
	r.tasks.onUncaught = onUncaught
	r.drain()
	return r.tasks.stopped
}

// nodeDrainFrames are the frames beneath a nextTick callback (at task_queues:85:11) or a
// microtask (104:5) in Node.
func nodeDrainFrames(at string, under []string) []string {
	f := "at process.processTicksAndRejections (node:internal/process/task_queues:" + at + ")"
	if under != nil {
		f = "at processTicksAndRejections (node:internal/process/task_queues:" + at + ")"
	}
	return append([]string{f}, under...)
}

// hostFramesText is what err.stack shows beneath the JavaScript frames of a callback the loop
// runs (Node's own functions; a browser shows none).
func (r *Runtime) hostFramesText() string {
	if !r.isNode() {
		return ""
	}
	s := ""
	for _, f := range r.tasks.hostFrames {
		s += "\n    " + f
	}
	return s
}
