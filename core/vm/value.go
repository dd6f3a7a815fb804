package vm

import (
	"math"
	"unsafe"
)

// Kind is the JavaScript type of a Value, plus the engine-internal hole.
type Kind uint8

const (
	KindUndefined Kind = iota
	KindNull
	KindBoolean
	KindNumber
	KindString
	KindSymbol
	KindObject
	KindBigInt
	// KindHole is V8's TheHole: the TDZ marker of uninitialised let/const/class bindings and the
	// marker of array holes. It never escapes to JavaScript.
	KindHole
)

// Value is a JavaScript value. It is a small tagged struct rather than an interface so that numbers
// and booleans never allocate: the interpreter's registers and accumulator are plain Values.
// num holds numbers and booleans (0/1); ref points at *String, *Symbol, *Object or *BigInt.
type Value struct {
	kind Kind
	num  float64
	ref  unsafe.Pointer
}

var (
	Undefined = Value{kind: KindUndefined}
	Null      = Value{kind: KindNull}
	True      = Value{kind: KindBoolean, num: 1}
	False     = Value{kind: KindBoolean}
	Hole      = Value{kind: KindHole}
	NaN       = Value{kind: KindNumber, num: math.NaN()}
)

func Number(f float64) Value { return Value{kind: KindNumber, num: f} }
func Int(i int) Value        { return Value{kind: KindNumber, num: float64(i)} }
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}
func StringValue(s *String) Value { return Value{kind: KindString, ref: unsafe.Pointer(s)} }

// Str makes a string value from Go text (UTF-8; see String for lone surrogates).
func Str(s string) Value          { return StringValue(NewString(s)) }
func SymbolValue(s *Symbol) Value { return Value{kind: KindSymbol, ref: unsafe.Pointer(s)} }
func ObjectValue(o *Object) Value { return Value{kind: KindObject, ref: unsafe.Pointer(o)} }
func BigIntValue(b *BigInt) Value { return Value{kind: KindBigInt, ref: unsafe.Pointer(b)} }

func (v Value) Kind() Kind          { return v.kind }
func (v Value) IsUndefined() bool   { return v.kind == KindUndefined }
func (v Value) IsNull() bool        { return v.kind == KindNull }
func (v Value) IsNullish() bool     { return v.kind <= KindNull }
func (v Value) IsBoolean() bool     { return v.kind == KindBoolean }
func (v Value) IsNumber() bool      { return v.kind == KindNumber }
func (v Value) IsString() bool      { return v.kind == KindString }
func (v Value) IsSymbol() bool      { return v.kind == KindSymbol }
func (v Value) IsObject() bool      { return v.kind == KindObject }
func (v Value) IsBigInt() bool      { return v.kind == KindBigInt }
func (v Value) IsHole() bool        { return v.kind == KindHole }
func (v Value) Num() float64        { return v.num }
func (v Value) Boolean() bool       { return v.num != 0 }
func (v Value) String() *String     { return (*String)(v.ref) }
func (v Value) Symbol() *Symbol     { return (*Symbol)(v.ref) }
func (v Value) Object() *Object     { return (*Object)(v.ref) }
func (v Value) BigInt() *BigInt     { return (*BigInt)(v.ref) }
func (v Value) IsCallable() bool    { return v.kind == KindObject && v.Object().IsCallable() }
func (v Value) IsConstructor() bool { return v.kind == KindObject && v.Object().IsConstructor() }

// AsObject returns the object, or nil when v is not an object.
func (v Value) AsObject() *Object {
	if v.kind == KindObject {
		return (*Object)(v.ref)
	}
	return nil
}

// IsSmi reports whether V8 would store this number inline as a small integer. Node x64 builds use
// 32-bit Smis (engine-model §1); -0 is never a Smi.
func (v Value) IsSmi() bool {
	if v.kind != KindNumber || v.ref != nil { // a HeapNumber box (map_repr.go)
		return false
	}
	f := v.num
	if f < math.MinInt32 || f > math.MaxInt32 || f != math.Trunc(f) {
		return false
	}
	return f != 0 || !math.Signbit(f)
}

// SameValue is ECMA-262 SameValue (Object.is).
func SameValue(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		if a.num != a.num {
			return b.num != b.num
		}
		return a.num == b.num && math.Signbit(a.num) == math.Signbit(b.num)
	}
	return StrictEquals(a, b)
}

// SameValueZero is SameValue except that +0 and -0 are equal (Map/Set keys, includes).
func SameValueZero(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		if a.num != a.num {
			return b.num != b.num
		}
		return a.num == b.num
	}
	return StrictEquals(a, b)
}

// StrictEquals is ===.
func StrictEquals(a, b Value) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case KindUndefined, KindNull, KindHole:
		return true
	case KindNumber, KindBoolean:
		return a.num == b.num
	case KindString:
		return a.String().Equals(b.String())
	case KindBigInt:
		return a.BigInt().Cmp(b.BigInt()) == 0
	default:
		return a.ref == b.ref
	}
}

// Symbol is a JS symbol. Well-known symbols are created once per runtime.
type Symbol struct {
	Description Value // undefined or a string
	addr        uint32
	// Private marks V8's private symbols (class private names and brands): properties keyed by
	// them are invisible to reflection (OwnKeys skips them).
	Private bool
}

// Address is the symbol's simulated heap address.
func (s *Symbol) Address() uint32 { return s.addr }

// DescriptiveString is Symbol.prototype.toString's result: Symbol(desc).
func (s *Symbol) DescriptiveString() string {
	if s.Description.IsUndefined() {
		return "Symbol()"
	}
	return "Symbol(" + s.Description.String().GoString() + ")"
}

// kindAccessor tags a slot that holds an *AccessorPair; such values live only inside objects.
const kindAccessor Kind = 200

// AccessorPair holds a getter/setter property's functions (either may be nil).
type AccessorPair struct {
	Get, Set *Object
}

func accessorValue(p *AccessorPair) Value { return Value{kind: kindAccessor, ref: unsafe.Pointer(p)} }
func (v Value) accessor() *AccessorPair   { return (*AccessorPair)(v.ref) }
