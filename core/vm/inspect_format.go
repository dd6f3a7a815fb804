package vm

import (
	"math"
	"math/big"
	"strings"
)

// util.format / formatWithOptions: printf-style substitution (%s %d %i %f %j %o %O %c %%) of
// the first argument when it is a string, then every remaining argument inspected (strings raw),
// separated by spaces. console.log and friends print exactly this.

// Format is util.formatWithOptions(opts, ...args).
func (r *Runtime) Format(opts InspectOptions, args []Value) string {
	if len(args) == 0 {
		return ""
	}
	a := 0
	var str strings.Builder
	join := ""
	if args[0].IsString() {
		first := args[0].String().GoString()
		if len(args) == 1 {
			return first
		}
		lastPos := 0
		for i := 0; i < len(first)-1; i++ {
			if first[i] != '%' {
				continue
			}
			i++
			next := first[i]
			if a+1 == len(args) {
				if next == '%' {
					str.WriteString(first[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var temp string
			switch next {
			case 's':
				a++
				temp = r.formatPercentS(args[a], opts)
			case 'j':
				a++
				temp = r.tryStringify(args[a])
			case 'd':
				a++
				temp = r.formatPercentNumber(args[a], opts, func(v Value) float64 { return r.numberCall(v) })
			case 'O':
				a++
				temp = r.Inspect(args[a], opts)
			case 'o':
				a++
				o := opts
				o.ShowHidden, o.ShowProxy, o.Depth = true, true, 4
				temp = r.Inspect(args[a], o)
			case 'i':
				a++
				temp = r.formatPercentNumber(args[a], opts, func(v Value) float64 { return parseIntText(r.ToString(v).GoString()) })
			case 'f':
				a++
				if args[a].IsSymbol() {
					temp = "NaN"
				} else {
					temp = formatNumber(parseFloatText(r.ToString(args[a]).GoString()), opts.NumericSeparator)
				}
			case 'c':
				a++
				temp = ""
			case '%':
				str.WriteString(first[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				str.WriteString(first[lastPos : i-1])
			}
			str.WriteString(temp)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(first) {
				str.WriteString(first[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		str.WriteString(join)
		if v := args[a]; v.IsString() {
			str.WriteString(v.String().GoString())
		} else {
			str.WriteString(r.Inspect(v, opts))
		}
		join = " "
	}
	return str.String()
}

// formatPercentS is %s: numbers and bigints as inspect shows them, non-callable objects without a
// user toString inspected at depth 0, everything else String(value).
func (r *Runtime) formatPercentS(v Value, opts InspectOptions) string {
	switch v.Kind() {
	case KindNumber:
		return formatNumber(v.Num(), opts.NumericSeparator)
	case KindBigInt:
		return formatBigInt(v.BigInt(), opts.NumericSeparator)
	case KindSymbol:
		return v.Symbol().DescriptiveString()
	case KindObject:
		// Node tests typeof === 'object': a function is String(fn), its source text
		if !v.Object().IsCallable() && r.hasBuiltInToString(v.Object()) {
			o := opts
			o.Compact, o.Colors, o.Depth = 3, false, 0
			return r.Inspect(v, o)
		}
	}
	return r.ToString(v).GoString()
}

func (r *Runtime) formatPercentNumber(v Value, opts InspectOptions, conv func(Value) float64) string {
	switch v.Kind() {
	case KindBigInt:
		return formatBigInt(v.BigInt(), opts.NumericSeparator)
	case KindSymbol:
		return "NaN"
	}
	return formatNumber(conv(v), opts.NumericSeparator)
}

// numberCall is Number(v): like ToNumber, but BigInts convert.
func (r *Runtime) numberCall(v Value) float64 {
	p := r.ToNumeric(v)
	if p.IsBigInt() {
		f, _ := new(big.Float).SetInt(p.BigInt().Big()).Float64()
		return f
	}
	return p.Num()
}

// hasBuiltInToString is Node's hasBuiltInToString: true when neither the object nor a user
// prototype defines toString or Symbol.toPrimitive.
func (r *Runtime) hasBuiltInToString(o *Object) bool {
	for o.hc.InstanceType == TypeProxy {
		pd := o.Internal.(*ProxyData)
		if pd.Handler == nil {
			return true
		}
		o = pd.Target
	}
	toPrim := PropKey(SymbolKey(r.Symbols.ToPrimitive))
	toStr := StrKey("toString")
	checkToString, checkToPrimitive := true, true
	if !r.Get(o, toStr, ObjectValue(o)).IsCallable() {
		if !r.Get(o, toPrim, ObjectValue(o)).IsCallable() {
			return true
		} else if r.HasOwnProperty(o, toPrim) {
			return false
		}
		checkToString = false
	} else if r.HasOwnProperty(o, toStr) {
		return false
	} else if !r.Get(o, toPrim, ObjectValue(o)).IsCallable() {
		checkToPrimitive = false
	} else if r.HasOwnProperty(o, toPrim) {
		return false
	}
	p := o
	for {
		p = r.GetPrototypeOf(p)
		if p == nil {
			return false
		}
		if checkToString && r.HasOwnProperty(p, toStr) || checkToPrimitive && r.HasOwnProperty(p, toPrim) {
			break
		}
	}
	d, ok := r.GetOwnPropertyDescriptor(p, StrKey("constructor"))
	return ok && !d.IsAccessor() && d.Value.IsCallable() && r.isBuiltinConstructorName(r.safeToString(r.GetStr(d.Value.Object(), "name")))
}

// JSONStringifyHook, when set (by the JSON builtin's owner), is the original JSON.stringify used
// by %j; it returns undefined for values JSON cannot represent.
var JSONStringifyHook func(r *Runtime, v Value) Value

// tryStringify is %j: JSON.stringify, with "[Circular]" for circular structures.
func (r *Runtime) tryStringify(v Value) (s string) {
	stringify := func() Value {
		if JSONStringifyHook != nil {
			return JSONStringifyHook(r, v)
		}
		if r.Intrinsics.JSON != nil {
			if f := r.GetStr(r.Intrinsics.JSON, "stringify"); f.IsCallable() {
				return r.Call(f, ObjectValue(r.Intrinsics.JSON), v)
			}
		}
		return Undefined
	}
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if ok {
				if o := ex.Value.AsObject(); o != nil && strings.HasPrefix(r.safeToString(r.GetStr(o, "message")), "Converting circular structure to JSON") {
					s = "[Circular]"
					return
				}
			}
			panic(e)
		}
	}()
	res := stringify()
	if res.IsUndefined() {
		return "undefined"
	}
	return r.ToString(res).GoString()
}

// parseIntText is parseInt(s) (radix from the text: 0x means 16).
func parseIntText(s string) float64 { return parseIntRadix(s, 0) }

// parseIntRadix is parseInt(s, radix) for radix 0 (auto) or 10.
func parseIntRadix(s string, radix int) float64 {
	s = strings.TrimLeftFunc(s, isJSWhitespace)
	sign := 1.0
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	base := 10
	if radix == 0 && len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		base, s = 16, s[2:]
	}
	n := 0
	for n < len(s) && digitValue(s[n]) < base {
		n++
	}
	if n == 0 {
		return math.NaN()
	}
	if base == 10 {
		return sign * StringToNumber(s[:n])
	}
	return sign * parseIntDigits(s[:n], base)
}

// parseFloatText is parseFloat(s).
func parseFloatText(s string) float64 {
	s = strings.TrimLeftFunc(s, isJSWhitespace)
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		if s[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return math.NaN()
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	return StringToNumber(s[:i])
}
