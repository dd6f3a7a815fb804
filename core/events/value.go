package events

import (
	"fmt"
	"strconv"
)

// Addr is a simulated heap address (0 = none). It is encoded as a JSON number; String prints it
// the way V8 does.
type Addr uint32

func (a Addr) String() string { return fmt.Sprintf("0x%x", uint32(a)) }

// Type is a Value's type tag: typeof's answer, plus null and V8's hole.
type Type string

const (
	TUndefined Type = "undefined"
	TNull      Type = "null"
	TBoolean   Type = "boolean"
	TNumber    Type = "number"
	TString    Type = "string"
	TSymbol    Type = "symbol"
	TBigInt    Type = "bigint"
	TObject    Type = "object"
	TFunction  Type = "function"
	THole      Type = "hole"
)

// MaxPreview is how many runes of a string or an object preview a snapshot keeps; longer text is
// cut and marked More, so that a loop building a long string cannot blow up the stream.
const MaxPreview = 64

// Value is a self-describing snapshot of a JS value, never a pointer into the engine.
// V is text for every type: JSON cannot carry NaN, ±Infinity, -0 or big integers, and the renderer
// draws text anyway. Numbers are JS-formatted ("0.1", "-0", "NaN", "1e+21"), booleans
// "true"/"false", strings their content, symbols their description, bigints their digits,
// objects and functions a short preview chosen by the engine.
type Value struct {
	T    Type   `json:"t"`
	V    string `json:"v,omitempty"`
	Addr Addr   `json:"addr,omitempty"`
	Smi  bool   `json:"smi,omitempty"`
	More bool   `json:"more,omitempty"`
}

func Undefined() Value { return Value{T: TUndefined} }
func Null() Value      { return Value{T: TNull} }
func Hole() Value      { return Value{T: THole} }

func Bool(b bool) Value {
	if b {
		return Value{T: TBoolean, V: "true"}
	}
	return Value{T: TBoolean, V: "false"}
}

// Smi is a small integer stored inline in the tagged word (no address).
func Smi(n int32) Value { return Value{T: TNumber, V: strconv.Itoa(int(n)), Smi: true} }

// Number is a HeapNumber; text is the JS ToString of the number (the engine owns that formatting).
func Number(text string, addr Addr) Value { return Value{T: TNumber, V: text, Addr: addr} }

func Str(s string, addr Addr) Value         { return preview(TString, s, addr) }
func Symbol(desc string, addr Addr) Value   { return preview(TSymbol, desc, addr) }
func BigInt(digits string, addr Addr) Value { return Value{T: TBigInt, V: digits, Addr: addr} }
func Object(text string, addr Addr) Value   { return preview(TObject, text, addr) }
func Function(name string, addr Addr) Value { return preview(TFunction, name, addr) }

func preview(t Type, s string, addr Addr) Value {
	v := Value{T: t, V: s, Addr: addr}
	if len(s) <= MaxPreview {
		return v
	}
	n := 0
	for i := range s {
		if n == MaxPreview {
			v.V, v.More = s[:i], true
			break
		}
		n++
	}
	return v
}

// Float parses a number snapshot back into a float64.
func (v Value) Float() (float64, bool) {
	if v.T != TNumber {
		return 0, false
	}
	f, err := strconv.ParseFloat(v.V, 64)
	return f, err == nil
}
