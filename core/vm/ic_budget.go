package vm

import bc "enginescope/core/bytecode"

// Lazy feedback allocation for loops, as V8's interrupt budget does it: a function without a
// feedback vector starts with a budget of 8 × its bytecode length
// (--invocation-count-for-feedback-allocation); every back edge charges the bytes from the
// loop header to the end of the JumpLoop. When the budget runs out the vector is allocated, but
// the running frame keeps the (empty) vector it cached until its next back edge reloads it, so
// the loop body runs once more without feedback. Measured with Node 26: a 29-byte loop in a
// 40-byte function logs X,X in its first 11 iterations (natives/ic_store_notes.js: 23).
const feedbackBudgetFactor = 8

// loopBudget runs at a JumpLoop of a frame without a feedback vector and returns the vector
// the frame sees from now on (nil until the back edge after the allocation).
func (r *Runtime) loopBudget(f *frame, in *bc.Instr) *FeedbackVector {
	cl := f.cl
	if cl == nil {
		return f.fb
	}
	if cl.Feedback != nil {
		f.fb = cl.Feedback // the frame's cached vector is reloaded at a back edge
		return f.fb
	}
	offs := f.code.bc.Offsets
	dist := int(offs[f.pc+1] - offs[in.Ops[0]])
	if r.om.loopBudget == nil {
		r.om.loopBudget = map[*Closure]int{}
	}
	used := r.om.loopBudget[cl] + dist
	if used < feedbackBudgetFactor*int(offs[len(offs)-1]) {
		r.om.loopBudget[cl] = used
		return nil
	}
	delete(r.om.loopBudget, cl)
	cl.Feedback = newFeedbackVector(&f.code.bc.Feedback)
	if r.interp.rec != nil {
		r.emitFeedbackAlloc(f.fnObj, cl)
	}
	return nil
}
