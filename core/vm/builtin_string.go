package vm

import "math"

// String constructor, statics (fromCharCode, fromCodePoint, raw) and the helpers the
// String.prototype files share. All positions are UTF-16 code-unit indices.

func init() { registerBuiltins(21, "string", installString) }

// maxStringLength is V8's String::kMaxLength on 64-bit builds.
const maxStringLength = 1<<29 - 24

func installString(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("String", 1, in.StringPrototype,
		func(r *Runtime, this Value, args []Value) Value {
			if len(args) == 0 {
				return StringValue(emptyString)
			}
			if args[0].kind == KindSymbol {
				return Str(args[0].Symbol().DescriptiveString())
			}
			return StringValue(r.ToString(args[0]))
		},
		func(r *Runtime, args []Value, newTarget *Object) Value {
			s := emptyString
			if len(args) > 0 {
				s = r.ToString(args[0])
			}
			w := r.WrapPrimitive(StringValue(s))
			if p := r.GetPrototypeFromConstructor(newTarget, in.StringPrototype); p != in.StringPrototype {
				r.SetPrototypeOf(w, p)
			}
			return ObjectValue(w)
		})
	in.String = ctor
	r.DefineMethod(ctor, "fromCharCode", 1, stringFromCharCode)
	r.DefineMethod(ctor, "fromCodePoint", 1, stringFromCodePoint)
	r.DefineMethod(ctor, "raw", 1, stringRaw)
	r.installStringPrototype(in.StringPrototype)
	r.installStringIterator()
	r.DefineData(r.Global, StrKey("String"), ObjectValue(ctor), AttrHidden)
}

func stringFromCharCode(r *Runtime, this Value, args []Value) Value {
	u := make([]uint16, len(args))
	for i, a := range args {
		u[i] = uint16(r.ToUint32(a))
	}
	return StringValue(NewStringUTF16(u))
}

func stringFromCodePoint(r *Runtime, this Value, args []Value) Value {
	u := make([]uint16, 0, len(args))
	for _, a := range args {
		f := r.ToNumber(a)
		if f != math.Trunc(f) || f < 0 || f > 0x10FFFF {
			r.ThrowRangeError("Invalid code point %s", NumberToString(f))
		}
		u = appendCodePoint(u, rune(f))
	}
	return StringValue(NewStringUTF16(u))
}

// appendCodePoint is UTF16EncodeCodePoint; unlike utf16.AppendRune it keeps lone surrogates.
func appendCodePoint(u []uint16, c rune) []uint16 {
	if c >= 0x10000 {
		c -= 0x10000
		return append(u, uint16(0xD800+c>>10), uint16(0xDC00+c&0x3FF))
	}
	return append(u, uint16(c))
}

func stringRaw(r *Runtime, this Value, args []Value) Value {
	cooked := r.ToObject(Arg(args, 0))
	raw := r.ToObject(r.GetStr(cooked, "raw"))
	n := r.lengthOfArrayLike(raw)
	var u []uint16
	for i := int64(0); i < n; i++ {
		u = append(u, r.ToString(r.Get(raw, arrayKey(i), ObjectValue(raw))).UTF16()...)
		if i+1 < n && int(i)+1 < len(args) {
			u = append(u, r.ToString(args[i+1]).UTF16()...)
		}
	}
	return StringValue(NewStringUTF16(u))
}

// thisString is RequireObjectCoercible(this) + ToString with V8's "called on null or undefined".
func (r *Runtime) thisString(this Value, method string) *String {
	if this.kind == KindString {
		return this.String()
	}
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.%s called on null or undefined", method)
	}
	return r.ToString(this)
}

// thisStringValue is thisStringValue(this) for toString/valueOf.
func (r *Runtime) thisStringValue(this Value, method string) Value {
	if this.kind == KindString {
		return this
	}
	if o := this.AsObject(); o != nil {
		if s, ok := o.Internal.(*String); ok && o.hc.InstanceType == TypePrimitiveWrapper {
			return StringValue(s)
		}
	}
	r.ThrowTypeError("String.prototype.%s requires that 'this' be a String", method)
	return Undefined
}

// clampIndex converts a position argument to an integer index clamped to [0, n].
func (r *Runtime) clampIndex(v Value, n int) int {
	f := r.ToIntegerOrInfinity(v)
	switch {
	case f < 0:
		return 0
	case f > float64(n):
		return n
	}
	return int(f)
}

// checkStringLength throws V8's RangeError when a result would exceed String::kMaxLength.
func (r *Runtime) checkStringLength(n float64) {
	if n > maxStringLength {
		r.ThrowRangeError("Invalid string length")
	}
}

// getMethod is GetMethod(V, P): undefined for nullish, a TypeError for non-callables.
func (r *Runtime) getMethod(v Value, k Key) Value {
	f := r.GetV(v, k)
	if f.IsNullish() {
		return Undefined
	}
	if !f.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.callableDesc(f))
	}
	return f
}

func symKey(s *Symbol) Key { return PropKey(SymbolKey(s)) }
