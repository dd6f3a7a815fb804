package bytecode

import "fmt"

// Assemble turns the compiler's instruction list into its final form: register operands
// (logical Registers) become register-file indices, every instruction gets its V8 byte offset
// and operand scale, forward jumps that do not fit a byte switch to their constant-pool form
// (like V8's BytecodeArrayWriter), and jump table entries get their byte deltas.
// Jump operands must hold target instruction indices.
func Assemble(b *BytecodeArray) error {
	n := len(b.Code)
	params := b.ParameterCount - 1
	// Convert registers first, remembering V8 operand values for sizing.
	for i := range b.Code {
		in := &b.Code[i]
		ops := Table[in.Op].Operands
		for k, t := range ops {
			if t.IsRegister() {
				in.Ops[k] = FrameIndex(Register(in.Ops[k]), params)
			}
		}
	}
	offsets := make([]int32, n+1)
	prevLen := int32(-1)
	for round := 0; ; round++ {
		if round > 64 {
			return fmt.Errorf("bytecode layout did not converge")
		}
		var off int32
		for i := range b.Code {
			offsets[i] = off
			in := &b.Code[i]
			in.Scale = b.operandScale(in, i, offsets, round)
			off += int32(instrSize(in))
		}
		offsets[n] = off
		changed := false
		for i := range b.Code {
			in := &b.Code[i]
			if !in.Op.IsJump() || in.Op == JumpLoop || in.Op.Has(FlagConstantJump) {
				continue
			}
			t := in.Ops[in.Op.jumpOperand()]
			if t < 0 || int(t) > n {
				return fmt.Errorf("jump at %d has bad target %d", i, t)
			}
			if offsets[t]-offsets[i] > 0xff {
				c, _ := in.Op.ConstantJump()
				in.Op = c
				in.Ops[MaxOperands-1] = int32(len(b.Constants))
				b.Constants = append(b.Constants, Constant{Kind: ConstSmi, Target: t})
				changed = true
			}
		}
		if !changed && off == prevLen && round > 0 {
			break
		}
		prevLen = off
	}
	b.Offsets = offsets
	// Constant-pool jumps and jump tables: byte deltas from the jump (after any prefix).
	for i := range b.Code {
		in := &b.Code[i]
		switch {
		case in.Op.Has(FlagConstantJump):
			c := &b.Constants[in.Ops[MaxOperands-1]]
			c.Smi = offsets[c.Target] - offsets[i] - int32(prefixSize(in.Scale))
		case in.Op == SwitchOnSmiNoFeedback:
			b.fillJumpTable(int(in.Ops[0]), int(in.Ops[1]), offsets[i])
		case in.Op == SwitchOnGeneratorState:
			b.fillJumpTable(int(in.Ops[1]), int(in.Ops[2]), offsets[i])
		}
	}
	b.posIndex = nil
	return nil
}

func (b *BytecodeArray) fillJumpTable(start, size int, from int32) {
	for j := start; j < start+size; j++ {
		c := &b.Constants[j]
		c.Smi = b.Offsets[c.Target] - from
	}
}

// operandScale is the smallest scale that holds every scalable operand.
func (b *BytecodeArray) operandScale(in *Instr, i int, offsets []int32, round int) OperandScale {
	s := ScaleSingle
	params := b.ParameterCount - 1
	for k, t := range Table[in.Op].Operands {
		if !t.IsScalable() {
			continue
		}
		var need OperandScale
		switch t {
		case OpJump:
			need = ScaleSingle // forward jumps use the constant pool when a byte is too small
		case OpJumpBack:
			if round == 0 {
				need = ScaleSingle
				break
			}
			d := int64(offsets[i]) - int64(offsets[in.Ops[k]])
			need = scaleForUnsigned(d)
			if need > ScaleSingle {
				need = scaleForUnsigned(d + 1)
			}
		default:
			v := operandValue(in, k, t, params)
			if t.IsSigned() {
				need = scaleForSigned(v)
			} else {
				need = scaleForUnsigned(v)
			}
		}
		if need > s {
			s = need
		}
	}
	if in.Op.Has(FlagConstantJump) {
		if need := scaleForUnsigned(int64(in.Ops[MaxOperands-1])); need > s {
			s = need
		}
	}
	return s
}

// operandValue is the number V8 encodes for operand k (registers in V8's operand encoding).
func operandValue(in *Instr, k int, t OperandType, params int) int64 {
	v := in.Ops[k]
	if t.IsRegister() {
		return int64(RegisterFromFrameIndex(v, params).Operand())
	}
	if in.Op.Has(FlagConstantJump) && k == 0 {
		return int64(in.Ops[MaxOperands-1])
	}
	return int64(v)
}

func prefixSize(s OperandScale) int {
	if s == ScaleSingle {
		return 0
	}
	return 1
}

// instrSize is the V8 encoding size: prefix, opcode, operands.
func instrSize(in *Instr) int {
	n := 1 + prefixSize(in.Scale)
	for _, t := range Table[in.Op].Operands {
		if t.IsScalable() {
			n += int(in.Scale)
		} else {
			n += t.fixedSize()
		}
	}
	return n
}

// Size is the instruction's byte size in V8's encoding.
func (in *Instr) Size() int { return instrSize(in) }

// Encode appends the instruction's V8-style bytes (our opcode values).
func (b *BytecodeArray) Encode(dst []byte, i int) []byte {
	in := &b.Code[i]
	switch in.Scale {
	case ScaleDouble:
		dst = append(dst, byte(Wide))
	case ScaleQuadruple:
		dst = append(dst, byte(ExtraWide))
	}
	dst = append(dst, byte(in.Op))
	params := b.ParameterCount - 1
	for k, t := range Table[in.Op].Operands {
		var v int64
		switch t {
		case OpJump:
			v = int64(b.Offsets[in.Ops[k]] - b.Offsets[i] - int32(prefixSize(in.Scale)))
		case OpJumpBack:
			v = int64(b.Offsets[i] - b.Offsets[in.Ops[k]])
			if in.Scale > ScaleSingle {
				v++
			}
		default:
			v = operandValue(in, k, t, params)
		}
		size := int(in.Scale)
		if !t.IsScalable() {
			size = t.fixedSize()
		}
		for j := 0; j < size; j++ {
			dst = append(dst, byte(v>>(8*j)))
		}
	}
	return dst
}
