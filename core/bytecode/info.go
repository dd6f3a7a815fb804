package bytecode

// Opcode identifies a bytecode.
type Opcode uint8

// AccUse is how a bytecode uses the accumulator implicitly (V8's ImplicitRegisterUse).
type AccUse uint8

const (
	AccNone        AccUse = iota
	AccRead               // reads the accumulator
	AccWrite              // writes the accumulator
	AccReadWrite          // reads and writes it
	AccClobber            // leaves it undefined-by-contract (JumpLoop, Debugger)
	AccReadClobber        // reads it, then leaves it clobbered (stores)
)

// Reads reports whether the accumulator is an input.
func (a AccUse) Reads() bool { return a == AccRead || a == AccReadWrite || a == AccReadClobber }

// Writes reports whether the accumulator is an output.
func (a AccUse) Writes() bool { return a == AccWrite || a == AccReadWrite }

// Clobbers reports whether the accumulator's old value is lost without a defined result.
func (a AccUse) Clobbers() bool { return a == AccClobber || a == AccReadClobber }

// Flags classify bytecodes.
type Flags uint16

const (
	FlagPrefix        Flags = 1 << iota // Wide / ExtraWide
	FlagNoSideEffects                   // V8's IsWithoutExternalSideEffects: expression positions skip it
	FlagCall                            // calls a JavaScript function (may push a frame)
	FlagJump                            // has a jump target
	FlagConditional                     // jump taken only sometimes
	FlagConstantJump                    // jump offset lives in the constant pool
	FlagToBooleanJump                   // converts the accumulator with ToBoolean before testing
	FlagLoop                            // JumpLoop (backward edge, interrupt/stack check)
	FlagSwitch                          // jump table (SwitchOnSmiNoFeedback, SwitchOnGeneratorState)
	FlagTerminator                      // control never falls through (Return, Throw, ReThrow, SuspendGenerator)
	FlagShortStar                       // Star0…Star15
)

// Info is one row of the opcode table.
type Info struct {
	Name     string
	Acc      AccUse
	Operands []OperandType
	Flags    Flags
	// Slots lists the feedback slot kind of each OpFeedback operand in order (store kinds are
	// the sloppy/strict pair's base kind; the compiler picks the mode).
	Slots []SlotKind
}

// Info returns the table row of op.
func (op Opcode) Info() *Info { return &Table[op] }

// String is the bytecode name.
func (op Opcode) String() string {
	if int(op) < NumOpcodes {
		return Table[op].Name
	}
	return "Unknown"
}

// NumOperands is the operand count from the table.
func (op Opcode) NumOperands() int { return len(Table[op].Operands) }

// Has reports whether op has all of the flags f.
func (op Opcode) Has(f Flags) bool { return Table[op].Flags&f == f }

// IsJump: any jump, including JumpLoop and the constant-pool forms.
func (op Opcode) IsJump() bool { return Table[op].Flags&FlagJump != 0 }

// IsConditionalJump reports a jump that may fall through.
func (op Opcode) IsConditionalJump() bool { return Table[op].Flags&FlagConditional != 0 }

// IsShortStar reports Star0…Star15.
func (op Opcode) IsShortStar() bool { return Table[op].Flags&FlagShortStar != 0 }

// ShortStarRegister is the register written by Star0…Star15.
func (op Opcode) ShortStarRegister() Register { return Register(Star0 - op) }

// ShortStar returns the Star0…Star15 opcode for r, if r is r0…r15.
func ShortStar(r Register) (Opcode, bool) {
	if r.IsLocal() && r <= 15 {
		return Star0 - Opcode(r), true
	}
	return 0, false
}

// constantJumpOf maps an immediate forward jump to its constant-pool form.
var constantJumpOf = map[Opcode]Opcode{
	Jump:                  JumpConstant,
	JumpIfNull:            JumpIfNullConstant,
	JumpIfNotNull:         JumpIfNotNullConstant,
	JumpIfUndefined:       JumpIfUndefinedConstant,
	JumpIfNotUndefined:    JumpIfNotUndefinedConstant,
	JumpIfUndefinedOrNull: JumpIfUndefinedOrNullConstant,
	JumpIfTrue:            JumpIfTrueConstant,
	JumpIfFalse:           JumpIfFalseConstant,
	JumpIfJSReceiver:      JumpIfJSReceiverConstant,
	JumpIfForInDone:       JumpIfForInDoneConstant,
	JumpIfToBooleanTrue:   JumpIfToBooleanTrueConstant,
	JumpIfToBooleanFalse:  JumpIfToBooleanFalseConstant,
}

// ConstantJump returns the constant-pool variant of an immediate forward jump.
func (op Opcode) ConstantJump() (Opcode, bool) {
	c, ok := constantJumpOf[op]
	return c, ok
}

// ImmediateJump returns the immediate variant of a constant-pool jump (or op itself).
func (op Opcode) ImmediateJump() Opcode {
	for k, v := range constantJumpOf {
		if v == op {
			return k
		}
	}
	return op
}

// jumpOperand is the index of the jump offset (or its constant pool index) among the operands.
func (op Opcode) jumpOperand() int {
	for i, t := range Table[op].Operands {
		if t == OpJump || t == OpJumpBack {
			return i
		}
	}
	if op.Has(FlagConstantJump) {
		return 0
	}
	return -1
}
