package vm

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja/ftoa"
)

// Hint is ToPrimitive's preferred type.
type Hint uint8

const (
	HintDefault Hint = iota
	HintNumber
	HintString
)

var hintNames = [...]string{"default", "number", "string"}

// ToPrimitive is ToPrimitive(input, hint): @@toPrimitive, else valueOf/toString in hint order.
func (r *Runtime) ToPrimitive(v Value, hint Hint) Value {
	if v.kind != KindObject {
		return v
	}
	o := v.Object()
	exotic := r.Get(o, PropKey(SymbolKey(r.Symbols.ToPrimitive)), v)
	if !exotic.IsNullish() {
		if !exotic.IsCallable() {
			r.ThrowTypeError("Symbol.toPrimitive is not a function")
		}
		res := r.Call(exotic, v, Str(hintNames[hint]))
		if res.kind == KindObject {
			r.ThrowTypeError("Cannot convert object to primitive value")
		}
		return res
	}
	order := [2]string{"valueOf", "toString"}
	if hint == HintString {
		order = [2]string{"toString", "valueOf"}
	}
	for _, name := range order {
		m := r.Get(o, PropKey(NameKey(name)), v)
		if m.IsCallable() {
			res := r.Call(m, v)
			if res.kind != KindObject {
				return res
			}
		}
	}
	r.ThrowTypeError("Cannot convert object to primitive value")
	return Undefined
}

// ToBoolean is ToBoolean.
func ToBoolean(v Value) bool {
	switch v.kind {
	case KindBoolean:
		return v.num != 0
	case KindNumber:
		return v.num != 0 && v.num == v.num
	case KindString:
		return v.String().Length() != 0
	case KindObject, KindSymbol:
		return true
	case KindBigInt:
		return v.BigInt().Sign() != 0
	}
	return false
}

// ToNumber is ToNumber; BigInts throw as in V8.
func (r *Runtime) ToNumber(v Value) float64 {
	switch v.kind {
	case KindNumber:
		return v.num
	case KindBoolean:
		return v.num
	case KindUndefined, KindHole:
		return math.NaN()
	case KindNull:
		return 0
	case KindString:
		return StringToNumber(v.String().GoString())
	case KindSymbol:
		r.ThrowTypeError("Cannot convert a Symbol value to a number")
	case KindBigInt:
		r.ThrowTypeError("Cannot convert a BigInt value to a number")
	case KindObject:
		return r.ToNumber(r.ToPrimitive(v, HintNumber))
	}
	return math.NaN()
}

// ToNumeric is ToNumeric: a Number or a BigInt value.
func (r *Runtime) ToNumeric(v Value) Value {
	if v.kind == KindNumber || v.kind == KindBigInt {
		return v
	}
	p := r.ToPrimitive(v, HintNumber)
	if p.kind == KindBigInt {
		return p
	}
	return Number(r.ToNumber(p))
}

func isJSWhitespace(c rune) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}

// TrimJSSpace trims StrWhiteSpaceChar from both ends.
func TrimJSSpace(s string) string { return strings.TrimFunc(s, isJSWhitespace) }

// StringToNumber is StringToNumber (the StringNumericLiteral grammar).
func StringToNumber(s string) float64 {
	s = TrimJSSpace(s)
	if s == "" {
		return 0
	}
	if base, digits := radixPrefix(s); base != 0 {
		return parseIntDigits(digits, base)
	}
	switch s {
	case "Infinity", "+Infinity":
		return math.Inf(1)
	case "-Infinity":
		return math.Inf(-1)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			return math.NaN()
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f
		}
		return math.NaN()
	}
	return f
}

// radixPrefix recognises a 0x/0o/0b literal prefix: the base and the digits after it, or 0.
func radixPrefix(s string) (base int, digits string) {
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			return 16, s[2:]
		case 'o', 'O':
			return 8, s[2:]
		case 'b', 'B':
			return 2, s[2:]
		}
	}
	return 0, s
}

// parseIntDigits parses all of s as digits in base; NaN when any digit is invalid.
func parseIntDigits(s string, base int) float64 {
	if s == "" {
		return math.NaN()
	}
	var f float64
	for i := 0; i < len(s); i++ {
		d := digitValue(s[i])
		if d >= base {
			return math.NaN()
		}
		f = f*float64(base) + float64(d)
	}
	return f
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// NumberToString is Number::toString(x) with V8's shortest round-trip digits.
func NumberToString(f float64) string {
	if f == 0 {
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		if math.Abs(f) < 1<<53 {
			return strconv.FormatInt(int64(f), 10)
		}
	}
	if f != f {
		return "NaN"
	}
	if math.IsInf(f, 1) {
		return "Infinity"
	}
	if math.IsInf(f, -1) {
		return "-Infinity"
	}
	var buf [32]byte
	return string(ftoa.FToStr(f, ftoa.ModeStandard, 0, buf[:0]))
}

// NumberToStringRadix is Number.prototype.toString(radix) for radix ≠ 10.
func NumberToStringRadix(f float64, radix int) string {
	if radix == 10 {
		return NumberToString(f)
	}
	if f != f {
		return "NaN"
	}
	if math.IsInf(f, 0) {
		return NumberToString(f)
	}
	return ftoa.FToBaseStr(f, radix)
}

// FormatFixed is toFixed's digits (0 ≤ digits ≤ 100, |x| < 1e21).
func FormatFixed(f float64, digits int) string {
	var buf [128]byte
	return string(ftoa.FToStr(f, ftoa.ModeFixed, digits, buf[:0]))
}

// FormatExponential is toExponential's digits; digits < 0 means as many as needed.
func FormatExponential(f float64, digits int) string {
	var buf [128]byte
	if digits < 0 {
		return string(ftoa.FToStr(f, ftoa.ModeStandardExponential, 0, buf[:0]))
	}
	return string(ftoa.FToStr(f, ftoa.ModeExponential, digits+1, buf[:0]))
}

// FormatPrecision is toPrecision's digits.
func FormatPrecision(f float64, precision int) string {
	var buf [128]byte
	return string(ftoa.FToStr(f, ftoa.ModePrecision, precision, buf[:0]))
}

// smallIntStrings caches the strings of small integers, the most common number→string.
var smallIntStrings [1024]*String

func init() {
	for i := range smallIntStrings {
		smallIntStrings[i] = &String{s: strconv.Itoa(i)}
	}
}

// ToString is ToString.
func (r *Runtime) ToString(v Value) *String {
	switch v.kind {
	case KindString:
		return v.String()
	case KindNumber:
		if f := v.num; f >= 0 && f < 1024 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) {
			return smallIntStrings[int(f)]
		}
		return NewString(NumberToString(v.num))
	case KindBoolean:
		if v.num != 0 {
			return stringTrue
		}
		return stringFalse
	case KindUndefined, KindHole:
		return stringUndefined
	case KindNull:
		return stringNull
	case KindSymbol:
		r.ThrowTypeError("Cannot convert a Symbol value to a string")
	case KindBigInt:
		return NewString(v.BigInt().String())
	case KindObject:
		return r.ToString(r.ToPrimitive(v, HintString))
	}
	return stringUndefined
}

var (
	stringTrue      = NewString("true")
	stringFalse     = NewString("false")
	stringUndefined = NewString("undefined")
	stringNull      = NewString("null")
)

// ToObject is ToObject: wraps primitives, throws on undefined/null.
func (r *Runtime) ToObject(v Value) *Object {
	switch v.kind {
	case KindObject:
		return v.Object()
	case KindUndefined, KindNull, KindHole:
		r.ThrowTypeError("Cannot convert undefined or null to object")
	}
	return r.WrapPrimitive(v)
}

// WrapPrimitive makes a primitive wrapper object (new Number(1), Object("s"), …).
func (r *Runtime) WrapPrimitive(v Value) *Object {
	in := &r.Intrinsics
	switch v.kind {
	case KindString:
		return r.newObjectRaw(TypePrimitiveWrapper, in.StringPrototype, 0, v.String())
	case KindNumber:
		return r.newObjectRaw(TypePrimitiveWrapper, in.NumberPrototype, 0, v)
	case KindBoolean:
		return r.newObjectRaw(TypePrimitiveWrapper, in.BooleanPrototype, 0, v)
	case KindSymbol:
		return r.newObjectRaw(TypePrimitiveWrapper, in.SymbolPrototype, 0, v)
	case KindBigInt:
		return r.newObjectRaw(TypePrimitiveWrapper, in.BigIntPrototype, 0, v)
	}
	return r.ToObject(v)
}

// PrimitiveOf returns the wrapped primitive of a wrapper object.
func PrimitiveOf(o *Object) (Value, bool) {
	if o.hc.InstanceType != TypePrimitiveWrapper {
		return Undefined, false
	}
	switch p := o.Internal.(type) {
	case *String:
		return StringValue(p), true
	case Value:
		return p, true
	}
	return Undefined, false
}

// ToIntegerOrInfinity is ToIntegerOrInfinity.
func (r *Runtime) ToIntegerOrInfinity(v Value) float64 {
	f := r.ToNumber(v)
	if f != f {
		return 0
	}
	if math.IsInf(f, 0) {
		return f
	}
	return math.Trunc(f) + 0 // +0 turns -0 into +0
}

// ToLength is ToLength.
func (r *Runtime) ToLength(v Value) int64 {
	f := r.ToIntegerOrInfinity(v)
	if f <= 0 {
		return 0
	}
	if f > 1<<53-1 {
		return 1<<53 - 1
	}
	return int64(f)
}

// ToInt32 is ToInt32 of a number.
func ToInt32(f float64) int32 {
	if i := int32(f); float64(i) == f {
		return i
	}
	return int32(ToUint32(f))
}

// ToUint32 is ToUint32 of a number.
func ToUint32(f float64) uint32 {
	if u := uint32(f); float64(u) == f {
		return u
	}
	if f != f || math.IsInf(f, 0) {
		return 0
	}
	f = math.Mod(math.Trunc(f), 4294967296)
	if f < 0 {
		f += 4294967296
	}
	return uint32(f)
}

// ToInt32 converts any value (ToNumber first).
func (r *Runtime) ToInt32(v Value) int32 {
	if v.kind == KindNumber {
		return ToInt32(v.num)
	}
	return ToInt32(r.ToNumber(v))
}

// ToUint32 converts any value (ToNumber first).
func (r *Runtime) ToUint32(v Value) uint32 {
	if v.kind == KindNumber {
		return ToUint32(v.num)
	}
	return ToUint32(r.ToNumber(v))
}

// ToPropertyKeyString is ToString of a property key value for messages and Object.keys.
func (r *Runtime) ToStringValue(v Value) Value { return StringValue(r.ToString(v)) }
