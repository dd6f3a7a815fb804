package vm

import (
	"math"
	"math/big"
)

// typeofString is the typeof operator's result.
func (r *Runtime) typeofString(v Value) string { return TypeOf(v) }

// TypeOf is the typeof operator.
func TypeOf(v Value) string {
	switch v.kind {
	case KindUndefined, KindHole:
		return "undefined"
	case KindNull:
		return "object"
	case KindBoolean:
		return "boolean"
	case KindNumber:
		return "number"
	case KindString:
		return "string"
	case KindSymbol:
		return "symbol"
	case KindBigInt:
		return "bigint"
	}
	if v.Object().IsCallable() {
		return "function"
	}
	return "object"
}

// Add is the + operator (ApplyStringOrNumericBinaryOperator for +).
func (r *Runtime) Add(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(a.num + b.num)
	}
	if a.kind == KindString && b.kind == KindString {
		return StringValue(a.String().Concat(b.String()))
	}
	pa := r.ToPrimitive(a, HintDefault)
	pb := r.ToPrimitive(b, HintDefault)
	if pa.kind == KindString || pb.kind == KindString {
		return StringValue(r.ToString(pa).Concat(r.ToString(pb)))
	}
	na, nb := r.ToNumeric(pa), r.ToNumeric(pb)
	if na.kind == KindBigInt || nb.kind == KindBigInt {
		return r.bigIntOp(OpAdd, na, nb)
	}
	return Number(na.num + nb.num)
}

// ArithOp names the numeric binary operators.
type ArithOp uint8

const (
	OpAdd ArithOp = iota
	OpSub
	OpMul
	OpDiv
	OpMod
	OpExp
	OpBitAnd
	OpBitOr
	OpBitXor
	OpShl
	OpSar
	OpShr
)

// Arith applies a numeric operator other than + (which may concatenate).
func (r *Runtime) Arith(op ArithOp, a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return numberOpResult(op, a, b)
	}
	na, nb := r.ToNumeric(a), r.ToNumeric(b)
	if na.kind == KindBigInt || nb.kind == KindBigInt {
		return r.bigIntOp(op, na, nb)
	}
	return numberOpResult(op, na, nb)
}

// numberOpResult is op on two numbers; the arithmetic operators' result is a HeapNumber when an
// input was (arithResult, map_repr.go).
func numberOpResult(op ArithOp, a, b Value) Value {
	res := NumberOp(op, a.num, b.num)
	if op <= OpMod {
		return arithResult(res, a, b)
	}
	return Number(res)
}

// NumberOp is the Number::op semantics.
func NumberOp(op ArithOp, x, y float64) float64 {
	switch op {
	case OpAdd:
		return x + y
	case OpSub:
		return x - y
	case OpMul:
		return x * y
	case OpDiv:
		return x / y
	case OpMod:
		return JSMod(x, y)
	case OpExp:
		return JSPow(x, y)
	case OpBitAnd:
		return float64(ToInt32(x) & ToInt32(y))
	case OpBitOr:
		return float64(ToInt32(x) | ToInt32(y))
	case OpBitXor:
		return float64(ToInt32(x) ^ ToInt32(y))
	case OpShl:
		return float64(ToInt32(x) << (ToUint32(y) & 31))
	case OpSar:
		return float64(ToInt32(x) >> (ToUint32(y) & 31))
	case OpShr:
		return float64(ToUint32(x) >> (ToUint32(y) & 31))
	}
	return math.NaN()
}

// JSMod is Number::remainder (sign of the dividend, -0 preserved).
func JSMod(x, y float64) float64 {
	if x >= 0 && y > 0 && x < 1<<53 && y < 1<<53 && x == math.Trunc(x) && y == math.Trunc(y) && !math.Signbit(x) {
		return float64(int64(x) % int64(y))
	}
	return math.Mod(x, y)
}

// JSPow is Number::exponentiate, which differs from math.Pow for ±1 ** ±Infinity and NaN.
func JSPow(x, y float64) float64 {
	if y != y {
		return math.NaN()
	}
	if (x == 1 || x == -1) && math.IsInf(y, 0) {
		return math.NaN()
	}
	return precisePow(x, y) // fdlibm-exact digits (builtin_math_precise.go)
}

func (r *Runtime) bigIntOp(op ArithOp, a, b Value) Value {
	if a.kind != KindBigInt || b.kind != KindBigInt {
		r.ThrowTypeError("Cannot mix BigInt and other types, use explicit conversions")
	}
	x, y := a.BigInt().Big(), b.BigInt().Big()
	z := new(big.Int)
	switch op {
	case OpAdd:
		z.Add(x, y)
	case OpSub:
		z.Sub(x, y)
	case OpMul:
		z.Mul(x, y)
	case OpDiv:
		if y.Sign() == 0 {
			r.ThrowRangeError("Division by zero")
		}
		z.Quo(x, y)
	case OpMod:
		if y.Sign() == 0 {
			r.ThrowRangeError("Division by zero")
		}
		z.Rem(x, y)
	case OpExp:
		if y.Sign() < 0 {
			r.ThrowRangeError("Exponent must be positive")
		}
		z.Exp(x, y, nil)
	case OpBitAnd:
		z.And(x, y)
	case OpBitOr:
		z.Or(x, y)
	case OpBitXor:
		z.Xor(x, y)
	case OpShl:
		z.Lsh(x, uint(y.Int64()))
	case OpSar:
		z.Rsh(x, uint(y.Int64()))
	case OpShr:
		r.ThrowTypeError("BigInts have no unsigned right shift, use >> instead")
	}
	return BigIntValue(NewBigInt(z))
}

// LooseEquals is IsLooselyEqual (==).
func (r *Runtime) LooseEquals(a, b Value) bool {
	for {
		if a.kind == b.kind {
			return StrictEquals(a, b)
		}
		switch {
		case a.IsNullish() && b.IsNullish():
			return true
		case a.kind == KindNumber && b.kind == KindString:
			return a.num == r.ToNumber(b)
		case a.kind == KindString && b.kind == KindNumber:
			return r.ToNumber(a) == b.num
		case a.kind == KindBigInt && b.kind == KindString:
			n, ok := new(big.Int).SetString(TrimJSSpace(b.String().GoString()), 10)
			return ok && a.BigInt().Big().Cmp(n) == 0
		case a.kind == KindString && b.kind == KindBigInt:
			a, b = b, a
			continue
		case a.kind == KindBoolean:
			a = Number(a.num)
			continue
		case b.kind == KindBoolean:
			b = Number(b.num)
			continue
		case (a.kind == KindNumber || a.kind == KindString || a.kind == KindSymbol || a.kind == KindBigInt) && b.kind == KindObject:
			b = r.ToPrimitive(b, HintDefault)
			continue
		case a.kind == KindObject && (b.kind == KindNumber || b.kind == KindString || b.kind == KindSymbol || b.kind == KindBigInt):
			a = r.ToPrimitive(a, HintDefault)
			continue
		case a.kind == KindBigInt && b.kind == KindNumber, a.kind == KindNumber && b.kind == KindBigInt:
			x, y := a, b
			if x.kind == KindNumber {
				x, y = y, x
			}
			f := y.num
			if f != f || math.IsInf(f, 0) || f != math.Trunc(f) {
				return false
			}
			bf, _ := new(big.Float).SetInt(x.BigInt().Big()).Float64()
			return bf == f
		}
		return false
	}
}

// CompareResult is IsLessThan's three-valued answer.
type CompareResult uint8

const (
	CompareFalse CompareResult = iota
	CompareTrue
	CompareUndefined // a NaN was involved
)

// LessThan is IsLessThan(x, y, LeftFirst).
func (r *Runtime) LessThan(x, y Value, leftFirst bool) CompareResult {
	var px, py Value
	if leftFirst {
		px = r.ToPrimitive(x, HintNumber)
		py = r.ToPrimitive(y, HintNumber)
	} else {
		py = r.ToPrimitive(y, HintNumber)
		px = r.ToPrimitive(x, HintNumber)
	}
	if px.kind == KindString && py.kind == KindString {
		if px.String().Compare(py.String()) < 0 {
			return CompareTrue
		}
		return CompareFalse
	}
	if px.kind == KindBigInt && py.kind == KindString {
		n, ok := new(big.Int).SetString(TrimJSSpace(py.String().GoString()), 10)
		if !ok {
			return CompareUndefined
		}
		return boolCompare(px.BigInt().Big().Cmp(n) < 0)
	}
	if px.kind == KindString && py.kind == KindBigInt {
		n, ok := new(big.Int).SetString(TrimJSSpace(px.String().GoString()), 10)
		if !ok {
			return CompareUndefined
		}
		return boolCompare(n.Cmp(py.BigInt().Big()) < 0)
	}
	nx, ny := r.ToNumeric(px), r.ToNumeric(py)
	if nx.kind == KindNumber && ny.kind == KindNumber {
		if nx.num != nx.num || ny.num != ny.num {
			return CompareUndefined
		}
		return boolCompare(nx.num < ny.num)
	}
	return r.bigLess(nx, ny)
}

func (r *Runtime) bigLess(x, y Value) CompareResult {
	if x.kind == KindNumber && x.num != x.num || y.kind == KindNumber && y.num != y.num {
		return CompareUndefined
	}
	if x.kind == KindNumber && math.IsInf(x.num, 0) {
		return boolCompare(x.num < 0)
	}
	if y.kind == KindNumber && math.IsInf(y.num, 0) {
		return boolCompare(y.num > 0)
	}
	toFloat := func(v Value) *big.Float {
		if v.kind == KindBigInt {
			return new(big.Float).SetInt(v.BigInt().Big())
		}
		return big.NewFloat(v.num)
	}
	return boolCompare(toFloat(x).Cmp(toFloat(y)) < 0)
}

func boolCompare(b bool) CompareResult {
	if b {
		return CompareTrue
	}
	return CompareFalse
}

// InstanceOf is InstanceofOperator(V, target).
func (r *Runtime) InstanceOf(v Value, target Value) bool {
	t := target.AsObject()
	if t == nil {
		r.ThrowTypeError("Right-hand side of 'instanceof' is not an object")
	}
	h := r.Get(t, PropKey(SymbolKey(r.Symbols.HasInstance)), target)
	if !h.IsNullish() {
		if h.AsObject() != r.functionHasInstance {
			return ToBoolean(r.Call(h, target, v))
		}
	}
	if !t.IsCallable() {
		r.ThrowTypeError("Right-hand side of 'instanceof' is not callable")
	}
	return r.OrdinaryHasInstance(t, v)
}

// OrdinaryHasInstance is OrdinaryHasInstance(C, O).
func (r *Runtime) OrdinaryHasInstance(c *Object, v Value) bool {
	if c.hc.InstanceType == TypeBoundFunction {
		return r.InstanceOf(v, ObjectValue(c.Internal.(*BoundFunction).Target))
	}
	o := v.AsObject()
	if o == nil {
		return false
	}
	p := r.GetStr(c, "prototype")
	proto := p.AsObject()
	if proto == nil {
		r.ThrowTypeError("Function has non-object prototype '%s' in instanceof check", r.safeToString(p))
	}
	for q := r.GetPrototypeOf(o); q != nil; q = r.GetPrototypeOf(q) {
		if q == proto {
			return true
		}
	}
	return false
}

// In is the `in` operator: key in target.
func (r *Runtime) In(key Value, target Value) bool {
	t := target.AsObject()
	if t == nil {
		r.ThrowTypeError("Cannot use 'in' operator to search for '%s' in %s", r.safeToString(key), r.safeToString(target))
	}
	return r.HasProperty(t, r.ToPropertyKey(key))
}
