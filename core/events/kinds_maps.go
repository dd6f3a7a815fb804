package events

// Hidden classes (maps), inline caches and tier-up labels (engine-model §4–§6). Map ids are the
// ones heap.alloc and property.set carry; a map's address is what %DebugPrint prints.
const (
	KindMapCreate     = "map.create"
	KindMapTransition = "map.transition"
	KindMapReuse      = "map.reuse"
	KindMapDeprecate  = "map.deprecate"
	KindICTransition  = "ic.transition"
	KindBinopFeedback = "feedback.binop"
	KindTierRequest   = "tier.request"
	KindTierInstall   = "tier.install"
	KindDeopt         = "deopt"
)

// MapCreate: a new map (hidden class) was allocated.
type MapCreate struct {
	Header
	Map        uint32 `json:"map"`                  // map id
	Addr       Addr   `json:"addr"`                 // the map's simulated address
	Type       string `json:"type"`                 // instance type as %DebugPrint prints it (JS_OBJECT_TYPE, JS_ARRAY_TYPE, …)
	Parent     uint32 `json:"parent,omitempty"`     // back pointer: the map this one transitions from (0 for a root map)
	InObject   int    `json:"inObject"`             // in-object property slots
	Size       int    `json:"size"`                 // instance size in bytes
	Elements   string `json:"elements"`             // elements kind (PACKED_SMI_ELEMENTS, …)
	Dictionary bool   `json:"dictionary,omitempty"` // a dictionary (slow-mode) map, shared per prototype
	Prototype  bool   `json:"prototype,omitempty"`  // the map of an object used as a prototype
	Proto      Addr   `json:"proto,omitempty"`      // address of the prototype
	Reason     string `json:"reason,omitempty"`     // why a map outside the tree was made: normalize, reconfigure, set-prototype, …
}

func (*MapCreate) Kind() string { return KindMapCreate }

// MapTransition: an object moved along a new edge of the transition tree.
type MapTransition struct {
	Header
	From   uint32 `json:"from"`            // map id before
	To     uint32 `json:"to"`              // map id after (a child of From)
	Key    string `json:"key"`             // the property added, the new elements kind, or nonextensible/sealed/frozen
	Edge   string `json:"edge"`            // "property", "elements", "integrity" (preventExtensions/seal/freeze), or "normalize" (to the shared dictionary map)
	Field  int    `json:"field"`           // the new property's field index (-1 for an elements edge or an accessor)
	Where  string `json:"where,omitempty"` // "in-object", "backing-store", or "descriptor" (an accessor: no slot) for property edges
	Object Addr   `json:"obj,omitempty"`   // the object that took the edge
	Rep    string `json:"rep,omitempty"`   // field representation: smi, double, heapobject, tagged
}

func (*MapTransition) Kind() string { return KindMapTransition }

// MapReuse: an object followed an edge that already existed, so it shares the target map.
type MapReuse struct {
	Header
	From   uint32 `json:"from"`          // map id before
	To     uint32 `json:"to"`            // the existing map taken
	Key    string `json:"key"`           // the property added (or elements kind)
	Object Addr   `json:"obj,omitempty"` // the object that took the edge
}

func (*MapReuse) Kind() string { return KindMapReuse }

// MapDeprecate: a field's representation generalized (Smi → Double): the old map is deprecated
// and objects still using it migrate to the new one when next accessed.
type MapDeprecate struct {
	Header
	Map  uint32 `json:"map"`  // the deprecated map
	New  uint32 `json:"new"`  // the map that replaces it
	Key  string `json:"key"`  // the field whose representation changed
	From string `json:"from"` // old representation
	To   string `json:"to"`   // new representation
}

func (*MapDeprecate) Kind() string { return KindMapDeprecate }

// ICTransition: a feedback slot's inline cache changed state (what --log-ic prints). States are
// V8's marks: X (no feedback vector yet), 0 uninitialized, 1 monomorphic, P polymorphic,
// N megamorphic; the position is the property's source position.
type ICTransition struct {
	Header
	Fn       string   `json:"fn"`                 // the function whose feedback vector holds the slot
	SFI      uint32   `json:"sfi"`                // its SharedFunctionInfo id
	Slot     int      `json:"slot"`               // feedback vector slot index
	IC       string   `json:"ic"`                 // LoadIC, StoreIC, KeyedLoadIC, KeyedStoreIC, LoadGlobalIC, StoreGlobalIC, …
	Old      string   `json:"old"`                // state before
	New      string   `json:"new"`                // state after
	Map      uint32   `json:"map"`                // id of the receiver map that caused the change (0: none)
	Key      string   `json:"key"`                // property name
	Modifier string   `json:"modifier,omitempty"` // V8's store/load modifier (.OOB, .HOLES, .COW, …)
	Maps     []uint32 `json:"maps,omitempty"`     // the maps the slot holds now (empty when megamorphic)
}

func (*ICTransition) Kind() string { return KindICTransition }

// BinopFeedback: an arithmetic, bitwise or shift site's BinaryOp feedback widened (V8's
// BinaryOperationHint: None → SignedSmall → SignedSmallInputs → Number → NumberOrOddball, or
// String, BigInt, Any). Optimized code is compiled for the hint it finds and deoptimizes when
// an operation falls outside it.
type BinopFeedback struct {
	Header
	Fn   string `json:"fn"`   // the function whose feedback vector holds the slot
	SFI  uint32 `json:"sfi"`  // its SharedFunctionInfo id
	Slot int    `json:"slot"` // feedback vector slot index
	Op   string `json:"op"`   // the bytecode: Add, SubSmi, Inc, …
	Old  string `json:"old"`  // hint before
	New  string `json:"new"`  // hint after
}

func (*BinopFeedback) Kind() string { return KindBinopFeedback }

// TierRequest: a function was marked for optimization (its budget ran out, or a % call asked).
type TierRequest struct {
	Header
	Fn     string `json:"fn"`     // function name
	SFI    uint32 `json:"sfi"`    // SharedFunctionInfo id
	Tier   string `json:"tier"`   // SPARKPLUG, MAGLEV or TURBOFAN
	Reason string `json:"reason"` // "hot and stable" (its interrupt budget ran out), "feedback allocated" (SPARKPLUG), "manual" (a % call)
}

func (*TierRequest) Kind() string { return KindTierRequest }

// TierInstall: a function's code was replaced by the tier's (a label: EngineScope still
// interprets the bytecode).
type TierInstall struct {
	Header
	Fn   string `json:"fn"`   // function name
	SFI  uint32 `json:"sfi"`  // SharedFunctionInfo id
	Tier string `json:"tier"` // SPARKPLUG, MAGLEV or TURBOFAN
}

func (*TierInstall) Kind() string { return KindTierInstall }

// Deopt: optimized code met something it did not assume and went back to the interpreter.
type Deopt struct {
	Header
	Fn        string `json:"fn"`        // function name
	SFI       uint32 `json:"sfi"`       // SharedFunctionInfo id
	Tier      string `json:"tier"`      // the tier left: MAGLEV or TURBOFAN
	DeoptKind string `json:"deoptKind"` // deopt-eager, deopt-lazy, deopt-soft
	Reason    string `json:"reason"`    // V8's reason text: "wrong map", "not a Smi", …
	Offset    int    `json:"offset"`    // bytecode offset where the interpreter resumes
}

func (*Deopt) Kind() string { return KindDeopt }
