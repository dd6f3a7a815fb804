// Package render folds the engine's event stream into diagram state and lays that state out as
// pure geometry. It imports neither ebiten nor syscall/js, so everything here is tested natively;
// render/draw is the thin ebiten layer that paints a Scene.
package render

import (
	"strconv"
	"strings"

	"enginescope/core/events"
)

// State is what the diagrams show after a number of events have been applied. It is built only by
// Fold.Apply, so the state at event k is a pure function of the stream's first k events.
type State struct {
	Applied int // events applied so far (the position in the stream)

	Frames   []*Frame                // the call stack, bottom (the script) first
	Heap     map[events.Addr]*Object // every object seen, allocated or referenced
	Order    []events.Addr           // objects in first-seen order (layout order)
	Code     map[uint32]*Listing     // bytecode listings by SharedFunctionInfo id
	Fns      map[uint32]FnInfo       // functions by SharedFunctionInfo id (from parse/compile events)
	Out      []ConsoleLine           // console output so far
	Last     Exec                    // the last instruction executed (any frame)
	Thrown   *Thrown                 // an exception in flight (thrown, not yet caught)
	End      *events.ProgramEnd      // set once program.end is applied
	Mem      Memory                  // the memory panel: blocks, semispaces, marking (memory.go)
	Feedback Feedback                // inline-cache slots per function (feedback.go)
	Maps     Maps                    // hidden classes and their transitions (maps.go)
	Loop     Loop                    // the event loop's queues, timers, I/O and phase (queues.go)

	Line, Col, Pos int // source position of the last applied event that had one

	Steps uint64 // bytecode instructions executed so far
	Stmt  uint64 // statement counter of the last applied event
	Call  uint64 // call counter of the last applied event
	Task  uint64 // task counter of the last applied event
}

// Frame is one JS frame on the call stack.
type Frame struct {
	ID        uint32
	Depth     int
	Fn        string
	SFI       uint32
	Closure   events.Addr
	Context   events.Addr
	This      events.Value
	Args      []events.Value // a0, a1, …
	Params    []string       // parameter names read from the source, "" where unknown
	Regs      []Reg          // r0 … r{n-1}
	Acc       events.Value   // accumulator as of this frame's last instruction (T == "" before any)
	PC        int            // bytecode offset of this frame's last executed instruction
	HasPC     bool
	Construct bool
	CallLine  int // call site
	CallCol   int
}

// Reg is a register slot; Set is false until the register is first written.
type Reg struct {
	Value events.Value
	Set   bool
}

// Object is a heap object as far as the stream has described it.
type Object struct {
	Addr  events.Addr
	Type  string // JSObject, JSFunction, Context, … ("object"/"function" for a placeholder)
	Map   uint32
	Size  int
	Known bool // a heap.alloc, closure.create or context.alloc described it

	Props []Prop // named properties in insertion order; a Context's slots in slot order

	Fn  string      // JSFunction: function name
	SFI uint32      // JSFunction: SharedFunctionInfo id
	Ctx events.Addr // JSFunction: captured context

	Parent events.Addr // Context: enclosing context
	Scope  string      // Context: function, block, catch, with, eval or script

	Preview string // the engine's latest preview of a reference to it (a function's name, …)
}

// Prop is a property or a context slot. A zero Value (T == "") is a slot not yet written.
type Prop struct {
	Key   string
	Value events.Value
}

// FnInfo is what parse and compile events say about a function.
type FnInfo struct {
	Name       string
	Start, End int
	Params     []string
}

// Listing is a function's bytecode: one line per instruction.
type Listing struct {
	SFI       uint32
	Fn        string
	Lines     []CodeLine
	Synthetic bool // no compile event: rebuilt from the instructions executed so far
}

// CodeLine is one instruction of a listing.
type CodeLine struct {
	PC   int
	Text string // "S>  12  LdaSmi [5]": position mark, offset, instruction (as --print-bytecode prints it, without addresses and bytes)
	Stmt bool   // carries a statement position (S>)
}

// Exec is an executed instruction.
type Exec struct {
	Frame    uint32
	SFI      uint32
	PC       int
	Op       string
	Operands string
	Acc      events.Value
	Valid    bool
}

// ConsoleLine is one console event.
type ConsoleLine struct {
	Level  string `json:"level"`
	Stream string `json:"stream"`
	Text   string `json:"text"`
	Line   int    `json:"line,omitempty"`
}

// Thrown is an exception in flight.
type Thrown struct {
	Message string
	Value   events.Value
	Line    int
	Col     int
}

// NewState is the state before any event.
func NewState() *State {
	return &State{
		Heap: map[events.Addr]*Object{},
		Code: map[uint32]*Listing{},
		Fns:  map[uint32]FnInfo{},
		Mem:  Memory{Blocks: map[events.Addr]*Block{}},
	}
}

// Top is the running frame, nil when the stack is empty.
func (s *State) Top() *Frame {
	if len(s.Frames) == 0 {
		return nil
	}
	return s.Frames[len(s.Frames)-1]
}

// Clone is a deep copy, except for the parts that are never mutated once stored (compiled
// listings, function infos' slices, console lines).
func (s *State) Clone() *State {
	c := *s
	c.Frames = clone(s.Frames)
	for i, f := range s.Frames {
		g := *f
		g.Args = clone(f.Args)
		g.Regs = clone(f.Regs)
		c.Frames[i] = &g
	}
	c.Heap = make(map[events.Addr]*Object, len(s.Heap))
	for a, o := range s.Heap {
		p := *o
		p.Props = clone(o.Props)
		c.Heap[a] = &p
	}
	c.Order = clone(s.Order)
	c.Code = make(map[uint32]*Listing, len(s.Code))
	for k, l := range s.Code {
		if l.Synthetic {
			m := *l
			m.Lines = clone(l.Lines)
			l = &m
		}
		c.Code[k] = l
	}
	c.Fns = make(map[uint32]FnInfo, len(s.Fns))
	for k, v := range s.Fns {
		c.Fns[k] = v
	}
	c.Out = s.Out[:len(s.Out):len(s.Out)]
	c.Mem = s.Mem.clone()
	c.Feedback = s.Feedback.clone()
	c.Maps = s.Maps.clone()
	c.Loop = s.Loop.Clone()
	if s.Thrown != nil {
		t := *s.Thrown
		c.Thrown = &t
	}
	return &c
}

// clone copies a slice, keeping nil and empty apart (so clones compare equal to originals).
func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// Fold applies events to a State. Src is the program's source text, used only to name
// parameters (the stream numbers them a0, a1, …).
type Fold struct {
	Src       []byte
	SemiSpace int // bytes per semispace when the run changed the engine's default (memory.go)
}

// Apply folds one event into s. Events must be applied in stream order.
func (f Fold) Apply(s *State, e events.Event) {
	h := e.Head()
	s.Applied++
	if h.Line != 0 {
		s.Line, s.Col, s.Pos = h.Line, h.Col, h.Pos
	}
	s.Stmt, s.Call, s.Task = h.Stmt, h.Call, h.Task
	s.Steps = h.Step
	if f.memory(s, e) || f.feedback(s, e) || f.maps(s, e) {
		return
	}
	switch e := e.(type) {
	case *events.ParseFull:
		f.function(s, e.SFI, e.Fn, e.Start, e.End)
	case *events.ParsePreparse:
		f.function(s, e.SFI, e.Fn, e.Start, e.End)
	case *events.CompileLazy:
		// compile.lazy names the function with the same id as frames and instructions do: its
		// info wins over what a parse event may have stored under that id.
		delete(s.Fns, e.SFI)
		f.function(s, e.SFI, e.Fn, e.Start, e.End)
		s.Code[e.SFI] = ParseListing(e.SFI, e.Fn, e.Disasm)
	case *events.FramePush:
		fr := &Frame{
			ID: e.Frame, Depth: e.Depth, Fn: e.Fn, SFI: e.SFI, Closure: e.Closure, Context: e.Context,
			This: e.This, Args: append([]events.Value(nil), e.Args...), Regs: make([]Reg, max(e.Regs, 0)),
			Construct: e.Construct, CallLine: h.Line, CallCol: h.Col,
		}
		if e.Depth > 1 {
			fr.Params = s.Fns[e.SFI].Params
		}
		s.Frames = append(s.Frames, fr)
		s.touch(e.This)
		for _, v := range e.Args {
			s.touch(v)
		}
		s.ref(e.Closure, "function", "")
		s.ref(e.Context, "Context", "")
	case *events.FramePop:
		for i := len(s.Frames) - 1; i >= 0; i-- {
			if s.Frames[i].ID == e.Frame {
				s.Frames = append(s.Frames[:i:i], s.Frames[i+1:]...)
				break
			}
		}
		if top := s.Top(); top != nil && e.Exit == "return" {
			top.Acc = e.Value
		}
		s.touch(e.Value)
	case *events.BytecodeExec:
		s.Steps = h.Step + 1
		s.Last = Exec{Frame: e.Frame, SFI: e.SFI, PC: e.PC, Op: e.Op, Operands: e.Operands, Acc: e.Acc, Valid: true}
		if fr := s.frame(e.Frame); fr != nil {
			fr.PC, fr.HasPC, fr.Acc = e.PC, true, e.Acc
		}
		s.touch(e.Acc)
		s.synthesize(e)
	case *events.RegisterWrite:
		s.touch(e.Value)
		fr := s.frame(e.Frame)
		if fr == nil {
			break
		}
		switch {
		case e.Reg == "<this>":
			fr.This = e.Value
		case e.Reg == "<context>":
			fr.Context = e.Value.Addr
			s.ref(e.Value.Addr, "Context", e.Value.V)
		case e.Reg == "<closure>":
			fr.Closure = e.Value.Addr
		case strings.HasPrefix(e.Reg, "r"):
			if n, err := strconv.Atoi(e.Reg[1:]); err == nil && n >= 0 && n < 1<<16 {
				for len(fr.Regs) <= n {
					fr.Regs = append(fr.Regs, Reg{})
				}
				fr.Regs[n] = Reg{Value: e.Value, Set: true}
			}
		case strings.HasPrefix(e.Reg, "a"):
			if n, err := strconv.Atoi(e.Reg[1:]); err == nil && n >= 0 && n < 1<<16 {
				for len(fr.Args) <= n {
					fr.Args = append(fr.Args, events.Undefined())
				}
				fr.Args[n] = e.Value
			}
		}
	case *events.ContextAlloc:
		o := s.object(e.Addr)
		o.Type, o.Known, o.Parent, o.Scope = "Context", true, e.Parent, e.Scope
		if len(o.Props) == 0 {
			o.Props = make([]Prop, e.Slots)
			for i := range o.Props {
				if i < len(e.Names) {
					o.Props[i].Key = e.Names[i]
				} else {
					o.Props[i].Key = "#" + strconv.Itoa(i)
				}
			}
		}
		s.ref(e.Parent, "Context", "")
	case *events.ContextWrite:
		o := s.object(e.Addr)
		if o.Type == "" || !o.Known {
			o.Type = "Context"
		}
		// The slot is found by name when the context's names are known: streams number slots
		// either from the first variable or, as V8's bytecode does, after the two header slots.
		slot := -1
		if e.Name != "" {
			for i := range o.Props {
				if o.Props[i].Key == e.Name {
					slot = i
					break
				}
			}
		}
		if slot < 0 {
			slot = e.Slot
			for len(o.Props) <= slot {
				o.Props = append(o.Props, Prop{Key: "#" + strconv.Itoa(len(o.Props))})
			}
			if e.Name != "" {
				o.Props[slot].Key = e.Name
			}
		}
		o.Props[slot].Value = e.Value
		s.touch(e.Value)
	case *events.ClosureCreate:
		o := s.object(e.Closure)
		o.Type, o.Known, o.Fn, o.SFI, o.Ctx = "JSFunction", true, e.Fn, e.SFI, e.Context
		s.ref(e.Context, "Context", "")
	case *events.HeapAlloc:
		o := s.object(e.Addr)
		o.Type, o.Map, o.Size, o.Known = e.Type, e.Map, e.Size, true
	case *events.PropertySet:
		o := s.object(e.Object)
		if o.Type == "" {
			o.Type = "object"
		}
		o.Map = e.MapAfter
		set := false
		for i := range o.Props {
			if o.Props[i].Key == e.Key {
				o.Props[i].Value, set = e.Value, true
				break
			}
		}
		if !set {
			o.Props = append(o.Props, Prop{Key: e.Key, Value: e.Value})
		}
		s.touch(e.Value)
		s.protoLink(o)
	case *events.Console:
		s.Out = append(s.Out, ConsoleLine{Level: e.Level, Stream: e.Stream, Text: e.Text, Line: h.Line})
	case *events.ExceptionThrow:
		s.Thrown = &Thrown{Message: e.Message, Value: e.Value, Line: h.Line, Col: h.Col}
		s.touch(e.Value)
	case *events.ExceptionCatch:
		s.Thrown = nil
	case *events.ProgramEnd:
		end := *e
		s.End = &end
		s.Steps = e.Steps
	}
	f.loop(s, e)
}

func (f Fold) function(s *State, sfi uint32, name string, start, end int) {
	if _, ok := s.Fns[sfi]; ok {
		return
	}
	info := FnInfo{Name: name, Start: start, End: end}
	if start > 0 || name != "" {
		info.Params = ParamNames(f.Src, start, end)
	}
	s.Fns[sfi] = info
}

func (s *State) frame(id uint32) *Frame {
	for i := len(s.Frames) - 1; i >= 0; i-- {
		if s.Frames[i].ID == id {
			return s.Frames[i]
		}
	}
	return nil
}

func (s *State) object(a events.Addr) *Object {
	o, ok := s.Heap[a]
	if !ok {
		o = &Object{Addr: a}
		s.Heap[a] = o
		s.Order = append(s.Order, a)
	}
	return o
}

// touch records an object reached through a value, so arrows always have a target.
func (s *State) touch(v events.Value) {
	if v.T == events.TObject || v.T == events.TFunction {
		s.ref(v.Addr, string(v.T), v.V)
	}
}

func (s *State) ref(a events.Addr, typ, preview string) {
	if a == 0 {
		return
	}
	o := s.object(a)
	if o.Type == "" {
		o.Type = typ
	}
	if preview != "" {
		o.Preview = preview // the engine's latest preview: a function's name, an object's summary
	}
}

// synthesize adds an executed instruction to a listing the stream never compiled (the script's
// top level is compiled eagerly, without a compile.lazy event).
func (s *State) synthesize(e *events.BytecodeExec) {
	l := s.Code[e.SFI]
	if l == nil {
		l = &Listing{SFI: e.SFI, Fn: s.Fns[e.SFI].Name, Synthetic: true}
		s.Code[e.SFI] = l
	}
	if !l.Synthetic {
		return
	}
	i := 0
	for i < len(l.Lines) && l.Lines[i].PC < e.PC {
		i++
	}
	if i < len(l.Lines) && l.Lines[i].PC == e.PC {
		return
	}
	text := e.Op
	if e.Operands != "" {
		text += " " + e.Operands
	}
	mark := "  "
	if e.StmtStart {
		mark = "S>"
	}
	line := CodeLine{PC: e.PC, Stmt: e.StmtStart, Text: mark + padLeft(strconv.Itoa(e.PC), 4) + "  " + text}
	l.Lines = append(l.Lines, CodeLine{})
	copy(l.Lines[i+1:], l.Lines[i:])
	l.Lines[i] = line
}

func padLeft(s string, n int) string {
	for len(s) < n {
		s = " " + s
	}
	return s
}

// instruction drops the bytes V8 prints before an instruction ("0b 04             Ldar a1").
func instruction(s string) string {
	f := strings.Fields(s)
	i := 0
	for i < len(f)-1 && len(f[i]) == 2 && isHex(f[i][0]) && isHex(f[i][1]) {
		i++
	}
	return strings.Join(f[i:], " ")
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' }

// ParseListing reads a --print-bytecode listing, with or without addresses and bytes:
// "   29 S> 0x… @    0 : 0b 04    Ldar a1" or "   29 S> @    0 : Ldar a1". Other lines (the
// header, the constant pool, the handler table) are skipped.
func ParseListing(sfi uint32, fn, disasm string) *Listing {
	l := &Listing{SFI: sfi, Fn: fn}
	for _, raw := range strings.Split(disasm, "\n") {
		at := strings.Index(raw, "@")
		if at < 0 {
			continue
		}
		rest := raw[at+1:]
		colon := strings.Index(rest, ":")
		if colon < 0 {
			continue
		}
		pc, err := strconv.Atoi(strings.TrimSpace(rest[:colon]))
		if err != nil {
			continue
		}
		prefix := raw[:at]
		stmt := strings.Contains(prefix, "S>")
		mark := "  "
		switch {
		case stmt:
			mark = "S>"
		case strings.Contains(prefix, "E>"):
			mark = "E>"
		}
		text := mark + padLeft(strconv.Itoa(pc), 4) + "  " + instruction(rest[colon+1:])
		l.Lines = append(l.Lines, CodeLine{PC: pc, Text: text, Stmt: stmt})
	}
	return l
}

// ProtoKey is the pseudo-property that draws an object's prototype link (the notes' __proto__, as
// opposed to a constructor's `prototype` property).
const ProtoKey = "__proto__"

// protoLink shows o's prototype as a reference when its map names one the program made (the
// realm's own prototypes, such as Object.prototype, stay out of the diagram).
func (s *State) protoLink(o *Object) {
	n, ok := s.Maps.ByID[o.Map]
	if !ok || n.Proto == 0 {
		return
	}
	p, ok := s.Heap[n.Proto]
	if !ok || !p.Known {
		return
	}
	v := events.Object(p.Preview, n.Proto)
	for i := range o.Props {
		if o.Props[i].Key == ProtoKey {
			o.Props[i].Value = v
			return
		}
	}
	o.Props = append(o.Props, Prop{Key: ProtoKey, Value: v})
}
