package vm

import (
	"math"

	bc "enginescope/core/bytecode"
	"enginescope/core/events"
)

// BinaryOp feedback, as V8's interpreter records it for every arithmetic, bitwise and shift
// site with a feedback slot (BinaryOperationFeedback, src/objects/type-hints.h): bits that only
// ever get added, so a site that once saw a double stays "Number". Optimized code is compiled
// for the hint it had then: a Smi-only Add checks its inputs ("not a Smi") and its result
// ("overflow"); when the feedback would widen while that code runs, the code deoptimizes.
// The reasons differ between Maglev and TurboFan; they were measured on Node 26.10 (V8 14.6).

type binopFeedback uint8

const (
	binopNone              binopFeedback = 0
	binopSignedSmall       binopFeedback = 0x1
	binopSignedSmallInputs binopFeedback = 0x3
	binopNumber            binopFeedback = 0x7
	binopNumberOrOddball   binopFeedback = 0xF
	binopString            binopFeedback = 0x10
	binopBigInt            binopFeedback = 0x20
	binopAny               binopFeedback = 0x7F
)

// binopHintNames are the hints as %DebugPrint of a feedback vector names them (BinaryOp:…).
var binopHintNames = map[binopFeedback]string{
	binopNone: "None", binopSignedSmall: "SignedSmall", binopSignedSmallInputs: "SignedSmallInputs",
	binopNumber: "Number", binopNumberOrOddball: "NumberOrOddball", binopString: "String",
	binopBigInt: "BigInt", binopAny: "Any",
}

// hint is BinaryOperationHintFromFeedback: a mix of bits that is no hint of its own is Any.
func (h binopFeedback) hint() binopFeedback {
	if _, ok := binopHintNames[h]; ok {
		return h
	}
	return binopAny
}

// smiStable reports that a numeric op leaves the slot's feedback as it is: it already covers
// every number, or it is SignedSmall and inputs and result are Smis. The interpreter's fast
// paths call it on every op, so it must stay small enough to inline.
func (fb *FeedbackVector) smiStable(slot int32, a, b, res float64) bool {
	h := fb.binops[slot]
	return h&binopNumber == binopNumber || h == binopSignedSmall && isSmiNumber(a) && isSmiNumber(b) && isSmiNumber(res)
}

// isSmiNumber reports that x is a Smi's value (Value.IsSmi without the HeapNumber box, for the
// fast paths' bare float64s); comparing bits, not values, also rejects -0 (which converts to +0)
// and NaN, in few enough operations to inline.
func isSmiNumber(x float64) bool { return math.Float64bits(float64(int32(x))) == math.Float64bits(x) }

// binopClass groups the bytecodes by the checks optimized code makes for them.
type binopClass uint8

const (
	classAdditive binopClass = iota // Add, Sub, Inc, Dec (and their Smi forms)
	classMul
	classDiv
	classMod
	classNegate
	classBitwise // bitwise operators and shifts
	classExp
)

var binopClasses = map[bc.Opcode]binopClass{
	bc.Add: classAdditive, bc.Sub: classAdditive, bc.AddSmi: classAdditive, bc.SubSmi: classAdditive,
	bc.Inc: classAdditive, bc.Dec: classAdditive,
	bc.Mul: classMul, bc.MulSmi: classMul, bc.Div: classDiv, bc.DivSmi: classDiv,
	bc.Mod: classMod, bc.ModSmi: classMod, bc.Negate: classNegate, bc.Exp: classExp, bc.ExpSmi: classExp,
	bc.BitwiseOr: classBitwise, bc.BitwiseXor: classBitwise, bc.BitwiseAnd: classBitwise,
	bc.ShiftLeft: classBitwise, bc.ShiftRight: classBitwise, bc.ShiftRightLogical: classBitwise,
	bc.BitwiseOrSmi: classBitwise, bc.BitwiseXorSmi: classBitwise, bc.BitwiseAndSmi: classBitwise,
	bc.ShiftLeftSmi: classBitwise, bc.ShiftRightSmi: classBitwise, bc.ShiftRightLogicalSmi: classBitwise,
	bc.BitwiseNot: classBitwise,
}

// noteBinop records the feedback of a BinaryOp site whose inputs were a and b (b is Undefined
// for unary ops) and whose result is res, and deoptimizes optimized code that did not expect it.
func (r *Runtime) noteBinop(f *frame, in *bc.Instr, a, b, res Value) {
	fb := f.cl.Feedback
	if fb == nil {
		return
	}
	slot := in.Ops[1] // the feedback operand follows the register or immediate
	if in.Op == bc.Inc || in.Op == bc.Dec || in.Op == bc.Negate || in.Op == bc.BitwiseNot {
		slot = in.Ops[0]
		b = a // a unary op's one operand decides alone
	}
	seen := operandFeedback(in.Op == bc.Add, a, b, res)
	old := fb.binops[slot]
	if old|seen == old {
		return
	}
	fb.binops[slot] = old | seen
	if rec := r.interp.rec; rec != nil && old.hint() != (old|seen).hint() {
		e := &events.BinopFeedback{Header: events.Header{Loc: r.locOf(f)}, Slot: int(slot), Op: in.Op.String(),
			Old: binopHintNames[old.hint()], New: binopHintNames[(old | seen).hint()]}
		e.Fn, e.SFI = f.cl.SFI.DebugName(), r.sfiID(f.cl.SFI)
		rec.Emit(e)
	}
	code, owner, at := r.optimizedFor(f) // tier_inline.go: its own code or the one it is inlined in
	if code == nil {
		return
	}
	class := binopClasses[in.Op]
	reason := binopDeoptReason(class, old.hint(), owner.cl.tier.code, a, b, res)
	switch {
	case reason == "overflow" && resultTruncated(f):
		reason = "" // (s + i) | 0: the optimizing compilers add in 32 bits and never check
	case reason == "not a Smi" && class == classBitwise && inputTruncated(f) && a.kind == KindNumber:
		reason = "" // ... and the | 0 gets that 32-bit sum, not the HeapNumber the interpreter made
	}
	if reason != "" {
		r.deoptimizeAt(owner, f, reason, at)
	}
}

// noteBinopNumbers is noteBinop for the fast paths' numbers (few arguments keep the dispatch
// loop's registers free); b is ignored for unary ops.
func (r *Runtime) noteBinopNumbers(f *frame, in *bc.Instr, a, b, res float64) {
	r.noteBinop(f, in, Number(a), Number(b), Number(res))
}

// operandFeedback is the feedback one execution adds (the interpreter's *WithFeedback builtins).
func operandFeedback(isAdd bool, a, b, res Value) binopFeedback {
	switch {
	case a.kind == KindNumber && b.kind == KindNumber:
		if !isSmiNumber(a.num) || !isSmiNumber(b.num) {
			return binopNumber
		}
		if res.kind == KindNumber && isSmiNumber(res.num) {
			return binopSignedSmall
		}
		return binopSignedSmallInputs
	case isNumberOrOddball(a) && isNumberOrOddball(b):
		return binopNumberOrOddball
	case isAdd && a.kind == KindString && b.kind == KindString:
		return binopString
	case a.kind == KindBigInt && b.kind == KindBigInt:
		return binopBigInt
	}
	return binopAny
}

func isNumberOrOddball(v Value) bool {
	switch v.kind {
	case KindNumber, KindUndefined, KindNull, KindBoolean:
		return true
	}
	return false
}

// binopDeoptReason is the reason optimized code compiled for hint gives when it meets a, b
// (and would produce res), by tier, as Node 26.10 prints them; "" when the code takes them
// (TurboFan's Number code converts undefined and booleans, for example).
func binopDeoptReason(class binopClass, hint binopFeedback, code tier, a, b, res Value) string {
	maglev := code == tierMaglev
	pick := func(m, t string) string {
		if maglev {
			return m
		}
		return t
	}
	switch hint {
	case binopNone:
		return "Insufficient type feedback for binary operation"
	case binopSignedSmall:
		if a.kind != KindNumber || b.kind != KindNumber || !isSmiNumber(a.num) || !isSmiNumber(b.num) {
			return "not a Smi"
		}
		r := res.num
		minusZero := r == 0 && math.Signbit(r)
		switch class {
		case classMul:
			if minusZero {
				return pick("overflow", "minus zero")
			}
		case classDiv:
			switch {
			case maglev:
				return "not int32"
			case b.num == 0:
				return "division by zero"
			case minusZero:
				return "minus zero"
			case r == math.Trunc(r):
				return "overflow"
			}
			return "lost precision"
		case classMod:
			if b.num == 0 {
				return "division by zero"
			}
			if minusZero {
				return pick("division by zero", "minus zero")
			}
		case classNegate:
			if minusZero {
				return pick("overflow", "minus zero")
			}
		}
		return "overflow"
	case binopSignedSmallInputs, binopNumber:
		switch {
		case a.kind == KindNumber && b.kind == KindNumber:
			return ""
		case class == classBitwise:
			if maglev && isNumberOrOddball(a) && isNumberOrOddball(b) {
				return ""
			}
			return pick("not a Number or Oddball", "not a heap number")
		case !maglev && isNumberOrOddball(a) && isNumberOrOddball(b):
			return ""
		}
		return pick("not a Number", "not a Number or Oddball")
	case binopNumberOrOddball:
		if isNumberOrOddball(a) && isNumberOrOddball(b) {
			return ""
		}
		return "not a Number or Oddball"
	case binopString:
		return stringCheckReason(maglev, a, b)
	}
	return "" // BigInt and Any code takes what comes
}

// arithWithFeedback is a numeric operator other than + with its feedback recorded.
func (r *Runtime) arithWithFeedback(f *frame, in *bc.Instr, op ArithOp, a, b Value) Value {
	res := r.Arith(op, a, b)
	if f.cl.Feedback != nil {
		r.noteBinop(f, in, a, b, res)
	}
	return res
}

// resultTruncated reports that the instruction after f's current one truncates the accumulator
// to 32 bits, so optimized code needs no overflow check for the value computed now.
func resultTruncated(f *frame) bool {
	code := f.code.bc.Code
	if f.pc+1 >= len(code) {
		return false
	}
	switch code[f.pc+1].Op {
	case bc.BitwiseOrSmi, bc.BitwiseAndSmi, bc.BitwiseXorSmi, bc.ShiftLeftSmi, bc.ShiftRightSmi, bc.ShiftRightLogicalSmi:
		return true
	}
	return false
}

// inputTruncated reports that the accumulator f's current instruction reads was computed by the
// arithmetic instruction just before it, which optimized code does in 32 bits when truncated.
func inputTruncated(f *frame) bool {
	if f.pc == 0 {
		return false
	}
	switch f.code.bc.Code[f.pc-1].Op {
	case bc.Add, bc.Sub, bc.Mul, bc.AddSmi, bc.SubSmi, bc.MulSmi, bc.Inc, bc.Dec:
		return true
	}
	return false
}

// stringCheckReason is what code compiled for string operands (an Add, a compare) says when it
// meets a and b: "" for two strings; TurboFan's CheckString names a Smi it meets "Smi".
func stringCheckReason(maglev bool, a, b Value) string {
	switch {
	case a.kind == KindString && b.kind == KindString:
		return ""
	case !maglev && (a.kind == KindNumber && isSmiNumber(a.num) || b.kind == KindNumber && isSmiNumber(b.num)):
		return "Smi"
	}
	return "not a String"
}
