package bytecode

// SlotKind is a feedback vector slot kind (V8's FeedbackSlotKind).
type SlotKind uint8

const (
	SlotInvalid SlotKind = iota
	SlotLoadProperty
	SlotLoadKeyed
	SlotHasKeyed
	SlotLoadGlobalNotInsideTypeof
	SlotLoadGlobalInsideTypeof
	SlotSetNamed // base kind in the table; the compiler records Sloppy or Strict
	SlotSetNamedSloppy
	SlotSetNamedStrict
	SlotSetKeyed
	SlotSetKeyedSloppy
	SlotSetKeyedStrict
	SlotDefineNamedOwn
	SlotDefineKeyedOwn
	SlotStoreGlobal
	SlotStoreGlobalSloppy
	SlotStoreGlobalStrict
	SlotStoreInArrayLiteral
	SlotCall
	SlotBinaryOp
	SlotCompareOp
	SlotInstanceOf
	SlotTypeOf
	SlotForIn
	SlotLiteral
	SlotCloneObject
	SlotDefineKeyedOwnPropertyInLiteral
	SlotJumpLoop
	// SlotClosureCell is CreateClosure's index into the closure feedback cell array (not the vector).
	SlotClosureCell
	numSlotKinds
)

var slotKindNames = [numSlotKinds]string{"Invalid", "LoadProperty", "LoadKeyed", "HasKeyed",
	"LoadGlobalNotInsideTypeof", "LoadGlobalInsideTypeof", "SetNamed", "SetNamedSloppy",
	"SetNamedStrict", "SetKeyed", "SetKeyedSloppy", "SetKeyedStrict", "DefineNamedOwn",
	"DefineKeyedOwn", "StoreGlobal", "StoreGlobalSloppy", "StoreGlobalStrict",
	"StoreInArrayLiteral", "Call", "BinaryOp", "CompareOp", "InstanceOf", "TypeOf", "ForIn",
	"Literal", "CloneObject", "DefineKeyedOwnPropertyInLiteral", "JumpLoop", "ClosureCell"}

func (k SlotKind) String() string { return slotKindNames[k] }

// Size is how many vector entries the slot takes: 1 for BinaryOp, CompareOp, ForIn,
// InstanceOf, TypeOf, Literal and JumpLoop, 2 for the IC kinds (so slots go 0, 2, 4…).
func (k SlotKind) Size() int {
	switch k {
	case SlotBinaryOp, SlotCompareOp, SlotForIn, SlotInstanceOf, SlotTypeOf, SlotLiteral, SlotJumpLoop:
		return 1
	}
	return 2
}

// Strict returns the strict/sloppy-specific kind for a store base kind.
func (k SlotKind) WithLanguageMode(strict bool) SlotKind {
	switch k {
	case SlotSetNamed:
		if strict {
			return SlotSetNamedStrict
		}
		return SlotSetNamedSloppy
	case SlotSetKeyed:
		if strict {
			return SlotSetKeyedStrict
		}
		return SlotSetKeyedSloppy
	case SlotStoreGlobal:
		if strict {
			return SlotStoreGlobalStrict
		}
		return SlotStoreGlobalSloppy
	}
	return k
}

// IsIC reports slot kinds whose feedback is an inline cache keyed by maps.
func (k SlotKind) IsIC() bool {
	switch k {
	case SlotLoadProperty, SlotLoadKeyed, SlotHasKeyed, SlotSetNamedSloppy, SlotSetNamedStrict,
		SlotSetKeyedSloppy, SlotSetKeyedStrict, SlotDefineNamedOwn, SlotDefineKeyedOwn,
		SlotStoreInArrayLiteral, SlotDefineKeyedOwnPropertyInLiteral, SlotLoadGlobalInsideTypeof,
		SlotLoadGlobalNotInsideTypeof, SlotStoreGlobalSloppy, SlotStoreGlobalStrict, SlotCloneObject:
		return true
	}
	return false
}

// FeedbackMetadata describes a function's feedback vector layout: Kinds[i] is the kind of the
// slot starting at entry i (second entries of 2-entry slots hold SlotInvalid).
type FeedbackMetadata struct {
	Kinds []SlotKind
	// ClosureCells is the number of CreateClosure feedback cells (V8's closure feedback cell array).
	ClosureCells int
}

// Len is the number of vector entries.
func (m *FeedbackMetadata) Len() int { return len(m.Kinds) }

// Add appends a slot and returns its index.
func (m *FeedbackMetadata) Add(k SlotKind) int {
	i := len(m.Kinds)
	m.Kinds = append(m.Kinds, k)
	for j := 1; j < k.Size(); j++ {
		m.Kinds = append(m.Kinds, SlotInvalid)
	}
	return i
}

// AddClosureCell reserves a closure feedback cell and returns its index.
func (m *FeedbackMetadata) AddClosureCell() int {
	m.ClosureCells++
	return m.ClosureCells - 1
}

// Slots returns the start index of every slot in order.
func (m *FeedbackMetadata) Slots() []int {
	var s []int
	for i := 0; i < len(m.Kinds); i += m.Kinds[i].Size() {
		s = append(s, i)
	}
	return s
}
