package bytecode

import (
	"math"
	"strconv"
)

// ConstantKind is the type of a constant pool entry.
type ConstantKind uint8

const (
	ConstString            ConstantKind = iota // internalized string: names and string literals
	ConstHeapNumber                            // a number that is not a Smi (or -0)
	ConstSmi                                   // jump offsets and jump table entries
	ConstBigInt                                // BigInt literal (decimal digits in Str)
	ConstSFI                                   // *SharedFunctionInfo (CreateClosure)
	ConstScopeInfo                             // *ScopeInfo (context creation)
	ConstArrayBoilerplate                      // *ArrayBoilerplate (CreateArrayLiteral)
	ConstObjectBoilerplate                     // *ObjectBoilerplate (CreateObjectLiteral, CloneObject)
	ConstTemplateObject                        // *TemplateObjectDescription (GetTemplateObject)
	ConstClassBoilerplate                      // *ClassBoilerplate (DefineClass)
	ConstFixedArray                            // *FixedArray (DeclareGlobals data, excluded keys)
	ConstUndefined                             // the undefined value (boilerplate placeholders)
	ConstSymbol                                // a well-known or private symbol (Str: "Symbol.iterator")
)

// Constant is one constant pool entry.
type Constant struct {
	Kind ConstantKind
	Str  string  // ConstString (WTF-8), ConstBigInt digits
	Num  float64 // ConstHeapNumber
	// Smi is the value of a ConstSmi; for jump offsets it is the byte delta the assembler
	// computed, and Target is the target instruction index.
	Smi    int32
	Target int32
	Obj    any // the object of the pointer kinds
}

// StringConstant makes a string entry.
func StringConstant(s string) Constant { return Constant{Kind: ConstString, Str: s} }

// NumberConstant makes a heap number entry.
func NumberConstant(f float64) Constant { return Constant{Kind: ConstHeapNumber, Num: f} }

// SameAs reports whether two entries may share one pool slot (V8 deduplicates names and
// numbers, never objects or jump offsets).
func (c *Constant) SameAs(o *Constant) bool {
	if c.Kind != o.Kind {
		return false
	}
	switch c.Kind {
	case ConstString, ConstBigInt:
		return c.Str == o.Str
	case ConstHeapNumber:
		return math.Float64bits(c.Num) == math.Float64bits(o.Num)
	case ConstUndefined:
		return true
	case ConstSymbol:
		return c.Str == o.Str
	}
	return false
}

// FormatHeapNumber prints a number the way V8's HeapNumber printer does: integers get ".0".
func FormatHeapNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0 && math.Signbit(f):
		return "-0.0"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64) + ".0"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// ScopeType names what kind of scope a ScopeInfo describes (printed as FUNCTION_SCOPE etc.).
type ScopeType uint8

const (
	ScopeFunction ScopeType = iota
	ScopeBlock
	ScopeCatch
	ScopeClass
	ScopeScript
	ScopeWith
	ScopeEval
)

var scopeTypeNames = [...]string{"FUNCTION_SCOPE", "BLOCK_SCOPE", "CATCH_SCOPE", "CLASS_SCOPE",
	"SCRIPT_SCOPE", "WITH_SCOPE", "EVAL_SCOPE"}

func (t ScopeType) String() string { return scopeTypeNames[t] }

// ScopeInfo describes a heap Context's layout: what CreateFunctionContext / CreateBlockContext
// / CreateCatchContext allocate. Slots 0 and 1 are the header (scope info, previous); Names[i]
// is the variable in slot ContextHeader+i.
type ScopeInfo struct {
	Type         ScopeType
	Names        []string
	Immutable    []bool // const / class name / function name bindings
	HasExtension bool   // slot 2 is the extension (sloppy eval)
	// FunctionName is set on a named function expression's scope when its self-binding lives here.
	FunctionName string
	Outer        *ScopeInfo
}

// Header is the index of the first variable slot.
func (s *ScopeInfo) Header() int {
	if s.HasExtension {
		return 3
	}
	return 2
}

// Length is the context length (header included).
func (s *ScopeInfo) Length() int { return s.Header() + len(s.Names) }

// ElementsKind of an array boilerplate (V8's ElementsKind names).
type ElementsKind uint8

const (
	PackedSmiElements ElementsKind = iota
	HoleySmiElements
	PackedDoubleElements
	HoleyDoubleElements
	PackedElements
	HoleyElements
)

var elementsKindNames = [...]string{"PACKED_SMI_ELEMENTS", "HOLEY_SMI_ELEMENTS",
	"PACKED_DOUBLE_ELEMENTS", "HOLEY_DOUBLE_ELEMENTS", "PACKED_ELEMENTS", "HOLEY_ELEMENTS"}

func (k ElementsKind) String() string { return elementsKindNames[k] }

// LiteralValue is a compile-time constant in a boilerplate. Kind is ConstUndefined for a
// value computed at runtime (the slot is filled by a store after the clone), ConstSmi
// (Num holds it), ConstHeapNumber, ConstString, ConstObjectBoilerplate / ConstArrayBoilerplate
// (nested literals, Obj), or one of the literal markers below.
type LiteralValue struct {
	Kind ConstantKind
	Num  float64
	Str  string
	Obj  any
	// Special: "true", "false", "null", "hole" for those literal values (Kind ConstUndefined).
	Special string
}

// ArrayBoilerplate is V8's ArrayBoilerplateDescription: the elements kind and the constant
// elements (runtime-computed ones hold undefined/the hole placeholder).
type ArrayBoilerplate struct {
	Kind     ElementsKind
	Elements []LiteralValue
}

// ObjectBoilerplate is V8's ObjectBoilerplateDescription: the leading constant-keyed
// properties of an object literal (values computed at runtime are placeholders).
type ObjectBoilerplate struct {
	Keys   []LiteralValue // string keys, or ConstSmi/ConstHeapNumber for array-index keys
	Values []LiteralValue
	// Flags are the CreateObjectLiteral flags (fast clone, null prototype, …).
	Flags uint8
	// IndexKeys counts keys that are array indices (they go to elements).
	IndexKeys int
	// Size is V8's backing_store_size, the in-object count of the literal's map: every property
	// of the literal, also duplicates, computed keys and spreads after the constant part, less the
	// array-index keys and a __proto__ (ObjectLiteral::BuildBoilerplateDescription).
	Size int
	// VM is the runtime's cache for this literal site (the map its objects end up with).
	VM any
}

// TemplateObjectDescription holds a tagged template's raw and cooked strings (cooked nil for
// invalid escapes). GetTemplateObject caches the frozen array per site.
type TemplateObjectDescription struct {
	Raw    []string
	Cooked []*string
}

// ClassBoilerplate is V8's ClassBoilerplate: the static and instance method templates that
// DefineClass installs. The compiler passes the computed parts as runtime arguments.
type ClassBoilerplate struct {
	Name string
	// Methods in definition order; Computed ones take their key from the DefineClass arguments.
	Members []ClassMember
}

// ClassMemberKind is method / getter / setter.
type ClassMemberKind uint8

const (
	ClassMethod ClassMemberKind = iota
	ClassGetter
	ClassSetter
	ClassField // computed field key slot (the key is computed once at definition)
)

// ClassMember is one entry of a ClassBoilerplate.
type ClassMember struct {
	Kind     ClassMemberKind
	Static   bool
	Key      string // non-computed key (property key string)
	IsIndex  bool   // Key is an array index
	Computed bool   // key comes from the runtime arguments
	// ArgIndex is the DefineClass argument that holds the method closure (and for computed
	// keys the key is at ArgIndex-1).
	ArgIndex int
}

// FixedArray is a plain list of constants.
type FixedArray struct {
	Elements []Constant
}

// FormatNumberKey is the property key string of a numeric literal key (Number::toString).
func FormatNumberKey(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if f == 0 {
			return "0"
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	return s
}
