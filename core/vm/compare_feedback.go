package vm

import bc "enginescope/core/bytecode"

// CompareOp feedback. In V8 14 a compare bytecode carries its feedback in the bytecode itself
// (the EmbeddedFeedback operand): it is recorded from the first run, with or without a feedback
// vector, and shared by every closure of the function. The bits are V8's
// CompareOperationFeedback; optimized code checks the hint it was compiled with, as for BinaryOp
// feedback (binop_feedback.go), with reasons measured on Node 26.10.

const (
	cmpSignedSmall    int32 = 1 << 0
	cmpOtherNumber    int32 = 1 << 1
	cmpBoolean        int32 = 1 << 2
	cmpNullOrUndef    int32 = 1 << 3
	cmpInternalString int32 = 1 << 4
	cmpOtherString    int32 = 1 << 5
	cmpSymbol         int32 = 1 << 6
	cmpBigInt         int32 = 1<<7 | 1<<8
	cmpReceiver       int32 = 1 << 9

	cmpNumber          = cmpSignedSmall | cmpOtherNumber
	cmpNumberOrBoolean = cmpNumber | cmpBoolean
	cmpNumberOrOddball = cmpNumber | cmpBoolean | cmpNullOrUndef
	cmpString          = cmpInternalString | cmpOtherString
)

// smiCompareStable reports that a compare of two numbers leaves the embedded feedback as it
// is (inlined in the interpreter's fast paths).
func smiCompareStable(h int32, a, b float64) bool {
	return h&cmpNumber == cmpNumber || h == cmpSignedSmall && isSmiNumber(a) && isSmiNumber(b)
}

func compareOperandFeedback(v Value) int32 {
	switch v.kind {
	case KindNumber:
		if isSmiNumber(v.num) {
			return cmpSignedSmall
		}
		return cmpNumber
	case KindBoolean:
		return cmpBoolean
	case KindUndefined, KindNull:
		return cmpNullOrUndef
	case KindString:
		return cmpString // EngineScope does not track which strings are internalized
	case KindSymbol:
		return cmpSymbol
	case KindBigInt:
		return cmpBigInt
	}
	return cmpReceiver
}

// noteCompare records a compare's operand types in its embedded feedback and deoptimizes
// optimized code that was compiled for less.
func (r *Runtime) noteCompare(f *frame, in *bc.Instr, a, b Value) {
	old := in.Ops[1]
	now := old | compareOperandFeedback(a) | compareOperandFeedback(b)
	if now == old {
		return
	}
	in.Ops[1] = now
	code, owner, at := r.optimizedFor(f) // tier_inline.go: its own code or the one it is inlined in
	if code == nil {
		return
	}
	if reason := compareDeoptReason(old, owner.cl.tier.code == tierMaglev, a, b); reason != "" {
		r.deoptimizeAt(owner, f, reason, at)
	}
}

// compareDeoptReason is what optimized code compiled for feedback h says when it meets a and b
// ("" when it takes them).
func compareDeoptReason(h int32, maglev bool, a, b Value) string {
	accepts := func(mask int32) bool {
		return compareOperandFeedback(a)&^mask == 0 && compareOperandFeedback(b)&^mask == 0
	}
	switch h {
	case 0:
		return "Insufficient type feedback for compare operation"
	case cmpSignedSmall:
		return "not a Smi"
	case cmpNumber, cmpNumberOrBoolean, cmpNumberOrOddball:
		if accepts(h) {
			return ""
		}
		if maglev {
			return "not a Number"
		}
		return "not a heap number"
	case cmpInternalString, cmpString:
		return stringCheckReason(maglev, a, b)
	}
	return ""
}
