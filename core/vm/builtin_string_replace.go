package vm

import "math"

// String.prototype.match, matchAll, replace, replaceAll, search and split. Each first offers
// its argument's @@match/@@replace/… method the job (so RegExps, and any object that defines
// one, take over), then falls back to plain string semantics.

// delegate calls arg[sym](this, extra...) when arg is not nullish and has that method.
func (r *Runtime) delegate(arg Value, sym *Symbol, this Value, extra ...Value) (Value, bool) {
	if arg.IsNullish() {
		return Undefined, false
	}
	m := r.getMethod(arg, symKey(sym))
	if m.IsUndefined() {
		return Undefined, false
	}
	return r.Call(m, arg, append([]Value{this}, extra...)...), true
}

func stringMatch(r *Runtime, this Value, args []Value) Value {
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.match called on null or undefined")
	}
	if v, ok := r.delegate(Arg(args, 0), r.Symbols.Match, this); ok {
		return v
	}
	s := r.ToString(this)
	rx := r.regExpCreate(Arg(args, 0), Undefined)
	return r.Call(r.GetV(ObjectValue(rx), symKey(r.Symbols.Match)), ObjectValue(rx), StringValue(s))
}

// requireGlobalFlags throws unless a RegExp argument's flags contain "g".
func (r *Runtime) requireGlobalFlags(v Value, method string) {
	if !r.isRegExp(v) {
		return
	}
	flags := r.GetV(v, StrKey("flags"))
	if flags.IsNullish() {
		r.ThrowTypeError("String.prototype.%s called on null or undefined", method)
	}
	if r.ToString(flags).IndexOf(NewString("g"), 0) < 0 {
		r.ThrowTypeError("String.prototype.%s called with a non-global RegExp argument", method)
	}
}

func stringMatchAll(r *Runtime, this Value, args []Value) Value {
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.matchAll called on null or undefined")
	}
	re := Arg(args, 0)
	if !re.IsNullish() {
		r.requireGlobalFlags(re, "matchAll")
	}
	if v, ok := r.delegate(re, r.Symbols.MatchAll, this); ok {
		return v
	}
	s := r.ToString(this)
	rx := r.regExpCreate(re, Str("g"))
	return r.Call(r.GetV(ObjectValue(rx), symKey(r.Symbols.MatchAll)), ObjectValue(rx), StringValue(s))
}

func stringSearch(r *Runtime, this Value, args []Value) Value {
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.search called on null or undefined")
	}
	if v, ok := r.delegate(Arg(args, 0), r.Symbols.Search, this); ok {
		return v
	}
	s := r.ToString(this)
	rx := r.regExpCreate(Arg(args, 0), Undefined)
	return r.Call(r.GetV(ObjectValue(rx), symKey(r.Symbols.Search)), ObjectValue(rx), StringValue(s))
}

func stringReplace(r *Runtime, this Value, args []Value) Value {
	return r.stringReplaceGeneric(this, args, false)
}

func stringReplaceAll(r *Runtime, this Value, args []Value) Value {
	return r.stringReplaceGeneric(this, args, true)
}

func (r *Runtime) stringReplaceGeneric(this Value, args []Value, all bool) Value {
	method := "replace"
	if all {
		method = "replaceAll"
	}
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.%s called on null or undefined", method)
	}
	search, replaceValue := Arg(args, 0), Arg(args, 1)
	if all && !search.IsNullish() {
		r.requireGlobalFlags(search, method)
	}
	if v, ok := r.delegate(search, r.Symbols.Replace, this, replaceValue); ok {
		return v
	}
	s := r.ToString(this)
	t := r.ToString(search)
	functional := replaceValue.IsCallable()
	var replStr *String
	if !functional {
		replStr = r.ToString(replaceValue)
	}
	step := max(1, t.Length())
	var positions []int
	for p := s.IndexOf(t, 0); p >= 0 && p <= s.Length(); {
		positions = append(positions, p)
		if !all {
			break
		}
		if p+step > s.Length() {
			break
		}
		p = s.IndexOf(t, p+step)
	}
	if len(positions) == 0 {
		return StringValue(s)
	}
	su := s.UTF16()
	var out []uint16
	end := 0
	for _, p := range positions {
		out = append(out, su[end:p]...)
		var rep *String
		if functional {
			rep = r.ToString(r.Call(replaceValue, Undefined, StringValue(t), Int(p), StringValue(s)))
		} else {
			rep = r.getSubstitution(t, s, p, nil, Undefined, replStr)
		}
		out = append(out, rep.UTF16()...)
		end = p + t.Length()
	}
	out = append(out, su[end:]...)
	return StringValue(NewStringUTF16(out))
}

// getSubstitution is GetSubstitution: expands $$, $&, $`, $', $n, $nn and $<name>.
func (r *Runtime) getSubstitution(matched, str *String, pos int, captures []Value, named Value, repl *String) *String {
	ru := repl.UTF16()
	dollar := false
	for _, c := range ru {
		if c == '$' {
			dollar = true
			break
		}
	}
	if !dollar {
		return repl
	}
	su := str.UTF16()
	tailPos := min(pos+matched.Length(), len(su))
	m := len(captures)
	var out []uint16
	capture := func(i int) {
		if v := captures[i-1]; !v.IsUndefined() {
			out = append(out, r.ToString(v).UTF16()...)
		}
	}
	for i := 0; i < len(ru); i++ {
		c := ru[i]
		if c != '$' || i+1 >= len(ru) {
			out = append(out, c)
			continue
		}
		next := ru[i+1]
		switch {
		case next == '$':
			out = append(out, '$')
			i++
		case next == '&':
			out = append(out, matched.UTF16()...)
			i++
		case next == '`':
			out = append(out, su[:min(pos, len(su))]...)
			i++
		case next == '\'':
			out = append(out, su[tailPos:]...)
			i++
		case next >= '0' && next <= '9':
			d := int(next - '0')
			if i+2 < len(ru) && ru[i+2] >= '0' && ru[i+2] <= '9' {
				if dd := d*10 + int(ru[i+2]-'0'); dd >= 1 && dd <= m {
					capture(dd)
					i += 2
					continue
				}
			}
			if d >= 1 && d <= m {
				capture(d)
				i++
				continue
			}
			out = append(out, '$')
		case next == '<':
			if named.IsUndefined() {
				out = append(out, '$')
				continue
			}
			close := -1
			for j := i + 2; j < len(ru); j++ {
				if ru[j] == '>' {
					close = j
					break
				}
			}
			if close < 0 {
				out = append(out, '$')
				continue
			}
			name := NewStringUTF16(ru[i+2 : close])
			if v := r.GetV(named, KeyFromName(name.GoStringKey())); !v.IsUndefined() {
				out = append(out, r.ToString(v).UTF16()...)
			}
			i = close
		default:
			out = append(out, '$')
		}
	}
	return NewStringUTF16(out)
}

func stringSplit(r *Runtime, this Value, args []Value) Value {
	if this.IsNullish() {
		r.ThrowTypeError("String.prototype.split called on null or undefined")
	}
	sep, limit := Arg(args, 0), Arg(args, 1)
	if v, ok := r.delegate(sep, r.Symbols.Split, this, limit); ok {
		return v
	}
	s := r.ToString(this)
	lim := uint32(math.MaxUint32)
	if !limit.IsUndefined() {
		lim = r.ToUint32(limit)
	}
	t := r.ToString(sep)
	var parts []Value
	switch {
	case lim == 0:
	case sep.IsUndefined():
		parts = []Value{StringValue(s)}
	case s.Length() == 0:
		if t.Length() != 0 {
			parts = []Value{StringValue(s)}
		}
	case t.Length() == 0:
		n := min(uint32(s.Length()), lim)
		parts = make([]Value, n)
		for i := range parts {
			parts[i] = StringValue(s.Substring(i, i+1))
		}
	default:
		p := 0
		for q := s.IndexOf(t, 0); q >= 0; q = s.IndexOf(t, p) {
			parts = append(parts, StringValue(s.Substring(p, q)))
			if uint32(len(parts)) >= lim {
				return ObjectValue(r.newGenericArray(parts))
			}
			p = q + t.Length()
		}
		parts = append(parts, StringValue(s.Substring(p, s.Length())))
	}
	return ObjectValue(r.newGenericArray(parts))
}

// newRestArray makes a rest parameter's array: V8's CreateRestParameter builds a PACKED_ELEMENTS
// FixedArray whatever the arguments are, also for no arguments.
func (r *Runtime) newRestArray(args []Value) *Object {
	a := r.NewArray(append([]Value(nil), args...))
	if a.hc.Elements < PackedElements {
		r.setElementsKind(a, PackedElements)
	}
	return a
}

// newGenericArray makes an array whose backing store V8 allocates as a generic FixedArray
// (PACKED_ELEMENTS even when every value is a Smi), as split and matchAll results are.
func (r *Runtime) newGenericArray(vals []Value) *Object {
	a := r.NewArray(vals)
	if len(vals) > 0 && a.hc.Elements < PackedElements {
		r.setElementsKind(a, PackedElements)
	}
	return a
}
