package vm

import "strings"

// RegExp.prototype[@@match], [@@matchAll], [@@replace], [@@search], [@@split] and the RegExp
// String Iterator. They follow the spec's generic algorithms (observable Gets of flags, exec and
// lastIndex); @@split has a fast path for an untouched RegExp, whose sticky scan would otherwise
// re-run the matcher at every position.

func (r *Runtime) thisObjectFor(this Value, method string) *Object {
	o := this.AsObject()
	if o == nil {
		r.incompatibleReceiver(method, this)
	}
	return o
}

func (r *Runtime) flagsOf(o *Object) string { return r.ToString(r.GetStr(o, "flags")).GoString() }

func regexpSymbolMatch(r *Runtime, this Value, args []Value) Value {
	o := r.thisObjectFor(this, "RegExp.prototype.@@match")
	s := r.ToString(Arg(args, 0))
	flags := r.flagsOf(o)
	if !strings.Contains(flags, "g") {
		return r.regExpExec(o, s)
	}
	fullUnicode := strings.ContainsAny(flags, "uv")
	r.setOrThrow(o, StrKey("lastIndex"), Int(0))
	var found []Value
	for {
		res := r.regExpExec(o, s)
		if res.IsNull() {
			if len(found) == 0 {
				return Null
			}
			return ObjectValue(r.newGenericArray(found))
		}
		m := r.ToString(r.GetV(res, IndexKey(0)))
		found = append(found, StringValue(m))
		if m.Length() == 0 {
			r.advanceLastIndex(o, s, fullUnicode)
		}
	}
}

// advanceLastIndex moves lastIndex past an empty match.
func (r *Runtime) advanceLastIndex(o *Object, s *String, fullUnicode bool) {
	i := r.regexpLastIndex(o)
	r.setOrThrow(o, StrKey("lastIndex"), Number(float64(advanceStringIndex(s, i, fullUnicode))))
}

// speciesConstructorOf is SpeciesConstructor(O, defaultConstructor).
func (r *Runtime) speciesConstructorOf(o *Object, def *Object) *Object {
	c := r.GetStr(o, "constructor")
	if c.IsUndefined() {
		return def
	}
	co := c.AsObject()
	if co == nil {
		r.ThrowTypeError("The .constructor property is not an object")
	}
	s := r.Get(co, symKey(r.Symbols.Species), c)
	if s.IsNullish() {
		return def
	}
	if !s.IsConstructor() {
		r.ThrowTypeError("object.constructor[Symbol.species] is not a constructor")
	}
	return s.Object()
}

// RegExpStringIteratorData is a RegExp String Iterator's state.
type RegExpStringIteratorData struct {
	Matcher     *Object
	S           *String
	Global      bool
	FullUnicode bool
	Done        bool
}

func regexpSymbolMatchAll(r *Runtime, this Value, args []Value) Value {
	o := r.thisObjectFor(this, "RegExp.prototype.@@matchAll")
	s := r.ToString(Arg(args, 0))
	c := r.speciesConstructorOf(o, r.Intrinsics.RegExp)
	flags := r.flagsOf(o)
	matcher := r.Construct(c, []Value{this, Str(flags)}, nil).Object()
	r.setOrThrow(matcher, StrKey("lastIndex"), Number(float64(r.regexpLastIndex(o))))
	it := &RegExpStringIteratorData{Matcher: matcher, S: s, Global: strings.Contains(flags, "g"),
		FullUnicode: strings.ContainsAny(flags, "uv")}
	return ObjectValue(r.NewObjectOfType(TypeRegExpStringIterator, r.Intrinsics.RegExpStringIteratorPrototype, it))
}

func regexpStringIteratorNext(r *Runtime, this Value, args []Value) Value {
	it := r.iteratorState(this, TypeRegExpStringIterator, "%RegExpStringIterator%").(*RegExpStringIteratorData)
	if it.Done {
		return r.CreateIterResult(Undefined, true)
	}
	m := r.regExpExec(it.Matcher, it.S)
	if m.IsNull() {
		it.Done = true
		return r.CreateIterResult(Undefined, true)
	}
	if !it.Global {
		it.Done = true
		return r.CreateIterResult(m, false)
	}
	if r.ToString(r.GetV(m, IndexKey(0))).Length() == 0 {
		r.advanceLastIndex(it.Matcher, it.S, it.FullUnicode)
	}
	return r.CreateIterResult(m, false)
}

func regexpSymbolSearch(r *Runtime, this Value, args []Value) Value {
	o := r.thisObjectFor(this, "RegExp.prototype.@@search")
	s := r.ToString(Arg(args, 0))
	prev := r.GetStr(o, "lastIndex")
	if !SameValue(prev, Int(0)) {
		r.setOrThrow(o, StrKey("lastIndex"), Int(0))
	}
	res := r.regExpExec(o, s)
	if cur := r.GetStr(o, "lastIndex"); !SameValue(cur, prev) {
		r.setOrThrow(o, StrKey("lastIndex"), prev)
	}
	if res.IsNull() {
		return Int(-1)
	}
	return r.GetV(res, StrKey("index"))
}

func regexpSymbolReplace(r *Runtime, this Value, args []Value) Value {
	o := r.thisObjectFor(this, "RegExp.prototype.@@replace")
	s := r.ToString(Arg(args, 0))
	replaceValue := Arg(args, 1)
	functional := replaceValue.IsCallable()
	var replStr *String
	if !functional {
		replStr = r.ToString(replaceValue)
	}
	flags := r.flagsOf(o)
	global := strings.Contains(flags, "g")
	fullUnicode := false
	if global {
		fullUnicode = strings.ContainsAny(flags, "uv")
		r.setOrThrow(o, StrKey("lastIndex"), Int(0))
	}
	var results []Value
	for {
		res := r.regExpExec(o, s)
		if res.IsNull() {
			break
		}
		results = append(results, res)
		if !global {
			break
		}
		if r.ToString(r.GetV(res, IndexKey(0))).Length() == 0 {
			r.advanceLastIndex(o, s, fullUnicode)
		}
	}
	su := s.UTF16()
	var out []uint16
	next := 0
	for _, res := range results {
		ro := r.ToObject(res)
		nCaps := max(r.lengthOfArrayLike(ro)-1, 0)
		matched := r.ToString(r.Get(ro, IndexKey(0), res))
		pos := clampInt(r.ToIntegerOrInfinity(r.Get(ro, StrKey("index"), res)), len(su))
		caps := make([]Value, nCaps)
		for n := range caps {
			c := r.Get(ro, arrayKey(int64(n)+1), res)
			if !c.IsUndefined() {
				c = StringValue(r.ToString(c))
			}
			caps[n] = c
		}
		named := r.Get(ro, StrKey("groups"), res)
		var rep *String
		if functional {
			cargs := append(append([]Value{StringValue(matched)}, caps...), Int(pos), StringValue(s))
			if !named.IsUndefined() {
				cargs = append(cargs, named)
			}
			rep = r.ToString(r.Call(replaceValue, Undefined, cargs...))
		} else {
			if !named.IsUndefined() {
				named = ObjectValue(r.ToObject(named))
			}
			rep = r.getSubstitution(matched, s, pos, caps, named, replStr)
		}
		if pos >= next {
			out = append(out, su[next:pos]...)
			out = append(out, rep.UTF16()...)
			next = pos + matched.Length()
		}
	}
	if next >= len(su) {
		return StringValue(NewStringUTF16(out))
	}
	out = append(out, su[next:]...)
	return StringValue(NewStringUTF16(out))
}

func regexpSymbolSplit(r *Runtime, this Value, args []Value) Value {
	o := r.thisObjectFor(this, "RegExp.prototype.@@split")
	s := r.ToString(Arg(args, 0))
	c := r.speciesConstructorOf(o, r.Intrinsics.RegExp)
	flags := r.flagsOf(o)
	fullUnicode := strings.ContainsAny(flags, "uv")
	newFlags := flags
	if !strings.Contains(flags, "y") {
		newFlags += "y"
	}
	splitter := r.Construct(c, []Value{this, Str(newFlags)}, nil).Object()
	lim := uint32(1<<32 - 1)
	if l := Arg(args, 1); !l.IsUndefined() {
		lim = r.ToUint32(l)
	}
	var parts []Value
	done := func() Value { return ObjectValue(r.newGenericArray(parts)) }
	if lim == 0 {
		return done()
	}
	size := s.Length()
	d, pristine := r.pristineExec(splitter)
	if size == 0 {
		if r.regExpExec(splitter, s).IsNull() {
			parts = append(parts, StringValue(s))
		}
		return done()
	}
	p, q := 0, 0
	for q < size {
		var e int
		var caps []Value
		if pristine {
			// One forward scan finds the next position where the sticky exec would succeed.
			m := r.matchAt(d, s, q, false)
			if m == nil {
				break
			}
			q = m.spans[0]
			if q >= size {
				break
			}
			e = min(m.spans[1], size)
			r.coll.regexp.input, r.coll.regexp.spans = s, m.spans
			if e == p {
				q = int(advanceStringIndex(s, int64(q), fullUnicode))
				continue
			}
			for i := 1; i < len(m.spans)/2; i++ {
				if m.spans[2*i] < 0 {
					caps = append(caps, Undefined)
				} else {
					caps = append(caps, StringValue(s.Substring(m.spans[2*i], m.spans[2*i+1])))
				}
			}
		} else {
			r.setOrThrow(splitter, StrKey("lastIndex"), Int(q))
			z := r.regExpExec(splitter, s)
			if z.IsNull() {
				q = int(advanceStringIndex(s, int64(q), fullUnicode))
				continue
			}
			e = int(min(r.regexpLastIndex(splitter), int64(size)))
			if e == p {
				q = int(advanceStringIndex(s, int64(q), fullUnicode))
				continue
			}
			zo := z.Object()
			n := max(r.lengthOfArrayLike(zo)-1, 0)
			for i := int64(1); i <= n; i++ {
				caps = append(caps, r.Get(zo, arrayKey(i), z))
			}
		}
		parts = append(parts, StringValue(s.Substring(p, q)))
		if uint32(len(parts)) == lim {
			return done()
		}
		p = e
		for _, cv := range caps {
			parts = append(parts, cv)
			if uint32(len(parts)) == lim {
				return done()
			}
		}
		q = p
	}
	parts = append(parts, StringValue(s.Substring(p, size)))
	return done()
}
