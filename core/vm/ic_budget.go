package vm

import bc "enginescope/core/bytecode"

// Lazy feedback allocation as V8's interrupt budget does it: a function without a feedback
// vector starts with a budget of 8 × its bytecode length
// (--invocation-count-for-feedback-allocation); every back edge charges the bytes from the
// loop header to the end of the JumpLoop and every Return the bytes from the function's start
// to the end of the Return (UpdateInterruptBudgetOnReturn), and the vector is allocated when
// the budget goes below zero. So a function whose last bytecode returns gets its vector at its
// 9th return: the 10th call runs with it (natives/ic_global_load_store.ic: X,X nine times, then
// 0,1), and loops and calls add up (natives/fresh3_dp_outofobject.js: Foo(6) then Foo(2) has
// it from the 3rd call). A frame keeps the (empty) vector it cached until its next back edge
// reloads it, so a loop body runs once more without feedback. Measured with Node 26: a 32-byte
// loop in an 85-byte function logs X,X in its first 23 iterations (natives/ic_store_notes.js).
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
	r.chargeFeedbackBudget(f, int(offs[f.pc+1]-offs[in.Ops[0]]))
	return nil
}

// returnBudget charges a Return of a function without a feedback vector; end is the offset
// just past the Return.
func (r *Runtime) returnBudget(f *frame, end int32) {
	if f.cl != nil && f.cl.Feedback == nil {
		r.chargeFeedbackBudget(f, int(end))
	}
}

// chargeFeedbackBudget subtracts weight bytes from the budget of f's closure and allocates its
// feedback vector when the budget goes below zero.
func (r *Runtime) chargeFeedbackBudget(f *frame, weight int) {
	cl := f.cl
	if r.om.loopBudget == nil {
		r.om.loopBudget = map[*Closure]int{}
	}
	offs := f.code.bc.Offsets
	used := r.om.loopBudget[cl] + weight
	if used <= feedbackBudgetFactor*int(offs[len(offs)-1]) {
		r.om.loopBudget[cl] = used
		return
	}
	delete(r.om.loopBudget, cl)
	cl.Feedback = newFeedbackVector(&f.code.bc.Feedback)
	if r.interp.rec != nil {
		r.emitFeedbackAlloc(f.fnObj, cl)
	}
}
