package vm

import "fmt"

// Tier-up and deopt as labels (engine-model §6): EngineScope always interprets the bytecode, but
// it tracks which tier V8 would be running a function in, so --trace-opt/--trace-deopt, the
// tier.* events and %GetOptimizationStatus tell the same story as V8.

type tier uint8

const (
	tierInterpreter tier = iota
	tierSparkplug
	tierMaglev
	tierTurbofan
)

// tierNames are the names --trace-opt prints for a target and <Code …> prints for code.
var tierNames = [...]string{"INTERPRETED_FUNCTION", "SPARKPLUG", "MAGLEV", "TURBOFAN_JS"}

func (t tier) String() string { return tierNames[t] }

// tierState is one closure's tiering bookkeeping.
type tierState struct {
	code          tier // the tier whose code the closure runs
	pending       tier // %Optimize…OnNextCall: compile on the next call
	prepared      bool // %PrepareFunctionForOptimization
	neverOptimize bool
	opt           *optimizedCode // tier_opt.go
	step          tierStep       // tier_budget.go
	oobSeen       map[int32]bool // keyed loads (by instruction) that read past an array's end
	osr           osrStep        // tier_osr.go
	osrFrame      uint32         // the activation (frame id) the OSR code runs in
	osrHeader     int32          // the OSR'd loop: header and JumpLoop instruction indices
	osrEnd        int32
}

// objectModel is the runtime's side state for the object model's observability.
type objectModel struct {
	tiers       map[*Closure]bool        // closures that got optimized code: IC misses check for deopts
	loopBudget  map[*Closure]int         // ic_budget.go
	announced   map[*HiddenClass]bool    // map_events.go: maps already reported by map.create
	optID       int                      // tier_opt.go: V8's opt id counter
	initialMaps map[*Object]*HiddenClass // map_slack.go: constructors' initial maps
	ic          icRuntime                // ic_state.go: the ICs' runtime-wide state
}

func (r *Runtime) tierOf(fn *Object) *tierState {
	cl := closureOf(fn)
	if cl == nil {
		return nil
	}
	if cl.tier == nil {
		cl.tier = &tierState{}
	}
	return cl.tier
}

// prepareForOptimization is %PrepareFunctionForOptimization: V8 makes sure the function has a
// feedback vector (and keeps its bytecode), so the next calls collect feedback.
func (r *Runtime) prepareForOptimization(fn *Object) {
	if t := r.tierOf(fn); t != nil {
		t.prepared = true
		r.ensureFeedbackVector(fn)
	}
}

// ensureFeedbackVector is %EnsureFeedbackVectorForFunction.
func (r *Runtime) ensureFeedbackVector(fn *Object) {
	cl := closureOf(fn)
	if cl == nil || cl.Feedback != nil {
		return
	}
	ci := r.ensureCompiled(cl.SFI)
	cl.Feedback = newFeedbackVector(&ci.bc.Feedback)
}

// neverOptimize is %NeverOptimizeFunction: V8 disables optimization on the SharedFunctionInfo
// (and says so under --trace-opt).
func (r *Runtime) neverOptimize(fn *Object) {
	t := r.tierOf(fn)
	if t == nil {
		return
	}
	if !t.neverOptimize && r.Options.TraceOpt {
		cl := closureOf(fn)
		r.writeRaw("log", fmt.Sprintf("[disabled optimization for 0x%x <SharedFunctionInfo %s>, reason: Optimization is always disabled]\n", r.sfiAddress(cl.SFI), cl.SFI.DebugName()))
	}
	t.neverOptimize = true
}

// optimizationStatus is %GetOptimizationStatus's bit set as Node 26 answers it (measured: 65 for
// an interpreted function, 41 TurboFan, 25 Maglev, 1<<17|1 before the first call; a
// %NeverOptimizeFunction'd function sets no bit of its own). Sparkplug code is batch compiled
// at a moment that depends on other functions, so its bit is left out: interpreted.
func (r *Runtime) optimizationStatus(fn *Object) int {
	t := r.tierOf(fn)
	if t == nil {
		return 0
	}
	s := 1 // kIsFunction
	switch t.code {
	case tierMaglev:
		s |= 1<<3 | 1<<4 // kOptimized | kMaglevved
	case tierTurbofan:
		s |= 1<<3 | 1<<5 // kOptimized | kTurboFanned
	default:
		if cl := closureOf(fn); sfiDataOf(cl.SFI).code == nil {
			return s | 1<<17 // kIsLazy
		}
		s |= 1 << 6 // kInterpreted
	}
	switch t.step {
	case stepMaglevMarked:
		s |= 1 << 22 // kMarkedForConcurrentMaglevOptimization
	case stepTurbofanMarked:
		s |= 1 << 8 // kMarkedForConcurrentOptimization
	case stepMaglevJob, stepTurbofanJob:
		s |= 1 << 9 // kOptimizingConcurrently
	}
	return s
}

// makeFast is %ToFastProperties: a dictionary object gets fast properties again.
func (r *Runtime) makeFast(o *Object) {
	if o.hc.Dictionary && o.hc.InstanceType != TypeGlobalObject {
		r.migrateToFast(o)
	}
}
