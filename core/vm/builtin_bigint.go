package vm

import (
	"math"
	"math/big"
	"strings"
)

func init() { registerBuiltins(45, "BigInt", installBigInt) }

func installBigInt(r *Runtime) {
	in := &r.Intrinsics
	proto := in.BigIntPrototype
	ctor := r.NewNativeConstructor("BigInt", 1, proto, func(r *Runtime, this Value, args []Value) Value {
		p := r.ToPrimitive(Arg(args, 0), HintNumber)
		if p.IsNumber() {
			return BigIntValue(r.numberToBigInt(p.Num()))
		}
		return BigIntValue(r.ToBigInt(p))
	}, func(r *Runtime, args []Value, nt *Object) Value {
		// A constructor only so that `new BigInt()` reaches this V8 message (IsConstructor is true).
		r.ThrowTypeError("BigInt is not a constructor")
		return Undefined
	})
	in.BigInt = ctor
	r.DefineMethod(ctor, "asUintN", 2, func(r *Runtime, _ Value, a []Value) Value { return r.bigIntAsN(a, false) })
	r.DefineMethod(ctor, "asIntN", 2, func(r *Runtime, _ Value, a []Value) Value { return r.bigIntAsN(a, true) })
	r.DefineMethod(proto, "toLocaleString", 0, func(r *Runtime, this Value, args []Value) Value {
		b := r.thisBigInt(this, "BigInt.prototype.toLocaleString").Big()
		s := new(big.Int).Abs(b).String()
		f := r.localeOptions(Arg(args, 0), Arg(args, 1))
		if f.grouping {
			s = groupThousands(s, f.group)
		}
		if b.Sign() < 0 {
			s = "-" + s
		}
		return Str(s)
	})
	r.DefineMethod(proto, "toString", 0, func(r *Runtime, this Value, args []Value) Value {
		b := r.thisBigInt(this, "BigInt.prototype.toString")
		radix := 10.0
		if rv := Arg(args, 0); !rv.IsUndefined() {
			radix = r.ToIntegerOrInfinity(rv)
		}
		if radix < 2 || radix > 36 {
			r.ThrowRangeError("toString() radix argument must be between 2 and 36")
		}
		return Str(b.Big().Text(int(radix)))
	})
	r.DefineMethod(proto, "valueOf", 0, func(r *Runtime, this Value, args []Value) Value {
		return BigIntValue(r.thisBigInt(this, "BigInt.prototype.valueOf"))
	})
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("BigInt"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("BigInt"), ObjectValue(ctor), AttrHidden)
}

func (r *Runtime) numberToBigInt(f float64) *BigInt {
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		r.ThrowRangeError("The number %s cannot be converted to a BigInt because it is not an integer", NumberToString(f))
	}
	b, _ := big.NewFloat(f).Int(nil)
	return NewBigInt(b)
}

// ToBigInt is ToBigInt(argument).
func (r *Runtime) ToBigInt(v Value) *BigInt {
	p := r.ToPrimitive(v, HintNumber)
	switch p.Kind() {
	case KindBigInt:
		return p.BigInt()
	case KindBoolean:
		if p.Boolean() {
			return NewBigInt(big.NewInt(1))
		}
		return NewBigInt(new(big.Int))
	case KindString:
		if b, ok := StringToBigInt(p.String().GoString()); ok {
			return b
		}
		r.ThrowSyntaxError("Cannot convert %s to a BigInt", p.String().GoString())
	}
	r.ThrowTypeError("Cannot convert %s to a BigInt", r.noSideEffectsToString(p))
	return nil
}

// StringToBigInt is StringToBigInt: decimal with an optional sign, or 0x/0o/0b without one.
func StringToBigInt(s string) (*BigInt, bool) {
	s = TrimJSSpace(s)
	if s == "" {
		return NewBigInt(new(big.Int)), true
	}
	base := 10
	if b, digits := radixPrefix(s); b != 0 {
		base, s = b, digits
	}
	digits := s
	if base == 10 && (s[0] == '+' || s[0] == '-') {
		digits = s[1:]
	}
	if digits == "" || strings.ContainsAny(digits, "+-_") {
		return nil, false
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	return NewBigInt(b), true
}

func (r *Runtime) thisBigInt(this Value, method string) *BigInt {
	if this.IsBigInt() {
		return this.BigInt()
	}
	if o := this.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok && p.IsBigInt() {
			return p.BigInt()
		}
	}
	r.ThrowTypeError("%s requires that 'this' be a BigInt", method)
	return nil
}

func (r *Runtime) bigIntAsN(args []Value, signed bool) Value {
	n := r.ToIntegerOrInfinity(Arg(args, 0))
	if n < 0 || n > 1<<53-1 {
		r.ThrowRangeError("Invalid value: not (convertible to) a safe integer")
	}
	b := r.ToBigInt(Arg(args, 1)).Big()
	bits := uint(n)
	if bits > uint(b.BitLen())+1 {
		if signed || b.Sign() >= 0 {
			return BigIntValue(NewBigInt(b))
		}
		if bits > 1<<30 {
			r.ThrowRangeError("Maximum BigInt size exceeded")
		}
	}
	mod := new(big.Int).Lsh(big.NewInt(1), bits)
	res := new(big.Int).Mod(b, mod) // Euclidean: 0 ≤ res < 2^bits
	if signed && bits > 0 && res.Bit(int(bits-1)) == 1 {
		res.Sub(res, mod)
	}
	if signed && bits == 0 {
		res.SetInt64(0)
	}
	return BigIntValue(NewBigInt(res))
}
