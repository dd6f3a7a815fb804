package vm

import bc "enginescope/core/bytecode"

// Optimized code deopts eagerly to the frame state of its latest checkpoint, not necessarily the
// failing bytecode's: TurboFan's graph builder (PrepareEagerCheckpoint) and Maglev
// (GetLatestCheckpointedFrame) take a new checkpoint only at the first bytecode that can deopt
// after something wrote to memory, so a check after pure loads resumes at the first of those
// loads (`state.count += n` deopts "not a Smi" at the GetNamedProperty, offset 5, not at the Add).

// checkpointOps can deopt eagerly without writing anything (speculative loads, arithmetic and
// comparisons); pureOps neither write nor take a checkpoint.
var checkpointOps, pureOps = map[bc.Opcode]bool{}, map[bc.Opcode]bool{
	bc.ThrowReferenceErrorIfHole: true,
}

func init() {
	for _, op := range []bc.Opcode{bc.GetNamedProperty, bc.GetKeyedProperty,
		bc.Add, bc.Sub, bc.Mul, bc.Div, bc.Mod, bc.Exp, bc.BitwiseOr, bc.BitwiseXor, bc.BitwiseAnd,
		bc.ShiftLeft, bc.ShiftRight, bc.ShiftRightLogical, bc.AddSmi, bc.SubSmi, bc.MulSmi, bc.DivSmi,
		bc.ModSmi, bc.ExpSmi, bc.BitwiseOrSmi, bc.BitwiseXorSmi, bc.BitwiseAndSmi, bc.ShiftLeftSmi,
		bc.ShiftRightSmi, bc.ShiftRightLogicalSmi, bc.Inc, bc.Dec, bc.Negate, bc.BitwiseNot,
		bc.TestEqual, bc.TestEqualStrict, bc.TestLessThan, bc.TestGreaterThan, bc.TestLessThanOrEqual,
		bc.TestGreaterThanOrEqual} {
		checkpointOps[op] = true
	}
}

// eagerCheckpoint is the instruction index an eager deopt at instruction pc resumes at: the
// earliest checkpointing instruction of the straight-line run of non-writing ones ending at pc.
// An unconditional jump or a jump target ends the run (the merge takes a fresh frame state); a
// conditional jump does not: its fallthrough block continues with the same frame state (a loop
// body's store deopts "out of bounds" at the loop condition's TestLessThan, as Node 26 reports).
func eagerCheckpoint(a *bc.BytecodeArray, pc int) int {
	at := pc
	for i := pc - 1; i >= 0; i-- {
		in := &a.Code[i]
		if (in.Op.IsJump() && !in.Op.IsConditionalJump()) || isJumpTarget(a, i+1) {
			break
		}
		switch {
		case checkpointOps[in.Op]:
			at = i
		case in.Op.Has(bc.FlagNoSideEffects) || pureOps[in.Op] || in.Op.IsConditionalJump():
		default:
			return at
		}
	}
	return at
}

func isJumpTarget(a *bc.BytecodeArray, i int) bool {
	for j := range a.Code {
		in := &a.Code[j]
		if in.Op.IsJump() && !in.Op.Has(bc.FlagConstantJump) && int(in.Ops[0]) == i {
			return true
		}
	}
	return false
}
