package vm

import (
	"strings"

	"github.com/dlclark/regexp2/v2"
)

// RegExp objects: construction, flags, compilation (through builtin_regexp_syntax.go onto
// regexp2's ECMAScript mode), the accessors on RegExp.prototype, and RegExp's legacy statics.

func init() { registerBuiltins(22, "regexp", installRegExp) }

// RegExpData is a RegExp object's internal slots.
type RegExpData struct {
	Source *String // [[OriginalSource]]
	Flags  string  // [[OriginalFlags]], as given
	flags  regexpFlags
	code   *regexpCode
}

type regexpFlags struct {
	hasIndices, global, ignoreCase, multiline, dotAll, unicode, unicodeSets, sticky bool
}

// fullUnicode is "u or v": the pattern and the input are code points.
func (f regexpFlags) fullUnicode() bool { return f.unicode || f.unicodeSets }

// regexpCode is a compiled pattern, shared by every RegExp with the same source and flags.
type regexpCode struct {
	re   *regexp2.Regexp
	prog regexpProgram
	// The last input converted for the matcher, so a global loop over one string converts it once.
	lastInput *String
	runes     []rune
	unitIndex []int // rune index → UTF-16 index (fullUnicode only; len(runes)+1 entries)
}

// regexpLegacy holds what RegExp.$1 … RegExp.lastMatch report: the last successful match.
type regexpLegacy struct {
	input *String
	spans []int // UTF-16 [start, end) pairs per group; -1 for non-participating groups
	cache map[string]*regexpCode
}

// parseRegExpFlags validates a flags string; ok is false for an unknown or repeated flag.
func parseRegExpFlags(s string) (f regexpFlags, ok bool) {
	for _, c := range s {
		var p *bool
		switch c {
		case 'd':
			p = &f.hasIndices
		case 'g':
			p = &f.global
		case 'i':
			p = &f.ignoreCase
		case 'm':
			p = &f.multiline
		case 's':
			p = &f.dotAll
		case 'u':
			p = &f.unicode
		case 'v':
			p = &f.unicodeSets
		case 'y':
			p = &f.sticky
		default:
			return f, false
		}
		if *p {
			return f, false
		}
		*p = true
	}
	return f, !(f.unicode && f.unicodeSets)
}

// compileRegExp translates and compiles, throwing V8's SyntaxError texts.
func (r *Runtime) compileRegExp(source *String, flagText string, f regexpFlags) *regexpCode {
	key := flagText + "/" + source.GoStringKey()
	if c, ok := r.coll.regexp.cache[key]; ok {
		return c
	}
	prog, serr := translateRegExp(source, f.fullUnicode(), f.unicodeSets)
	if serr != "" {
		r.ThrowSyntaxError("Invalid regular expression: /%s/%s: %s", source.GoString(), flagText, string(serr))
	}
	opts := regexp2.ECMAScript
	if f.ignoreCase {
		opts |= regexp2.IgnoreCase
	}
	if f.multiline {
		opts |= regexp2.Multiline
	}
	if f.dotAll {
		opts |= regexp2.Singleline
	}
	if f.fullUnicode() {
		opts |= regexp2.Unicode
	}
	re, err := regexp2.Compile(prog.pattern, opts, regexp2.OptionMaxBacktrackingStackSize(-1))
	if err != nil {
		r.ThrowSyntaxError("Invalid regular expression: /%s/%s: %s", source.GoString(), flagText, regexp2Message(err))
	}
	c := &regexpCode{re: re, prog: prog}
	if r.coll.regexp.cache == nil {
		r.coll.regexp.cache = map[string]*regexpCode{}
	}
	r.coll.regexp.cache[key] = c
	return c
}

// regexp2Message maps the errors the translator lets through to V8's wording.
func regexp2Message(err error) string {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unicode category") || strings.Contains(msg, `\p{X}`):
		return "Invalid property name"
	case strings.Contains(msg, "range in reverse order"):
		return "Range out of order in character class"
	case strings.Contains(msg, "missing closing )"):
		return "Unterminated group"
	case strings.Contains(msg, "unterminated [] set"):
		return "Unterminated character class"
	case strings.Contains(msg, "invalid repeat count"):
		return "Nothing to repeat"
	}
	return "Invalid regular expression"
}

// ---- construction ---------------------------------------------------------------------------------

func installRegExp(r *Runtime) {
	in := &r.Intrinsics
	ctor := r.NewNativeConstructor("RegExp", 2, in.RegExpPrototype,
		func(r *Runtime, this Value, args []Value) Value { return r.constructRegExp(args, nil) },
		func(r *Runtime, args []Value, newTarget *Object) Value { return r.constructRegExp(args, newTarget) })
	in.RegExp = ctor
	r.installRegExpLegacy(ctor)
	r.DefineMethod(ctor, "escape", 1, regexpEscape)
	r.defineSpeciesGetter(ctor)
	r.installRegExpPrototype(in.RegExpPrototype)
	r.installIteratorProto(in.RegExpStringIteratorPrototype, "RegExp String Iterator", regexpStringIteratorNext)
	r.DefineData(r.Global, StrKey("RegExp"), ObjectValue(ctor), AttrHidden)
}

// isRegExp is IsRegExp(argument).
func (r *Runtime) isRegExp(v Value) bool {
	o := v.AsObject()
	if o == nil {
		return false
	}
	if m := r.Get(o, symKey(r.Symbols.Match), v); !m.IsUndefined() {
		return ToBoolean(m)
	}
	return o.hc.InstanceType == TypeRegExp
}

func (r *Runtime) constructRegExp(args []Value, newTarget *Object) Value {
	pattern, flags := Arg(args, 0), Arg(args, 1)
	patternIsRegExp := r.isRegExp(pattern)
	if newTarget == nil {
		newTarget = r.Intrinsics.RegExp
		if patternIsRegExp && flags.IsUndefined() {
			if c := r.GetV(pattern, StrKey("constructor")); c.AsObject() == newTarget {
				return pattern
			}
		}
	}
	var p, f Value
	switch po := pattern.AsObject(); {
	case po != nil && po.hc.InstanceType == TypeRegExp:
		d := po.Internal.(*RegExpData)
		p, f = StringValue(d.Source), flags
		if flags.IsUndefined() {
			f = Str(d.Flags)
		}
	case patternIsRegExp:
		p, f = r.GetV(pattern, StrKey("source")), flags
		if flags.IsUndefined() {
			f = r.GetV(pattern, StrKey("flags"))
		}
	default:
		p, f = pattern, flags
	}
	o := r.regExpAlloc(r.GetPrototypeFromConstructor(newTarget, r.Intrinsics.RegExpPrototype))
	r.regExpInitialize(o, p, f)
	return ObjectValue(o)
}

func (r *Runtime) regExpAlloc(proto *Object) *Object {
	o := r.NewObjectOfType(TypeRegExp, proto, &RegExpData{})
	r.addData(o, StrKey("lastIndex"), Int(0), AttrWritable)
	return o
}

// regExpInitialize is RegExpInitialize(obj, pattern, flags).
func (r *Runtime) regExpInitialize(o *Object, pattern, flags Value) {
	p := emptyString
	if !pattern.IsUndefined() {
		p = r.ToString(pattern)
	}
	fs := ""
	if !flags.IsUndefined() {
		fs = r.ToString(flags).GoString()
	}
	f, ok := parseRegExpFlags(fs)
	if !ok {
		r.ThrowSyntaxError("Invalid flags supplied to RegExp constructor '%s'", fs)
	}
	code := r.compileRegExp(p, fs, f)
	d := o.Internal.(*RegExpData)
	d.Source, d.Flags, d.flags, d.code = p, fs, f, code
	r.setOrThrow(o, StrKey("lastIndex"), Int(0))
}

// regExpCreate is RegExpCreate(P, F).
func (r *Runtime) regExpCreate(p, f Value) *Object {
	o := r.regExpAlloc(r.Intrinsics.RegExpPrototype)
	r.regExpInitialize(o, p, f)
	return o
}

// NewRegExp makes the object for a regular expression literal /pattern/flags; invalid patterns
// throw V8's SyntaxError.
func (r *Runtime) NewRegExp(pattern, flags string) *Object {
	f, ok := parseRegExpFlags(flags)
	if !ok {
		r.ThrowSyntaxError("Invalid regular expression flags")
	}
	src := NewString(pattern)
	o := r.regExpAlloc(r.Intrinsics.RegExpPrototype)
	d := o.Internal.(*RegExpData)
	d.Source, d.Flags, d.flags, d.code = src, flags, f, r.compileRegExp(src, flags, f)
	return o
}

// RegExpParts exposes a RegExp's source and flags (for console formatting).
func RegExpParts(o *Object) (source, flags string, ok bool) {
	d, isRE := o.Internal.(*RegExpData)
	if !isRE || o.hc.InstanceType != TypeRegExp || d.Source == nil {
		return "", "", false
	}
	return escapeRegExpPattern(d.Source), canonicalFlags(d.flags), true
}

// ---- RegExp.prototype accessors --------------------------------------------------------------------

// regexpFlagGetters are the flag accessors in V8's property order, after exec.
var regexpFlagGetters = []struct {
	name string
	char byte
	get  func(f regexpFlags) bool
}{
	{"dotAll", 's', func(f regexpFlags) bool { return f.dotAll }},
	{"flags", 0, nil},
	{"global", 'g', func(f regexpFlags) bool { return f.global }},
	{"hasIndices", 'd', func(f regexpFlags) bool { return f.hasIndices }},
	{"ignoreCase", 'i', func(f regexpFlags) bool { return f.ignoreCase }},
	{"multiline", 'm', func(f regexpFlags) bool { return f.multiline }},
	{"source", 0, nil},
	{"sticky", 'y', func(f regexpFlags) bool { return f.sticky }},
	{"unicode", 'u', func(f regexpFlags) bool { return f.unicode }},
	{"unicodeSets", 'v', func(f regexpFlags) bool { return f.unicodeSets }},
}

// flagsOrder is the order RegExp.prototype.flags reads the flag accessors in.
var flagsOrder = []struct {
	name string
	char byte
}{{"hasIndices", 'd'}, {"global", 'g'}, {"ignoreCase", 'i'}, {"multiline", 'm'}, {"dotAll", 's'},
	{"unicode", 'u'}, {"unicodeSets", 'v'}, {"sticky", 'y'}}

func canonicalFlags(f regexpFlags) string {
	var b []byte
	for _, x := range []struct {
		on bool
		c  byte
	}{{f.hasIndices, 'd'}, {f.global, 'g'}, {f.ignoreCase, 'i'}, {f.multiline, 'm'}, {f.dotAll, 's'},
		{f.unicode, 'u'}, {f.unicodeSets, 'v'}, {f.sticky, 'y'}} {
		if x.on {
			b = append(b, x.c)
		}
	}
	return string(b)
}

func (r *Runtime) installRegExpPrototype(proto *Object) {
	r.DefineMethod(proto, "exec", 1, regexpExec)
	for _, g := range regexpFlagGetters {
		var fn NativeFunc
		switch g.name {
		case "flags":
			fn = regexpFlagsGetter
		case "source":
			fn = regexpSourceGetter
		default:
			get, name := g.get, g.name
			fn = func(r *Runtime, this Value, args []Value) Value {
				if o := this.AsObject(); o != nil {
					if d, ok := o.Internal.(*RegExpData); ok && o.hc.InstanceType == TypeRegExp {
						return Bool(get(d.flags))
					}
					if o == r.Intrinsics.RegExpPrototype {
						return Undefined
					}
				}
				r.ThrowTypeError("RegExp.prototype.%s getter called on non-RegExp object", name)
				return Undefined
			}
		}
		r.DefineGetter(proto, StrKey(g.name), fn)
	}
	r.DefineMethod(proto, "compile", 2, regexpCompile)
	r.DefineMethod(proto, "toString", 0, regexpToString)
	r.DefineMethod(proto, "test", 1, regexpTest)
	r.DefineSymbolMethod(proto, r.Symbols.Match, "[Symbol.match]", 1, regexpSymbolMatch, AttrHidden)
	r.DefineSymbolMethod(proto, r.Symbols.MatchAll, "[Symbol.matchAll]", 1, regexpSymbolMatchAll, AttrHidden)
	r.DefineSymbolMethod(proto, r.Symbols.Replace, "[Symbol.replace]", 2, regexpSymbolReplace, AttrHidden)
	r.DefineSymbolMethod(proto, r.Symbols.Search, "[Symbol.search]", 1, regexpSymbolSearch, AttrHidden)
	r.DefineSymbolMethod(proto, r.Symbols.Split, "[Symbol.split]", 2, regexpSymbolSplit, AttrHidden)
}

func regexpFlagsGetter(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		r.ThrowTypeError("RegExp.prototype.flags getter called on non-object %s", r.noSideEffectsToString(this))
	}
	var b []byte
	for _, f := range flagsOrder {
		if ToBoolean(r.GetStr(o, f.name)) {
			b = append(b, f.char)
		}
	}
	return Str(string(b))
}

func regexpSourceGetter(r *Runtime, this Value, args []Value) Value {
	if o := this.AsObject(); o != nil {
		if d, ok := o.Internal.(*RegExpData); ok && o.hc.InstanceType == TypeRegExp {
			return Str(escapeRegExpPattern(d.Source))
		}
		if o == r.Intrinsics.RegExpPrototype {
			return Str("(?:)")
		}
	}
	r.ThrowTypeError("RegExp.prototype.source getter called on non-RegExp object")
	return Undefined
}

// escapeRegExpPattern is EscapeRegExpPattern: the source text that reads back as the same pattern.
func escapeRegExpPattern(s *String) string {
	src := s.GoString()
	if src == "" {
		return "(?:)"
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\':
			b.WriteByte(c)
			if i+1 < len(src) {
				i++
				b.WriteByte(src[i])
			}
			continue
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			b.WriteString(`\/`)
			continue
		case c == '\n':
			b.WriteString(`\n`)
			continue
		case c == '\r':
			b.WriteString(`\r`)
			continue
		case strings.HasPrefix(src[i:], "\u2028"):
			b.WriteString(`\u2028`)
			i += 2
			continue
		case strings.HasPrefix(src[i:], "\u2029"):
			b.WriteString(`\u2029`)
			i += 2
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func regexpToString(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		r.incompatibleReceiver("RegExp.prototype.toString", this)
	}
	src := r.ToString(r.GetStr(o, "source"))
	flags := r.ToString(r.GetStr(o, "flags"))
	return Str("/" + src.GoStringKey() + "/" + flags.GoStringKey())
}

func regexpCompile(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil || o.hc.InstanceType != TypeRegExp {
		r.incompatibleReceiver("RegExp.prototype.compile", this)
	}
	pattern, flags := Arg(args, 0), Arg(args, 1)
	if po := pattern.AsObject(); po != nil && po.hc.InstanceType == TypeRegExp {
		if !flags.IsUndefined() {
			r.ThrowTypeError("Cannot supply flags when constructing one RegExp from another")
		}
		d := po.Internal.(*RegExpData)
		pattern, flags = StringValue(d.Source), Str(d.Flags)
	}
	r.regExpInitialize(o, pattern, flags)
	return this
}

// regexpEscape is RegExp.escape(S).
func regexpEscape(r *Runtime, this Value, args []Value) Value {
	s := Arg(args, 0)
	if s.kind != KindString {
		r.ThrowTypeError("RegExp.escape requires a string argument")
	}
	var out []uint16
	hex := func(c uint16) {
		const digits = "0123456789abcdef"
		if c < 0x100 {
			out = append(out, '\\', 'x', uint16(digits[c>>4]), uint16(digits[c&15]))
			return
		}
		out = append(out, '\\', 'u', uint16(digits[c>>12]), uint16(digits[c>>8&15]), uint16(digits[c>>4&15]), uint16(digits[c&15]))
	}
	u := s.String().UTF16()
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case i == 0 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			hex(c)
		case strings.ContainsRune(`^$\.*+?()[]{}|/`, rune(c)):
			out = append(out, '\\', c)
		case strings.ContainsRune(",-=<>#&!%:;@~'`\"", rune(c)):
			hex(c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\v':
			out = append(out, '\\', 'v')
		case c == '\f':
			out = append(out, '\\', 'f')
		case c == '\r':
			out = append(out, '\\', 'r')
		case isJSWhitespace(rune(c)):
			hex(c)
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			out = append(out, c, u[i+1])
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			hex(c)
		default:
			out = append(out, c)
		}
	}
	return StringValue(NewStringUTF16(out))
}

// ---- legacy static properties ------------------------------------------------------------------

func (r *Runtime) installRegExpLegacy(ctor *Object) {
	group := func(i int) func(r *Runtime) Value {
		return func(r *Runtime) Value { return r.legacySpan(i) }
	}
	props := []struct {
		name, alias string
		get         func(r *Runtime) Value
	}{
		{"input", "$_", func(r *Runtime) Value {
			if r.coll.regexp.input == nil {
				return StringValue(emptyString)
			}
			return StringValue(r.coll.regexp.input)
		}},
		{"lastMatch", "$&", group(0)},
		{"lastParen", "$+", func(r *Runtime) Value {
			if n := len(r.coll.regexp.spans) / 2; n > 1 {
				return r.legacySpan(n - 1)
			}
			return StringValue(emptyString)
		}},
		{"leftContext", "$`", func(r *Runtime) Value {
			l := &r.coll.regexp
			if l.input == nil {
				return StringValue(emptyString)
			}
			return StringValue(l.input.Substring(0, l.spans[0]))
		}},
		{"rightContext", "$'", func(r *Runtime) Value {
			l := &r.coll.regexp
			if l.input == nil {
				return StringValue(emptyString)
			}
			return StringValue(l.input.Substring(l.spans[1], l.input.Length()))
		}},
	}
	for i := 1; i <= 9; i++ {
		props = append(props, struct {
			name, alias string
			get         func(r *Runtime) Value
		}{"$" + string(rune('0'+i)), "", group(i)})
	}
	for _, p := range props {
		names := []string{p.name}
		if p.alias != "" {
			names = append(names, p.alias)
		}
		for _, n := range names {
			get := p.get
			isInput := p.name == "input"
			g := r.NewNativeFunction("get "+n, 0, func(r *Runtime, this Value, args []Value) Value { return get(r) })
			s := r.NewNativeFunction("set "+n, 1, func(r *Runtime, this Value, args []Value) Value {
				if isInput {
					r.coll.regexp.input = r.ToString(Arg(args, 0))
					if r.coll.regexp.spans == nil {
						r.coll.regexp.spans = []int{0, 0}
					}
				}
				return Undefined
			})
			r.DefineAccessor(ctor, StrKey(n), g, s, AttrConfigurable)
		}
	}
}

func (r *Runtime) legacySpan(i int) Value {
	l := &r.coll.regexp
	if l.input == nil || 2*i+1 >= len(l.spans) || l.spans[2*i] < 0 {
		return StringValue(emptyString)
	}
	return StringValue(l.input.Substring(l.spans[2*i], l.spans[2*i+1]))
}
