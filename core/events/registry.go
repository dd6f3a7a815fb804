package events

// Role says how a kind moves the step counters (see Sequencer).
type Role uint8

const (
	ClosesStep Role = 1 << iota // closes the current bytecode step (bytecode.exec)
	OpensCall                   // starts a new call step (frame.push, frame.pop)
	OpensTask                   // starts a new task (task.run, when the event loop lands)
	Releases                    // releases the pending step without closing it (program.end)
)

// KindInfo is one row of the kind table.
type KindInfo struct {
	Kind    string
	Role    Role
	Doc     string       // one sentence for docs/events.md
	New     func() Event // a zero event of the kind, for decoding
	Example func() Event // a fresh, unstamped example, for tests and docs/events.md
}

func def[T any, P interface {
	*T
	Event
}](role Role, doc string, example func() P) KindInfo {
	return KindInfo{
		Kind:    example().Kind(),
		Role:    role,
		Doc:     doc,
		New:     func() Event { return P(new(T)) },
		Example: func() Event { return example() },
	}
}

// table is every kind, in the order docs/events.md lists them.
var table = []KindInfo{
	def(0, "A function or the script was fully parsed.", func() *ParseFull {
		return &ParseFull{Header: loc(1, 1, 0), Fn: "counter", SFI: 1, Start: 0, End: 52, ContextVars: []string{"n"}}
	}),
	def(0, "An inner function was preparsed (scope analysis only): the script's functions when the script is parsed, a function's own inner functions when it is compiled lazily (its full parse), before its `compile.lazy`.", func() *ParsePreparse {
		return &ParsePreparse{Header: loc(1, 38, 37), Fn: "", SFI: 2, Start: 37, End: 50, Captures: []string{"n"}}
	}),
	def(0, "A function was compiled to bytecode on its first call.", func() *CompileLazy {
		return &CompileLazy{Header: loc(2, 1, 59), Fn: "add", SFI: 3, Start: 59, End: 107, Length: 7, Regs: 1, Params: 3,
			Disasm: "   29 S> @    0 : Ldar a1\n   31 E> @    2 : Add a0, FBV[0]\n         @    5 : Star0\n   45 S> @    6 : Return\n"}
	}),
	def(OpensCall, "A JS frame was pushed; the position is the call site.", func() *FramePush {
		return &FramePush{Header: loc(3, 13, 120), Frame: 2, Depth: 2, Fn: "add", SFI: 3, Closure: 0x2a0c1, Context: 0x2a001,
			This: Undefined(), Args: []Value{Smi(1), Number("2.5", 0x2a0e9)}, Regs: 1}
	}),
	def(OpensCall, "A frame was popped by a return or by an exception.", func() *FramePop {
		return &FramePop{Frame: 2, Depth: 1, Exit: "return", Value: Number("3.5", 0x2a0f5)}
	}),
	def(0, "A push would exceed the stack limit; a RangeError follows.", func() *StackOverflow {
		return &StackOverflow{Depth: 10000, Limit: 10000}
	}),
	def(ClosesStep, "One bytecode instruction finished, emitted after its other events.", func() *BytecodeExec {
		return &BytecodeExec{Header: loc(2, 31, 89), Frame: 2, SFI: 3, PC: 2, Op: "Add", Operands: "a0, FBV[0]",
			Acc: Number("3.5", 0x2a0f5), StmtStart: true}
	}),
	def(0, "A register changed.", func() *RegisterWrite {
		return &RegisterWrite{Frame: 2, Reg: "r0", Value: Number("3.5", 0x2a0f5)}
	}),
	def(0, "A heap Context was created for captured variables.", func() *ContextAlloc {
		return &ContextAlloc{Addr: 0x2a111, Slots: 1, Names: []string{"n"}, Parent: 0x2a001, Scope: "function"}
	}),
	def(0, "A Context slot changed.", func() *ContextWrite {
		return &ContextWrite{Addr: 0x2a111, Slot: 0, Name: "n", Value: Smi(0)}
	}),
	def(0, "CreateClosure made a JSFunction.", func() *ClosureCreate {
		return &ClosureCreate{Closure: 0x2a121, Fn: "", SFI: 2, Context: 0x2a111}
	}),
	def(0, "An object was allocated on the simulated heap.", func() *HeapAlloc {
		return &HeapAlloc{Addr: 0x2a141, Size: 28, Type: "JSObject", Map: 7, Space: "new"}
	}),
	def(0, "A property was stored.", func() *PropertySet {
		return &PropertySet{Object: 0x2a141, Key: "x", Value: Smi(1), MapBefore: 7, MapAfter: 8}
	}),
	def(0, "A map (hidden class) was created.", func() *MapCreate {
		return &MapCreate{Map: 8, Addr: 0x2a161, Type: "JS_OBJECT_TYPE", Parent: 7, InObject: 4, Size: 28, Elements: "HOLEY_ELEMENTS", Proto: 0x2a001}
	}),
	def(0, "An object took a new edge of the transition tree.", func() *MapTransition {
		return &MapTransition{From: 7, To: 8, Key: "x", Edge: "property", Field: 0, Where: "in-object", Object: 0x2a141, Rep: "smi"}
	}),
	def(0, "An object followed an existing transition and shares its map.", func() *MapReuse {
		return &MapReuse{From: 7, To: 8, Key: "x", Object: 0x2a181}
	}),
	def(0, "A field's representation changed: the old map is deprecated, objects migrate lazily.", func() *MapDeprecate {
		return &MapDeprecate{Map: 8, New: 12, Key: "x", From: "smi", To: "double"}
	}),
	def(0, "An inline cache changed state (the --log-ic line).", func() *ICTransition {
		return &ICTransition{Header: loc(6, 12, 70), Fn: "loadX", SFI: 2, Slot: 0, IC: "LoadIC", Old: "1", New: "P", Map: 9, Key: "x", Maps: []uint32{8, 9}}
	}),
	def(0, "A BinaryOp feedback slot widened: the hint optimized code will be compiled for (a Smi-only Add checks its inputs and its result; a later double makes that code deoptimize, \"not a Smi\").", func() *BinopFeedback {
		return &BinopFeedback{Header: loc(2, 12, 9), Fn: "add", SFI: 2, Slot: 0, Op: "Add", Old: "SignedSmall", New: "Number"}
	}),
	def(0, "A function was marked for a tier: SPARKPLUG when its feedback vector is allocated, MAGLEV and then TURBOFAN when its interrupt budget (bytecode bytes charged on Return and JumpLoop, V8's invocation counts times the bytecode length) runs out, or on request by %OptimizeFunctionOnNextCall.", func() *TierRequest {
		return &TierRequest{Fn: "loadX", SFI: 2, Tier: "MAGLEV", Reason: "hot and stable"}
	}),
	def(0, "A function's code was replaced by the tier's code (a label: the bytecode still runs). A marked function starts its compile job on its next call and installs the code at its next budget tick (V8 compiles concurrently).", func() *TierInstall {
		return &TierInstall{Fn: "loadX", SFI: 2, Tier: "MAGLEV"}
	}),
	def(0, "Optimized code bailed out to the interpreter (IGNITION): a receiver map it was not compiled for (\"wrong map\"), a property access that had no feedback when it was compiled (\"Insufficient type feedback for generic named access\"), an array read past its end (\"out of bounds\"); the function then counts towards MAGLEV again. \"prepare for on stack replacement (OSR)\" is the Maglev OSR code of a loop leaving for TurboFan's.", func() *Deopt {
		return &Deopt{Fn: "loadX", SFI: 2, Tier: "TURBOFAN", DeoptKind: "deopt-eager", Reason: "wrong map", Offset: 0}
	}),
	def(0, "A scavenge began: from-space holds the objects, to-space is empty.", func() *GCScavengeStart {
		return &GCScavengeStart{Reason: "allocation failure", From: 0x8040001, To: 0x8050001, Capacity: 16384, Used: 16320, AgeMark: 0x8040c01}
	}),
	def(0, "The scavenger copied a live object into to-space, leaving a forwarding address.", func() *GCCopy {
		return &GCCopy{From: 0x8040e41, To: 0x8050001, Size: 56, Type: "JSObject"}
	}),
	def(0, "A pointer to an already copied object was updated from its forwarding address.", func() *GCForward {
		return &GCForward{Host: 0x8400101, From: 0x8040e41, To: 0x8050001}
	}),
	def(0, "An object moved to old space (second survival, to-space full, or a full GC).", func() *GCPromote {
		return &GCPromote{From: 0x8040201, To: 0x8400e01, Size: 56, Type: "JSObject"}
	}),
	def(0, "The semispaces swapped roles at the end of a scavenge.", func() *GCFlip {
		return &GCFlip{From: 0x8040001, To: 0x8050001, Used: 1240, AgeMark: 0x80504d9}
	}),
	def(0, "Incremental marking began; the roots were shaded grey.", func() *GCMarkStart {
		return &GCMarkStart{OldSize: 66560, Limit: 65536}
	}),
	def(0, "Marking discovered an object: white to grey, onto the worklist.", func() *GCMarkGrey {
		return &GCMarkGrey{Obj: 0x8400e01, From: 0x8400101, Type: "JSObject"}
	}),
	def(0, "Marking visited an object's fields: grey to black.", func() *GCMarkBlack {
		return &GCMarkBlack{Obj: 0x8400e01, Type: "JSObject"}
	}),
	def(0, "One incremental marking step ran between pieces of the program.", func() *GCMarkStep {
		return &GCMarkStep{Bytes: 4096, Left: 31}
	}),
	def(0, "The Dijkstra marking barrier shaded a stored white object grey.", func() *GCBarrierMarking {
		return &GCBarrierMarking{Host: 0x8400101, Value: 0x8041201}
	}),
	def(0, "The generational barrier recorded an old object's slot pointing into new space.", func() *GCBarrierGenerational {
		return &GCBarrierGenerational{Host: 0x8400101, Value: 0x8041201}
	}),
	def(0, "The sweeper turned a page's dead objects into free-list entries.", func() *GCSweep {
		return &GCSweep{Page: 0x8400001, Live: 9216, Freed: 6144, FreeList: 12}
	}),
	def(0, "Compaction moved a fragmented page's live objects and released the page.", func() *GCEvacuate {
		return &GCEvacuate{Page: 0x8404001, Bytes: 2048}
	}),
	def(0, "A collection finished; the line is what --trace-gc prints.", func() *GCEnd {
		return &GCEnd{Collector: "Scavenge", Reason: "allocation failure", Before: 20480, After: 9216,
			CommittedBefore: 49152, CommittedAfter: 49152, Promoted: 512, Freed: 201, PauseMs: "0.36",
			Trace: "[4242:0x2c036000]        3 ms: Scavenge 20.0 (48.0) -> 9.0 (48.0) MB, pooled: 0.0 MB, 0.36 / 0.00 ms (average mu = 1.000, current mu = 1.000) allocation failure; "}
	}),
	def(0, "The heap limit was reached; the run stops as Node's out-of-memory abort.", func() *HeapOOM {
		return &HeapOOM{Message: "Reached heap limit", Used: 20480, Limit: 20480}
	}),
	def(0, "The program printed something.", func() *Console {
		return &Console{Level: "log", Text: "3.5 { x: 1 }", Stream: "stdout"}
	}),
	def(0, "A value was thrown; the position is the throw site.", func() *ExceptionThrow {
		return &ExceptionThrow{Header: loc(5, 7, 160), Value: Object("TypeError: f is not a function", 0x2a201),
			Message: "TypeError: f is not a function", Frame: 1}
	}),
	def(0, "A handler caught the exception.", func() *ExceptionCatch {
		return &ExceptionCatch{Frame: 1, SFI: 0, Handler: 24, Value: Object("TypeError: f is not a function", 0x2a201)}
	}),
	def(0, "A task joined a queue (a browser task source or a Node phase's queue).", func() *TaskEnqueue {
		return &TaskEnqueue{ID: 3, Queue: "timers", Label: "timer1", Due: 1, Timer: 1}
	}),
	def(OpensTask, "The event loop runs a task; the JS stack is empty.", func() *TaskRun {
		return &TaskRun{ID: 3, Queue: "timers", Label: "timer1"}
	}),
	def(0, "A job joined the microtask queue.", func() *MicrotaskEnqueue {
		return &MicrotaskEnqueue{Job: 5, JobKind: "reaction", Label: "promise1", Promise: 2}
	}),
	def(0, "A microtask job starts.", func() *MicrotaskRun {
		return &MicrotaskRun{Job: 5, JobKind: "reaction", Label: "promise1"}
	}),
	def(0, "process.nextTick queued a callback (Node).", func() *TickEnqueue {
		return &TickEnqueue{Tick: 1, Label: "tick"}
	}),
	def(0, "A nextTick callback starts (Node).", func() *TickRun {
		return &TickRun{Tick: 1, Label: "tick"}
	}),
	def(0, "The nextTick and microtask queues start draining after a callback.", func() *CheckpointBegin {
		return &CheckpointBegin{Pending: 2}
	}),
	def(0, "The nextTick and microtask queues are empty again.", func() *CheckpointEnd {
		return &CheckpointEnd{Ran: 2}
	}),
	def(0, "Node's loop entered a libuv phase.", func() *LoopPhase {
		return &LoopPhase{Phase: "timers", Iteration: 1}
	}),
	def(0, "setTimeout/setInterval registered a timer.", func() *TimerSet {
		return &TimerSet{Header: loc(1, 1, 0), Timer: 1, Requested: "0", Delay: 1, Due: 1, Clamped: "node-floor", Label: "timer1"}
	}),
	def(0, "clearTimeout/clearInterval cancelled a timer.", func() *TimerClear {
		return &TimerClear{Timer: 1}
	}),
	def(0, "A due timer's callback runs.", func() *TimerFire {
		return &TimerFire{Timer: 1, Due: 1, Now: 1}
	}),
	def(0, "Node's check phase runs a setImmediate callback.", func() *ImmediateRun {
		return &ImmediateRun{Immediate: 1, Label: "immediate"}
	}),
	def(0, "An I/O request went to the thread pool or the network.", func() *IOSubmit {
		return &IOSubmit{Req: 1, Op: "readFile", Target: "/app/main.js", Worker: 0, Done: 3}
	}),
	def(0, "An I/O request finished; its callback is queued.", func() *IOComplete {
		return &IOComplete{Req: 1, Op: "readFile", Worker: 0}
	}),
	def(0, "A thread-pool worker took a request.", func() *WorkerBusy {
		return &WorkerBusy{Worker: 0, Req: 1}
	}),
	def(0, "A thread-pool worker is free again.", func() *WorkerIdle {
		return &WorkerIdle{Worker: 0}
	}),
	def(0, "An async function suspended at an await.", func() *AsyncSuspend {
		return &AsyncSuspend{Generator: 0x2a301, Fn: "a1", Awaited: Undefined(), Promise: 4}
	}),
	def(0, "A microtask resumes a suspended async function.", func() *AsyncResume {
		return &AsyncResume{Generator: 0x2a301, Fn: "a1", Mode: "next", Value: Undefined()}
	}),
	def(0, "A promise was fulfilled or rejected.", func() *PromiseSettle {
		return &PromiseSettle{Promise: 2, Addr: 0x2a2c1, State: "fulfilled", Value: Smi(1), Waiting: 1}
	}),
	def(0, "The host reports a rejection nobody handled.", func() *PromiseUnhandled {
		return &PromiseUnhandled{Promise: 3, Reason: Smi(42)}
	}),
	def(0, "A browser rendering opportunity begins.", func() *RenderBegin {
		return &RenderBegin{Frame: 1, Now: 17, Rafs: 1}
	}),
	def(0, "A requestAnimationFrame callback runs.", func() *RafRun {
		return &RafRun{Handle: 1, Label: "step"}
	}),
	def(0, "The virtual clock jumped forward.", func() *ClockAdvance {
		return &ClockAdvance{Now: 100, Reason: "timer"}
	}),
	def(Releases, "The run is over; always the last event.", func() *ProgramEnd {
		return &ProgramEnd{Code: 0, Reason: "completed", Steps: 1}
	}),
}

func loc(line, col, pos int) Header { return Header{Loc: At(line, col, pos)} }

var (
	byKind = map[string]int{}
	roles  = map[string]Role{}
)

func init() {
	for i, k := range table {
		if _, dup := byKind[k.Kind]; dup {
			panic("events: kind registered twice: " + k.Kind)
		}
		byKind[k.Kind] = i
		roles[k.Kind] = k.Role
	}
}

// Kinds lists the kind table in documentation order.
func Kinds() []KindInfo { return append([]KindInfo(nil), table...) }

// Lookup finds a kind's row.
func Lookup(kind string) (KindInfo, bool) {
	i, ok := byKind[kind]
	if !ok {
		return KindInfo{}, false
	}
	return table[i], true
}
