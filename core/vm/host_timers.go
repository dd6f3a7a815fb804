package vm

import "math"

// The host task queues. This is the first, small model of the event loops: timers on the virtual
// clock, setImmediate, process.nextTick and queueMicrotask, with Node ≥ 11's rule that the
// nextTick queue and then the microtask queue drain after every callback, and a browser's
// microtask checkpoint after every task. The event-loop work (libuv phases, promises' jobs,
// rendering, I/O) builds on these queues.
type hostQueues struct {
	timers     []*hostTimer
	immediates []*hostTimer
	ticks      []hostCallback
	microtasks []hostCallback
	nextID     int
	seq        int
	// nesting is the browser's timer nesting level of the task now running.
	nesting int
}

type hostCallback struct {
	fn   Value
	args []Value
}

type hostTimer struct {
	hostCallback
	id        int
	seq       int
	due       float64
	interval  float64 // > 0 for setInterval
	repeat    bool
	cancelled bool
	nesting   int
	handle    *Object // Node's Timeout/Immediate object
}

func (r *Runtime) installTimers() {
	node := r.Options.Host != "browser"
	r.DefineMethod(r.Global, "setTimeout", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.addTimer(args, false)
	})
	r.DefineMethod(r.Global, "setInterval", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.addTimer(args, true)
	})
	clear := func(r *Runtime, this Value, args []Value) Value {
		r.cancelTimer(Arg(args, 0))
		return Undefined
	}
	r.DefineMethod(r.Global, "clearTimeout", 1, clear)
	r.DefineMethod(r.Global, "clearInterval", 1, clear)
	r.DefineMethod(r.Global, "queueMicrotask", 1, func(r *Runtime, this Value, args []Value) Value {
		fn := Arg(args, 0)
		if !fn.IsCallable() {
			r.throwCallbackType(fn, node)
		}
		r.EnqueueMicrotask(fn)
		return Undefined
	})
	if node {
		r.DefineMethod(r.Global, "setImmediate", 1, func(r *Runtime, this Value, args []Value) Value {
			fn := Arg(args, 0)
			if !fn.IsCallable() {
				r.throwCallbackType(fn, true)
			}
			q := &r.tasks
			q.seq++
			t := &hostTimer{hostCallback: hostCallback{fn, append([]Value(nil), args[1:]...)}, seq: q.seq}
			t.handle = r.NewObject()
			q.immediates = append(q.immediates, t)
			r.timerHandles[t.handle] = t
			return ObjectValue(t.handle)
		})
		r.DefineMethod(r.Global, "clearImmediate", 1, clear)
		if p := r.GetStr(r.Global, "process").AsObject(); p != nil {
			r.DefineMethod(p, "nextTick", 1, func(r *Runtime, this Value, args []Value) Value {
				fn := Arg(args, 0)
				if !fn.IsCallable() {
					r.throwCallbackType(fn, true)
				}
				r.tasks.ticks = append(r.tasks.ticks, hostCallback{fn, append([]Value(nil), args[1:]...)})
				return Undefined
			})
		}
	}
}

func (r *Runtime) throwCallbackType(fn Value, node bool) {
	if node {
		msg := `The "callback" argument must be of type function. Received ` + r.describeReceived(fn)
		e := r.NewError("TypeError", msg)
		r.DefineData(e, StrKey("code"), Str("ERR_INVALID_ARG_TYPE"), AttrDefault)
		r.DefineData(e, StrKey("stack"), Str("TypeError [ERR_INVALID_ARG_TYPE]: "+msg+r.StackTrace()), AttrHidden)
		r.Throw(ObjectValue(e))
	}
	r.ThrowTypeError("Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.")
}

// addTimer implements setTimeout/setInterval: Node clamps delays outside [1, 2^31-1] to 1 ms and
// truncates fractions; Chromium keeps 0, clamps nesting level > 5 to 4 ms (engine-model §8).
func (r *Runtime) addTimer(args []Value, repeat bool) Value {
	fn := Arg(args, 0)
	node := r.Options.Host != "browser"
	if !fn.IsCallable() {
		if node {
			r.throwCallbackType(fn, true)
		}
		fn = Undefined // a browser compiles a string handler; EngineScope does not evaluate strings
	}
	delay := r.ToNumber(Arg(args, 1))
	q := &r.tasks
	if node {
		if !(delay >= 1 && delay <= math.MaxInt32) {
			delay = 1
		}
		delay = math.Trunc(delay)
	} else {
		if delay != delay || delay < 0 {
			delay = 0
		}
		if delay > math.MaxInt32 {
			delay = 0 // Chromium stores the delay in 32 bits: huge delays fire at once
		}
		delay = math.Trunc(delay)
		if q.nesting >= 5 && delay < 4 {
			delay = 4
		}
	}
	q.nextID++
	q.seq++
	var rest []Value
	if len(args) > 2 {
		rest = append(rest, args[2:]...)
	}
	t := &hostTimer{hostCallback: hostCallback{fn, rest}, id: q.nextID, seq: q.seq, due: r.Clock.Now() + delay,
		repeat: repeat, nesting: q.nesting + 1}
	if repeat {
		t.interval = delay
	}
	q.timers = append(q.timers, t)
	if node {
		t.handle = r.NewObject()
		r.timerHandles[t.handle] = t
		return ObjectValue(t.handle)
	}
	return Int(t.id)
}

func (r *Runtime) cancelTimer(v Value) {
	if o := v.AsObject(); o != nil {
		if t, ok := r.timerHandles[o]; ok {
			t.cancelled = true
		}
		return
	}
	if v.kind != KindNumber {
		return
	}
	for _, t := range r.tasks.timers {
		if float64(t.id) == v.num {
			t.cancelled = true
		}
	}
}

// EnqueueMicrotask appends a job to the microtask queue.
func (r *Runtime) EnqueueMicrotask(fn Value, args ...Value) {
	r.tasks.microtasks = append(r.tasks.microtasks, hostCallback{fn, args})
}

// UncaughtHandler decides what an exception escaping a callback does: stop=true ends the run.
type UncaughtHandler func(v Value) (stop bool)

// invokeCallback runs one callback, routing an exception to onUncaught.
func (r *Runtime) invokeCallback(cb hostCallback, this Value, onUncaught UncaughtHandler) (stop bool) {
	if !cb.fn.IsCallable() {
		return false
	}
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			stop = onUncaught(ex.Value)
		}
	}()
	r.Call(cb.fn, this, cb.args...)
	return false
}

// DrainMicrotasks runs Node's nextTick queue then the microtask queue until both are empty
// (a browser has no nextTick queue).
func (r *Runtime) DrainMicrotasks(onUncaught UncaughtHandler) (stop bool) {
	q := &r.tasks
	for len(q.ticks) > 0 || len(q.microtasks) > 0 {
		for len(q.ticks) > 0 {
			cb := q.ticks[0]
			q.ticks = q.ticks[1:]
			if r.invokeCallback(cb, Undefined, onUncaught) {
				return true
			}
		}
		for len(q.microtasks) > 0 && len(q.ticks) == 0 {
			cb := q.microtasks[0]
			q.microtasks = q.microtasks[1:]
			if r.invokeCallback(cb, Undefined, onUncaught) {
				return true
			}
		}
	}
	return false
}

// nextTimer removes and returns the earliest live timer (by due time, then creation order).
func (r *Runtime) nextTimer() *hostTimer {
	q := &r.tasks
	best := -1
	for i, t := range q.timers {
		if t.cancelled {
			continue
		}
		if best < 0 || t.due < q.timers[best].due || t.due == q.timers[best].due && t.seq < q.timers[best].seq {
			best = i
		}
	}
	if best < 0 {
		q.timers = q.timers[:0]
		return nil
	}
	t := q.timers[best]
	q.timers = append(q.timers[:best], q.timers[best+1:]...)
	return t
}

// RunEventLoop runs queued work until nothing is left (or onUncaught stops the run).
func (r *Runtime) RunEventLoop(onUncaught UncaughtHandler) {
	if r.DrainMicrotasks(onUncaught) {
		return
	}
	node := r.Options.Host != "browser"
	q := &r.tasks
	for {
		if node && len(q.immediates) > 0 {
			// Node's loop: expired timers first, then the check phase's immediates.
			if r.runExpiredTimers(onUncaught, true) {
				return
			}
			batch := q.immediates
			q.immediates = nil
			for _, t := range batch {
				if t.cancelled {
					continue
				}
				if r.invokeCallback(t.hostCallback, ObjectValue(t.handle), onUncaught) || r.DrainMicrotasks(onUncaught) {
					return
				}
			}
			continue
		}
		t := r.nextTimer()
		if t == nil {
			return
		}
		r.Clock.AdvanceTo(t.due)
		q.timers = append(q.timers, t) // put back: runExpiredTimers takes every expired one in order
		if r.runExpiredTimers(onUncaught, node) {
			return
		}
	}
}

// runExpiredTimers runs timers due by now; Node runs them all in one timers phase, a browser one
// per task (each followed by a microtask checkpoint in both cases, Node ≥ 11).
func (r *Runtime) runExpiredTimers(onUncaught UncaughtHandler, all bool) bool {
	q := &r.tasks
	now := r.Clock.Now()
	for {
		t := r.nextTimer()
		if t == nil {
			return false
		}
		if t.due > now {
			q.timers = append(q.timers, t)
			return false
		}
		this := Undefined
		if t.handle != nil {
			this = ObjectValue(t.handle)
		}
		q.nesting = t.nesting
		stop := r.invokeCallback(t.hostCallback, this, onUncaught)
		q.nesting = 0
		if t.repeat && !t.cancelled {
			q.seq++
			t.seq = q.seq
			t.due = now + max(t.interval, 1)
			q.timers = append(q.timers, t)
		}
		if stop || r.DrainMicrotasks(onUncaught) {
			return true
		}
		if !all {
			return false
		}
	}
}
