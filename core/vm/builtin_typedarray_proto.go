package vm

import (
	"math"
	"sort"
	"strings"
)

// %TypedArray%.prototype: the accessors and the array-like methods, in V8's property order.
// Methods that make a new typed array (map, filter, slice, subarray, toSorted, …) keep the
// receiver's element type, through @@species where the spec asks for it.

func (r *Runtime) installTypedArrayPrototype(p *Object) {
	view := func(name string) NativeFunc {
		return func(r *Runtime, this Value, args []Value) Value {
			t := r.thisTypedArrayGetter(this, name)
			switch name {
			case "buffer":
				r.typedArrayOffHeap(this.Object(), t)
				return ObjectValue(t.buffer)
			case "byteLength":
				return Int(t.length * t.kind.size)
			case "byteOffset":
				return Int(t.offset)
			}
			return Int(t.length)
		}
	}
	for _, n := range []string{"buffer", "byteLength", "byteOffset", "length"} {
		r.DefineGetter(p, StrKey(n), view(n))
	}
	values := r.NewNativeFunction("values", 0, func(r *Runtime, this Value, args []Value) Value {
		r.thisTypedArray(this)
		return ObjectValue(r.NewArrayIterator(this.Object(), iterValues))
	})
	r.DefineMethod(p, "entries", 0, func(r *Runtime, this Value, args []Value) Value {
		r.thisTypedArray(this)
		return ObjectValue(r.NewArrayIterator(this.Object(), iterEntries))
	})
	r.DefineMethod(p, "keys", 0, func(r *Runtime, this Value, args []Value) Value {
		r.thisTypedArray(this)
		return ObjectValue(r.NewArrayIterator(this.Object(), iterKeys))
	})
	r.DefineData(p, StrKey("values"), ObjectValue(values), AttrHidden)
	for _, m := range typedArrayMethods {
		r.DefineMethod(p, m.name, m.length, m.fn)
	}
	toString := r.GetStr(r.Intrinsics.ArrayPrototype, "toString")
	r.DefineData(p, StrKey("toString"), toString, AttrHidden)
	r.DefineData(p, symKey(r.Symbols.Iterator), ObjectValue(values), AttrHidden)
	tag := r.NewNativeFunction("get [Symbol.toStringTag]", 0, func(r *Runtime, this Value, args []Value) Value {
		if o := this.AsObject(); o != nil {
			if t := typedArrayOf(o); t != nil {
				return Str(t.kind.name)
			}
		}
		return Undefined
	})
	r.DefineAccessor(p, symKey(r.Symbols.ToStringTag), tag, nil, AttrConfigurable)
}

type typedMethod struct {
	name   string
	length int
	fn     NativeFunc
}

var typedArrayMethods = []typedMethod{
	{"at", 1, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		i := r.ToIntegerOrInfinity(Arg(args, 0))
		if i < 0 {
			i += float64(t.length)
		}
		if i < 0 || i >= float64(t.length) {
			return Undefined
		}
		return t.get(int(i))
	}},
	{"copyWithin", 2, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		to, _ := relativeRange(r, Arg(args, 0), Undefined, t.length)
		from, end := relativeRange(r, Arg(args, 1), Arg(args, 2), t.length)
		n := min(end-from, t.length-to)
		if n > 0 {
			b, s := t.bytes(), t.kind.size
			copy(b[t.offset+to*s:t.offset+(to+n)*s], b[t.offset+from*s:t.offset+(from+n)*s])
		}
		return this
	}},
	{"every", 1, func(r *Runtime, this Value, args []Value) Value {
		found := false
		r.typedEach(this, args, "every", func(i int, v, res Value) bool { found = !ToBoolean(res); return found })
		return Bool(!found)
	}},
	{"fill", 1, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		v := r.toElement(t.kind, Arg(args, 0))
		from, to := relativeRange(r, Arg(args, 1), Arg(args, 2), t.length)
		for i := from; i < to; i++ {
			t.put(i, v)
		}
		return this
	}},
	{"filter", 1, func(r *Runtime, this Value, args []Value) Value {
		var kept []Value
		r.typedEach(this, args, "filter", func(i int, v, res Value) bool {
			if ToBoolean(res) {
				kept = append(kept, v)
			}
			return false
		})
		return ObjectValue(r.typedSpeciesFrom(this.Object(), kept))
	}},
	{"find", 1, func(r *Runtime, this Value, args []Value) Value { return r.typedFind(this, args, "find", false, false) }},
	{"findIndex", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.typedFind(this, args, "findIndex", true, false)
	}},
	{"findLast", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.typedFind(this, args, "findLast", false, true)
	}},
	{"findLastIndex", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.typedFind(this, args, "findLastIndex", true, true)
	}},
	{"forEach", 1, func(r *Runtime, this Value, args []Value) Value {
		r.typedEach(this, args, "forEach", func(int, Value, Value) bool { return false })
		return Undefined
	}},
	{"includes", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.typedIndexOf(this, args, SameValueZero, false) >= 0)
	}},
	{"indexOf", 1, func(r *Runtime, this Value, args []Value) Value {
		return Int(r.typedIndexOf(this, args, StrictEquals, false))
	}},
	{"join", 1, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		sep := ","
		if s := Arg(args, 0); !s.IsUndefined() {
			sep = r.ToString(s).GoString()
		}
		parts := make([]string, t.length)
		for i := range parts {
			parts[i] = r.ToString(t.get(i)).GoString()
		}
		return Str(strings.Join(parts, sep))
	}},
	{"lastIndexOf", 1, func(r *Runtime, this Value, args []Value) Value {
		return Int(r.typedIndexOf(this, args, StrictEquals, true))
	}},
	{"map", 1, func(r *Runtime, this Value, args []Value) Value {
		var out []Value
		r.typedEach(this, args, "map", func(i int, v, res Value) bool {
			out = append(out, res)
			return false
		})
		return ObjectValue(r.typedSpeciesFrom(this.Object(), out))
	}},
	{"reverse", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		for i, j := 0, t.length-1; i < j; i, j = i+1, j-1 {
			a, b := t.get(i), t.get(j)
			t.put(i, b)
			t.put(j, a)
		}
		return this
	}},
	{"reduce", 1, func(r *Runtime, this Value, args []Value) Value { return r.typedReduce(this, args, false) }},
	{"reduceRight", 1, func(r *Runtime, this Value, args []Value) Value { return r.typedReduce(this, args, true) }},
	{"set", 1, typedArraySet},
	{"slice", 2, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		from, to := relativeRange(r, Arg(args, 0), Arg(args, 1), t.length)
		var vals []Value
		for i := from; i < to; i++ {
			vals = append(vals, t.get(i))
		}
		return ObjectValue(r.typedSpeciesFrom(this.Object(), vals))
	}},
	{"some", 1, func(r *Runtime, this Value, args []Value) Value {
		found := false
		r.typedEach(this, args, "some", func(i int, v, res Value) bool { found = ToBoolean(res); return found })
		return Bool(found)
	}},
	{"sort", 1, func(r *Runtime, this Value, args []Value) Value {
		cmp := r.typedComparator(args)
		t := r.thisTypedArray(this)
		for i, v := range r.typedSorted(t, cmp) {
			t.put(i, v)
		}
		return this
	}},
	{"subarray", 2, func(r *Runtime, this Value, args []Value) Value {
		o := this.AsObject()
		if o == nil || typedArrayOf(o) == nil {
			r.incompatibleReceiver("%TypedArray%.prototype.subarray", this)
		}
		t := typedArrayOf(o)
		r.typedArrayOffHeap(o, t) // the new view shares the buffer
		from, to := relativeRange(r, Arg(args, 0), Arg(args, 1), t.length)
		n := max(to-from, 0)
		ctor := r.typedSpeciesConstructor(o)
		if ctor == nil {
			return ObjectValue(r.NewObjectOfType(TypeTypedArray, r.typed().protos[t.kind],
				&typedArrayData{kind: t.kind, buffer: t.buffer, offset: t.offset + from*t.kind.size, length: n}))
		}
		return r.Construct(ctor, []Value{ObjectValue(t.buffer), Int(t.offset + from*t.kind.size), Int(n)}, nil)
	}},
	{"toReversed", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		out := r.newTypedArray(t.kind, t.length, nil)
		d := out.Internal.(*typedArrayData)
		for i := 0; i < t.length; i++ {
			d.put(t.length-1-i, t.get(i))
		}
		return ObjectValue(out)
	}},
	{"toSorted", 1, func(r *Runtime, this Value, args []Value) Value {
		cmp := r.typedComparator(args)
		t := r.thisTypedArray(this)
		out := r.newTypedArray(t.kind, t.length, nil)
		d := out.Internal.(*typedArrayData)
		for i, v := range r.typedSorted(t, cmp) {
			d.put(i, v)
		}
		return ObjectValue(out)
	}},
	{"with", 2, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		i := r.ToIntegerOrInfinity(Arg(args, 0))
		if i < 0 {
			i += float64(t.length)
		}
		v := r.toElement(t.kind, Arg(args, 1))
		if i < 0 || i >= float64(t.length) {
			r.ThrowRangeError("Invalid typed array index")
		}
		out := r.newTypedArray(t.kind, t.length, nil)
		d := out.Internal.(*typedArrayData)
		for j := 0; j < t.length; j++ {
			d.put(j, t.get(j))
		}
		d.put(int(i), v)
		return ObjectValue(out)
	}},
	{"toLocaleString", 0, func(r *Runtime, this Value, args []Value) Value {
		t := r.thisTypedArray(this)
		parts := make([]string, t.length)
		for i := range parts {
			parts[i] = r.ToString(r.Call(r.GetV(t.get(i), StrKey("toLocaleString")), t.get(i))).GoString()
		}
		return Str(strings.Join(parts, ","))
	}},
}

func (r *Runtime) thisTypedArray(this Value) *typedArrayData {
	if o := this.AsObject(); o != nil {
		if t := typedArrayOf(o); t != nil {
			return t
		}
	}
	r.ThrowTypeError("this is not a typed array.")
	return nil
}

func (r *Runtime) thisTypedArrayGetter(this Value, name string) *typedArrayData {
	if o := this.AsObject(); o != nil {
		if t := typedArrayOf(o); t != nil {
			return t
		}
	}
	r.incompatibleReceiver("get TypedArray.prototype."+name, this)
	return nil
}

func (r *Runtime) typedCallback(args []Value) Value {
	fn := Arg(args, 0)
	if !fn.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.describeForError(fn))
	}
	return fn
}

// typedEach calls the callback on every element; visit returns true to stop.
func (r *Runtime) typedEach(this Value, args []Value, method string, visit func(i int, v, res Value) bool) {
	t := r.thisTypedArray(this)
	fn := r.typedCallback(args)
	for i := 0; i < t.length; i++ {
		v := t.get(i)
		if visit(i, v, r.Call(fn, Arg(args, 1), v, Int(i), this)) {
			return
		}
	}
}

func (r *Runtime) typedFind(this Value, args []Value, method string, index, last bool) Value {
	t := r.thisTypedArray(this)
	fn := r.typedCallback(args)
	for n := 0; n < t.length; n++ {
		i := n
		if last {
			i = t.length - 1 - n
		}
		v := t.get(i)
		if ToBoolean(r.Call(fn, Arg(args, 1), v, Int(i), this)) {
			if index {
				return Int(i)
			}
			return v
		}
	}
	if index {
		return Int(-1)
	}
	return Undefined
}

func (r *Runtime) typedIndexOf(this Value, args []Value, eq func(a, b Value) bool, last bool) int {
	t := r.thisTypedArray(this)
	if t.length == 0 {
		return -1
	}
	target := Arg(args, 0)
	if !last {
		from, _ := relativeRange(r, Arg(args, 1), Undefined, t.length)
		for i := from; i < t.length; i++ {
			if eq(t.get(i), target) {
				return i
			}
		}
		return -1
	}
	from := t.length - 1
	if len(args) > 1 {
		n := r.ToIntegerOrInfinity(args[1])
		if n < 0 {
			n += float64(t.length)
		}
		from = int(min(n, float64(t.length-1)))
	}
	for i := from; i >= 0; i-- {
		if eq(t.get(i), target) {
			return i
		}
	}
	return -1
}

func (r *Runtime) typedReduce(this Value, args []Value, right bool) Value {
	t := r.thisTypedArray(this)
	fn := r.typedCallback(args)
	idx := func(n int) int {
		if right {
			return t.length - 1 - n
		}
		return n
	}
	n := 0
	var acc Value
	if len(args) > 1 {
		acc = args[1]
	} else {
		if t.length == 0 {
			r.ThrowTypeError("Reduce of empty array with no initial value")
		}
		acc = t.get(idx(0))
		n = 1
	}
	for ; n < t.length; n++ {
		i := idx(n)
		acc = r.Call(fn, Undefined, acc, t.get(i), Int(i), this)
	}
	return acc
}

func (r *Runtime) typedComparator(args []Value) Value {
	cmp := Arg(args, 0)
	if !cmp.IsUndefined() && !cmp.IsCallable() {
		r.ThrowTypeError("The comparison function must be either a function or undefined: %s", r.safeToString(cmp))
	}
	return cmp
}

// typedSorted returns the elements sorted numerically (the default order, -0 before +0), or by
// the comparator.
func (r *Runtime) typedSorted(t *typedArrayData, cmp Value) []Value {
	vals := make([]Value, t.length)
	for i := range vals {
		vals[i] = t.get(i)
	}
	if cmp.IsUndefined() {
		sort.SliceStable(vals, func(i, j int) bool { return typedLess(vals[i], vals[j]) })
		return vals
	}
	sort.SliceStable(vals, func(i, j int) bool { return r.ToNumber(r.Call(cmp, Undefined, vals[i], vals[j])) < 0 })
	return vals
}

func typedLess(a, b Value) bool {
	if a.kind == KindBigInt {
		return a.BigInt().Cmp(b.BigInt()) < 0
	}
	x, y := a.num, b.num
	switch {
	case x != x:
		return false
	case y != y:
		return true
	case x == 0 && y == 0:
		return math.Signbit(x) && !math.Signbit(y)
	}
	return x < y
}

// typedSpeciesConstructor is the species constructor when it is not the receiver's own kind.
func (r *Runtime) typedSpeciesConstructor(o *Object) *Object {
	t := typedArrayOf(o)
	c := r.GetStr(o, "constructor")
	if c.IsUndefined() {
		return nil
	}
	co := c.AsObject()
	if co == nil {
		r.ThrowTypeError("object.constructor is not an object")
	}
	s := r.Get(co, symKey(r.Symbols.Species), c)
	if s.IsNullish() || s.AsObject() == r.typed().ctors[t.kind] {
		return nil
	}
	if !s.IsConstructor() {
		r.ThrowTypeError("object.constructor[Symbol.species] is not a constructor")
	}
	return s.Object()
}

// typedSpeciesFrom is TypedArraySpeciesCreate(o, « n ») filled with vals.
func (r *Runtime) typedSpeciesFrom(o *Object, vals []Value) *Object {
	t := typedArrayOf(o)
	if c := r.typedSpeciesConstructor(o); c != nil {
		out := r.Construct(c, []Value{Int(len(vals))}, nil).AsObject()
		if out == nil || typedArrayOf(out) == nil {
			r.ThrowTypeError("this is not a typed array.")
		}
		for i, v := range vals {
			r.Set(out, IndexKey(uint32(i)), v, ObjectValue(out))
		}
		return out
	}
	out := r.newTypedArray(t.kind, len(vals), nil)
	d := out.Internal.(*typedArrayData)
	for i, v := range vals {
		d.put(i, r.toElement(t.kind, v))
	}
	return out
}

// typedArraySet is %TypedArray%.prototype.set(source, offset).
func typedArraySet(r *Runtime, this Value, args []Value) Value {
	t := r.thisTypedArray(this)
	off := r.ToIntegerOrInfinity(Arg(args, 1))
	if off < 0 {
		r.ThrowRangeError("offset is out of bounds")
	}
	src := Arg(args, 0)
	var vals []Value
	if so := src.AsObject(); so != nil && typedArrayOf(so) != nil {
		s := typedArrayOf(so)
		if s.kind.bigint != t.kind.bigint {
			r.ThrowTypeError("Content type mismatch: Cannot mix BigInt and other types, use explicit conversions")
		}
		for i := 0; i < s.length; i++ {
			vals = append(vals, s.get(i))
		}
	} else {
		o := r.ToObject(src)
		n := int(r.lengthOfArrayLike(o))
		if float64(n)+off > float64(t.length) {
			r.ThrowRangeError("offset is out of bounds")
		}
		for i := 0; i < n; i++ {
			vals = append(vals, r.toElement(t.kind, r.Get(o, IndexKey(uint32(i)), ObjectValue(o))))
		}
	}
	if float64(len(vals))+off > float64(t.length) {
		r.ThrowRangeError("offset is out of bounds")
	}
	for i, v := range vals {
		t.put(int(off)+i, v)
	}
	return Undefined
}

// typedArrayStaticOf and typedArrayFrom are the statics on %TypedArray%; `this` is the
// concrete constructor.
func typedArrayStaticOf(r *Runtime, this Value, args []Value) Value {
	return ObjectValue(r.typedCreateFromList(this, args))
}

func typedArrayFrom(r *Runtime, this Value, args []Value) Value {
	src, mapFn := Arg(args, 0), Arg(args, 1)
	if !mapFn.IsUndefined() && !mapFn.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.describeForError(mapFn))
	}
	var vals []Value
	if m := r.GetV(src, symKey(r.Symbols.Iterator)); !m.IsNullish() {
		vals = r.IterableToList(src)
	} else {
		o := r.ToObject(src)
		vals = make([]Value, r.lengthOfArrayLike(o))
		for i := range vals {
			vals[i] = r.Get(o, IndexKey(uint32(i)), ObjectValue(o))
		}
	}
	if !mapFn.IsUndefined() {
		for i, v := range vals {
			vals[i] = r.Call(mapFn, Arg(args, 2), v, Int(i))
		}
	}
	return ObjectValue(r.typedCreateFromList(this, vals))
}

func (r *Runtime) typedCreateFromList(ctor Value, vals []Value) *Object {
	if !ctor.IsConstructor() {
		r.ThrowTypeError("%s is not a constructor", r.describeForError(ctor))
	}
	out := r.Construct(ctor.Object(), []Value{Int(len(vals))}, nil).AsObject()
	if out == nil || typedArrayOf(out) == nil {
		r.ThrowTypeError("this is not a typed array.")
	}
	for i, v := range vals {
		r.Set(out, IndexKey(uint32(i)), v, ObjectValue(out))
	}
	return out
}
