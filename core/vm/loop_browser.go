package vm

import (
	"math"

	"enginescope/core/events"
)

// A browser's event loop (HTML "event loops › processing model", Chromium's scheduler): tasks
// from several task sources, each run with an empty JS stack and followed by a microtask
// checkpoint; a rendering opportunity every frameInterval ms of virtual time in which the
// requestAnimationFrame callbacks run, each followed by a checkpoint. Between task sources the
// oldest runnable task wins (Chromium gives them one priority), so a 0 ms timer set before a
// postMessage runs first.

// Task sources (the queue field of task.enqueue / task.run).
const (
	queueTimer     = "timer"
	queueDOM       = "dom"
	queueMessaging = "messaging"
	queueNetwork   = "networking"
	queueRendering = "rendering"
)

// frameInterval is the 60 Hz display's frame time.
const frameInterval = 1000.0 / 60

type browserTask struct {
	id    uint32
	queue string
	ready float64 // virtual clock when it becomes runnable
	// seq is the enqueue order: at posting for an immediate task, when it became ready for a
	// delayed one (Chromium moves due delayed tasks to the work queue when it picks the next
	// task, so a timer that fell due during a long task runs after tasks posted meanwhile)
	seq     uint32
	delayed bool
	label   string
	run     func()
	timer   *hostTimer
	keep    []Value    // objects run uses (a fetch's promise): a root while queued
	req     *ioRequest // the network request whose answer this task delivers
}

type rafCallback struct {
	id        uint32
	fn        Value
	cancelled bool
}

type browserLoop struct {
	tasks []*browserTask
	rafs  []*rafCallback
	// rendering is the batch of rAF callbacks the frame being rendered runs
	rendering []*rafCallback
	rafSeq    uint32
	// enqueueSeq numbers tasks as they enter the work queue (see browserTask.seq)
	enqueueSeq uint32
	frame      int
	started    bool
	// loadState: 0 loading, 1 interactive (DOMContentLoaded fired), 2 complete (load fired)
	loadState int
	dom       domState
}

// postTask queues a task that is runnable now.
func (r *Runtime) postTask(queue, label string, run func()) {
	r.postDelayedTask(queue, label, 0, run, nil)
}

func (r *Runtime) postDelayedTask(queue, label string, delay float64, run func(), t *hostTimer) *browserTask {
	q := &r.tasks
	q.taskSeq++
	task := &browserTask{id: q.taskSeq, queue: queue, ready: r.Clock.Now() + delay, label: label, run: run, timer: t}
	if delay > 0 {
		task.delayed = true
	} else {
		q.browser.enqueueSeq++
		task.seq = q.browser.enqueueSeq
	}
	q.browser.tasks = append(q.browser.tasks, task)
	if rec := r.loopRec(); rec != nil {
		e := &events.TaskEnqueue{ID: task.id, Queue: queue, Label: label, Due: int64(task.ready - r.clockStart)}
		if t != nil {
			e.Timer = t.id
		}
		rec.Emit(e)
	}
	return task
}

// browserArmTimer schedules a timer's task (again, for an interval).
func (r *Runtime) browserArmTimer(t *hostTimer) {
	r.postDelayedTask(queueTimer, r.timerLabel(t), t.due-r.Clock.Now(), func() { r.browserFireTimer(t) }, t)
}

func (r *Runtime) browserFireTimer(t *hostTimer) {
	q := &r.tasks
	if t.cancelled {
		return
	}
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TimerFire{Timer: t.id, Due: int64(t.due - r.clockStart), Now: r.elapsed()})
	}
	q.nesting = t.nesting
	defer func() { q.nesting = 0 }()
	if !t.repeat {
		t.cancelled = true
		delete(q.timers.byID, t.id)
	}
	if t.repeat {
		// An interval re-arms before its callback runs (Blink's TimerBase::RunInternal), from
		// when this run started, with its (possibly clamped) delay; its nesting grows. A timer
		// the callback creates for the same time comes after it.
		if q.nesting >= 5 && t.delay < 4 {
			t.delay = 4
		}
		t.nesting++
		t.start = r.Clock.Now()
		t.due = t.start + t.delay
		r.browserArmTimer(t)
	}
	r.guard(OriginCallback, func() { r.runTimerCallback(t) })
}

func (r *Runtime) runBrowserLoop() {
	q := &r.tasks
	b := &q.browser
	r.drain()
	if !b.started {
		b.started = true
		r.browserDocumentLoaded()
	}
	for !q.stopped {
		now := r.Clock.Now()
		if r.rafPending() && now >= math.Ceil(r.nextFrameTime()) {
			r.browserRender()
			continue
		}
		task := r.nextBrowserTask(now)
		if task == nil {
			wake := math.Inf(1)
			for _, t := range b.tasks {
				wake = math.Min(wake, t.ready)
			}
			if r.rafPending() {
				wake = math.Min(wake, math.Ceil(r.nextFrameTime()))
			}
			if math.IsInf(wake, 1) {
				return
			}
			r.advanceClock(math.Ceil(wake), "timer")
			continue
		}
		if task.req != nil {
			r.emitIOComplete(task.req, -1) // the answer arrived; its task runs now
		}
		if rec := r.loopRec(); rec != nil {
			rec.Emit(&events.TaskRun{ID: task.id, Queue: task.queue, Label: task.label})
		}
		r.guard(OriginCallback, task.run)
		r.drain()
	}
}

// nextBrowserTask removes and returns the runnable task that became ready first (then the one
// posted first), or nil.
func (r *Runtime) nextBrowserTask(now float64) *browserTask {
	b := &r.tasks.browser
	for {
		// promote due delayed tasks, earliest due first (then in posting order)
		p := -1
		for i, t := range b.tasks {
			if t.delayed && t.ready <= now && (p < 0 || t.ready < b.tasks[p].ready || t.ready == b.tasks[p].ready && t.id < b.tasks[p].id) {
				p = i
			}
		}
		if p < 0 {
			break
		}
		b.enqueueSeq++
		b.tasks[p].seq, b.tasks[p].delayed = b.enqueueSeq, false
	}
	best := -1
	for i, t := range b.tasks {
		if t.delayed || t.ready > now {
			continue
		}
		if best < 0 || t.seq < b.tasks[best].seq {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	t := b.tasks[best]
	b.tasks = append(b.tasks[:best], b.tasks[best+1:]...)
	return t
}

func (r *Runtime) rafPending() bool {
	for _, c := range r.tasks.browser.rafs {
		if !c.cancelled {
			return true
		}
	}
	return false
}

// nextFrameTime is the next vsync after the last rendered frame that has not passed. The clock
// moves in whole ms (a frame at 16.67 ms renders at 17), so a frame counts as passed only once
// the clock is beyond its rounded-up time.
func (r *Runtime) nextFrameTime() float64 {
	b := &r.tasks.browser
	k := b.frame + 1
	now := r.Clock.Now() - r.clockStart
	if k0 := int(math.Floor(now/frameInterval)) - 1; k0 > k {
		k = k0
	}
	for math.Ceil(float64(k)*frameInterval) < now {
		k++
	}
	return r.clockStart + float64(k)*frameInterval
}

// browserRender is the rendering task: the rAF callbacks listed when it starts (those requested
// meanwhile wait for the next frame), each with the frame's timestamp and a checkpoint after.
func (r *Runtime) browserRender() {
	q := &r.tasks
	b := &q.browser
	frameTime := r.nextFrameTime()
	b.frame = int(math.Round((frameTime - r.clockStart) / frameInterval))
	r.advanceClock(math.Ceil(frameTime), "render")
	batch := b.rafs
	b.rafs = nil
	b.rendering = batch // cancelAnimationFrame can still cancel a later callback of this frame
	defer func() { b.rendering = nil }()
	q.taskSeq++
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TaskRun{ID: q.taskSeq, Queue: queueRendering, Label: "update the rendering"})
		rec.Emit(&events.RenderBegin{Frame: b.frame, Now: int64(frameTime - r.clockStart), Rafs: len(batch)})
	}
	stamp := Number(frameTime - r.clockStart)
	for _, c := range batch {
		if c.cancelled || q.stopped {
			continue
		}
		c.cancelled = true
		if rec := r.loopRec(); rec != nil {
			rec.Emit(&events.RafRun{Handle: c.id, Label: r.callbackLabel(c.fn)})
		}
		r.guard(OriginCallback, func() { r.Call(c.fn, ObjectValue(r.GlobalThis), stamp) })
		r.drain()
	}
}

func (r *Runtime) installAnimationFrames() {
	r.DefineMethod(r.Global, "requestAnimationFrame", 1, func(r *Runtime, this Value, args []Value) Value {
		fn := Arg(args, 0)
		if !fn.IsCallable() {
			r.ThrowTypeError("Failed to execute 'requestAnimationFrame' on 'Window': The callback provided as parameter 1 is not a function.")
		}
		b := &r.tasks.browser
		b.rafSeq++
		b.rafs = append(b.rafs, &rafCallback{id: b.rafSeq, fn: fn})
		return Int(int(b.rafSeq))
	})
	r.DefineMethod(r.Global, "cancelAnimationFrame", 1, func(r *Runtime, this Value, args []Value) Value {
		id := r.ToNumber(Arg(args, 0))
		b := &r.tasks.browser
		for _, c := range append(b.rafs, b.rendering...) {
			if float64(c.id) == id {
				c.cancelled = true
			}
		}
		return Undefined
	})
}

// browserUncaught is "report the exception": window 'error' listeners (onerror returning true
// cancels), otherwise "Uncaught …" in the console. The page goes on either way.
func (r *Runtime) browserUncaught(v Value, origin UncaughtOrigin) {
	if r.dispatchErrorEvent(v) {
		return
	}
	r.report(v, origin)
}
