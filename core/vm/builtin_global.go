package vm

import (
	"math"
	"strings"
	"unicode/utf8"
)

// coreBuiltins is the per-runtime state of the core builtins.
type coreBuiltins struct {
	objectToString, errorToString *Object // originals, recognised by diagnostics
	stackGet, stackSet            *Object // the shared `stack` accessor of errors
	stacks                        map[*Object]*errorStack
	evalFn                        *Object
	random                        randomState
	typedArrays                   *typedArrayState // builtin_typedarray.go
	nativeFrames                  []nativeFrame    // builtins running now (native_frames.go)
	hiddenNatives                 map[*Object]bool // builtins stack traces never show
	mainScript                    *Object          // a classic script's top level, when it has lexical bindings
}

func init() { registerBuiltins(12, "global", installGlobal) }

func installGlobal(r *Runtime) {
	g := r.Global
	r.DefineData(g, StrKey("Infinity"), Number(math.Inf(1)), AttrNone)
	r.DefineData(g, StrKey("NaN"), NaN, AttrNone)
	r.DefineData(g, StrKey("undefined"), Undefined, AttrNone)
	r.DefineData(g, StrKey("globalThis"), ObjectValue(r.GlobalThis), AttrHidden)
	for _, f := range []struct {
		name string
		fn   NativeFunc
	}{
		{"decodeURI", func(r *Runtime, _ Value, a []Value) Value { return r.uriDecode(Arg(a, 0), uriReserved+"#") }},
		{"decodeURIComponent", func(r *Runtime, _ Value, a []Value) Value { return r.uriDecode(Arg(a, 0), "") }},
		{"encodeURI", func(r *Runtime, _ Value, a []Value) Value {
			return r.uriEncode(Arg(a, 0), uriReserved+uriUnescaped+"#")
		}},
		{"encodeURIComponent", func(r *Runtime, _ Value, a []Value) Value { return r.uriEncode(Arg(a, 0), uriUnescaped) }},
		{"escape", globalEscape},
		{"unescape", globalUnescape},
		{"eval", func(r *Runtime, _ Value, a []Value) Value {
			x := Arg(a, 0)
			if !x.IsString() {
				return x
			}
			return r.indirectEval(x.String().GoStringKey())
		}},
		{"isFinite", func(r *Runtime, _ Value, a []Value) Value {
			f := r.ToNumber(Arg(a, 0))
			return Bool(!math.IsNaN(f) && !math.IsInf(f, 0))
		}},
		{"isNaN", func(r *Runtime, _ Value, a []Value) Value { return Bool(math.IsNaN(r.ToNumber(Arg(a, 0)))) }},
	} {
		fn := r.DefineMethod(g, f.name, 1, f.fn)
		if f.name == "eval" {
			r.core.evalFn = fn
		}
	}
}

// EvalFunction is %eval%: the interpreter treats a call of it by the name `eval` as direct eval.
func (r *Runtime) EvalFunction() *Object { return r.core.evalFn }

// ---- parseInt / parseFloat ----------------------------------------------------------------------

func globalParseInt(r *Runtime, _ Value, args []Value) Value {
	s := TrimJSSpace(r.ToString(Arg(args, 0)).GoString())
	radix := r.ToInt32(Arg(args, 1))
	sign := 1.0
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	stripPrefix := true
	if radix != 0 {
		if radix < 2 || radix > 36 {
			return NaN
		}
		stripPrefix = radix == 16
	} else {
		radix = 10
	}
	if stripPrefix && len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s, radix = s[2:], 16
	}
	end := 0
	for end < len(s) && digitValue(s[end]) < int(radix) {
		end++
	}
	if end == 0 {
		return NaN
	}
	return Number(sign * parseDigitsExact(s[:end], int(radix)))
}

// parseDigitsExact converts valid digits; decimal and power-of-two radixes round correctly, as
// V8 does, other radixes accumulate like V8's generic path.
func parseDigitsExact(d string, radix int) float64 {
	if radix == 10 {
		return StringToNumber(d)
	}
	if radix&(radix-1) == 0 {
		return parseBinaryRadix(d, radix)
	}
	var f float64
	for i := 0; i < len(d); i++ {
		f = f*float64(radix) + float64(digitValue(d[i]))
	}
	return f
}

// parseBinaryRadix rounds to nearest-even on the first 53 significant bits (V8's
// InternalStringToIntDouble).
func parseBinaryRadix(d string, radix int) float64 {
	bitsPerDigit := 0
	for x := radix; x > 1; x >>= 1 {
		bitsPerDigit++
	}
	var mant uint64
	exp := 0
	i := 0
	for ; i < len(d); i++ {
		mant = mant<<bitsPerDigit | uint64(digitValue(d[i]))
		if mant >= 1<<53 {
			break
		}
	}
	if i == len(d) {
		return float64(mant)
	}
	// Too many bits: shift out the overflow, remembering what is dropped for rounding.
	overflow := 0
	for m := mant >> 53; m > 0; m >>= 1 {
		overflow++
	}
	dropped := mant & (1<<overflow - 1)
	mant >>= overflow
	exp = overflow
	sticky := false
	for i++; i < len(d); i++ {
		if digitValue(d[i]) != 0 {
			sticky = true
		}
		exp += bitsPerDigit
	}
	middle := uint64(1) << (overflow - 1)
	if dropped > middle || dropped == middle && (sticky || mant&1 == 1) {
		mant++
		if mant == 1<<53 {
			mant >>= 1
			exp++
		}
	}
	return math.Ldexp(float64(mant), exp)
}

func globalParseFloat(r *Runtime, _ Value, args []Value) Value {
	s := TrimJSSpace(r.ToString(Arg(args, 0)).GoString())
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		if s[0] == '-' {
			return Number(math.Inf(-1))
		}
		return Number(math.Inf(1))
	}
	start := i
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return NaN
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f := StringToNumber(s[start:i])
	if s[0] == '-' {
		f = -f
	}
	return Number(f)
}

// ---- URI coding ------------------------------------------------------------------------------------

const (
	uriReserved  = ";/?:@&=+$,"
	uriUnescaped = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()"
)

const hexUpper = "0123456789ABCDEF"

func (r *Runtime) uriEncode(v Value, keep string) Value {
	s := r.ToString(v)
	n := s.Length()
	var b strings.Builder
	for k := 0; k < n; k++ {
		c := s.At(k)
		if c < 0x80 && strings.IndexByte(keep, byte(c)) >= 0 {
			b.WriteByte(byte(c))
			continue
		}
		cp, size := s.CodePointAt(k)
		if cp >= 0xD800 && cp <= 0xDFFF {
			r.ThrowURIError("URI malformed")
		}
		k += size - 1
		var buf [4]byte
		for _, x := range buf[:utf8.EncodeRune(buf[:], cp)] {
			b.WriteByte('%')
			b.WriteByte(hexUpper[x>>4])
			b.WriteByte(hexUpper[x&15])
		}
	}
	return Str(b.String())
}

func hexPair(s *String, k int) (byte, bool) {
	if k+2 > s.Length() {
		return 0, false
	}
	h, l := s.At(k), s.At(k+1)
	if h >= 0x80 || l >= 0x80 {
		return 0, false
	}
	dh, dl := digitValue(byte(h)), digitValue(byte(l))
	if dh >= 16 || dl >= 16 {
		return 0, false
	}
	return byte(dh<<4 | dl), true
}

func (r *Runtime) uriDecode(v Value, reserved string) Value {
	s := r.ToString(v)
	n := s.Length()
	out := make([]uint16, 0, n)
	for k := 0; k < n; k++ {
		c := s.At(k)
		if c != '%' {
			out = append(out, c)
			continue
		}
		start := k
		b, ok := hexPair(s, k+1)
		if !ok {
			r.ThrowURIError("URI malformed")
		}
		k += 2
		if b < 0x80 {
			if strings.IndexByte(reserved, b) >= 0 {
				for i := start; i <= k; i++ {
					out = append(out, s.At(i))
				}
			} else {
				out = append(out, uint16(b))
			}
			continue
		}
		size := 0
		switch {
		case b&0xE0 == 0xC0:
			size = 2
		case b&0xF0 == 0xE0:
			size = 3
		case b&0xF8 == 0xF0:
			size = 4
		default:
			r.ThrowURIError("URI malformed")
		}
		buf := []byte{b}
		for j := 1; j < size; j++ {
			k++
			if k >= n || s.At(k) != '%' {
				r.ThrowURIError("URI malformed")
			}
			x, ok := hexPair(s, k+1)
			if !ok || x&0xC0 != 0x80 {
				r.ThrowURIError("URI malformed")
			}
			k += 2
			buf = append(buf, x)
		}
		cp, w := utf8.DecodeRune(buf)
		if cp == utf8.RuneError || w != size || cp >= 0xD800 && cp <= 0xDFFF {
			r.ThrowURIError("URI malformed")
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			out = append(out, uint16(0xD800+cp>>10), uint16(0xDC00+cp&0x3FF))
		} else {
			out = append(out, uint16(cp))
		}
	}
	return StringValue(NewStringUTF16(out))
}

const escapeKeep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./"

func globalEscape(r *Runtime, _ Value, args []Value) Value {
	s := r.ToString(Arg(args, 0))
	var b strings.Builder
	for k := 0; k < s.Length(); k++ {
		c := s.At(k)
		switch {
		case c < 0x80 && strings.IndexByte(escapeKeep, byte(c)) >= 0:
			b.WriteByte(byte(c))
		case c < 256:
			b.WriteByte('%')
			b.WriteByte(hexUpper[c>>4])
			b.WriteByte(hexUpper[c&15])
		default:
			b.WriteString("%u")
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hexUpper[c>>sh&15])
			}
		}
	}
	return Str(b.String())
}

func globalUnescape(r *Runtime, _ Value, args []Value) Value {
	s := r.ToString(Arg(args, 0))
	n := s.Length()
	out := make([]uint16, 0, n)
	hex := func(from, count int) (uint16, bool) {
		if from+count > n {
			return 0, false
		}
		var v uint16
		for i := from; i < from+count; i++ {
			c := s.At(i)
			if c >= 0x80 || digitValue(byte(c)) >= 16 {
				return 0, false
			}
			v = v<<4 | uint16(digitValue(byte(c)))
		}
		return v, true
	}
	for k := 0; k < n; k++ {
		c := s.At(k)
		if c == '%' {
			if k+1 < n && s.At(k+1) == 'u' {
				if v, ok := hex(k+2, 4); ok {
					out = append(out, v)
					k += 5
					continue
				}
			} else if v, ok := hex(k+1, 2); ok {
				out = append(out, v)
				k += 2
				continue
			}
		}
		out = append(out, c)
	}
	return StringValue(NewStringUTF16(out))
}
