package events

const (
	KindConsole        = "console"
	KindExceptionThrow = "exception.throw"
	KindExceptionCatch = "exception.catch"
	KindProgramEnd     = "program.end"
)

// Console: the program printed something.
type Console struct {
	Header
	Level  string `json:"level"`  // log, info, warn, error, debug
	Text   string `json:"text"`   // the formatted line(s), without the final newline
	Stream string `json:"stream"` // stdout or stderr
}

func (*Console) Kind() string { return KindConsole }

// ExceptionThrow: a value was thrown (by Throw, or by the engine: TypeError, RangeError, …).
// Its header position is the throw site.
type ExceptionThrow struct {
	Header
	Value   Value  `json:"value"`   // the thrown value
	Message string `json:"message"` // e.g. "TypeError: x is not a function"
	Frame   uint32 `json:"frame"`   // frame the exception was thrown in (0 if none)
}

func (*ExceptionThrow) Kind() string { return KindExceptionThrow }

// ExceptionCatch: a handler-table entry caught the exception; execution continues at its handler.
type ExceptionCatch struct {
	Header
	Frame   uint32 `json:"frame"`   // frame whose handler caught it
	SFI     uint32 `json:"sfi"`     // function of that frame
	Handler int    `json:"handler"` // bytecode offset of the handler
	Value   Value  `json:"value"`   // the caught value
}

func (*ExceptionCatch) Kind() string { return KindExceptionCatch }

// ProgramEnd: the run is over. Always the last event.
type ProgramEnd struct {
	Header
	Code   int    `json:"code"`            // process exit code
	Reason string `json:"reason"`          // completed, uncaught, step-budget or internal-error
	Steps  uint64 `json:"steps"`           // bytecode instructions executed (= number of bytecode.exec events)
	Error  string `json:"error,omitempty"` // the uncaught exception's text or the internal error
}

func (*ProgramEnd) Kind() string { return KindProgramEnd }
