package vm

import (
	"math"
	"strings"
)

// String.prototype: the method table (V8's property order) and the methods that index, search,
// slice, pad and trim. Matching and replacing live in builtin_string_replace.go, case mapping,
// normalization and comparison in builtin_string_case.go.

type stringMethod struct {
	name   string
	length int
	fn     NativeFunc
	alias  string // installed under name, but is the same function object as alias
}

// stringHTML makes the Annex B HTML methods (anchor, bold, …): <tag attr="arg">s</tag>.
func stringHTML(method, tag, attr string) NativeFunc {
	return func(r *Runtime, this Value, args []Value) Value {
		s := r.thisString(this, method)
		open := "<" + tag
		if attr != "" {
			v := r.ToString(Arg(args, 0)).GoStringKey()
			open += " " + attr + `="` + strings.ReplaceAll(v, `"`, "&quot;") + `"`
		}
		return Str(open + ">" + s.GoStringKey() + "</" + tag + ">")
	}
}

var stringProtoMethods = []stringMethod{
	{name: "anchor", length: 1, fn: stringHTML("anchor", "a", "name")}, {name: "at", length: 1, fn: stringAt},
	{name: "big", fn: stringHTML("big", "big", "")}, {name: "blink", fn: stringHTML("blink", "blink", "")},
	{name: "bold", fn: stringHTML("bold", "b", "")}, {name: "charAt", length: 1, fn: stringCharAt},
	{name: "charCodeAt", length: 1, fn: stringCharCodeAt}, {name: "codePointAt", length: 1, fn: stringCodePointAt},
	{name: "concat", length: 1, fn: stringConcat}, {name: "endsWith", length: 1, fn: stringEndsWith},
	{name: "fontcolor", length: 1, fn: stringHTML("fontcolor", "font", "color")}, {name: "fontsize", length: 1, fn: stringHTML("fontsize", "font", "size")},
	{name: "fixed", fn: stringHTML("fixed", "tt", "")}, {name: "includes", length: 1, fn: stringIncludes},
	{name: "indexOf", length: 1, fn: stringIndexOf}, {name: "isWellFormed", fn: stringIsWellFormed},
	{name: "italics", fn: stringHTML("italics", "i", "")}, {name: "lastIndexOf", length: 1, fn: stringLastIndexOf},
	{name: "link", length: 1, fn: stringHTML("link", "a", "href")}, {name: "localeCompare", length: 1, fn: stringLocaleCompare},
	{name: "match", length: 1, fn: stringMatch}, {name: "matchAll", length: 1, fn: stringMatchAll},
	{name: "normalize", fn: stringNormalize}, {name: "padEnd", length: 1, fn: stringPadEnd},
	{name: "padStart", length: 1, fn: stringPadStart}, {name: "repeat", length: 1, fn: stringRepeat},
	{name: "replace", length: 2, fn: stringReplace}, {name: "replaceAll", length: 2, fn: stringReplaceAll},
	{name: "search", length: 1, fn: stringSearch}, {name: "slice", length: 2, fn: stringSlice},
	{name: "small", fn: stringHTML("small", "small", "")}, {name: "split", length: 2, fn: stringSplit},
	{name: "strike", fn: stringHTML("strike", "strike", "")}, {name: "sub", fn: stringHTML("sub", "sub", "")},
	{name: "substr", length: 2, fn: stringSubstr}, {name: "substring", length: 2, fn: stringSubstring},
	{name: "sup", fn: stringHTML("sup", "sup", "")}, {name: "startsWith", length: 1, fn: stringStartsWith},
	{name: "toString", fn: func(r *Runtime, this Value, args []Value) Value { return r.thisStringValue(this, "toString") }},
	{name: "toWellFormed", fn: stringToWellFormed}, {name: "trim", fn: stringTrimBoth},
	{name: "trimStart", fn: stringTrimStart}, {name: "trimLeft", alias: "trimStart"},
	{name: "trimEnd", fn: stringTrimEnd}, {name: "trimRight", alias: "trimEnd"},
	{name: "toLocaleLowerCase", fn: stringCaseFn("toLocaleLowerCase", false)},
	{name: "toLocaleUpperCase", fn: stringCaseFn("toLocaleUpperCase", true)},
	{name: "toLowerCase", fn: stringCaseFn("toLowerCase", false)},
	{name: "toUpperCase", fn: stringCaseFn("toUpperCase", true)},
	{name: "valueOf", fn: func(r *Runtime, this Value, args []Value) Value { return r.thisStringValue(this, "valueOf") }},
}

func (r *Runtime) installStringPrototype(proto *Object) {
	defined := map[string]*Object{}
	for _, m := range stringProtoMethods {
		if m.alias != "" {
			r.DefineData(proto, StrKey(m.name), ObjectValue(defined[m.alias]), AttrHidden)
			continue
		}
		defined[m.name] = r.DefineMethod(proto, m.name, m.length, m.fn)
	}
	r.DefineSymbolMethod(proto, r.Symbols.Iterator, "[Symbol.iterator]", 0, stringIterator, AttrHidden)
}

// ---- indexing -----------------------------------------------------------------------------------

func stringAt(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "at")
	k := r.ToIntegerOrInfinity(Arg(args, 0))
	if k < 0 {
		k += float64(s.Length())
	}
	if k < 0 || k >= float64(s.Length()) {
		return Undefined
	}
	return StringValue(s.Substring(int(k), int(k)+1))
}

// position is ToIntegerOrInfinity(pos) checked against [0, n).
func (r *Runtime) position(v Value, n int) (int, bool) {
	f := r.ToIntegerOrInfinity(v)
	if f < 0 || f >= float64(n) {
		return 0, false
	}
	return int(f), true
}

func stringCharAt(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "charAt")
	if i, ok := r.position(Arg(args, 0), s.Length()); ok {
		return StringValue(s.Substring(i, i+1))
	}
	return StringValue(emptyString)
}

func stringCharCodeAt(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "charCodeAt")
	if i, ok := r.position(Arg(args, 0), s.Length()); ok {
		return Int(int(s.At(i)))
	}
	return NaN
}

func stringCodePointAt(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "codePointAt")
	if i, ok := r.position(Arg(args, 0), s.Length()); ok {
		c, _ := s.CodePointAt(i)
		return Int(int(c))
	}
	return Undefined
}

func stringConcat(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "concat")
	for _, a := range args {
		t := r.ToString(a)
		r.checkStringLength(float64(s.Length() + t.Length()))
		s = s.Concat(t)
	}
	return StringValue(s)
}

// ---- searching ----------------------------------------------------------------------------------

// searchString is the argument of includes/startsWith/endsWith, which must not be a RegExp.
func (r *Runtime) searchString(v Value, method string) *String {
	if r.isRegExp(v) {
		r.ThrowTypeError("First argument to String.prototype.%s must not be a regular expression", method)
	}
	return r.ToString(v)
}

func stringIncludes(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "includes")
	t := r.searchString(Arg(args, 0), "includes")
	return Bool(s.IndexOf(t, r.clampIndex(Arg(args, 1), s.Length())) >= 0)
}

func stringStartsWith(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "startsWith")
	t := r.searchString(Arg(args, 0), "startsWith")
	start := r.clampIndex(Arg(args, 1), s.Length())
	return Bool(start+t.Length() <= s.Length() && s.Substring(start, start+t.Length()).Equals(t))
}

func stringEndsWith(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "endsWith")
	t := r.searchString(Arg(args, 0), "endsWith")
	end := s.Length()
	if e := Arg(args, 1); !e.IsUndefined() {
		end = r.clampIndex(e, s.Length())
	}
	start := end - t.Length()
	return Bool(start >= 0 && s.Substring(start, end).Equals(t))
}

func stringIndexOf(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "indexOf")
	t := r.ToString(Arg(args, 0))
	pos := r.clampIndex(Arg(args, 1), s.Length())
	if t.Length() == 0 {
		return Int(pos)
	}
	return Int(s.IndexOf(t, pos))
}

func stringLastIndexOf(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "lastIndexOf")
	t := r.ToString(Arg(args, 0))
	n := r.ToNumber(Arg(args, 1))
	pos := s.Length()
	if n == n {
		pos = r.clampIndex(Number(n), s.Length())
	}
	if t.Length() > s.Length() {
		return Int(-1)
	}
	return Int(s.LastIndexOf(t, pos))
}

// ---- slicing ------------------------------------------------------------------------------------

func stringSlice(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "slice")
	n := int64(s.Length())
	from := r.relativeIndex(Arg(args, 0), n, 0)
	to := r.relativeIndex(Arg(args, 1), n, n)
	return StringValue(s.Substring(int(from), int(to)))
}

func stringSubstring(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "substring")
	n := s.Length()
	a := r.clampIndex(Arg(args, 0), n)
	b := n
	if e := Arg(args, 1); !e.IsUndefined() {
		b = r.clampIndex(e, n)
	}
	return StringValue(s.Substring(min(a, b), max(a, b)))
}

func stringSubstr(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "substr")
	n := int64(s.Length())
	start := r.relativeIndex(Arg(args, 0), n, 0)
	count := float64(n - start)
	if l := Arg(args, 1); !l.IsUndefined() {
		count = math.Min(math.Max(r.ToIntegerOrInfinity(l), 0), count)
	}
	if count <= 0 {
		return StringValue(emptyString)
	}
	return StringValue(s.Substring(int(start), int(start)+int(count)))
}

// ---- padding, repetition, trimming ------------------------------------------------------------------

func (r *Runtime) stringPad(this Value, args []Value, method string, atStart bool) Value {
	s := r.thisString(this, method)
	maxLen := r.ToLength(Arg(args, 0))
	n := int64(s.Length())
	if maxLen <= n {
		return StringValue(s)
	}
	fill := NewString(" ")
	if f := Arg(args, 1); !f.IsUndefined() {
		fill = r.ToString(f)
	}
	if fill.Length() == 0 {
		return StringValue(s)
	}
	r.checkStringLength(float64(maxLen))
	need := int(maxLen - n)
	u := make([]uint16, 0, need)
	fu := fill.UTF16()
	for len(u) < need {
		u = append(u, fu[:min(len(fu), need-len(u))]...)
	}
	pad := NewStringUTF16(u)
	if atStart {
		return StringValue(pad.Concat(s))
	}
	return StringValue(s.Concat(pad))
}

func stringPadStart(r *Runtime, this Value, args []Value) Value {
	return r.stringPad(this, args, "padStart", true)
}

func stringPadEnd(r *Runtime, this Value, args []Value) Value {
	return r.stringPad(this, args, "padEnd", false)
}

func stringRepeat(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "repeat")
	n := r.ToIntegerOrInfinity(Arg(args, 0))
	if n < 0 || math.IsInf(n, 1) {
		r.ThrowRangeError("Invalid count value: %s", NumberToString(r.ToNumber(Arg(args, 0))))
	}
	if s.Length() == 0 || n == 0 {
		return StringValue(emptyString)
	}
	r.checkStringLength(n * float64(s.Length()))
	if s.IsASCII() {
		return Str(strings.Repeat(s.GoStringKey(), int(n)))
	}
	u := make([]uint16, 0, int(n)*s.Length())
	for i := 0; i < int(n); i++ {
		u = append(u, s.UTF16()...)
	}
	return StringValue(NewStringUTF16(u))
}

// trimString trims JS white space and line terminators from the chosen ends.
func trimString(s *String, start, end bool) *String {
	i, j := 0, s.Length()
	if start {
		for i < j && isJSWhitespace(rune(s.At(i))) {
			i++
		}
	}
	if end {
		for j > i && isJSWhitespace(rune(s.At(j-1))) {
			j--
		}
	}
	return s.Substring(i, j)
}

func stringTrimBoth(r *Runtime, this Value, args []Value) Value {
	return StringValue(trimString(r.thisString(this, "trim"), true, true))
}

func stringTrimStart(r *Runtime, this Value, args []Value) Value {
	return StringValue(trimString(r.thisString(this, "trimLeft"), true, false))
}

func stringTrimEnd(r *Runtime, this Value, args []Value) Value {
	return StringValue(trimString(r.thisString(this, "trimRight"), false, true))
}

// ---- well-formedness ----------------------------------------------------------------------------

func stringIsWellFormed(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "isWellFormed")
	return Bool(!s.lone)
}

func stringToWellFormed(r *Runtime, this Value, args []Value) Value {
	s := r.thisString(this, "toWellFormed")
	if !s.lone {
		return StringValue(s)
	}
	u := append([]uint16(nil), s.UTF16()...)
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			i++
			continue
		}
		if c >= 0xD800 && c <= 0xDFFF {
			u[i] = 0xFFFD
		}
	}
	return StringValue(NewStringUTF16(u))
}

// ---- iteration ----------------------------------------------------------------------------------

// StringIteratorData is a String Iterator's state; S is nil once exhausted.
type StringIteratorData struct {
	S   *String
	Pos int
}

func (r *Runtime) installStringIterator() {
	r.installIteratorProto(r.Intrinsics.StringIteratorPrototype, "String Iterator", stringIteratorNext)
}

func stringIterator(r *Runtime, this Value, args []Value) Value {
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype[Symbol.iterator] called on null or undefined")
	}
	s := r.ToString(this)
	return ObjectValue(r.NewObjectOfType(TypeStringIterator, r.Intrinsics.StringIteratorPrototype, &StringIteratorData{S: s}))
}

func stringIteratorNext(r *Runtime, this Value, args []Value) Value {
	it := r.iteratorState(this, TypeStringIterator, "String Iterator").(*StringIteratorData)
	if it.S == nil || it.Pos >= it.S.Length() {
		it.S = nil
		return r.CreateIterResult(Undefined, true)
	}
	_, n := it.S.CodePointAt(it.Pos)
	v := it.S.Substring(it.Pos, it.Pos+n)
	it.Pos += n
	return r.CreateIterResult(StringValue(v), false)
}
