// Package bytecode defines EngineScope's Ignition-style bytecode: the one opcode table, the
// operand kinds, BytecodeArray (decoded instructions plus V8-style byte offsets), the constant
// pool, handler table, source position table, feedback metadata, SharedFunctionInfo templates,
// ScopeInfo, and the disassembler that prints V8 14.6's --print-bytecode listing.
//
// Instructions are stored decoded (Instr) so the interpreter never parses bytes, but every
// instruction also has the byte offset and size V8 would give it (1-byte opcode, 1 byte per
// operand, Wide/ExtraWide prefixes for larger operands), so listings and jump targets use V8's
// byte offsets.
package bytecode

import "strconv"

// OperandType is the kind of one instruction operand (V8's OperandType).
type OperandType uint8

const (
	OpNone             OperandType = iota
	OpReg                          // register read
	OpRegOut                       // register written
	OpRegInOut                     // register read and written
	OpRegList                      // first register of a list; the next operand is its OpRegCount
	OpRegOutList                   // first register of a written list; next operand is OpRegCount
	OpRegPair                      // two consecutive registers read
	OpRegOutPair                   // two consecutive registers written
	OpRegOutTriple                 // three consecutive registers written
	OpRegCount                     // number of registers of the preceding list
	OpImm                          // signed immediate
	OpUImm                         // unsigned immediate
	OpFlag8                        // 8-bit flags (#n)
	OpFlag16                       // 16-bit flags (#n)
	OpIdx                          // constant pool index
	OpFeedback                     // feedback vector slot (FBV[n])
	OpEmbeddedFeedback             // feedback embedded in the bytecode (compare ops in V8 14)
	OpJump                         // forward jump offset (unsigned, relative to the jump)
	OpJumpBack                     // JumpLoop's backward offset
	OpContextSlot                  // context slot index
	OpRuntimeID                    // runtime function id
	OpIntrinsicID                  // inline intrinsic id
)

var operandTypeNames = [...]string{"None", "Reg", "RegOut", "RegInOut", "RegList", "RegOutList",
	"RegPair", "RegOutPair", "RegOutTriple", "RegCount", "Imm", "UImm", "Flag8", "Flag16", "Idx",
	"FeedbackSlot", "EmbeddedFeedback", "Jump", "JumpBack", "ContextSlot", "RuntimeId", "IntrinsicId"}

func (t OperandType) String() string { return operandTypeNames[t] }

// IsRegister reports whether the operand names a register or the first of a register group.
func (t OperandType) IsRegister() bool { return t >= OpReg && t <= OpRegOutTriple }

// IsRegisterOutput reports whether the instruction writes the register(s).
func (t OperandType) IsRegisterOutput() bool {
	return t == OpRegOut || t == OpRegInOut || t == OpRegOutList || t == OpRegOutPair || t == OpRegOutTriple
}

// IsSigned reports whether the operand is encoded as a signed number.
func (t OperandType) IsSigned() bool { return t == OpImm || t.IsRegister() }

// IsScalable reports whether Wide/ExtraWide prefixes widen this operand. Flag8 and Flag16 and
// the embedded feedback have fixed sizes.
func (t OperandType) IsScalable() bool {
	return t != OpFlag8 && t != OpFlag16 && t != OpEmbeddedFeedback && t != OpRuntimeID && t != OpNone
}

// fixedSize is the byte size of a non-scalable operand.
func (t OperandType) fixedSize() int {
	switch t {
	case OpFlag8:
		return 1
	case OpFlag16, OpEmbeddedFeedback, OpRuntimeID:
		return 2
	}
	return 0
}

// RegisterGroupSize is how many registers an operand covers (lists: see the count operand).
func (t OperandType) RegisterGroupSize() int {
	switch t {
	case OpRegPair, OpRegOutPair:
		return 2
	case OpRegOutTriple:
		return 3
	case OpReg, OpRegOut, OpRegInOut:
		return 1
	}
	return 0
}

// Register is a logical register as the compiler sees it (V8's interpreter::Register):
// locals r0… are 0, 1, …; the function closure and current context are special; the receiver
// and parameters are Parameter(0) (<this>), Parameter(1) (a0), …
type Register int32

const (
	// RegCurrentContext is <context>, the context register of the frame.
	RegCurrentContext Register = -1
	// RegFunctionClosure is <closure>, the function being executed.
	RegFunctionClosure Register = -2
	// RegInvalid marks "no register".
	RegInvalid Register = -3
	// paramBase is the logical index of the receiver; parameters follow.
	paramBase Register = 1 << 24
)

// Local is register rI.
func Local(i int) Register { return Register(i) }

// Parameter returns the receiver (i == 0) or parameter a(i-1).
func Parameter(i int) Register { return paramBase + Register(i) }

// Receiver is <this>.
func Receiver() Register { return paramBase }

// IsLocal reports whether r is a local/temporary register r0….
func (r Register) IsLocal() bool { return r >= 0 && r < paramBase }

// IsParameter reports whether r is the receiver or a parameter.
func (r Register) IsParameter() bool { return r >= paramBase }

// ParameterIndex is 0 for the receiver, i+1 for a(i).
func (r Register) ParameterIndex() int { return int(r - paramBase) }

// Index is the local register number (only for IsLocal registers).
func (r Register) Index() int { return int(r) }

// IsValid reports whether r names a register.
func (r Register) IsValid() bool { return r != RegInvalid }

// Operand is V8's operand encoding of the register: locals are negative (r0 = -7), the context
// -1, the closure -2, the receiver 2 and parameters 3…, as printed in hex by --print-bytecode.
func (r Register) Operand() int32 {
	switch {
	case r == RegCurrentContext:
		return -1
	case r == RegFunctionClosure:
		return -2
	case r.IsParameter():
		return 2 + int32(r.ParameterIndex())
	default:
		return -7 - int32(r)
	}
}

// String is the listing name: r0, a0, <this>, <context>, <closure>.
func (r Register) String() string {
	switch {
	case r == RegCurrentContext:
		return "<context>"
	case r == RegFunctionClosure:
		return "<closure>"
	case r == RegInvalid:
		return "<invalid>"
	case r.IsParameter():
		if r == paramBase {
			return "<this>"
		}
		return "a" + strconv.Itoa(r.ParameterIndex()-1)
	default:
		return "r" + strconv.Itoa(int(r))
	}
}

// RegisterList is a run of consecutive registers (arguments of a call).
type RegisterList struct {
	First Register
	Count int
}

// Register returns the i-th register of the list.
func (l RegisterList) Register(i int) Register { return l.First + Register(i) }

// Last is the last register (the first one for an empty list, as V8 prints it).
func (l RegisterList) Last() Register {
	if l.Count == 0 {
		return l.First
	}
	return l.First + Register(l.Count-1)
}

// Truncate keeps the first n registers.
func (l RegisterList) Truncate(n int) RegisterList { return RegisterList{l.First, n} }

// PopLeft drops the first register.
func (l RegisterList) PopLeft() RegisterList { return RegisterList{l.First + 1, l.Count - 1} }

// Frame layout of the interpreter's register file (decoded operands use these indices):
//
//	[0] <closure>  [1] <context>  [2] <this>  [3…3+P) a0…  [3+P…) r0…
//
// where P is the number of formal parameters (receiver excluded).
const (
	FrameClosure  = 0
	FrameContext  = 1
	FrameReceiver = 2
	FrameParams   = 3
)

// FrameIndex converts a logical register to its register-file index for a function with
// paramCount formal parameters (receiver excluded).
func FrameIndex(r Register, paramCount int) int32 {
	switch {
	case r == RegFunctionClosure:
		return FrameClosure
	case r == RegCurrentContext:
		return FrameContext
	case r.IsParameter():
		return FrameReceiver + int32(r.ParameterIndex())
	default:
		return FrameParams + int32(paramCount) + int32(r)
	}
}

// RegisterFromFrameIndex is the inverse of FrameIndex.
func RegisterFromFrameIndex(i int32, paramCount int) Register {
	switch {
	case i == FrameClosure:
		return RegFunctionClosure
	case i == FrameContext:
		return RegCurrentContext
	case i < FrameParams+int32(paramCount):
		return Parameter(int(i - FrameReceiver))
	default:
		return Register(i - FrameParams - int32(paramCount))
	}
}

// OperandScale is the operand width multiplier of an instruction (1, 2 or 4 bytes per operand).
type OperandScale uint8

const (
	ScaleSingle    OperandScale = 1
	ScaleDouble    OperandScale = 2
	ScaleQuadruple OperandScale = 4
)

// scaleForSigned is the smallest scale that holds v as a signed operand.
func scaleForSigned(v int64) OperandScale {
	switch {
	case v >= -128 && v <= 127:
		return ScaleSingle
	case v >= -32768 && v <= 32767:
		return ScaleDouble
	}
	return ScaleQuadruple
}

// scaleForUnsigned is the smallest scale that holds v as an unsigned operand.
func scaleForUnsigned(v int64) OperandScale {
	switch {
	case v >= 0 && v <= 0xff:
		return ScaleSingle
	case v >= 0 && v <= 0xffff:
		return ScaleDouble
	}
	return ScaleQuadruple
}
