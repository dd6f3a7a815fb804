package render

import (
	"sort"

	"enginescope/core/events"
)

// Feedback is what the feedback-vector panel shows: per function, the inline-cache slots that
// have seen feedback (ic.transition), with their kind, state and maps, and the function's tier
// label (tier.install, deopt). A slot no event mentioned has had no feedback yet.
type Feedback struct {
	Vectors map[uint32]*Vector // by SharedFunctionInfo id
	Last    uint32             // the function whose feedback changed last (shown when the running one has none)
}

// Vector is one function's feedback vector as far as the stream has described it.
type Vector struct {
	Fn        string
	Slots     []Slot // by slot index
	Tier      string // SPARKPLUG, MAGLEV, TURBOFAN ("" while interpreted)
	Requested string // the tier it is marked for and compiling (tier.request), until installed
	Deopt     string // the last deoptimization's reason
}

// Slot is one IC or BinaryOp slot.
type Slot struct {
	Index    int
	IC       string // LoadIC, StoreIC, KeyedLoadIC, …, or BinaryOp
	State    string // V8's mark: X, 0, 1, P, N; for BinaryOp the hint (SignedSmall, Number, …)
	Key      string // the property name; for BinaryOp the bytecode (Add, SubSmi, …)
	Maps     []uint32
	Modifier string
	Line     int
	Col      int
	Changes  int    // transitions seen
	Step     uint64 // the instruction of the last transition (the panel flashes it)
}

func (fb *Feedback) clone() Feedback {
	if fb.Vectors == nil {
		return Feedback{}
	}
	c := Feedback{Vectors: make(map[uint32]*Vector, len(fb.Vectors)), Last: fb.Last}
	for k, v := range fb.Vectors {
		w := *v
		w.Slots = clone(v.Slots)
		for i := range w.Slots {
			w.Slots[i].Maps = clone(v.Slots[i].Maps)
		}
		c.Vectors[k] = &w
	}
	return c
}

func (fb *Feedback) vector(sfi uint32, fn string) *Vector {
	if fb.Vectors == nil {
		fb.Vectors = map[uint32]*Vector{}
	}
	v := fb.Vectors[sfi]
	if v == nil {
		v = &Vector{Fn: fn}
		fb.Vectors[sfi] = v
	}
	return v
}

// slot finds or inserts the slot with this index, keeping them in index order.
func (v *Vector) slot(index int) *Slot {
	i := sort.Search(len(v.Slots), func(i int) bool { return v.Slots[i].Index >= index })
	if i == len(v.Slots) || v.Slots[i].Index != index {
		v.Slots = append(v.Slots, Slot{})
		copy(v.Slots[i+1:], v.Slots[i:])
		v.Slots[i] = Slot{Index: index}
	}
	return &v.Slots[i]
}

// feedback folds ic.transition, feedback.binop, tier.request, tier.install and deopt; it reports whether e was
// one of them.
func (f Fold) feedback(s *State, e events.Event) bool {
	h := e.Head()
	switch e := e.(type) {
	case *events.ICTransition:
		v := s.Feedback.vector(e.SFI, e.Fn)
		s.Feedback.Last = e.SFI
		sl := v.slot(e.Slot)
		sl.IC, sl.State, sl.Key, sl.Modifier = e.IC, e.New, e.Key, e.Modifier
		sl.Maps = append([]uint32(nil), e.Maps...)
		sl.Line, sl.Col, sl.Changes, sl.Step = h.Line, h.Col, sl.Changes+1, h.Step
	case *events.BinopFeedback:
		v := s.Feedback.vector(e.SFI, e.Fn)
		s.Feedback.Last = e.SFI
		sl := v.slot(e.Slot)
		sl.IC, sl.State, sl.Key = "BinaryOp", e.New, e.Op
		sl.Line, sl.Col, sl.Changes, sl.Step = h.Line, h.Col, sl.Changes+1, h.Step
	case *events.TierRequest:
		s.Feedback.vector(e.SFI, e.Fn).Requested = e.Tier
	case *events.TierInstall:
		v := s.Feedback.vector(e.SFI, e.Fn)
		v.Tier, v.Requested, v.Deopt = e.Tier, "", ""
	case *events.Deopt:
		v := s.Feedback.vector(e.SFI, e.Fn)
		v.Tier, v.Requested, v.Deopt = "", "", e.Reason
	default:
		return false
	}
	return true
}
