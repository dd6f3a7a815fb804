package render

import (
	"sort"

	"enginescope/core/events"
)

// Memory is what the memory panel shows: every heap block at its simulated address, new space's
// two halves, old-space pages, marking colours, write-barrier hits and the heap's size over
// time. It is folded from heap.alloc and the gc.* events only (docs/events.md).
type Memory struct {
	Blocks map[events.Addr]*Block // live blocks by their current address
	NextID int                    // the next block's identity (blocks keep it when they move)

	// New space. Semi holds the two halves in address order; InUse is the half the notes call
	// From (where objects are), the other is To (empty until a scavenge copies into it). Before
	// the first scavenge the halves' places are guessed from the first young block and SemiCap.
	Semi      [2]Semi
	InUse     int
	SemiKnown bool
	SemiCap   int         // bytes per half
	AgeMark   events.Addr // blocks below it in the in-use half survived one scavenge

	GC      string // the collection under way: Scavenge or Mark-Compact ("" between collections)
	Marking bool   // incremental marking is under way (it spans many instructions)
	Moves   []Move // what the last collection copied or promoted (forwarding arrows)
	Flashes []Flash
	Sweeps  []Sweep       // pages the last mark-compact swept or evacuated
	History []Sample      // one per finished collection
	Trace   string        // the last --trace-gc line
	Step    uint64        // the instruction the last collection ran in
	pending []Move        // this collection's moves, applied to the object graph at its end
	Dead    []events.Addr // what the last collection freed (drawn fading out)

	OOM                           *events.HeapOOM // the heap limit was reached: the run stopped
	Scavenges, FullGCs, Refcounts int
	Leaked                        int // reference counting: objects only cycles keep alive (last count)
}

// Semi is one half of new space.
type Semi struct {
	Base events.Addr
	Cap  int
}

// Contains reports whether a is in the half.
func (h Semi) Contains(a events.Addr) bool {
	return h.Cap > 0 && a >= h.Base && a < h.Base+events.Addr(h.Cap)
}

// Block is one object (or backing store) on the simulated heap.
type Block struct {
	ID     int
	Addr   events.Addr
	Size   int
	Type   string
	Space  string // new, old, lo, snapshot
	Colour Colour
	Age    int         // scavenges survived
	Was    events.Addr // where the last collection moved it from (0: it did not move)
}

// Colour is a block's tri-colour marking state.
type Colour uint8

const (
	White Colour = iota // not reached (yet)
	Grey                // reached, fields not visited: on the worklist
	Black               // reached and its fields visited
)

// Move is a copy (to-space or compaction) or a promotion (to old space).
type Move struct {
	ID       int
	From, To events.Addr
	Promoted bool
}

// Flash is a write-barrier hit during the last instruction.
type Flash struct {
	Step         uint64
	Host, Value  events.Addr
	Generational bool // old → new (remembered set); otherwise the marking (Dijkstra) barrier
}

// Sweep is a page the sweeper or the compactor handled.
type Sweep struct {
	Page      events.Addr
	Live      int
	Freed     int
	Released  bool
	Evacuated bool
}

// Sample is the heap's size around one collection.
type Sample struct {
	Step          uint64
	Collector     string
	Before, After int
	Committed     int
}

// DefaultSemiSpace is the engine's semispace size in bytes (vm.DefaultMaxSemiSpaceSize scaled
// MB); a scene that changes it tells the fold (Fold.SemiSpace). scenes' tests check the number.
const DefaultSemiSpace = 16 * 1024

// PageSize is the engine's old-space page size in bytes (vm.PageSize; checked by scenes' tests).
const PageSize = 16 * 1024

// PageOf is the page an old-space address lies on.
func PageOf(a events.Addr) events.Addr { return a &^ (PageSize - 1) }

func (m *Memory) clone() Memory {
	c := *m
	c.Blocks = make(map[events.Addr]*Block, len(m.Blocks))
	for a, b := range m.Blocks {
		x := *b
		c.Blocks[a] = &x
	}
	c.Moves = clone(m.Moves)
	c.Flashes = clone(m.Flashes)
	c.Sweeps = clone(m.Sweeps)
	c.History = clone(m.History)
	c.pending = clone(m.pending)
	c.Dead = clone(m.Dead)
	if m.OOM != nil {
		oom := *m.OOM
		c.OOM = &oom
	}
	return c
}

// Active reports whether there is anything to draw.
func (m *Memory) Active() bool { return len(m.Blocks) > 0 || len(m.History) > 0 }

// memory folds a heap or GC event; it reports whether e was one.
func (f Fold) memory(s *State, e events.Event) bool {
	m := &s.Mem
	step := e.Head().Step
	switch e := e.(type) {
	case *events.BytecodeExec:
		// barrier hits and forwarding arrows belong to the instruction they happened in
		if len(m.Flashes) > 0 && m.Flashes[0].Step < step {
			m.Flashes = nil
		}
		if m.GC == "" && m.Step < step && (len(m.Moves) > 0 || len(m.Dead) > 0) {
			m.Moves, m.Dead = nil, nil
			for _, b := range m.Blocks {
				b.Was = 0
			}
		}
		return false // the main fold handles it too
	case *events.HeapAlloc:
		if m.SemiCap == 0 {
			m.SemiCap = f.SemiSpace
			if m.SemiCap <= 0 {
				m.SemiCap = DefaultSemiSpace
			}
		}
		sp := e.Space
		if sp == "" {
			sp = "new"
			if m.SemiKnown && !m.Semi[0].Contains(e.Addr) && !m.Semi[1].Contains(e.Addr) {
				sp = "old"
			}
		}
		if sp == "snapshot" {
			return false
		}
		b := &Block{ID: m.NextID, Addr: e.Addr, Size: e.Size, Type: e.Type, Space: sp}
		m.NextID++
		if m.Marking && sp != "new" {
			b.Colour = Black // black allocation
		}
		m.Blocks[e.Addr] = b
		if sp == "new" && !m.SemiKnown && (m.Semi[0].Cap == 0 || e.Addr < m.Semi[0].Base) {
			// the first young allocation is at the bottom of the in-use half
			m.Semi[0] = Semi{Base: e.Addr &^ 7, Cap: m.SemiCap}
			m.Semi[1] = Semi{Base: m.Semi[0].Base + events.Addr(m.SemiCap), Cap: m.SemiCap}
			m.InUse = 0
		}
		return false // the object graph records it as well
	case *events.GCScavengeStart:
		m.begin("Scavenge", step)
		lo, hi := e.From, e.To
		if hi < lo {
			lo, hi = hi, lo
		}
		m.Semi = [2]Semi{{lo, e.Capacity}, {hi, e.Capacity}}
		m.SemiCap, m.SemiKnown = e.Capacity, true
		m.InUse = 0
		if e.From == hi {
			m.InUse = 1
		}
		m.AgeMark = e.AgeMark
	case *events.GCCopy:
		m.move(step, e.From, e.To, e.Size, e.Type, false)
	case *events.GCPromote:
		m.move(step, e.From, e.To, e.Size, e.Type, true)
	case *events.GCForward:
	case *events.GCFlip:
		// what is still in the evacuated half was not copied: it is garbage
		for a, b := range m.Blocks {
			if b.Space == "new" && a >= e.From && a < e.From+events.Addr(m.SemiCap) {
				delete(m.Blocks, a)
				m.Dead = append(m.Dead, a)
			}
		}
		sortAddrs(m.Dead)
		m.InUse = 0
		if m.Semi[1].Contains(e.To) {
			m.InUse = 1
		}
		m.AgeMark = e.AgeMark
	case *events.GCMarkStart:
		m.Marking, m.Sweeps = true, nil
		for _, b := range m.Blocks {
			b.Colour = White
		}
	case *events.GCMarkGrey:
		if b := m.Blocks[e.Obj]; b != nil && b.Colour == White {
			b.Colour = Grey
		}
	case *events.GCMarkBlack:
		if b := m.Blocks[e.Obj]; b != nil {
			b.Colour = Black
		}
	case *events.GCMarkStep:
	case *events.GCBarrierMarking:
		m.flash(step, e.Host, e.Value, false)
		if b := m.Blocks[e.Value]; b != nil && b.Colour == White {
			b.Colour = Grey
		}
	case *events.GCBarrierGenerational:
		m.flash(step, e.Host, e.Value, true)
	case *events.GCSweep:
		if m.GC == "" {
			m.begin("Mark-Compact", step)
		}
		m.Sweeps = append(m.Sweeps, Sweep{Page: e.Page &^ 1, Live: e.Live, Freed: e.Freed, Released: e.Released})
	case *events.GCEvacuate:
		m.Sweeps = append(m.Sweeps, Sweep{Page: e.Page &^ 1, Evacuated: true})
	case *events.GCEnd:
		f.endGC(s, e, step)
	case *events.HeapOOM:
		oom := *e
		m.OOM = &oom
	default:
		return false
	}
	return true
}

func (m *Memory) begin(gc string, step uint64) {
	m.GC, m.Step, m.Moves, m.pending, m.Dead = gc, step, nil, nil, nil
	for _, b := range m.Blocks {
		b.Was = 0
	}
}

func (m *Memory) flash(step uint64, host, value events.Addr, gen bool) {
	if len(m.Flashes) > 0 && m.Flashes[0].Step != step {
		m.Flashes = nil
	}
	m.Flashes = append(m.Flashes, Flash{Step: step, Host: host, Value: value, Generational: gen})
}

func (m *Memory) move(step uint64, from, to events.Addr, size int, typ string, promoted bool) {
	if m.GC == "" {
		m.begin("Mark-Compact", step) // a full GC's promotions before any sweep
	}
	b := m.Blocks[from]
	if b == nil {
		b = &Block{ID: m.NextID, Addr: from, Size: size, Type: typ, Space: "new"}
		m.NextID++
	} else {
		delete(m.Blocks, from)
	}
	if b.Was == 0 {
		b.Was = from
	}
	b.Addr = to
	if b.Space == "new" {
		b.Age++
	}
	if promoted {
		b.Space = "old"
	}
	m.Blocks[to] = b
	mv := Move{ID: b.ID, From: from, To: to, Promoted: promoted}
	m.Moves = append(m.Moves, mv)
	m.pending = append(m.pending, mv)
}

// endGC closes a collection: the dead go, the object graph follows the moved objects to their
// new addresses, and the heap's size joins the history.
func (f Fold) endGC(s *State, e *events.GCEnd, step uint64) {
	m := &s.Mem
	if m.GC == "" {
		m.begin(e.Collector, step)
	}
	if e.Collector != "Scavenge" {
		// a full GC promotes every live young object and empties both halves
		moved := map[int]bool{}
		for _, mv := range m.pending {
			moved[mv.ID] = true
		}
		for a, b := range m.Blocks {
			if b.Space == "new" && !moved[b.ID] {
				delete(m.Blocks, a)
				m.Dead = append(m.Dead, a)
			}
		}
	}
	for _, a := range e.Dead {
		if m.Blocks[a] != nil {
			delete(m.Blocks, a)
			m.Dead = append(m.Dead, a)
		}
	}
	sortAddrs(m.Dead)
	s.relocate(m.pending, m.Dead)
	m.pending = nil
	switch e.Collector {
	case "Scavenge":
		m.Scavenges++
	case "Reference-Counting":
		m.Refcounts++
		m.Leaked = e.Leaked
	default:
		m.FullGCs++
		m.Marking = false
		for _, b := range m.Blocks {
			b.Colour = White
		}
	}
	m.History = append(m.History, Sample{Step: step, Collector: e.Collector, Before: e.Before, After: e.After, Committed: e.CommittedAfter})
	m.Trace, m.GC = e.Trace, ""
}

// relocate rewrites the object graph after a collection: objects that moved are found under
// their new addresses (every reference to them follows), and freed objects are gone.
func (s *State) relocate(moves []Move, dead []events.Addr) {
	if len(moves) == 0 && len(dead) == 0 {
		return
	}
	// A block can move twice in one collection (promoted, then compacted): compose.
	to := map[events.Addr]events.Addr{}
	orig := map[events.Addr]events.Addr{} // current address → address before the collection
	for _, mv := range moves {
		o, ok := orig[mv.From]
		if !ok {
			o = mv.From
		}
		delete(orig, mv.From)
		orig[mv.To] = o
		to[o] = mv.To
	}
	gone := map[events.Addr]bool{}
	for _, a := range dead {
		if _, moved := to[a]; !moved {
			gone[a] = true
		}
	}
	fix := func(a events.Addr) events.Addr {
		if n, ok := to[a]; ok {
			return n
		}
		return a
	}
	fixV := func(v *events.Value) {
		if v.Addr != 0 {
			v.Addr = fix(v.Addr)
		}
	}
	heap := make(map[events.Addr]*Object, len(s.Heap))
	order := s.Order[:0:0]
	for _, a := range s.Order {
		o := s.Heap[a]
		if gone[a] {
			continue
		}
		o.Addr = fix(a)
		if _, dup := heap[o.Addr]; dup {
			continue // a stale placeholder at an address something moved into
		}
		heap[o.Addr] = o
		order = append(order, o.Addr)
		for i := range o.Props {
			fixV(&o.Props[i].Value)
		}
		o.Ctx, o.Parent = fix(o.Ctx), fix(o.Parent)
	}
	s.Heap, s.Order = heap, order
	for _, fr := range s.Frames {
		fixV(&fr.This)
		fixV(&fr.Acc)
		for i := range fr.Args {
			fixV(&fr.Args[i])
		}
		for i := range fr.Regs {
			fixV(&fr.Regs[i].Value)
		}
		fr.Closure, fr.Context = fix(fr.Closure), fix(fr.Context)
	}
	fixV(&s.Last.Acc)
	if s.Thrown != nil {
		fixV(&s.Thrown.Value)
	}
}

func sortAddrs(a []events.Addr) { sort.Slice(a, func(i, j int) bool { return a[i] < a[j] }) }

// SortedBlocks are the blocks in address order (layout and tests).
func (m *Memory) SortedBlocks() []*Block {
	out := make([]*Block, 0, len(m.Blocks))
	for _, b := range m.Blocks {
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Addr < out[j].Addr })
	return out
}
