package events

// The event loops (engine-model §8): task queues, the microtask queue, Node's nextTick queue and
// libuv phases, timers, the thread pool, rendering, and async functions suspending on promises.

const (
	KindTaskEnqueue      = "task.enqueue"
	KindTaskRun          = "task.run"
	KindMicrotaskEnqueue = "microtask.enqueue"
	KindMicrotaskRun     = "microtask.run"
	KindTickEnqueue      = "tick.enqueue"
	KindTickRun          = "tick.run"
	KindCheckpointBegin  = "checkpoint.begin"
	KindCheckpointEnd    = "checkpoint.end"
	KindLoopPhase        = "loop.phase"
	KindTimerSet         = "timer.set"
	KindTimerClear       = "timer.clear"
	KindTimerFire        = "timer.fire"
	KindImmediateRun     = "immediate.run"
	KindIOSubmit         = "io.submit"
	KindIOComplete       = "io.complete"
	KindWorkerBusy       = "worker.busy"
	KindWorkerIdle       = "worker.idle"
	KindAsyncSuspend     = "async.suspend"
	KindAsyncResume      = "async.resume"
	KindPromiseSettle    = "promise.settle"
	KindPromiseUnhandled = "promise.unhandled"
	KindRenderBegin      = "render.begin"
	KindRafRun           = "raf.run"
	KindClockAdvance     = "clock.advance"
)

// TaskEnqueue: a task (macrotask) joined a queue: a browser task source, or a Node phase's queue.
type TaskEnqueue struct {
	Header
	ID    uint32 `json:"id"`              // task id, unique in the run
	Queue string `json:"queue"`           // timers, check, poll, close (Node); timer, messaging, networking, rendering, dom (browser)
	Label string `json:"label"`           // what will run: the callback's name or a description
	Due   int64  `json:"due,omitempty"`   // virtual ms since the run started when it becomes runnable (timers)
	Timer uint32 `json:"timer,omitempty"` // the timer that queued it
}

func (*TaskEnqueue) Kind() string { return KindTaskEnqueue }

// TaskRun: the event loop took a task and is about to run its callback (the JS stack is empty).
// The main script has none: it runs before the loop starts, and the page counts callbacks by it.
type TaskRun struct {
	Header
	ID    uint32 `json:"id"`    // task id from task.enqueue
	Queue string `json:"queue"` // as in task.enqueue
	Label string `json:"label"` // the callback's name or a description
}

func (*TaskRun) Kind() string { return KindTaskRun }

// MicrotaskEnqueue: a job joined V8's microtask queue.
type MicrotaskEnqueue struct {
	Header
	Job     uint32 `json:"job"`               // job id, unique in the run
	JobKind string `json:"jobKind"`           // reaction, thenable, await or queueMicrotask
	Label   string `json:"label"`             // the handler's name or a description
	Promise uint32 `json:"promise,omitempty"` // id of the promise whose settlement queued it (see promise.settle)
}

func (*MicrotaskEnqueue) Kind() string { return KindMicrotaskEnqueue }

// MicrotaskRun: a microtask job starts.
type MicrotaskRun struct {
	Header
	Job     uint32 `json:"job"`     // job id from microtask.enqueue
	JobKind string `json:"jobKind"` // reaction, thenable, await or queueMicrotask
	Label   string `json:"label"`   // the handler's name or a description
}

func (*MicrotaskRun) Kind() string { return KindMicrotaskRun }

// TickEnqueue: process.nextTick queued a callback (Node).
type TickEnqueue struct {
	Header
	Tick  uint32 `json:"tick"`  // tick id
	Label string `json:"label"` // the callback's name
}

func (*TickEnqueue) Kind() string { return KindTickEnqueue }

// TickRun: a nextTick callback starts.
type TickRun struct {
	Header
	Tick  uint32 `json:"tick"`  // tick id from tick.enqueue
	Label string `json:"label"` // the callback's name
}

func (*TickRun) Kind() string { return KindTickRun }

// CheckpointBegin: the queues drain after a callback: Node's nextTick queue then microtasks,
// or a browser's microtask checkpoint.
type CheckpointBegin struct {
	Header
	Pending int `json:"pending"` // jobs waiting (microtasks plus nextTicks)
}

func (*CheckpointBegin) Kind() string { return KindCheckpointBegin }

// CheckpointEnd: the queues are empty again.
type CheckpointEnd struct {
	Header
	Ran int `json:"ran"` // jobs run by this checkpoint
}

func (*CheckpointEnd) Kind() string { return KindCheckpointEnd }

// LoopPhase: Node's event loop entered a libuv phase.
type LoopPhase struct {
	Header
	Phase     string `json:"phase"`     // timers, pending, idle, prepare, poll, check or close
	Iteration int    `json:"iteration"` // loop iteration, from 1
}

func (*LoopPhase) Kind() string { return KindLoopPhase }

// TimerSet: setTimeout/setInterval registered a timer.
type TimerSet struct {
	Header
	Timer     uint32 `json:"timer"`             // timer id (the browser's return value)
	Requested string `json:"requested"`         // the delay argument as given, converted to a number
	Delay     int64  `json:"delay"`             // the delay actually used, in ms
	Due       int64  `json:"due"`               // virtual ms since the run started when it fires
	Repeat    bool   `json:"repeat,omitempty"`  // setInterval
	Clamped   string `json:"clamped,omitempty"` // why the delay changed: node-floor, nesting, overflow
	Label     string `json:"label"`             // the callback's name
}

func (*TimerSet) Kind() string { return KindTimerSet }

// TimerClear: clearTimeout/clearInterval cancelled a timer.
type TimerClear struct {
	Header
	Timer uint32 `json:"timer"` // timer id
}

func (*TimerClear) Kind() string { return KindTimerClear }

// TimerFire: a timer is due and its callback runs now.
type TimerFire struct {
	Header
	Timer uint32 `json:"timer"` // timer id
	Due   int64  `json:"due"`   // when it was due (virtual ms since the start)
	Now   int64  `json:"now"`   // the clock now (later than due when the loop was busy)
}

func (*TimerFire) Kind() string { return KindTimerFire }

// ImmediateRun: Node's check phase runs a setImmediate callback.
type ImmediateRun struct {
	Header
	Immediate uint32 `json:"immediate"` // immediate id
	Label     string `json:"label"`     // the callback's name
}

func (*ImmediateRun) Kind() string { return KindImmediateRun }

// IOSubmit: an asynchronous I/O request was handed to the thread pool (Node) or the network (fetch).
type IOSubmit struct {
	Header
	Req    uint32 `json:"req"`    // request id
	Op     string `json:"op"`     // readFile, writeFile, stat, fetch, …
	Target string `json:"target"` // path or URL
	Worker int    `json:"worker"` // thread-pool worker (0-3), -1 while queued or for the network
	Done   int64  `json:"done"`   // virtual ms since the start when it completes
}

func (*IOSubmit) Kind() string { return KindIOSubmit }

// IOComplete: a request finished; its callback is queued for the poll phase (or a task).
type IOComplete struct {
	Header
	Req    uint32 `json:"req"`             // request id
	Op     string `json:"op"`              // as in io.submit
	Error  string `json:"error,omitempty"` // the error code (ENOENT, …) if it failed
	Worker int    `json:"worker"`          // the worker that ran it, -1 for the network
}

func (*IOComplete) Kind() string { return KindIOComplete }

// WorkerBusy: a libuv thread-pool worker took a request.
type WorkerBusy struct {
	Header
	Worker int    `json:"worker"` // 0-3
	Req    uint32 `json:"req"`    // request id
}

func (*WorkerBusy) Kind() string { return KindWorkerBusy }

// WorkerIdle: a thread-pool worker finished its request and is free.
type WorkerIdle struct {
	Header
	Worker int `json:"worker"` // 0-3
}

func (*WorkerIdle) Kind() string { return KindWorkerIdle }

// AsyncSuspend: an async function (or async generator) suspended at an await; its generator
// object stays on the heap until a microtask resumes it.
type AsyncSuspend struct {
	Header
	Generator Addr   `json:"generator"` // the suspended generator object
	Fn        string `json:"fn"`        // function name
	Awaited   Value  `json:"awaited"`   // the awaited value
	Promise   uint32 `json:"promise"`   // id of the promise the continuation waits on
}

func (*AsyncSuspend) Kind() string { return KindAsyncSuspend }

// AsyncResume: a microtask resumes a suspended async function.
type AsyncResume struct {
	Header
	Generator Addr   `json:"generator"` // the generator object
	Fn        string `json:"fn"`        // function name
	Mode      string `json:"mode"`      // next (fulfilled) or throw (rejected)
	Value     Value  `json:"value"`     // the value or reason it resumes with
}

func (*AsyncResume) Kind() string { return KindAsyncResume }

// PromiseSettle: a promise was fulfilled or rejected.
type PromiseSettle struct {
	Header
	Promise uint32 `json:"promise"`   // promise id (creation order, from 1)
	Addr    Addr   `json:"addr"`      // the promise object
	State   string `json:"state"`     // fulfilled or rejected
	Value   Value  `json:"value"`     // the result
	Waiting int    `json:"reactions"` // reactions queued as microtasks by the settlement
}

func (*PromiseSettle) Kind() string { return KindPromiseSettle }

// PromiseUnhandled: the host reports a rejection nobody handled (Node: an error and exit code 1
// unless 'unhandledRejection' is listened to; browser: "Uncaught (in promise)").
type PromiseUnhandled struct {
	Header
	Promise uint32 `json:"promise"` // promise id
	Reason  Value  `json:"reason"`  // the rejection reason
}

func (*PromiseUnhandled) Kind() string { return KindPromiseUnhandled }

// RenderBegin: a browser rendering opportunity (every 16.7 ms of virtual time with rAF callbacks).
type RenderBegin struct {
	Header
	Frame int   `json:"frame"` // frame number, from 1
	Now   int64 `json:"now"`   // the rAF timestamp's ms (virtual time since the start)
	Rafs  int   `json:"rafs"`  // requestAnimationFrame callbacks to run
}

func (*RenderBegin) Kind() string { return KindRenderBegin }

// RafRun: a requestAnimationFrame callback runs (a microtask checkpoint follows it).
type RafRun struct {
	Header
	Handle uint32 `json:"handle"` // the id requestAnimationFrame returned
	Label  string `json:"label"`  // the callback's name
}

func (*RafRun) Kind() string { return KindRafRun }

// ClockAdvance: the virtual clock jumped forward (the loop waited for a timer or for I/O).
type ClockAdvance struct {
	Header
	Now    int64  `json:"now"`    // virtual ms since the run started
	Reason string `json:"reason"` // timer, io or render
}

func (*ClockAdvance) Kind() string { return KindClockAdvance }
