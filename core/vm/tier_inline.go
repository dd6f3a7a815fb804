package vm

import (
	"unsafe"
	"weak"

	bc "enginescope/core/bytecode"
)

// Inlining, as a label like the rest of the optimized code (tier_opt.go). Maglev and TurboFan
// inline a call whose feedback names one JavaScript target that has a feedback vector and may be
// optimized (V8's JSInliningHeuristic / MaglevGraphBuilder::ShouldInlineCall). The callee's
// feedback is frozen with the caller's; a check failing inside the inlined body deoptimizes the
// caller's code: --trace-deopt names the caller and the callee's bytecode offset (the innermost
// frame state), measured on Node 26. A call site without feedback deopts eagerly with
// "Insufficient type feedback for call".

// callFeedback is a call slot's target. V8 holds it weakly; so does this (the collector's
// reflective walk, which reaches feedback vectors, stops at the weak pointer). id is the
// target's identity for the hit test.
type callFeedback struct {
	id     uintptr
	target weak.Pointer[Object]
	// sfi is set once a second closure of the target's function came: V8's feedback is then their
	// feedback cell, and optimized code checks the function rather than the closure.
	sfi  *bc.SharedFunctionInfo
	mega bool // more than one target
}

// noteCallTarget records a call site's target in its feedback slot (V8's CallIC feedback).
func noteCallTarget(fb *FeedbackVector, slot int32, target *Object) {
	c := &fb.calls[slot]
	id := uintptr(unsafe.Pointer(target))
	switch {
	case c.id == id || c.mega:
	case c.id == 0:
		c.id, c.target = id, weak.Make(target)
	case c.sfi != nil:
		if b := closureOf(target); b == nil || b.SFI != c.sfi {
			c.mega = true
		}
	default:
		if a, b := closureOf(c.target.Value()), closureOf(target); a != nil && b != nil && a.SFI == b.SFI {
			c.sfi = a.SFI
		} else {
			c.mega = true
		}
	}
}

// matches reports whether target is what monomorphic feedback c names.
func (c *callFeedback) matches(target *Object) bool {
	if c.sfi != nil {
		cl := closureOf(target)
		return cl != nil && cl.SFI == c.sfi
	}
	return c.id == uintptr(unsafe.Pointer(target))
}

// Inlining limits in bytecode bytes (V8 14.6 defaults): a small callee is always inlined; a
// larger one takes from the cumulative budget, and Maglev inlines those only one level deep.
var inlineLimits = map[tier]struct{ small, max, cumulative, depth int32 }{
	tierTurbofan: {small: 30, max: 460, cumulative: 920, depth: 1 << 30}, // --max-inlined-bytecode-size*
	tierMaglev:   {small: 27, max: 100, cumulative: 920, depth: 1},       // --max-maglev-inlined-bytecode-size*, --max-maglev-inline-depth
}

// callSlot is the feedback slot of a Call*/Construct* instruction (its last operand).
func callSlot(in *bc.Instr) int32 { return in.Ops[in.Op.NumOperands()-1] }

// inlineCallees decides which call sites of cl's new code inline their target and freezes the
// targets' feedback with it.
func (r *Runtime) inlineCallees(cl *Closure, root, code *optimizedCode, to tier, depth int32, budget *int32, stack []*Closure) {
	fb := cl.Feedback
	lim := inlineLimits[to]
	for slot, c := range fb.calls {
		if c.id == 0 || c.mega {
			continue
		}
		callee := closureOf(c.target.Value())
		if callee == nil || callee.Feedback == nil || callee.SFI.IsAsync || callee.SFI.IsGenerator ||
			(callee.tier != nil && callee.tier.neverOptimize) || onStack(stack, callee) {
			continue
		}
		n := r.bytecodeLength(callee)
		small := n <= lim.small
		if !small && (n > lim.max || depth >= lim.depth || *budget < n) {
			continue
		}
		if !small {
			*budget -= n
		}
		inner := freezeFeedback(callee.Feedback)
		r.inlineCallees(callee, root, inner, to, depth+1, budget, append(stack, callee))
		code.callAt(int32(slot), len(fb.calls)).inlined = &inlinedCallee{cl: weak.Make(callee), root: root, code: inner}
	}
}

func onStack(stack []*Closure, cl *Closure) bool {
	for _, x := range stack {
		if x == cl || x.SFI == cl.SFI {
			return true
		}
	}
	return false
}

// inlinedCallee is a call site's inlined target and what its body assumes.
type inlinedCallee struct {
	cl   weak.Pointer[Closure] // weak, as the call feedback it came from
	root *optimizedCode        // the outermost function's code, valid while it is its tier's opt
	code *optimizedCode        // what the inlined body assumes
}

// optimizedFor is the optimized code frame f runs in: its own function's, or the code its body
// is inlined in. owner is the frame whose function the code belongs to; at is where a deopt
// resumes (-1: f's current instruction).
func (r *Runtime) optimizedFor(f *frame) (code *optimizedCode, owner *frame, at int) {
	if f == nil || f.cl == nil {
		return nil, nil, -1
	}
	if in := f.inl; in != nil {
		if f.inlOwner.cl.tier.opt == in.root {
			return in.code, f.inlOwner, -1
		}
		f.inl, f.inlOwner = nil, nil // the owner deoptimized: the body runs in the interpreter now
	}
	t := f.cl.tier
	if ok, at := t.runsOptimized(f); ok {
		return t.opt, f, at
	}
	return nil, nil, -1
}

// callSiteFeedback runs before a call or construct instruction in with a feedback vector: the
// checks of the caller's optimized code at that site, then the target's call feedback. It
// returns the site's record in the code still running (nil: none) and its owner, for markInlined.
func (r *Runtime) callSiteFeedback(f *frame, in *bc.Instr, target Value, construct bool) (*codeCall, *frame) {
	fb := f.fb
	if fb == nil || target.kind != KindObject {
		return nil, nil
	}
	slot := callSlot(in)
	var site *codeCall
	var owner *frame
	if r.om.tiers != nil {
		site, owner = r.checkCallFeedback(f, slot, target, construct)
	}
	noteCallTarget(fb, slot, target.Object())
	return site, owner
}

// checkCallFeedback runs before a call instruction of a frame when some code is optimized. In
// optimized code a call site that had no feedback when it was compiled deopts eagerly, and one
// with a single target checks it (JSCallReducer / Maglev's CheckValue): "wrong call target".
// It returns the call site's record in the code that still runs after the checks (nil: none),
// for markInlined.
func (r *Runtime) checkCallFeedback(f *frame, slot int32, target Value, construct bool) (*codeCall, *frame) {
	if f.inl == nil && (f.cl.tier == nil || f.cl.tier.opt == nil) {
		return nil, nil // no optimized code runs this frame (optimizedFor's answer, cheaply)
	}
	code, owner, at := r.optimizedFor(f)
	if code == nil || int(slot) >= len(code.calls) {
		return nil, nil
	}
	cc := &code.calls[slot]
	if cc.cold {
		reason := "Insufficient type feedback for call"
		if construct {
			reason = "Insufficient type feedback for construct"
		}
		r.deoptimizeAt(owner, f, reason, at)
		return nil, nil
	}
	if cc.hasTarget && !cc.target.matches(target.AsObject()) {
		r.deoptimizeAt(owner, f, "wrong call target", at)
		return nil, nil
	}
	return cc, owner
}

// markInlined runs after a call instruction pushed the callee's frame fr: if the caller's
// optimized code inlined that callee at that call site (cc), fr runs as part of it.
func markInlined(cc *codeCall, owner, fr *frame) {
	if cc == nil || fr == nil {
		return
	}
	if c := cc.inlined; c != nil && c.cl.Value().SFI == fr.cl.SFI {
		fr.inl, fr.inlOwner = c, owner
	}
}
