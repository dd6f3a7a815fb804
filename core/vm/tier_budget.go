package vm

import (
	"fmt"

	"enginescope/core/events"
)

// Automatic tier-up, as V8 14.6's TieringManager does it (src/execution/tiering-manager.cc).
// A function with a feedback vector has an interrupt budget in bytecode bytes: every Return
// charges the bytes from the function's start to the end of the Return, every JumpLoop the
// back edge. When the budget goes negative the interrupt "ticks" and decides the next step.
// The budgets are V8's flags times the bytecode length, measured against Node 26 with
// %GetOptimizationStatus after every call (natives/opt_auto_*):
//
//	vector allocated (after 9 calls)  → 400 calls to Maglev (--invocation-count-for-maglev)
//	a property IC changes state       → at least 500 more (--minimum-invocations-after-ic-update)
//	marked for Maglev                 → compiled on the next call, installed 100 calls later
//	                                    (--invocation-count-for-maglev-osr: the next tick)
//	Maglev code installed             → 16000·length bytes of Maglev returns to TurboFan (Maglev
//	                                    charges a Return its offset, one byte less than Ignition;
//	                                    V8's --invocation-count-for-turbofan=3000 shows only when
//	                                    set on the command line)
//	marked for TurboFan               → compiled on the next call, installed 500 calls later
//	                                    (--invocation-count-for-osr)
//
// Real V8 compiles concurrently, so when the code arrives depends on the machine; the simulator
// installs it at the next tick, which keeps the trace's order and makes it deterministic.
const (
	budgetMaglev       = 400   // --invocation-count-for-maglev
	budgetAfterIC      = 500   // --minimum-invocations-after-ic-update
	budgetMaglevJob    = 100   // --invocation-count-for-maglev-osr
	budgetTurbofanJob  = 500   // --invocation-count-for-osr
	budgetTurbofanBase = 16000 // measured: Maglev → TurboFan
	budgetNever        = 1 << 30
)

// TieringFlags are V8's tier-up flags a run may set (0: the default). A scene sets them small
// so that a function gets hot in a few calls.
type TieringFlags struct {
	MaglevCount   int // --invocation-count-for-maglev (400)
	TurbofanCount int // --invocation-count-for-turbofan: set, Maglev code runs this many calls (3000 × length bytes of its own)
	ICDelay       int // --minimum-invocations-after-ic-update (500)
	// the budgets that time the simulated compile jobs
	MaglevOSRCount int // --invocation-count-for-maglev-osr (100)
	OSRCount       int // --invocation-count-for-osr (500)
}

func orDefault(v, d int) int32 {
	if v > 0 {
		return int32(v)
	}
	return int32(d)
}

// turbofanBudget is the budget Maglev code gets, in Ignition's units (Maglev charges a Return
// its offset, one byte less than Ignition): V8 14.6 runs 16000 × length bytes of Maglev returns
// unless --invocation-count-for-turbofan is given, then that count × length.
func (r *Runtime) turbofanBudget(n int32) int32 {
	b := int64(budgetTurbofanBase) * int64(n)
	if c := r.Options.Tiering.TurbofanCount; c > 0 {
		b = int64(c) * int64(n)
	}
	if n > 1 {
		b = b * int64(n) / int64(n-1)
	}
	return int32(min(b, budgetNever))
}

// tierStep is where a closure is on its way up.
type tierStep uint8

const (
	stepNone         tierStep = iota // no budget yet (no feedback vector, or not ticked)
	stepIgnition                     // counting towards Maglev
	stepMaglevMarked                 // marked: compiled on the next call
	stepMaglevJob                    // compiling concurrently
	stepMaglev                       // Maglev code: counting towards TurboFan
	stepTurbofanMarked
	stepTurbofanJob
	stepTop // TurboFan code, or never optimized
	stepOSR // the request went to on-stack replacement (tier_osr.go); later calls stay as they are
)

// bytecodeLength is V8's BytecodeArray length of the closure's code.
func (r *Runtime) bytecodeLength(cl *Closure) int32 {
	offs := r.ensureCompiled(cl.SFI).bc.Offsets
	return offs[len(offs)-1]
}

// budgetTick runs when cl's budget went negative (interp.go: Return and JumpLoop).
func (r *Runtime) budgetTick(cl *Closure, fn *Object) {
	t := r.tierOf(fn)
	if t == nil || t.prepared || t.neverOptimize {
		cl.budget = budgetNever
		return
	}
	n := r.bytecodeLength(cl)
	switch t.step {
	case stepNone:
		r.tierStart(cl, t, n)
	case stepIgnition:
		r.markHot(cl, t, fn, tierMaglev, stepMaglevMarked, orDefault(r.Options.Tiering.MaglevOSRCount, budgetMaglevJob)*n)
	case stepMaglevJob:
		r.finishJob(cl, t, fn, tierMaglev)
		cl.budget = r.turbofanBudget(n)
	case stepMaglev:
		r.markHot(cl, t, fn, tierTurbofan, stepTurbofanMarked, orDefault(r.Options.Tiering.OSRCount, budgetTurbofanJob)*n)
	case stepTurbofanJob:
		r.finishJob(cl, t, fn, tierTurbofan)
		t.step = stepTop
		cl.budget = budgetNever
	default: // marked, waiting for the next call
		cl.budget = orDefault(r.Options.Tiering.MaglevOSRCount, budgetMaglevJob) * n
	}
}

// tierStart is the first tick with a feedback vector: V8 has just allocated it and queued the
// function for Sparkplug's batch compilation (which --trace-opt does not show); from here the
// budget counts towards Maglev.
// markHot marks a hot function for the next tier: its compile job starts at its next call
// (tierEntry) and is done when the job's budget is used up.
func (r *Runtime) markHot(cl *Closure, t *tierState, fn *Object, to tier, marked tierStep, jobBudget int32) {
	t.step = marked
	r.traceMarking(fn, to)
	r.emitTier(&events.TierRequest{Tier: tierEventName(to), Reason: "hot and stable"}, cl)
	cl.budget = jobBudget
	cl.tierEntry = true
}

func (r *Runtime) tierStart(cl *Closure, t *tierState, n int32) {
	t.step = stepIgnition
	cl.budget += orDefault(r.Options.Tiering.MaglevCount, budgetMaglev) * n
	if t.code == tierInterpreter {
		r.emitTier(&events.TierRequest{Tier: tierEventName(tierSparkplug), Reason: "feedback allocated"}, cl)
		t.code = tierSparkplug
		r.emitTier(&events.TierInstall{Tier: tierEventName(tierSparkplug)}, cl)
	}
}

// tierICChanged is V8's TieringManager::NotifyICChanged: a property IC changing state delays
// optimization until the function ran budgetAfterIC more times.
func (r *Runtime) tierICChanged(fb *FeedbackVector) {
	f := r.currentFrame()
	if f == nil || f.cl == nil || f.cl.Feedback != fb {
		return
	}
	cl := f.cl
	t := r.tierOf(f.fnObj)
	if t == nil || t.prepared || t.neverOptimize {
		return
	}
	n := r.bytecodeLength(cl)
	if t.step == stepNone {
		r.tierStart(cl, t, n)
	}
	if t.step != stepIgnition {
		return
	}
	if b := orDefault(r.Options.Tiering.ICDelay, budgetAfterIC) * n; cl.budget < b {
		cl.budget = b
	}
}

// tierOnEntry runs on the first call after a function was marked: V8 starts the concurrent
// compile job from the function's entry.
func (r *Runtime) tierOnEntry(cl *Closure, fn *Object) {
	cl.tierEntry = false
	t := r.tierOf(fn)
	if t == nil {
		return
	}
	if t.pending != tierInterpreter {
		r.compileMarked(cl, t, fn) // tier_opt.go
		return
	}
	to := tierMaglev
	switch t.step {
	case stepMaglevMarked:
		t.step = stepMaglevJob
	case stepTurbofanMarked:
		t.step, to = stepTurbofanJob, tierTurbofan
	default:
		return
	}
	if r.Options.TraceOpt {
		r.writeRaw("log", fmt.Sprintf("[compiling method %s (target %s), mode: ConcurrencyMode::kConcurrent]\n", r.traceFunctionName(fn), to))
	}
}

func (r *Runtime) finishJob(cl *Closure, t *tierState, fn *Object, to tier) {
	if r.Options.TraceOpt {
		name := r.traceFunctionName(fn)
		r.writeRaw("log", fmt.Sprintf("[completed compiling %s (target %s)]\n", name, to))
		if to == tierTurbofan {
			r.writeRaw("log", fmt.Sprintf("[completed optimizing %s (target %s)]\n", name, to))
		}
	}
	r.installCode(cl, t, to)
	t.step = stepMaglev
}

func (r *Runtime) traceMarking(fn *Object, to tier) {
	if r.Options.TraceOpt {
		r.writeRaw("log", fmt.Sprintf("[marking %s for optimization to %s, ConcurrencyMode::kConcurrent, reason: hot and stable]\n", r.traceFunctionName(fn), to))
	}
}

// afterDeopt puts a deoptimized function back to counting towards Maglev: the IC change that
// follows (the new map) keeps it there for budgetAfterIC calls.
func (r *Runtime) afterDeopt(cl *Closure, t *tierState) {
	if t.prepared || t.neverOptimize {
		return
	}
	t.step = stepIgnition
	cl.tierEntry = false
	cl.budget = orDefault(r.Options.Tiering.ICDelay, budgetAfterIC) * r.bytecodeLength(cl)
}
