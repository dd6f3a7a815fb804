package vm

import (
	"math"
	"math/bits"
)

func init() { registerBuiltins(41, "Math", installMath) }

// mathFuncs are the one-argument Math functions: ToNumber, then a float64 function.
var mathFuncs = []struct {
	name string
	fn   func(float64) float64
}{
	{"abs", math.Abs}, {"acos", preciseAcos}, {"acosh", math.Acosh}, {"asin", preciseAsin}, {"asinh", math.Asinh},
	{"atan", preciseAtan}, {"atanh", math.Atanh}, {"atan2", nil}, {"ceil", math.Ceil}, {"cbrt", math.Cbrt},
	{"expm1", math.Expm1}, {"clz32", nil}, {"cos", preciseCos}, {"cosh", preciseCosh}, {"exp", preciseExp},
	{"floor", math.Floor}, {"f16round", roundFloat16}, {"fround", func(x float64) float64 { return float64(float32(x)) }},
	{"hypot", nil}, {"imul", nil}, {"log", math.Log}, {"log1p", math.Log1p}, {"log2", preciseLog2},
	{"log10", preciseLog10}, {"max", nil}, {"min", nil}, {"pow", nil}, {"random", nil}, {"round", mathRound},
	{"sign", mathSign}, {"sin", preciseSin}, {"sinh", preciseSinh}, {"sqrt", math.Sqrt}, {"tan", preciseTan},
	{"tanh", preciseTanh}, {"trunc", math.Trunc},
}

func installMath(r *Runtime) {
	m := r.NewObject()
	r.Intrinsics.Math = m
	special := map[string]struct {
		length int
		fn     NativeFunc
	}{
		"atan2": {2, func(r *Runtime, _ Value, a []Value) Value {
			y := r.ToNumber(Arg(a, 0))
			return Number(preciseAtan2(y, r.ToNumber(Arg(a, 1))))
		}},
		"clz32": {1, func(r *Runtime, _ Value, a []Value) Value {
			return Int(bits.LeadingZeros32(r.ToUint32(Arg(a, 0))))
		}},
		"hypot": {2, mathHypot},
		"imul": {2, func(r *Runtime, _ Value, a []Value) Value {
			x := r.ToUint32(Arg(a, 0))
			return Int(int(int32(x * r.ToUint32(Arg(a, 1)))))
		}},
		"max": {2, func(r *Runtime, _ Value, a []Value) Value { return r.mathMinMax(a, true) }},
		"min": {2, func(r *Runtime, _ Value, a []Value) Value { return r.mathMinMax(a, false) }},
		"pow": {2, func(r *Runtime, _ Value, a []Value) Value {
			x := r.ToNumber(Arg(a, 0))
			return Number(precisePow(x, r.ToNumber(Arg(a, 1))))
		}},
		"random": {0, func(r *Runtime, _ Value, _ []Value) Value { return Number(r.core.random.next(r.Options.RandomSeed)) }},
	}
	for _, f := range mathFuncs {
		if s, ok := special[f.name]; ok {
			r.DefineMethod(m, f.name, s.length, s.fn)
			continue
		}
		fn := f.fn
		r.DefineMethod(m, f.name, 1, func(r *Runtime, _ Value, a []Value) Value {
			return Number(fn(r.ToNumber(Arg(a, 0))))
		})
	}
	for _, c := range []struct {
		name string
		v    float64
	}{
		{"E", math.E}, {"LN10", math.Ln10}, {"LN2", math.Ln2}, {"LOG10E", math.Log10E}, {"LOG2E", math.Log2E},
		{"PI", math.Pi}, {"SQRT1_2", math.Sqrt2 / 2}, {"SQRT2", math.Sqrt2},
	} {
		r.DefineData(m, StrKey(c.name), Number(c.v), AttrNone)
	}
	r.DefineData(m, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Math"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("Math"), ObjectValue(m), AttrHidden)
}

// mathMinMax coerces every argument before comparing, as the spec requires.
func (r *Runtime) mathMinMax(args []Value, isMax bool) Value {
	res := math.Inf(1)
	if isMax {
		res = math.Inf(-1)
	}
	nan := false
	for _, a := range args {
		x := r.ToNumber(a)
		switch {
		case math.IsNaN(x):
			nan = true
		case isMax && (x > res || x == 0 && res == 0 && !math.Signbit(x)):
			res = x
		case !isMax && (x < res || x == 0 && res == 0 && math.Signbit(x)):
			res = x
		}
	}
	if nan {
		return NaN
	}
	return Number(res)
}

func mathHypot(r *Runtime, _ Value, args []Value) Value {
	nums := make([]float64, len(args))
	for i, a := range args {
		nums[i] = r.ToNumber(a)
	}
	inf, nan := false, false
	maxAbs := 0.0
	for _, x := range nums {
		switch {
		case math.IsInf(x, 0):
			inf = true
		case math.IsNaN(x):
			nan = true
		default:
			maxAbs = max(maxAbs, math.Abs(x))
		}
	}
	switch {
	case inf:
		return Number(math.Inf(1))
	case nan:
		return NaN
	case maxAbs == 0:
		return Int(0)
	}
	// Kahan-compensated sum of scaled squares, as V8's MathHypot does.
	sum, comp := 0.0, 0.0
	for _, x := range nums {
		n := x / maxAbs
		s := n*n - comp
		t := sum + s
		comp = (t - sum) - s
		sum = t
	}
	return Number(math.Sqrt(sum) * maxAbs)
}

func mathRound(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == math.Trunc(x) {
		return x
	}
	if x < 0 && x >= -0.5 {
		return math.Copysign(0, -1)
	}
	f := math.Floor(x)
	if x-f >= 0.5 {
		return f + 1
	}
	return f
}

func mathSign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return x // ±0 and NaN
}

// roundFloat16 rounds to the nearest IEEE binary16 value (ties to even).
func roundFloat16(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	a := math.Abs(x)
	if a >= 65520 { // halfway between the largest half (65504) and 2^16 rounds to infinity
		return math.Copysign(math.Inf(1), x)
	}
	_, e := math.Frexp(a) // a = m·2^e, m in [0.5, 1)
	exp := e - 1
	if exp < -14 {
		exp = -14 // subnormal halves share the smallest exponent
	}
	ulp := math.Ldexp(1, exp-10)
	q := a / ulp // exact: a power-of-two scaling
	rq := math.RoundToEven(q)
	return math.Copysign(rq*ulp, x)
}

// randomState is V8's Math.random: xorshift128+ filling a 64-entry cache that is read backwards,
// seeded from --random-seed through MurmurHash3 (src/numbers/math-random.cc).
type randomState struct {
	s0, s1 uint64
	cache  [64]float64
	index  int
	seeded bool
}

func murmurHash3(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xFF51AFD7ED558CCD
	h ^= h >> 33
	h *= 0xC4CEB9FE1A85EC53
	h ^= h >> 33
	return h
}

func (st *randomState) next(seed int64) float64 {
	if st.index == 0 {
		if !st.seeded {
			if seed == 0 {
				seed = 42
			}
			st.s0, st.s1 = murmurHash3(uint64(seed)), murmurHash3(^uint64(seed))
			st.seeded = true
		}
		for i := range st.cache {
			s1, s0 := st.s0, st.s1
			st.s0 = s0
			s1 ^= s1 << 23
			s1 ^= s1 >> 17
			s1 ^= s0
			s1 ^= s0 >> 26
			st.s1 = s1
			st.cache[i] = float64((s0+s1)>>11) / (1 << 53)
		}
		st.index = len(st.cache)
	}
	st.index--
	return st.cache[st.index]
}
