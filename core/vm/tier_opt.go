package vm

import (
	"fmt"

	bc "enginescope/core/bytecode"
	"enginescope/core/events"
)

// Optimized code as a label: when a function is "compiled" by Maglev or TurboFan its feedback
// is frozen into the assumptions the code makes (the maps each property access has seen). The
// bytecode keeps running; when an access meets a map outside those assumptions the code
// deoptimizes eagerly with V8's reason "wrong map", back to the interpreter.

// optimizedCode is what a function's optimized code assumes.
type optimizedCode struct {
	maps map[int32][]*HiddenClass // feedback slot → the receiver maps it was compiled for
	// cold are the property ICs that had no feedback (state 0) when the code was compiled:
	// V8 compiles a soft bailout there, "Insufficient type feedback for generic named access".
	cold map[int32]icKind
	// grows are the keyed store slots whose element handlers may grow the array (store mode
	// GROW_AND_HANDLE_COW): code compiled from in-bounds stores only checks the index instead.
	grows map[int32]bool
	// coldCalls are the call slots without feedback ("Insufficient type feedback for call");
	// inlined are the call sites whose target the code inlines (tier_inline.go).
	// storeReps are the field representations the code's named stores write (per slot and
	// receiver map): a value that does not fit fails the store's check (checkStoreRep).
	storeReps map[storeKey]Representation
	// calls holds them per call slot, indexed like the feedback vector (nil: no call site
	// needs a check): a slice, because every call in optimized code consults it.
	calls []codeCall
}

// codeCall is what optimized code assumed at one call site.
type codeCall struct {
	cold      bool         // no feedback: "Insufficient type feedback for call"
	hasTarget bool         // one target, which the code checks ("wrong call target")
	target    callFeedback //
	inlined   *inlinedCallee
}

// callAt is slot's call-site record, made on first use.
func (code *optimizedCode) callAt(slot int32, n int) *codeCall {
	if code.calls == nil {
		code.calls = make([]codeCall, n)
	}
	return &code.calls[slot]
}

func (r *Runtime) optimizeOnNextCall(fn *Object, to tier) {
	t := r.tierOf(fn)
	if t == nil || t.neverOptimize {
		return
	}
	cl := closureOf(fn)
	name := r.traceFunctionName(fn)
	if r.Options.TraceOpt {
		r.writeRaw("log", fmt.Sprintf("[manually marking %s for optimization to %s, ConcurrencyMode::kSynchronous]\n", name, to))
	}
	r.emitTier(&events.TierRequest{Tier: tierEventName(to), Reason: "manual"}, cl)
	// ConcurrencyMode::kSynchronous: the next call compiles the code before it runs
	// (compileMarked), so two functions marked in a row print both markings first.
	t.pending = to
	cl.tierEntry = true
}

// compileMarked is the call after %Optimize…OnNextCall: V8 compiles synchronously on entry.
func (r *Runtime) compileMarked(cl *Closure, t *tierState, fn *Object) {
	to := t.pending
	t.pending = tierInterpreter
	if r.Options.TraceOpt {
		name := r.traceFunctionName(fn)
		r.writeRaw("log", fmt.Sprintf("[compiling method %s (target %s), mode: ConcurrencyMode::kSynchronous]\n", name, to))
		r.writeRaw("log", fmt.Sprintf("[completed compiling %s (target %s)]\n", name, to))
	}
	r.installCode(cl, t, to)
}

// runsOptimized reports whether frame f runs the closure's optimized code, and where a deopt
// resumes (-1: at the current instruction). Code compiled by on-stack replacement is for its
// loop: a later activation enters it at the loop's back edge, so it deopts there only from
// inside the loop, resuming at the loop's first checkpoint (as Node 26 reports it).
func (t *tierState) runsOptimized(f *frame) (bool, int) {
	if t == nil || t.opt == nil {
		return false, -1
	}
	if t.osr == osrNone || t.osrFrame == f.id {
		return true, -1
	}
	if int32(f.pc) < t.osrHeader || int32(f.pc) > t.osrEnd {
		return false, -1
	}
	return true, int(f.code.bc.Offsets[osrEntry(f.code.bc.Code, t.osrHeader)])
}

// installCode freezes the closure's feedback into the optimized code's assumptions, with the
// feedback of the callees it inlines (tier_inline.go).
func (r *Runtime) installCode(cl *Closure, t *tierState, to tier) {
	t.code = to
	t.opt = &optimizedCode{maps: map[int32][]*HiddenClass{}}
	if fb := cl.Feedback; fb != nil {
		t.opt = freezeFeedback(fb)
		budget := inlineLimits[to].cumulative
		r.inlineCallees(cl, t.opt, t.opt, to, 0, &budget, []*Closure{cl})
	}
	if r.om.tiers == nil {
		r.om.tiers = map[*Closure]bool{}
	}
	r.om.tiers[cl] = true
	r.emitTier(&events.TierInstall{Tier: tierEventName(to)}, cl)
}

// freezeFeedback is what code compiled from fb assumes.
func freezeFeedback(fb *FeedbackVector) *optimizedCode {
	code := &optimizedCode{maps: map[int32][]*HiddenClass{}}
	for i := range fb.ics {
		ic := &fb.ics[i]
		switch ic.state {
		case icMonomorphic, icPolymorphic:
			for _, h := range ic.poly {
				code.maps[int32(i)] = append(code.maps[int32(i)], h.m)
				if rep, ok := storedRep(&h); ok {
					if code.storeReps == nil {
						code.storeReps = map[storeKey]Representation{}
					}
					code.storeReps[storeKey{int32(i), h.m}] = rep
				}
				if h.kind == hElement && h.mode == storeGrowAndHandleCOW && fb.meta.Kinds[i] != bc.SlotLoadKeyed {
					if code.grows == nil {
						code.grows = map[int32]bool{}
					}
					code.grows[int32(i)] = true
				}
			}
		case icUninitialized:
			if k, ok := propertyICKind(fb, i); ok {
				if code.cold == nil {
					code.cold = map[int32]icKind{}
				}
				code.cold[int32(i)] = k
			}
		}
	}
	for i, k := range fb.meta.Kinds {
		switch c := fb.calls[i]; {
		case k != bc.SlotCall || c.mega:
		case c.id == 0:
			code.callAt(int32(i), len(fb.calls)).cold = true
		default:
			cc := code.callAt(int32(i), len(fb.calls))
			cc.hasTarget, cc.target = true, c
		}
	}
	return code
}

// checkDeopt runs on an IC miss in a function with optimized code: a receiver map the code was
// not compiled for is an eager deopt. It reports whether the code deoptimized.
func (r *Runtime) checkDeopt(slot int32, m *HiddenClass) bool {
	f := r.currentFrame()
	code, owner, at := r.optimizedFor(f) // tier_inline.go
	if code == nil {
		return false
	}
	maps, ok := code.maps[slot]
	if !ok {
		if k, cold := code.cold[slot]; cold {
			r.deoptimizeAt(owner, f, "Insufficient type feedback for generic "+coldAccess[k]+" access", at)
			return true
		}
		return false
	}
	for _, x := range maps {
		if x == m {
			return false
		}
	}
	if reason, guarded := r.primitiveGuard(maps, m); guarded { // tier_primitive_checks.go
		if reason != "" {
			r.deoptimizeAt(owner, f, reason, at)
		}
		return reason != ""
	}
	r.deoptimizeAt(owner, f, "wrong map", at)
	return true
}

// checkStoreGrow runs on a keyed element store miss that passed the map check: a store past
// the array's end (one that grows it) fails the index check of code compiled from in-bounds
// stores (JSNativeContextSpecialization's CheckBounds), an eager deopt "out of bounds".
func (r *Runtime) checkStoreGrow(slot int32, mode uint8) {
	if mode != storeGrowAndHandleCOW {
		return
	}
	f := r.currentFrame()
	if code, owner, at := r.optimizedFor(f); code != nil && !code.grows[slot] {
		if _, ok := code.maps[slot]; ok {
			r.deoptimizeAt(owner, f, "out of bounds", at)
		}
	}
}

// deoptimize leaves t's optimized code for the interpreter; at is the bytecode offset it resumes
// at (-1: the current instruction's).
func (r *Runtime) deoptimize(f *frame, t *tierState, reason string, at int) {
	r.deoptimizeAt(f, f, reason, at)
}

// deoptimizeAt deoptimizes the code of owner's function from frame f, owner itself or a frame
// inlined in it: the trace names the owner and f's bytecode offset.
func (r *Runtime) deoptimizeAt(owner, f *frame, reason string, at int) {
	t := owner.cl.tier
	from := t.code
	t.code, t.opt, t.osr = tierInterpreter, nil, osrNone
	r.afterDeopt(owner.cl, t)
	offset := at
	if offset < 0 {
		offset = int(f.code.bc.Offsets[eagerCheckpoint(f.code.bc, f.pc)]) // tier_checkpoint.go
	}
	if r.Options.TraceDeopt {
		r.om.optID++
		r.writeRaw("log", fmt.Sprintf("[bailout (kind: deopt-eager, reason: %s): begin. deoptimizing %s, 0x%x <Code %s>, opt id %d, bytecode offset %d]\n",
			reason, r.traceFunctionName(owner.fnObj), owner.code.bc.Address, from, r.om.optID, offset))
	}
	if rec := r.interp.rec; rec != nil {
		e := &events.Deopt{Header: events.Header{Loc: r.locOf(f)}, Tier: tierEventName(from), DeoptKind: "deopt-eager", Reason: reason, Offset: offset}
		e.Fn, e.SFI = owner.cl.SFI.DebugName(), r.sfiID(owner.cl.SFI)
		rec.Emit(e)
	}
}

func (r *Runtime) emitTier(e events.Event, cl *Closure) {
	rec := r.interp.rec
	if rec == nil || cl == nil {
		return
	}
	switch e := e.(type) {
	case *events.TierRequest:
		e.Fn, e.SFI = cl.SFI.DebugName(), r.sfiID(cl.SFI)
	case *events.TierInstall:
		e.Fn, e.SFI = cl.SFI.DebugName(), r.sfiID(cl.SFI)
	}
	rec.Emit(e)
}

// traceFunctionName is how --trace-opt names a function: 0x… <JSFunction f (sfi = 0x…)>.
func (r *Runtime) traceFunctionName(fn *Object) string {
	cl := closureOf(fn)
	if cl == nil {
		return "<JSFunction>"
	}
	return fmt.Sprintf("0x%x <JSFunction %s (sfi = 0x%x)>", fn.Address(), cl.SFI.DebugName(), r.sfiAddress(cl.SFI))
}

// coldAccess names the access in V8's "Insufficient type feedback for generic … access".
var coldAccess = map[icKind]string{icLoad: "named", icStore: "named", icDefineNamedOwn: "named", icKeyedLoad: "keyed", icKeyedStore: "keyed", icKeyedHas: "keyed", icLoadGlobal: "global", icStoreGlobal: "global"}

// tierEventName is the tier as the events name it.
func tierEventName(t tier) string {
	return [...]string{"IGNITION", "SPARKPLUG", "MAGLEV", "TURBOFAN"}[t]
}

// propertyICKind is the kind of a named property IC slot (loads and stores), the slots whose
// missing feedback makes optimized code bail out.
func propertyICKind(fb *FeedbackVector, i int) (icKind, bool) {
	if i >= len(fb.meta.Kinds) {
		return 0, false
	}
	switch fb.meta.Kinds[i] {
	case bc.SlotLoadProperty:
		return icLoad, true
	case bc.SlotSetNamed, bc.SlotSetNamedSloppy, bc.SlotSetNamedStrict, bc.SlotDefineNamedOwn:
		return icStore, true
	}
	return 0, false
}

// keyedLoadOutOfBounds runs when a function with a feedback vector reads an array past its end.
// V8's KeyedLoadIC then learns to handle out-of-bounds reads; optimized code compiled before
// that has only the in-bounds path and deopts eagerly with "out of bounds".
func (r *Runtime) keyedLoadOutOfBounds(f *frame) {
	t := r.tierOf(f.fnObj)
	if t == nil {
		return
	}
	pc := int32(f.pc)
	if t.oobSeen[pc] {
		return
	}
	if t.oobSeen == nil {
		t.oobSeen = map[int32]bool{}
	}
	t.oobSeen[pc] = true
	if code, owner, at := r.optimizedFor(f); code != nil {
		r.deoptimizeAt(owner, f, "out of bounds", at)
	}
}

type storeKey struct {
	slot int32
	m    *HiddenClass
}

// storedRep is the representation of the field a store handler writes.
func storedRep(h *icHandler) (Representation, bool) {
	switch h.kind {
	case hField:
		return h.rep, h.field >= 0
	case hTransition:
		if h.to != nil && int(h.desc) < len(h.to.Descriptors) {
			return h.to.Descriptors[h.desc].Rep, true
		}
	}
	return 0, false
}

// storeRepReasons is what the optimizing compilers' check of a stored value says when it fails
// (measured on Node 26, the same for Maglev and TurboFan): CheckSmi, CheckNumber, CheckHeapObject.
var storeRepReasons = map[Representation]string{RepSmi: "not a Smi", RepDouble: "not a Number", RepHeapObject: "Smi"}

// checkStoreRep runs before a named store with feedback when some code is optimized: optimized
// code writing a field checks that the value fits the representation it was compiled for.
func (r *Runtime) checkStoreRep(slot int32, m *HiddenClass, v Value) {
	f := r.currentFrame()
	code, owner, at := r.optimizedFor(f)
	if code == nil {
		return
	}
	if rep, ok := code.storeReps[storeKey{slot, m}]; ok && !repFits(rep, v) {
		if reason := storeRepReasons[rep]; reason != "" {
			r.deoptimizeAt(owner, f, reason, at)
		}
	}
}
