package vm

import bc "enginescope/core/bytecode"

// loopFeedbackBudget is how many bytes of loop bytecode a function without a feedback vector
// runs before V8's budget interrupt allocates one. Measured: the module function of
// natives/ic_store_notes.js (a 28-byte loop body) logs its literal store X,X in the first 23
// iterations and 0,1 in the 24th.
const loopFeedbackBudget = 640

// loopBudget charges a JumpLoop's back-edge distance to the function's budget and allocates its
// feedback vector when the budget runs out. It returns the frame's vector (nil until then).
func (r *Runtime) loopBudget(f *frame, in *bc.Instr) *FeedbackVector {
	cl := f.cl
	if cl == nil || cl.Feedback != nil {
		return f.fb
	}
	offs := f.code.bc.Offsets
	dist := offs[f.pc] - offs[in.Ops[0]]
	if r.om.loopBudget == nil {
		r.om.loopBudget = map[*Closure]int{}
	}
	used := r.om.loopBudget[cl] + int(dist)
	if used < loopFeedbackBudget {
		r.om.loopBudget[cl] = used
		return nil
	}
	delete(r.om.loopBudget, cl)
	cl.Feedback = newFeedbackVector(&f.code.bc.Feedback)
	f.fb = cl.Feedback
	if r.interp.rec != nil {
		r.emitFeedbackAlloc(f.fnObj, cl)
	}
	return f.fb
}
