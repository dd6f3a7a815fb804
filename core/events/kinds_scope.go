package events

const (
	KindContextAlloc  = "context.alloc"
	KindContextWrite  = "context.write"
	KindClosureCreate = "closure.create"
)

// ContextAlloc: a heap Context was created for captured variables.
type ContextAlloc struct {
	Header
	Addr   Addr     `json:"addr"`            // address of the Context
	Slots  int      `json:"slots"`           // variable slots (V8's header slots not counted)
	Names  []string `json:"names,omitempty"` // variable name of each slot, in slot order
	Parent Addr     `json:"parent"`          // the enclosing context
	Scope  string   `json:"scope"`           // function, block, catch, with, eval or script
}

func (*ContextAlloc) Kind() string { return KindContextAlloc }

// ContextWrite: a Context slot changed.
type ContextWrite struct {
	Header
	Addr  Addr   `json:"addr"`  // address of the Context
	Slot  int    `json:"slot"`  // slot index
	Name  string `json:"name"`  // variable name of the slot
	Value Value  `json:"value"` // new value
}

func (*ContextWrite) Kind() string { return KindContextWrite }

// ClosureCreate: CreateClosure made a JSFunction from a SharedFunctionInfo and the current context.
type ClosureCreate struct {
	Header
	Closure Addr   `json:"closure"` // address of the new JSFunction
	Fn      string `json:"fn"`      // function name
	SFI     uint32 `json:"sfi"`     // SharedFunctionInfo id (shared by every closure of that function)
	Context Addr   `json:"ctx"`     // context the closure captures
}

func (*ClosureCreate) Kind() string { return KindClosureCreate }
