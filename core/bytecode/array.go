package bytecode

// MaxOperands is the largest operand count of any bytecode (CallProperty2).
const MaxOperands = 5

// Instr is one decoded instruction. Operands follow the table's operand list:
//   - registers (Reg, RegOut, lists, pairs, …): the register-file index (see FrameIndex);
//   - jumps (Jump, JumpBack and the constant-pool forms): the target instruction index;
//     a constant-pool jump keeps its pool index in Ops[MaxOperands-1];
//   - everything else: the operand value as V8 encodes it.
type Instr struct {
	Op    Opcode
	Scale OperandScale
	Ops   [MaxOperands]int32
}

// Prediction is a handler table catch prediction (V8's HandlerTable::CatchPrediction).
type Prediction uint8

const (
	PredictUncaught   Prediction = 0 // iterator close / finally: rethrows
	PredictCaught     Prediction = 1 // try/catch
	PredictPromise    Prediction = 2
	PredictAsyncAwait Prediction = 3 // async function body
)

// HandlerEntry is one handler table range: an exception thrown by an instruction in
// [Start, End) (instruction indices) jumps to Handler, with the context restored from the
// register Data (a register-file index).
type HandlerEntry struct {
	Start, End, Handler int32
	Prediction          Prediction
	Data                int32
}

// SourcePosition maps an instruction to a source offset (UTF-16 units). Instr -1 is the
// function entry position (not printed; it is in the table V8 encodes).
type SourcePosition struct {
	Instr     int32
	Pos       int32
	Statement bool
	// NotBreakable prints as s> / e> (V8 14 marks some statement positions non-breakable).
	NotBreakable bool
}

// BytecodeArray is a compiled function.
type BytecodeArray struct {
	Code []Instr
	// Offsets[i] is the V8 byte offset of Code[i]; Offsets[len(Code)] is the bytecode length.
	Offsets   []int32
	Constants []Constant
	Handlers  []HandlerEntry
	Positions []SourcePosition
	// ParameterCount includes the receiver (add(x,y) has 3).
	ParameterCount int
	RegisterCount  int
	Feedback       FeedbackMetadata
	SFI            *SharedFunctionInfo
	// IncomingNewTargetOrGenerator is the register-file index that receives new.target (or
	// the generator object of a resumable function) on entry; -1 if none.
	IncomingNewTargetOrGenerator int32
	// Names holds, for call/construct/GetIterator instructions, the source text of the callee
	// or iterable as V8's CallPrinter renders it ("o.f", "a[0]", "g(...).h") for messages
	// like "o.f is not a function".
	Names map[int32]string
	// MappedParams is, for CreateMappedArguments, the context slot of each formal parameter
	// (-1 when a later duplicate name owns the binding): a sloppy arguments object aliases them.
	MappedParams []int32
	// Address is the simulated address of the first bytecode (set by the vm, or derived).
	Address uint32
	// PositionOf caches per-instruction positions for the interpreter (built by Assemble).
	posIndex []int32
}

// Length is the bytecode length in bytes.
func (b *BytecodeArray) Length() int {
	if len(b.Offsets) == 0 {
		return 0
	}
	return int(b.Offsets[len(b.Offsets)-1])
}

// FrameSize is the register file size in bytes (registers × 8).
func (b *BytecodeArray) FrameSize() int { return b.RegisterCount * 8 }

// FormalParams is the number of formal parameters without the receiver.
func (b *BytecodeArray) FormalParams() int { return b.ParameterCount - 1 }

// FrameSlots is the size of the register file the interpreter allocates:
// closure, context, receiver, parameters, registers.
func (b *BytecodeArray) FrameSlots() int { return FrameParams + b.FormalParams() + b.RegisterCount }

// SourcePositionOf returns the source position (UTF-16) of the instruction: the latest table
// entry at or before it, and whether any entry exists.
func (b *BytecodeArray) SourcePositionOf(instr int) (pos int, ok bool) {
	if b.posIndex == nil {
		b.buildPosIndex()
	}
	if instr < 0 || instr >= len(b.posIndex) || b.posIndex[instr] < 0 {
		return 0, false
	}
	return int(b.Positions[b.posIndex[instr]].Pos), true
}

// StatementPositionOf returns the nearest statement position at or before instr.
func (b *BytecodeArray) StatementPositionOf(instr int) (pos int, ok bool) {
	best := -1
	for i := range b.Positions {
		p := &b.Positions[i]
		if int(p.Instr) > instr {
			break
		}
		if p.Statement && p.Instr >= 0 {
			best = int(p.Pos)
		}
	}
	return best, best >= 0
}

// IsStatementStart reports whether instr carries a statement position.
func (b *BytecodeArray) IsStatementStart(instr int) bool {
	if b.posIndex == nil {
		b.buildPosIndex()
	}
	if instr < 0 || instr >= len(b.posIndex) || b.posIndex[instr] < 0 {
		return false
	}
	p := &b.Positions[b.posIndex[instr]]
	return p.Statement && int(p.Instr) == instr
}

func (b *BytecodeArray) buildPosIndex() {
	idx := make([]int32, len(b.Code))
	j := -1
	for i := range idx {
		for j+1 < len(b.Positions) && int(b.Positions[j+1].Instr) <= i {
			j++
		}
		if j >= 0 && b.Positions[j].Instr >= 0 {
			idx[i] = int32(j)
		} else {
			idx[i] = -1
		}
	}
	b.posIndex = idx
}

// HandlerFor finds the innermost handler covering instruction pc. Like V8's LookupRange it
// takes the last matching entry: a try statement registers its range before any nested one.
func (b *BytecodeArray) HandlerFor(pc int) *HandlerEntry {
	var best *HandlerEntry
	for i := range b.Handlers {
		h := &b.Handlers[i]
		if int(h.Start) <= pc && pc < int(h.End) {
			best = h
		}
	}
	return best
}

// SourcePositionTableSize is the byte size of V8's encoding of the position table
// (zig-zag VLQ deltas, statement flag in the sign of the code offset delta).
func (b *BytecodeArray) SourcePositionTableSize() int {
	n := 0
	prevCode, prevPos := int64(0), int64(0)
	for _, p := range b.Positions {
		code := int64(-1)
		if p.Instr >= 0 {
			code = int64(b.Offsets[p.Instr])
		}
		dc := code - prevCode
		if !p.Statement {
			dc = -dc - 1
		}
		n += vlqSize(dc)
		n += vlqSize((int64(p.Pos) - prevPos) << 1)
		prevCode, prevPos = code, int64(p.Pos)
	}
	return n
}

func vlqSize(v int64) int {
	z := uint64((v << 1) ^ (v >> 63))
	n := 1
	for z > 0x7f {
		z >>= 7
		n++
	}
	return n
}
