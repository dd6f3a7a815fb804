package vm

import (
	"math"

	"enginescope/core/events"
)

// setTimeout / setInterval / clear*, with each host's delay rules (engine-model §8):
//   - Node: delay < 1, > 2^31-1 or NaN becomes 1 ms (an overflow also warns), fractions truncate;
//     timers of one duration share a list, lists are ordered by expiry then creation (lib/timers).
//   - Chromium: WebIDL `long` conversion (so 2^32+5 is 5 and 2^31 wraps negative, i.e. 0), no
//     1 ms floor, and from nesting level 6 on (a timer created by a timer created by … five deep)
//     delays below 4 ms become 4 ms.

// hostTimer is one timer (or, on Node, one immediate).
type hostTimer struct {
	id        uint32
	taskID    uint32 // an immediate's task id (task.enqueue and task.run agree)
	fn        Value
	code      string // a browser's string handler, evaluated when it fires
	args      []Value
	delay     float64 // ms
	start     float64 // virtual clock when (re)armed
	due       float64
	repeat    bool
	cancelled bool
	refed     bool
	nesting   int
	seq       uint32
	list      *timerList // Node: the list of its duration
	handle    *Object    // Node's Timeout / Immediate object
	asyncID   int
}

// timerList is Node's TimersList: the timers of one duration, in insertion (= expiry) order.
type timerList struct {
	msecs  float64
	expiry float64
	id     int
	timers []*hostTimer
	obj    *Object // the TimersList object Timeouts point at (_idlePrev/_idleNext)
}

type timerState struct {
	// Node
	running *hostTimer   // the Timeout or Immediate whose callback runs now (its frame's name)
	lists   []*timerList // the priority queue, kept small: the minimum is found by a scan
	listID  int
	// browser
	pending []*hostTimer
	nextID  uint32
	byID    map[uint32]*hostTimer
	// asyncIDs numbers Node async resources (the main module is 1).
	asyncID int
	// node classes
	timeoutProto, immediateProto, timersListProto *Object
	symbols                                       map[string]*Symbol
}

func (r *Runtime) installTimers() {
	node := r.isNode()
	ts := &r.tasks.timers
	ts.byID = map[uint32]*hostTimer{}
	ts.asyncID = 1
	r.DefineMethod(r.Global, "setTimeout", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.setTimer(args, false)
	})
	r.DefineMethod(r.Global, "clearTimeout", 1, func(r *Runtime, this Value, args []Value) Value {
		r.clearTimer(Arg(args, 0))
		return Undefined
	})
	r.DefineMethod(r.Global, "setInterval", 2, func(r *Runtime, this Value, args []Value) Value {
		return r.setTimer(args, true)
	})
	r.DefineMethod(r.Global, "clearInterval", 1, func(r *Runtime, this Value, args []Value) Value {
		r.clearTimer(Arg(args, 0))
		return Undefined
	})
	r.DefineMethod(r.Global, "queueMicrotask", 1, func(r *Runtime, this Value, args []Value) Value {
		fn := Arg(args, 0)
		if !fn.IsCallable() {
			if node {
				r.throwArgType("callback", "function", fn)
			}
			r.ThrowTypeError("Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.")
		}
		r.enqueueJob(&job{kind: jobCallback, fn: fn})
		return Undefined
	})
	if node {
		r.installNodeTimerClasses()
		r.DefineMethod(r.Global, "setImmediate", 1, func(r *Runtime, this Value, args []Value) Value {
			return r.setImmediate(Arg(args, 0), restArgs(args, 1))
		})
		r.DefineMethod(r.Global, "clearImmediate", 1, func(r *Runtime, this Value, args []Value) Value {
			r.clearTimer(Arg(args, 0))
			return Undefined
		})
		// util.promisify(setTimeout) and (setImmediate) are timers/promises' versions
		for _, name := range []string{"setTimeout", "setImmediate"} {
			name := name
			get := r.NewNativeFunction("get", 0, func(r *Runtime, this Value, args []Value) Value {
				return r.GetStr(r.requireModule(r.Options.Filename, "timers/promises").Object(), name)
			})
			r.DefineAccessor(r.GetStr(r.Global, name).Object(), PropKey(SymbolKey(r.promisifyCustomSymbol())), get, nil, AttrEnumerable|AttrConfigurable)
		}
	}
}

func restArgs(args []Value, from int) []Value {
	if len(args) <= from {
		return nil
	}
	return append([]Value(nil), args[from:]...)
}

// throwArgType throws Node's ERR_INVALID_ARG_TYPE.
func (r *Runtime) throwArgType(name, want string, got Value) {
	r.Throw(ObjectValue(r.nodeError("TypeError", "ERR_INVALID_ARG_TYPE",
		`The "`+name+`" argument must be of type `+want+`. Received `+r.describeReceived(got))))
}

// nodeError makes an error as Node's internal/errors does: `code` own and enumerable, and the
// code in the stack's first line (TypeError [ERR_X]: message).
func (r *Runtime) nodeError(name, code, msg string) *Object {
	e := r.NewError(name, msg)
	r.DefineData(e, StrKey("code"), Str(code), AttrDefault)
	r.DefineData(e, StrKey("stack"), Str(name+" ["+code+"]: "+msg+r.StackTrace()), AttrHidden)
	return e
}

// setTimer is setTimeout/setInterval.
func (r *Runtime) setTimer(args []Value, repeat bool) Value {
	fn := Arg(args, 0)
	if r.isNode() {
		if !fn.IsCallable() {
			r.throwArgType("callback", "function", fn)
		}
		return r.nodeSetTimer(fn, Arg(args, 1), restArgs(args, 2), repeat)
	}
	return r.browserSetTimer(fn, Arg(args, 1), restArgs(args, 2), repeat)
}

// nodeDelay is lib/internal/timers.js's `after` coercion: it returns the converted argument
// (`after *= 1`, so valueOf runs once), the delay and why it changed.
func (r *Runtime) nodeDelay(v Value) (requested, delay float64, why string) {
	after := r.ToNumber(v)
	requested = after
	if after >= 1 && after <= math.MaxInt32 {
		return requested, math.Trunc(after), ""
	}
	if !v.IsUndefined() {
		r.nodeTimerWarning(after)
	}
	if after > math.MaxInt32 {
		return requested, 1, "overflow"
	}
	return requested, 1, "node-floor"
}

func (r *Runtime) nodeSetTimer(fn, delayArg Value, args []Value, repeat bool) Value {
	requested, delay, why := r.nodeDelay(delayArg)
	ts := &r.tasks.timers
	ts.nextID++
	ts.asyncID++
	t := &hostTimer{id: ts.nextID, fn: fn, args: args, delay: delay, repeat: repeat, refed: true, asyncID: ts.asyncID}
	t.handle = r.newTimeoutObject(t)
	r.timerHandles[t.handle] = t
	r.nodeInsertTimer(t, r.Clock.Now())
	r.emitTimerSet(t, requested, why)
	return ObjectValue(t.handle)
}

// nodeInsertTimer is lib/internal/timers.js insert(item, msecs, start).
func (r *Runtime) nodeInsertTimer(t *hostTimer, start float64) {
	ts := &r.tasks.timers
	t.start = start
	t.due = start + t.delay
	var list *timerList
	for _, l := range ts.lists {
		if l.msecs == t.delay {
			list = l
			break
		}
	}
	if list == nil {
		list = &timerList{msecs: t.delay, expiry: t.due, id: ts.listID}
		ts.listID++
		ts.lists = append(ts.lists, list)
	}
	t.list = list
	list.timers = append(list.timers, t)
	r.syncTimeoutObject(t)
}

// nodeUnlinkTimer removes a timer from its list (clearTimeout, refresh, after it ran).
func (r *Runtime) nodeUnlinkTimer(t *hostTimer) {
	l := t.list
	if l == nil {
		return
	}
	for i, x := range l.timers {
		if x == t {
			l.timers = append(l.timers[:i], l.timers[i+1:]...)
			break
		}
	}
	t.list = nil
	if len(l.timers) == 0 {
		ts := &r.tasks.timers
		for i, x := range ts.lists {
			if x == l {
				ts.lists = append(ts.lists[:i], ts.lists[i+1:]...)
				break
			}
		}
	}
}

// nodePeekList is timerListQueue.peek(): the list with the earliest expiry, then the lowest id.
func (r *Runtime) nodePeekList() *timerList {
	var best *timerList
	for _, l := range r.tasks.timers.lists {
		if best == nil || l.expiry < best.expiry || l.expiry == best.expiry && l.id < best.id {
			best = l
		}
	}
	return best
}

func (r *Runtime) browserSetTimer(fn, delayArg Value, args []Value, repeat bool) Value {
	q := &r.tasks
	t := &hostTimer{fn: fn, args: args, repeat: repeat}
	if !fn.IsCallable() {
		t.fn = Undefined
		t.code = r.ToString(fn).GoString()
	}
	requested := r.ToNumber(delayArg)
	delay := float64(ToInt32(requested)) // WebIDL long
	why := ""
	if delay != requested && !(requested != requested) {
		why = "overflow"
	}
	if delay < 0 {
		delay = 0
	}
	if q.nesting > 5 && delay < 4 {
		delay, why = 4, "nesting"
	}
	ts := &q.timers
	ts.nextID++
	t.id, t.delay, t.nesting = ts.nextID, delay, q.nesting+1
	t.start = r.Clock.Now()
	t.due = t.start + delay
	ts.byID[t.id] = t
	r.browserArmTimer(t)
	r.emitTimerSet(t, requested, why)
	return Int(int(t.id))
}

func (r *Runtime) emitTimerSet(t *hostTimer, requested float64, why string) {
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TimerSet{Timer: t.id, Requested: NumberToString(requested), Delay: int64(t.delay),
			Due: int64(t.due - r.clockStart), Repeat: t.repeat, Clamped: why, Label: r.timerLabel(t)})
	}
}

func (r *Runtime) timerLabel(t *hostTimer) string {
	if t.code != "" {
		return t.code
	}
	return r.callbackLabel(t.fn)
}

// clearTimer is clearTimeout/clearInterval/clearImmediate: a Timeout/Immediate object, a numeric
// id, or (Node) a Timeout's primitive id.
func (r *Runtime) clearTimer(v Value) {
	var t *hostTimer
	if o := v.AsObject(); o != nil {
		t = r.timerHandles[o]
	} else if v.IsNumber() || v.IsString() {
		n := r.ToNumber(v)
		if n >= 1 && n == math.Trunc(n) {
			t = r.tasks.timers.byID[uint32(n)]
		}
	}
	if t == nil || t.cancelled {
		return
	}
	t.cancelled = true
	if rec := r.loopRec(); rec != nil {
		rec.Emit(&events.TimerClear{Timer: t.id})
	}
	if r.isNode() {
		if t.list != nil {
			r.nodeUnlinkTimer(t)
		}
		r.removeImmediate(t)
		r.syncTimeoutObject(t)
	}
	delete(r.tasks.timers.byID, t.id)
}

// runTimerCallback calls a timer's callback with `this` as each host passes it.
func (r *Runtime) runTimerCallback(t *hostTimer) {
	if t.code != "" {
		r.indirectEval(t.code)
		return
	}
	this := ObjectValue(r.GlobalThis)
	if t.handle != nil {
		this = ObjectValue(t.handle)
	}
	if t.fn.IsCallable() {
		r.Call(t.fn, this, t.args...)
	}
}
