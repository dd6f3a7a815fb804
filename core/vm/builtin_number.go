package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

func init() { registerBuiltins(13, "Number", installNumber) }

func installNumber(r *Runtime) {
	in := &r.Intrinsics
	proto := in.NumberPrototype
	ctor := r.NewNativeConstructor("Number", 1, proto,
		func(r *Runtime, this Value, args []Value) Value { return r.numberArg(args) },
		func(r *Runtime, args []Value, nt *Object) Value {
			n := r.numberArg(args)
			return ObjectValue(r.newObjectRaw(TypePrimitiveWrapper, r.GetPrototypeFromConstructor(nt, proto), 0, n))
		})
	in.Number = ctor
	isFiniteNum := func(v Value) bool { return v.IsNumber() && !math.IsNaN(v.Num()) && !math.IsInf(v.Num(), 0) }
	isInt := func(v Value) bool { return isFiniteNum(v) && v.Num() == math.Trunc(v.Num()) }
	r.DefineMethod(ctor, "isFinite", 1, func(r *Runtime, _ Value, a []Value) Value { return Bool(isFiniteNum(Arg(a, 0))) })
	r.DefineMethod(ctor, "isInteger", 1, func(r *Runtime, _ Value, a []Value) Value { return Bool(isInt(Arg(a, 0))) })
	r.DefineMethod(ctor, "isNaN", 1, func(r *Runtime, _ Value, a []Value) Value {
		v := Arg(a, 0)
		return Bool(v.IsNumber() && math.IsNaN(v.Num()))
	})
	r.DefineMethod(ctor, "isSafeInteger", 1, func(r *Runtime, _ Value, a []Value) Value {
		v := Arg(a, 0)
		return Bool(isInt(v) && math.Abs(v.Num()) <= 1<<53-1)
	})
	// parseFloat and parseInt are the same function objects on Number and on the global object.
	pf := r.DefineMethod(ctor, "parseFloat", 1, globalParseFloat)
	pi := r.DefineMethod(ctor, "parseInt", 2, globalParseInt)
	for _, c := range []struct {
		name string
		v    float64
	}{
		{"MAX_VALUE", math.MaxFloat64}, {"MIN_VALUE", 5e-324}, {"NaN", math.NaN()},
		{"NEGATIVE_INFINITY", math.Inf(-1)}, {"POSITIVE_INFINITY", math.Inf(1)},
		{"MAX_SAFE_INTEGER", 1<<53 - 1}, {"MIN_SAFE_INTEGER", -(1<<53 - 1)}, {"EPSILON", 0x1p-52},
	} {
		r.DefineData(ctor, StrKey(c.name), Number(c.v), AttrNone)
	}

	r.DefineMethod(proto, "toExponential", 1, func(r *Runtime, this Value, args []Value) Value {
		x := r.thisNumber(this, "Number.prototype.toExponential")
		f := r.ToIntegerOrInfinity(Arg(args, 0))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return Str(NumberToString(x))
		}
		if f < 0 || f > 100 {
			r.ThrowRangeError("toExponential() argument must be between 0 and 100")
		}
		if Arg(args, 0).IsUndefined() {
			return Str(FormatExponential(x, -1))
		}
		return Str(FormatExponential(x, int(f)))
	})
	r.DefineMethod(proto, "toFixed", 1, func(r *Runtime, this Value, args []Value) Value {
		x := r.thisNumber(this, "Number.prototype.toFixed")
		f := r.ToIntegerOrInfinity(Arg(args, 0))
		if f < 0 || f > 100 {
			r.ThrowRangeError("toFixed() digits argument must be between 0 and 100")
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e21 {
			return Str(NumberToString(x))
		}
		if x == 0 {
			x = 0 // (-0).toFixed(2) is "0.00" but (-0.001).toFixed(2) is "-0.00"
		}
		return Str(FormatFixed(x, int(f)))
	})
	r.DefineMethod(proto, "toPrecision", 1, func(r *Runtime, this Value, args []Value) Value {
		x := r.thisNumber(this, "Number.prototype.toPrecision")
		if Arg(args, 0).IsUndefined() {
			return Str(NumberToString(x))
		}
		p := r.ToIntegerOrInfinity(Arg(args, 0))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return Str(NumberToString(x))
		}
		if p < 1 || p > 100 {
			r.ThrowRangeError("toPrecision() argument must be between 1 and 100")
		}
		return Str(FormatPrecision(x, int(p)))
	})
	r.DefineMethod(proto, "toString", 1, func(r *Runtime, this Value, args []Value) Value {
		x := r.thisNumber(this, "Number.prototype.toString")
		radix := 10.0
		if rv := Arg(args, 0); !rv.IsUndefined() {
			radix = r.ToIntegerOrInfinity(rv)
		}
		if radix < 2 || radix > 36 {
			r.ThrowRangeError("toString() radix argument must be between 2 and 36")
		}
		if radix == 10 || math.IsNaN(x) || math.IsInf(x, 0) {
			return Str(NumberToString(x))
		}
		return Str(doubleToRadix(x, int(radix)))
	})
	r.DefineMethod(proto, "valueOf", 0, func(r *Runtime, this Value, args []Value) Value {
		return Number(r.thisNumber(this, "Number.prototype.valueOf"))
	})
	r.DefineMethod(proto, "toLocaleString", 0, func(r *Runtime, this Value, args []Value) Value {
		x := r.thisNumber(this, "Number.prototype.toLocaleString")
		return Str(r.formatLocaleNumber(x, Arg(args, 0), Arg(args, 1)))
	})
	g := r.Global
	r.DefineData(g, StrKey("Number"), ObjectValue(ctor), AttrHidden)
	r.DefineData(g, StrKey("parseFloat"), ObjectValue(pf), AttrHidden)
	r.DefineData(g, StrKey("parseInt"), ObjectValue(pi), AttrHidden)
}

// numberArg is the Number constructor's conversion: ToNumeric, with BigInts converted.
func (r *Runtime) numberArg(args []Value) Value {
	if len(args) == 0 {
		return Int(0)
	}
	p := r.ToNumeric(args[0])
	if p.IsBigInt() {
		f, _ := new(big.Float).SetInt(p.BigInt().Big()).Float64()
		return Number(f)
	}
	return p
}

func (r *Runtime) thisNumber(this Value, method string) float64 {
	if this.IsNumber() {
		return this.Num()
	}
	if o := this.AsObject(); o != nil {
		if p, ok := PrimitiveOf(o); ok && p.IsNumber() {
			return p.Num()
		}
	}
	r.ThrowTypeError("%s requires that 'this' be a Number", method)
	return 0
}

// ---- toLocaleString --------------------------------------------------------------------------

// localeFormat is the subset of Intl.NumberFormat that toLocaleString supports: the en-US and
// de-DE separators, fraction digit limits, grouping, percent and a few currencies.
type localeFormat struct {
	group, decimal   string
	minFrac, maxFrac int
	grouping         bool
	percent          bool
	currencyPrefix   string
	currencySuffix   string
}

var currencySymbols = map[string]struct {
	symbol string
	digits int
}{"USD": {"$", 2}, "EUR": {"€", 2}, "GBP": {"£", 2}, "JPY": {"¥", 0}, "INR": {"₹", 2}, "CNY": {"CN¥", 2}}

func (r *Runtime) localeOptions(locales, options Value) localeFormat {
	f := localeFormat{group: ",", decimal: ".", minFrac: 0, maxFrac: 3, grouping: true}
	if locales.IsString() {
		if tag := locales.String().GoString(); strings.HasPrefix(tag, "de") {
			f.group, f.decimal = ".", ","
		}
	}
	o := options.AsObject()
	if o == nil {
		return f
	}
	style := r.GetStr(o, "style")
	if style.IsString() {
		switch style.String().GoString() {
		case "percent":
			f.percent, f.maxFrac = true, 0
		case "currency":
			code := strings.ToUpper(r.ToString(r.GetStr(o, "currency")).GoString())
			c, ok := currencySymbols[code]
			if !ok {
				c.symbol, c.digits = code+"\u00a0", 2
			}
			f.minFrac, f.maxFrac = c.digits, c.digits
			if f.decimal == "," {
				f.currencySuffix = "\u00a0" + strings.TrimSpace(c.symbol)
			} else {
				f.currencyPrefix = c.symbol
			}
		}
	}
	minSet := false
	if v := r.GetStr(o, "minimumFractionDigits"); !v.IsUndefined() {
		f.minFrac = r.fractionDigitsOption(v, "minimumFractionDigits")
		minSet = true
		if f.maxFrac < f.minFrac {
			f.maxFrac = f.minFrac
		}
	}
	if v := r.GetStr(o, "maximumFractionDigits"); !v.IsUndefined() {
		f.maxFrac = r.fractionDigitsOption(v, "maximumFractionDigits")
		if f.maxFrac < f.minFrac {
			if minSet {
				r.ThrowRangeError("maximumFractionDigits value is out of range.")
			}
			f.minFrac = f.maxFrac
		}
	}
	if v := r.GetStr(o, "useGrouping"); !v.IsUndefined() {
		f.grouping = ToBoolean(v)
	}
	return f
}

func (r *Runtime) fractionDigitsOption(v Value, name string) int {
	n := r.ToNumber(v)
	if math.IsNaN(n) || n < 0 || n > 100 {
		r.ThrowRangeError("%s value is out of range.", name)
	}
	return int(n)
}

// formatLocaleNumber renders x as ICU does: the shortest decimal digits, rounded half away from
// zero to the fraction digit limits, grouped by thousands.
func (r *Runtime) formatLocaleNumber(x float64, locales, options Value) string {
	f := r.localeOptions(locales, options)
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return f.currencyPrefix + "∞" + f.currencySuffix
	case math.IsInf(x, -1):
		return "-" + f.currencyPrefix + "∞" + f.currencySuffix
	}
	neg := math.Signbit(x)
	if f.percent {
		x *= 100
	}
	intPart, frac := roundDecimal(math.Abs(x), f.maxFrac)
	for len(frac) > f.minFrac && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	if f.grouping {
		intPart = groupThousands(intPart, f.group)
	}
	s := intPart
	if frac != "" {
		s += f.decimal + frac
	}
	s = f.currencyPrefix + s + f.currencySuffix
	if f.percent {
		s += "%"
	}
	if neg {
		s = "-" + s
	}
	return s
}

// roundDecimal rounds |x|'s shortest decimal form to digits fraction digits (half away from
// zero) and returns the integer and fraction digit strings.
func roundDecimal(x float64, digits int) (string, string) {
	s := strconv.FormatFloat(x, 'e', -1, 64) // d.ddddde±x
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	ds := strings.Replace(mant, ".", "", 1)
	point := exp + 1 // digits before the decimal point
	if point < 0 {
		ds = strings.Repeat("0", -point) + ds
		point = 0
	}
	if len(ds) < point {
		ds += strings.Repeat("0", point-len(ds))
	}
	keep := point + digits
	if keep < len(ds) {
		up := ds[keep] >= '5'
		b := []byte(ds[:keep])
		if up {
			i := len(b) - 1
			for ; i >= 0; i-- {
				if b[i] == '9' {
					b[i] = '0'
					continue
				}
				b[i]++
				break
			}
			if i < 0 {
				b = append([]byte{'1'}, b...)
				point++
			}
		}
		ds = string(b)
	}
	for len(ds) < point+digits {
		ds += "0"
	}
	intPart, frac := ds[:point], ds[point:]
	if intPart == "" {
		intPart = "0"
	}
	return intPart, frac
}

func groupThousands(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head > 0 {
		b.WriteString(s[:head])
	}
	for i := head; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// doubleToRadix is V8's DoubleToRadixCString: fraction digits only up to the input's precision
// (rounded to even), integer digits past 2^53 filled with zeros.
func doubleToRadix(value float64, radix int) string {
	const chars = "0123456789abcdefghijklmnopqrstuvwxyz"
	negative := value < 0
	if negative {
		value = -value
	}
	integer := math.Floor(value)
	fraction := value - integer
	delta := 0.5 * (math.Nextafter(value, math.Inf(1)) - value)
	delta = math.Max(math.Nextafter(0, 1), delta)
	var frac []byte
	if fraction >= delta {
		for {
			fraction *= float64(radix)
			delta *= float64(radix)
			digit := int(fraction)
			frac = append(frac, chars[digit])
			fraction -= float64(digit)
			if fraction > 0.5 || fraction == 0.5 && digit&1 == 1 {
				if fraction+delta > 1 {
					// Round up, carrying into earlier digits and maybe the integer part.
					for {
						if len(frac) == 0 {
							integer++
							break
						}
						last := frac[len(frac)-1]
						d := digitValue(last)
						frac = frac[:len(frac)-1]
						if d+1 < radix {
							frac = append(frac, chars[d+1])
							break
						}
					}
					break
				}
			}
			if fraction < delta {
				break
			}
		}
	}
	var intDigits []byte
	for {
		q := integer / float64(radix)
		if _, e := math.Frexp(q); e-53 <= 0 {
			break
		}
		integer = q
		intDigits = append(intDigits, '0')
	}
	for {
		rem := math.Mod(integer, float64(radix))
		intDigits = append(intDigits, chars[int(rem)])
		integer = (integer - rem) / float64(radix)
		if integer <= 0 {
			break
		}
	}
	var b strings.Builder
	if negative {
		b.WriteByte('-')
	}
	for i := len(intDigits) - 1; i >= 0; i-- {
		b.WriteByte(intDigits[i])
	}
	if len(frac) > 0 {
		b.WriteByte('.')
		b.Write(frac)
	}
	return b.String()
}
