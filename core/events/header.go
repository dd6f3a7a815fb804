package events

// Event is one typed event. Every kind is a struct that embeds Header.
type Event interface {
	Kind() string
	Head() *Header
}

// Loc is a source position. Line and Col are 1-based (Col counts UTF-16 code units, as V8 reports
// columns); Pos is the byte offset into the source. Line 0 means "no position".
type Loc struct {
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
	Pos  int `json:"pos,omitempty"`
}

// At builds a Loc.
func At(line, col, pos int) Loc { return Loc{Line: line, Col: col, Pos: pos} }

// Header is the part common to every event. Only Loc is the engine's to set; the rest is stamped
// by the Sequencer.
type Header struct {
	Seq       uint64 `json:"seq"`
	EventKind string `json:"kind"`
	Step      uint64 `json:"step"`
	Stmt      uint64 `json:"stmt"`
	Call      uint64 `json:"call"`
	Task      uint64 `json:"task,omitempty"`
	Loc
}

// Head gives the Sequencer and decoders access to the header of any event.
func (h *Header) Head() *Header { return h }

// Unit is a granularity the page steps by.
type Unit uint8

const (
	ByStep Unit = iota // one bytecode instruction
	ByStmt             // one statement (V8's S> positions)
	ByCall             // up to the next frame push or pop
	ByTask             // one task of the event loop
)

// Counter is the header's group index for u.
func (h *Header) Counter(u Unit) uint64 {
	switch u {
	case ByStmt:
		return h.Stmt
	case ByCall:
		return h.Call
	case ByTask:
		return h.Task
	}
	return h.Step
}
