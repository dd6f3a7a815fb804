package vm

import (
	"math/big"

	bc "enginescope/core/bytecode"
)

// FeedbackVector is a function's type feedback (V8's FeedbackVector): one entry per vector
// index of its FeedbackMetadata. Named property ICs keep the receiver map they saw.
type FeedbackVector struct {
	meta *bc.FeedbackMetadata
	ics  []icEntry
	// binops holds the BinaryOp slots' feedback (binop_feedback.go), indexed like ics.
	binops []binopFeedback
	// calls holds the call slots' targets (tier_inline.go), indexed like ics.
	calls []callFeedback
	// sites are the array literals' allocation sites by literal slot (allocation_site.go).
	sites []*allocationSite
}

func newFeedbackVector(meta *bc.FeedbackMetadata) *FeedbackVector {
	return &FeedbackVector{meta: meta, ics: make([]icEntry, meta.Len()+1), binops: make([]binopFeedback, meta.Len()+1), calls: make([]callFeedback, meta.Len()+1)}
}

// ICState reports a feedback slot's state name as V8 logs it (X before the vector exists).
func (r *Runtime) ICState(fn *Object, slot int) string {
	cl := closureOf(fn)
	if cl == nil || cl.Feedback == nil {
		return "X"
	}
	if slot < 0 || slot >= len(cl.Feedback.ics) {
		return "X"
	}
	return icStateMarks[cl.Feedback.ics[slot].state]
}

func newBigIntInt(i int64) *BigInt { return NewBigInt(big.NewInt(i)) }
