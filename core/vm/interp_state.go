package vm

import (
	bc "enginescope/core/bytecode"
	"enginescope/core/events"
)

// interpreter is the interpreter's per-runtime state: the value stack holding every frame's
// register file, the frame stack, step counting and the event recorder.
type interpreter struct {
	stack  []Value
	sp     int // first free stack slot
	frames []*frame
	free   []*frame

	steps    int64
	maxSteps int64

	// simulated stack accounting (V8's --stack-size)
	stackUsed  int
	stackLimit int
	// nested Go-level interpreter entries (natives calling back into JavaScript)
	nesting int

	rec *stepLog // nil: recording off
	// awaiting is the async function's generator object while its await subscribes
	awaiting    *Object
	nextFrameID uint32

	// hook runs every hookEvery steps (the WASM driver yields to the browser there).
	hook      func()
	hookEvery int64
	nextHook  int64
	// stepGate is the step count at which the loop must look at the step budget or the hook
	// (the earlier of the two), so the common step costs one comparison.
	stepGate int64

	onCompile func(*bc.SharedFunctionInfo)
	async     *AsyncHooks
	addrs     *bc.AddressSpace

	internalSymbols map[string]*Symbol
	// scriptContext is the context top-level code and its closures start from.
	scriptContext *Context
	// pending message (SetPendingMessage) — kept for completeness of try/finally.
	pendingMessage Value

	// pendingAcc is the accumulator the loop starts with (the exception at a handler).
	pendingAcc Value
	// lastThrowPC etc. remember where the current exception was thrown (for reports).
	throwSite ThrowInfo
	siteExc   *Exception // the exception throwSite describes
	rethrow   bool       // the exception in flight is a ReThrow (keeps the original site)
}

// ThrowInfo locates the instruction that threw the current exception.
type ThrowInfo struct {
	SFI *bc.SharedFunctionInfo
	Pos int // UTF-16 source position, -1 unknown
}

// maxNesting bounds Go stack depth when natives re-enter the interpreter.
const maxNesting = 400

func (it *interpreter) init(r *Runtime) {
	if it.stack == nil {
		it.stack = make([]Value, 4096)
		it.maxSteps = r.Options.MaxSteps
		if it.maxSteps == 0 {
			it.maxSteps = DefaultMaxSteps
		}
		kb := r.Options.StackSizeKB
		if kb == 0 {
			kb = DefaultStackSizeKB
		}
		it.stackLimit = kb * 1024
		it.pendingMessage = Hole
		it.resetStepGate()
	}
}

// resetStepGate sets stepGate from the step budget and the hook.
func (it *interpreter) resetStepGate() {
	it.stepGate = it.maxSteps + 1
	if it.hook != nil && it.nextHook < it.stepGate {
		it.stepGate = it.nextHook
	}
}

// stepGateReached stops a run past its step budget, or calls the hook when it is due.
func (r *Runtime) stepGateReached() {
	it := &r.interp
	if it.steps > it.maxSteps {
		r.terminate()
	}
	if it.hook != nil && it.steps >= it.nextHook {
		it.nextHook = it.steps + it.hookEvery
		it.rec.flush() // the driver reads the stream while it yields
		it.hook()
	}
	it.resetStepGate()
}

// SetRecorder attaches an event recorder (nil detaches).
func (r *Runtime) SetRecorder(rec events.Recorder) {
	r.interp.rec.flush()
	r.interp.rec = nil
	r.Heap.onAllocLog = nil
	if rec != nil {
		r.interp.rec = newStepLog(r, rec)
	}
}

// SetStepHook makes the interpreter call h every n executed bytecodes.
func (r *Runtime) SetStepHook(n int64, h func()) {
	r.interp.hook, r.interp.hookEvery = h, n
	r.interp.nextHook = r.interp.steps + n
	r.interp.resetStepGate()
}

// Steps reports how many bytecodes ran.
func (r *Runtime) Steps() int64 { return r.interp.steps }

// Termination is raised (as a Go panic) when the step budget is exhausted: it unwinds all
// JavaScript frames without running catch or finally blocks (V8's TerminateExecution).
type Termination struct{ Steps int64 }

func (t *Termination) Error() string { return "execution terminated: step budget exhausted" }
