package events

const (
	KindFramePush     = "frame.push"
	KindFramePop      = "frame.pop"
	KindStackOverflow = "stack.overflow"
)

// FramePush: a JS frame was pushed. Its header position is the call site (the engine sets it:
// for a callback called from a native builtin the next instruction is not the call).
type FramePush struct {
	Header
	Frame     uint32  `json:"frame"`               // id of the new frame, unique in the run, never reused
	Depth     int     `json:"depth"`               // stack depth after the push; the script's frame is 1
	Fn        string  `json:"fn"`                  // function name as V8 names it ("" for anonymous functions and the script)
	SFI       uint32  `json:"sfi"`                 // SharedFunctionInfo id of the callee
	Closure   Addr    `json:"closure"`             // address of the callee JSFunction
	Context   Addr    `json:"ctx"`                 // context the frame starts in (the closure's context)
	This      Value   `json:"this"`                // receiver
	Args      []Value `json:"args,omitempty"`      // arguments a0, a1, … as passed
	Regs      int     `json:"regs"`                // register count (r0 … r{regs-1})
	Construct bool    `json:"construct,omitempty"` // called with new
}

func (*FramePush) Kind() string { return KindFramePush }

// FramePop: a frame was removed, by a return or by an exception unwinding it.
type FramePop struct {
	Header
	Frame uint32 `json:"frame"` // id of the popped frame
	Depth int    `json:"depth"` // stack depth after the pop
	Exit  string `json:"exit"`  // "return" or "throw"
	Value Value  `json:"value"` // the return value, or the exception being propagated
}

func (*FramePop) Kind() string { return KindFramePop }

// StackOverflow: a push would exceed the stack limit. The RangeError follows as exception.throw.
type StackOverflow struct {
	Header
	Depth int `json:"depth"` // stack depth when the check failed
	Limit int `json:"limit"` // the configured maximum depth
}

func (*StackOverflow) Kind() string { return KindStackOverflow }
