package events

const (
	KindParseFull     = "parse.full"
	KindParsePreparse = "parse.preparse"
	KindCompileLazy   = "compile.lazy"
)

// ParseFull: a function (or the script) was fully parsed into an AST, ready to compile.
type ParseFull struct {
	Header
	Fn          string   `json:"fn"`                    // function name ("" for the script and anonymous functions)
	SFI         uint32   `json:"sfi"`                   // SharedFunctionInfo id
	Start       int      `json:"start"`                 // byte offset where the function's source starts
	End         int      `json:"end"`                   // byte offset just after it
	Captures    []string `json:"captures,omitempty"`    // outer variables the function references (what its closures capture)
	ContextVars []string `json:"contextVars,omitempty"` // own variables that live in a heap Context because inner functions capture them
}

func (*ParseFull) Kind() string { return KindParseFull }

// ParsePreparse: an inner function was preparsed: syntax-checked and scope-analysed, no AST kept.
type ParsePreparse struct {
	Header
	Fn          string   `json:"fn"`                    // function name
	SFI         uint32   `json:"sfi"`                   // SharedFunctionInfo id
	Start       int      `json:"start"`                 // byte offset where the function's source starts
	End         int      `json:"end"`                   // byte offset just after it
	Captures    []string `json:"captures,omitempty"`    // outer variables the function references (what its closures capture)
	ContextVars []string `json:"contextVars,omitempty"` // own variables that will live in a heap Context
}

func (*ParsePreparse) Kind() string { return KindParsePreparse }

// CompileLazy: a function got its BytecodeArray on its first call.
type CompileLazy struct {
	Header
	Fn     string `json:"fn"`     // function name
	SFI    uint32 `json:"sfi"`    // SharedFunctionInfo id
	Start  int    `json:"start"`  // byte offset where the function's source starts
	End    int    `json:"end"`    // byte offset just after it
	Length int    `json:"length"` // bytecode length in bytes
	Regs   int    `json:"regs"`   // register count
	Params int    `json:"params"` // parameter count, receiver included (as V8 prints it)
	Disasm string `json:"disasm"` // the --print-bytecode listing
}

func (*CompileLazy) Kind() string { return KindCompileLazy }
