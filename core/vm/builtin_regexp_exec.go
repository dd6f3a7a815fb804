package vm

import "math"

// RegExpBuiltinExec and RegExpExec: running the matcher, mapping its rune indices to UTF-16
// indices, lastIndex for g/y, and building the result array (index, input, groups, indices).

// regexpMatch is one successful match: UTF-16 [start, end) per group, -1 when a group did not
// participate.
type regexpMatch struct {
	spans []int
}

// input returns the matcher's view of s: code units as runes, or code points with a map back
// to UTF-16 indices in full-unicode mode.
func (c *regexpCode) input(s *String, fullUnicode bool) {
	if c.lastInput == s {
		return
	}
	c.lastInput = s
	n := s.Length()
	if cap(c.runes) < n {
		c.runes = make([]rune, 0, n)
	}
	c.runes = c.runes[:0]
	c.unitIndex = c.unitIndex[:0]
	if s.IsASCII() {
		// Code units, code points and bytes coincide.
		for i := 0; i < len(s.s); i++ {
			c.runes = append(c.runes, rune(s.s[i]))
		}
		if fullUnicode {
			for i := 0; i <= n; i++ {
				c.unitIndex = append(c.unitIndex, i)
			}
		}
		return
	}
	u := s.utf16
	if !fullUnicode {
		for _, x := range u {
			c.runes = append(c.runes, rune(x))
		}
		return
	}
	for i := 0; i < len(u); i++ {
		c.unitIndex = append(c.unitIndex, i)
		x := rune(u[i])
		if x >= 0xD800 && x <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			x = (x-0xD800)<<10 + rune(u[i+1]) - 0xDC00 + 0x10000
			i++
		}
		c.runes = append(c.runes, x)
	}
	c.unitIndex = append(c.unitIndex, len(u))
}

// runeIndex maps a UTF-16 index to the matcher's index (the code point containing it).
func (c *regexpCode) runeIndex(i int, fullUnicode bool) int {
	if !fullUnicode {
		return i
	}
	lo, hi := 0, len(c.unitIndex)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.unitIndex[mid] <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func (c *regexpCode) unitIndexOf(ri int, fullUnicode bool) int {
	if !fullUnicode {
		return ri
	}
	return c.unitIndex[ri]
}

// matchAt runs the matcher on s from UTF-16 index start; sticky requires the match to begin there.
func (r *Runtime) matchAt(d *RegExpData, s *String, start int, sticky bool) *regexpMatch {
	c := d.code
	fu := d.flags.fullUnicode()
	c.input(s, fu)
	ri := c.runeIndex(start, fu)
	m, err := c.re.FindRunesMatchStartingAt(c.runes, ri)
	if err != nil {
		r.ThrowRangeError("Maximum call stack size exceeded")
	}
	if m == nil || sticky && m.RuneIndex != ri {
		return nil
	}
	groups := m.Groups()
	n := len(c.prog.groupNames) + 1
	spans := make([]int, 2*n)
	for i := 0; i < n; i++ {
		spans[2*i], spans[2*i+1] = -1, -1
		if i < len(groups) && len(groups[i].Captures) > 0 {
			g := groups[i]
			spans[2*i] = c.unitIndexOf(g.RuneIndex, fu)
			spans[2*i+1] = c.unitIndexOf(g.RuneIndex+g.RuneLength, fu)
		}
	}
	return &regexpMatch{spans: spans}
}

// thisRegExp returns the RegExp data of a receiver, or throws the incompatible-receiver error.
func (r *Runtime) thisRegExp(this Value, method string) (*Object, *RegExpData) {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeRegExp {
		return o, o.Internal.(*RegExpData)
	}
	r.incompatibleReceiver(method, this)
	return nil, nil
}

// regExpBuiltinExec is RegExpBuiltinExec(R, S).
func (r *Runtime) regExpBuiltinExec(o *Object, d *RegExpData, s *String) Value {
	m := r.regExpBuiltinMatch(o, d, s)
	if m == nil {
		return Null
	}
	return ObjectValue(r.matchResult(d, s, m))
}

// regExpBuiltinMatch is RegExpBuiltinExec without building the result array.
func (r *Runtime) regExpBuiltinMatch(o *Object, d *RegExpData, s *String) *regexpMatch {
	lastIndex := r.ToLength(r.GetStr(o, "lastIndex"))
	f := d.flags
	if !f.global && !f.sticky {
		lastIndex = 0
	}
	if lastIndex > int64(s.Length()) {
		if f.global || f.sticky {
			r.setOrThrow(o, StrKey("lastIndex"), Int(0))
		}
		return nil
	}
	m := r.matchAt(d, s, int(lastIndex), f.sticky)
	if m == nil {
		if f.global || f.sticky {
			r.setOrThrow(o, StrKey("lastIndex"), Int(0))
		}
		return nil
	}
	if f.global || f.sticky {
		r.setOrThrow(o, StrKey("lastIndex"), Int(m.spans[1]))
	}
	r.coll.regexp.input, r.coll.regexp.spans = s, m.spans
	return m
}

// matchResult builds exec's result array.
func (r *Runtime) matchResult(d *RegExpData, s *String, m *regexpMatch) *Object {
	n := len(m.spans) / 2
	vals := make([]Value, n)
	for i := range vals {
		if m.spans[2*i] < 0 {
			vals[i] = Undefined
		} else {
			vals[i] = StringValue(s.Substring(m.spans[2*i], m.spans[2*i+1]))
		}
	}
	a := r.newGenericArray(vals)
	r.CreateDataProperty(a, StrKey("index"), Int(m.spans[0]))
	r.CreateDataProperty(a, StrKey("input"), StringValue(s))
	names := d.code.prog.groupNames
	groups := Undefined
	if d.code.prog.hasNames {
		g := r.NewObjectWithProto(nil)
		for i, name := range names {
			if name != "" && (!r.HasOwnProperty(g, KeyFromName(name)) || !vals[i+1].IsUndefined()) {
				r.CreateDataProperty(g, KeyFromName(name), vals[i+1])
			}
		}
		groups = ObjectValue(g)
	}
	r.CreateDataProperty(a, StrKey("groups"), groups)
	if d.flags.hasIndices {
		pairs := make([]Value, n)
		for i := range pairs {
			if m.spans[2*i] < 0 {
				pairs[i] = Undefined
			} else {
				pairs[i] = ObjectValue(r.NewArray([]Value{Int(m.spans[2*i]), Int(m.spans[2*i+1])}))
			}
		}
		ind := r.newGenericArray(pairs)
		igroups := Undefined
		if d.code.prog.hasNames {
			g := r.NewObjectWithProto(nil)
			for i, name := range names {
				if name != "" && (!r.HasOwnProperty(g, KeyFromName(name)) || !pairs[i+1].IsUndefined()) {
					r.CreateDataProperty(g, KeyFromName(name), pairs[i+1])
				}
			}
			igroups = ObjectValue(g)
		}
		r.CreateDataProperty(ind, StrKey("groups"), igroups)
		r.CreateDataProperty(a, StrKey("indices"), ObjectValue(ind))
	}
	return a
}

func regexpExec(r *Runtime, this Value, args []Value) Value {
	o, d := r.thisRegExp(this, "RegExp.prototype.exec")
	return r.regExpBuiltinExec(o, d, r.ToString(Arg(args, 0)))
}

// regExpExec is RegExpExec(R, S): a user-visible exec method wins over the builtin.
func (r *Runtime) regExpExec(o *Object, s *String) Value {
	exec := r.GetStr(o, "exec")
	if exec.IsCallable() && !r.isBuiltinExec(exec) {
		res := r.Call(exec, ObjectValue(o), StringValue(s))
		if !res.IsObject() && !res.IsNull() {
			r.ThrowTypeError("RegExp exec method returned something other than an Object or null")
		}
		return res
	}
	if o.hc.InstanceType != TypeRegExp {
		r.incompatibleReceiver("RegExp.prototype.exec", ObjectValue(o))
	}
	return r.regExpBuiltinExec(o, o.Internal.(*RegExpData), s)
}

func (r *Runtime) isBuiltinExec(f Value) bool {
	fd, ok := f.Object().Internal.(*FunctionData)
	return ok && fd.Native != nil && fd.Name == "exec" && r.GetStr(r.Intrinsics.RegExpPrototype, "exec").AsObject() == f.Object()
}

// pristineExec reports that RegExpExec(o, …) would run the builtin exec directly, so callers may
// skip building result arrays they would only take apart again.
func (r *Runtime) pristineExec(o *Object) (*RegExpData, bool) {
	if o.hc.InstanceType != TypeRegExp {
		return nil, false
	}
	if !r.isBuiltinExec(r.GetStr(o, "exec")) {
		return nil, false
	}
	return o.Internal.(*RegExpData), true
}

func regexpTest(r *Runtime, this Value, args []Value) Value {
	o := this.AsObject()
	if o == nil {
		r.incompatibleReceiver("RegExp.prototype.test", this)
	}
	s := r.ToString(Arg(args, 0))
	if d, ok := r.pristineExec(o); ok {
		return Bool(r.regExpBuiltinMatch(o, d, s) != nil)
	}
	return Bool(!r.regExpExec(o, s).IsNull())
}

// advanceStringIndex is AdvanceStringIndex(S, index, unicode).
func advanceStringIndex(s *String, i int64, unicode bool) int64 {
	if !unicode || i+1 >= int64(s.Length()) {
		return i + 1
	}
	_, n := s.CodePointAt(int(i))
	return i + int64(n)
}

// lastIndexOf reads ToLength(R.lastIndex).
func (r *Runtime) regexpLastIndex(o *Object) int64 { return r.ToLength(r.GetStr(o, "lastIndex")) }

// clampInt converts a float index into [0, n].
func clampInt(f float64, n int) int {
	return int(math.Max(0, math.Min(f, float64(n))))
}
