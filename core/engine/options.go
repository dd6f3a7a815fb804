// Package engine is the facade over the front end, compiler, interpreter and hosts: the CLI, the
// WASM entry and the tests run programs only through Run.
package engine

import (
	"io"

	"enginescope/core/events"
	"enginescope/core/vm"
)

// Options select the host and the V8/Node flags a run uses.
type Options struct {
	Host     string // "node" (default) or "browser"
	Filename string // absolute path of the script, as node would print it
	// MaxSteps is the step budget (V8 has none; a teaching tool needs one). 0 means the default.
	MaxSteps int64
	// StackSizeKB is V8's --stack-size. 0 means the default, 984.
	StackSizeKB int
	// PrintBytecode, when set, receives V8's --print-bytecode listing of each function as it is compiled.
	PrintBytecode io.Writer
	// Recorder receives the event stream; nil turns recording off.
	Recorder events.Recorder
	// OnSlice is called every SliceSteps steps, so a browser driver can yield to its event loop.
	OnSlice    func()
	SliceSteps int64
	// Stdout and Stderr, when set, receive console output as it happens (as well as Result's copy).
	Stdout, Stderr io.Writer
	// LegacyEventLoop "node10" (--legacy-event-loop=node10) runs Node's loop with Node ≤ 10's
	// microtask timing: the notes' timer1 timer2 promise1 promise2.
	LegacyEventLoop string
	// LoopStartDelay is the virtual ms between the main script and Node's first loop iteration:
	// 0 (default) makes a main-module setImmediate beat setTimeout(0), 1 or more the reverse
	// (in real Node that race is not deterministic).
	LoopStartDelay int
	// Files are extra files of the node host's virtual file system (path → contents); the
	// program's own file is always there.
	Files map[string][]byte
	// Heap is the memory flags (vm.Options' fields of the same names): --min-semi-space-size,
	// --max-semi-space-size, --max-old-space-size (scaled MB), --gc=, --trace-gc, --gc-stress,
	// --verify-heap.
	Heap HeapOptions
	// AllowNativesSyntax is node --allow-natives-syntax: %HaveSameMap(a, b), %DebugPrint(o), ….
	AllowNativesSyntax bool
	// LogIC prints a V8 --log-ic line per inline-cache state change on stderr; TraceOpt,
	// TraceDeopt and TraceMaps print V8's --trace-opt, --trace-deopt and --trace-maps lines
	// on stdout.
	LogIC, TraceOpt, TraceDeopt, TraceMaps bool
	// Tiering is V8's tier-up budgets: --invocation-count-for-maglev, --invocation-count-for-turbofan,
	// --minimum-invocations-after-ic-update (0: V8 14.6's defaults).
	Tiering vm.TieringFlags
}

// HeapOptions are V8's memory flags; see vm.Options.
type HeapOptions struct {
	MinSemiSpaceSize, MaxSemiSpaceSize, MaxOldSpaceSize int
	GC                                                  string
	TraceGC, GCStress, VerifyHeap                       bool
}

// Result is what a run printed and how it ended.
type Result struct {
	Stdout   string
	Stderr   string
	ExitCode int
	// Reason is how the run ended: "completed", "uncaught", "syntax-error", "step-budget",
	// "exit", "oom" (the heap limit, exit code 134 as Node's abort) or "internal-error".
	Reason string
	Steps  int64
	// GC counts the collections; HeapErrors is what --verify-heap found (empty when sound).
	GC         vm.GCStats
	HeapErrors []string
}

// Exit codes follow Node's: 1 for an uncaught exception or a syntax error. Exhausting the step
// budget has no Node equivalent; the CLI documents 2 for it.
const (
	ExitOK            = 0
	ExitUncaught      = 1
	ExitStepBudget    = 2
	ExitInternalError = 70 // EX_SOFTWARE: an engine bug, reported with its Go stack
)

func (o *Options) host() string {
	if o.Host == "" {
		return "node"
	}
	return o.Host
}
