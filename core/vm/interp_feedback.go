package vm

import (
	"math/big"

	bc "enginescope/core/bytecode"
)

// FeedbackVector is a function's type feedback (V8's FeedbackVector): one entry per vector
// index of its FeedbackMetadata. Named property ICs keep the receiver map they saw.
type FeedbackVector struct {
	meta *bc.FeedbackMetadata
	ics  []icEntry
}

// IC states (V8's InlineCacheState).
const (
	icUninitialized uint8 = iota
	icMonomorphic
	icPolymorphic
	icMegamorphic
)

// icEntry is a named property inline cache: the receiver map, and where the property lives
// (an own field, or a field of holder, the receiver's prototype, checked by its map).
type icEntry struct {
	state  uint8
	m      *HiddenClass
	holder *Object
	hmap   *HiddenClass
	desc   int32
	field  int32
	maps   int // distinct maps seen (for the state machine)
}

func newFeedbackVector(meta *bc.FeedbackMetadata) *FeedbackVector {
	return &FeedbackVector{meta: meta, ics: make([]icEntry, meta.Len()+1)}
}

// record updates the IC after a miss: the first map makes it monomorphic, a different map
// polymorphic (the cache keeps the latest map), many maps megamorphic.
func (ic *icEntry) record(m *HiddenClass, holder *Object, hmap *HiddenClass, desc, field int32) {
	switch {
	case ic.state == icUninitialized:
		ic.state = icMonomorphic
		ic.maps = 1
	case ic.m != m:
		ic.maps++
		if ic.maps > 4 {
			ic.state = icMegamorphic
			ic.m = nil
			return
		}
		ic.state = icPolymorphic
	}
	ic.m, ic.holder, ic.hmap, ic.desc, ic.field = m, holder, hmap, desc, field
}

// ICState reports a feedback slot's state name as V8 logs it (X before the vector exists).
func (r *Runtime) ICState(fn *Object, slot int) string {
	cl := closureOf(fn)
	if cl == nil || cl.Feedback == nil {
		return "X"
	}
	if slot < 0 || slot >= len(cl.Feedback.ics) {
		return "X"
	}
	return [...]string{"0", "1", "P", "N"}[cl.Feedback.ics[slot].state]
}

func newBigIntInt(i int64) *BigInt { return NewBigInt(big.NewInt(i)) }
