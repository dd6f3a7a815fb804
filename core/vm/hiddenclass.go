package vm

// Attr holds property attributes, as in a V8 PropertyDetails.
type Attr uint8

const (
	AttrWritable Attr = 1 << iota
	AttrEnumerable
	AttrConfigurable
	// AttrAccessor marks an accessor property; its slot holds an *AccessorPair.
	AttrAccessor

	AttrDefault      = AttrWritable | AttrEnumerable | AttrConfigurable // a = 1
	AttrHidden       = AttrWritable | AttrConfigurable                  // builtin methods
	AttrNone    Attr = 0
)

func (a Attr) Writable() bool     { return a&AttrWritable != 0 }
func (a Attr) Enumerable() bool   { return a&AttrEnumerable != 0 }
func (a Attr) Configurable() bool { return a&AttrConfigurable != 0 }
func (a Attr) IsAccessor() bool   { return a&AttrAccessor != 0 }

// Representation is a field's representation in V8's lattice (None → Smi → Double → Tagged,
// None → HeapObject → Tagged).
type Representation uint8

const (
	RepNone Representation = iota
	RepSmi
	RepDouble
	RepHeapObject
	RepTagged
)

var representationNames = [...]string{"none", "smi", "double", "heapobject", "tagged"}

func (r Representation) String() string { return representationNames[r] }

// Descriptor is one entry of a map's DescriptorArray: the property's name, attributes, where its
// value lives (field index into the object's slots) and its representation.
type Descriptor struct {
	Key  PropertyKey
	Attr Attr
	// Field indexes Object.slots (< map.InObject: in-object, else the PropertyArray). Only data
	// properties have one, numbered in descriptor order; an accessor is -1: V8 keeps its
	// AccessorPair in the descriptor array (location: descriptor), taking no slot.
	Field int
	Rep   Representation
	Const bool // V8's const field tracking: never re-assigned since first store
	// Type is a HeapObject field's type Class(map) (map_fieldtype.go); nil is Any.
	Type *HiddenClass
	// pair is an accessor descriptor's AccessorPair (V8 keeps it in the descriptor array).
	pair *AccessorPair
}

// ElementsKind is V8's elements kind, stored in the map.
type ElementsKind uint8

const (
	PackedSmiElements ElementsKind = iota
	HoleySmiElements
	PackedDoubleElements
	HoleyDoubleElements
	PackedElements
	HoleyElements
	DictionaryElements
	// The kinds of non-extensible, sealed and frozen objects with fast elements (map_integrity.go);
	// packed/holey alternate as above.
	PackedNonextensibleElements
	HoleyNonextensibleElements
	PackedSealedElements
	HoleySealedElements
	PackedFrozenElements
	HoleyFrozenElements
	// The mapped arguments object of a sloppy function with formal parameters: its elements alias
	// the parameters' context slots (SloppyArgumentsElements), fast or backed by a dictionary.
	FastSloppyArgumentsElements
	SlowSloppyArgumentsElements
)

var elementsKindNames = [...]string{"PACKED_SMI_ELEMENTS", "HOLEY_SMI_ELEMENTS", "PACKED_DOUBLE_ELEMENTS",
	"HOLEY_DOUBLE_ELEMENTS", "PACKED_ELEMENTS", "HOLEY_ELEMENTS", "DICTIONARY_ELEMENTS",
	"PACKED_NONEXTENSIBLE_ELEMENTS", "HOLEY_NONEXTENSIBLE_ELEMENTS", "PACKED_SEALED_ELEMENTS",
	"HOLEY_SEALED_ELEMENTS", "PACKED_FROZEN_ELEMENTS", "HOLEY_FROZEN_ELEMENTS",
	"FAST_SLOPPY_ARGUMENTS_ELEMENTS", "SLOW_SLOPPY_ARGUMENTS_ELEMENTS"}

func (k ElementsKind) String() string { return elementsKindNames[k] }

// transitionKey identifies a transition edge: adding Key with Attr, moving to an elements kind,
// or V8's special transitions to a non-extensible, sealed or frozen copy (integrity != 0).
type transitionKey struct {
	key       PropertyKey
	attr      Attr
	elements  ElementsKind
	isElems   bool
	integrity integrityLevel
}

// HiddenClass is V8's Map. Word 0 of every heap object points at one. Objects that get the same
// properties in the same order share maps through the transition tree.
type HiddenClass struct {
	ID           uint32
	addr         uint32
	InstanceType InstanceType
	Proto        *Object
	Parent       *HiddenClass // back pointer; nil for a root map
	Descriptors  []Descriptor
	InObject     int // in-object property slots (instance size minus header)
	Dictionary   bool
	Elements     ElementsKind
	IsPrototype  bool
	Deprecated   bool
	enumCache    bool // the map's enum length is valid (enum_cache.go)
	// validity is the map's prototype validity cell, once a runtime store made it the target of
	// a transition handler (ic_store.go): the chain as it was then.
	validity *[]protoCheck
	// NonExtensible is V8's !is_extensible bit: maps of preventExtensions/seal/freeze results.
	NonExtensible bool
	// MigrationTarget: an instance was lazily migrated to this map off a deprecated one
	// (JSObject::MigrateInstance sets V8's is_migration_target).
	MigrationTarget bool

	// Constructor is the function whose initial map this tree grew from (nil: Object/Array).
	// For an instance of a derived class it is the base constructor that allocated it, as in
	// V8's JSFunction::GetDerivedMap; NewTarget is then the derived class (V8 keeps only its
	// new_target_is_base bit and finds the name on the prototype chain).
	Constructor *Object
	NewTarget   *Object
	// backingBase is how many out-of-object fields the map's PropertyArray was allocated with
	// exactly (a class prototype's template map: AddDescriptorsByTemplate); the fields added
	// after them grow it kFieldsAdded at a time, as from an empty one.
	backingBase int
	// slack is the constructor tree's in-object slack tracking, shared by every map of the tree.
	slack *slackTracking
	// ctorCounter is the slack tracking counter when this map was made (constructionCounter).
	ctorCounter int8

	transitions []transitionEntry
	index       map[PropertyKey]int // built once a map has many descriptors
}

type transitionEntry struct {
	key transitionKey
	to  *HiddenClass
}

// Address is the map's simulated heap address.
func (m *HiddenClass) Address() uint32 { return m.addr }

// Lookup finds a descriptor index by key, or -1.
func (m *HiddenClass) Lookup(k PropertyKey) int {
	if m.index != nil {
		if i, ok := m.index[k]; ok {
			return i
		}
		return -1
	}
	d := m.Descriptors
	for i := range d {
		if d[i].Key == k {
			return i
		}
	}
	return -1
}

const descriptorIndexThreshold = 8

func (m *HiddenClass) buildIndex() {
	if len(m.Descriptors) <= descriptorIndexThreshold {
		return
	}
	m.index = make(map[PropertyKey]int, len(m.Descriptors))
	for i, d := range m.Descriptors {
		m.index[d.Key] = i
	}
}

// FieldCount is how many slots objects of this map use: V8's NumberOfFields.
func (m *HiddenClass) FieldCount() int {
	for i := len(m.Descriptors) - 1; i >= 0; i-- {
		if f := m.Descriptors[i].Field; f >= 0 {
			return f + 1
		}
	}
	return 0
}

// backingCapacity is the PropertyArray length objects of this map have for `fields` fields.
func (m *HiddenClass) backingCapacity(fields int) int {
	out := fields - m.InObject
	if out <= 0 {
		return 0
	}
	extra := out - m.backingBase
	if extra <= 0 {
		return out
	}
	return m.backingBase + (extra+propertyArrayStep-1)/propertyArrayStep*propertyArrayStep
}

// fieldFor is the Field a property with attr gets when added after m's descriptors.
func (m *HiddenClass) fieldFor(attr Attr) int {
	if attr.IsAccessor() {
		return -1
	}
	return m.FieldCount()
}

// Transitions lists the outgoing edges in creation order (for diagrams and %DebugPrint).
func (m *HiddenClass) Transitions() []*HiddenClass {
	out := make([]*HiddenClass, len(m.transitions))
	for i, t := range m.transitions {
		out[i] = t.to
	}
	return out
}

func (m *HiddenClass) findTransition(k transitionKey) *HiddenClass {
	for _, t := range m.transitions {
		if t.key == k {
			return t.to
		}
	}
	return nil
}
