package events

const (
	KindBytecodeExec  = "bytecode.exec"
	KindRegisterWrite = "register.write"
)

// BytecodeExec: one bytecode instruction finished. The engine emits it after the instruction's
// other events, and it closes the bytecode step they all belong to. For a call into JS it is
// emitted once the callee's frame is pushed (the result arrives with frame.pop); for Return, after
// the frame.pop.
type BytecodeExec struct {
	Header
	Frame     uint32 `json:"frame"`               // frame that ran the instruction
	SFI       uint32 `json:"sfi"`                 // function (SharedFunctionInfo id) whose bytecode this is
	PC        int    `json:"pc"`                  // bytecode offset of the instruction
	Op        string `json:"op"`                  // opcode name as --print-bytecode prints it, e.g. Star0
	Operands  string `json:"operands,omitempty"`  // printed operands, e.g. "a0, FBV[0]"
	Acc       Value  `json:"acc"`                 // accumulator after the instruction
	StmtStart bool   `json:"stmtStart,omitempty"` // the offset carries a statement position (S>): a new statement step starts here
}

func (*BytecodeExec) Kind() string { return KindBytecodeExec }

func (e *BytecodeExec) startsStatement() bool { return e.StmtStart }

// RegisterWrite: a register of a frame changed.
type RegisterWrite struct {
	Header
	Frame uint32 `json:"frame"` // frame owning the register
	Reg   string `json:"reg"`   // register as printed: r0, a1, <this>, <context>, <closure>
	Value Value  `json:"value"` // new value
}

func (*RegisterWrite) Kind() string { return KindRegisterWrite }
