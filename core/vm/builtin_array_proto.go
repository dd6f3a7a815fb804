package vm

import "math"

// Array.prototype: the method table (in V8's property order) and the methods that read without
// mutating: callbacks, searches, slice, concat, flat.

type arrayMethod struct {
	name   string
	length int
	fn     NativeFunc
}

// arrayProtoMethods is Array.prototype's own methods in the order V8 installs them.
var arrayProtoMethods = []arrayMethod{
	{"at", 1, arrayAt}, {"concat", 1, arrayConcat}, {"copyWithin", 2, arrayCopyWithin}, {"fill", 1, arrayFill},
	{"find", 1, arrayFind}, {"findIndex", 1, arrayFindIndex}, {"findLast", 1, arrayFindLast},
	{"findLastIndex", 1, arrayFindLastIndex}, {"lastIndexOf", 1, arrayLastIndexOf}, {"pop", 0, arrayPop},
	{"push", 1, arrayPush}, {"reverse", 0, arrayReverse}, {"shift", 0, arrayShift}, {"unshift", 1, arrayUnshift},
	{"slice", 2, arraySlice}, {"sort", 1, arraySort}, {"splice", 2, arraySplice}, {"includes", 1, arrayIncludes},
	{"indexOf", 1, arrayIndexOf}, {"join", 1, arrayJoin}, {"keys", 0, arrayKeys}, {"entries", 0, arrayEntries},
	{"values", 0, arrayValues}, {"forEach", 1, arrayForEach}, {"filter", 1, arrayFilter}, {"flat", 0, arrayFlat},
	{"flatMap", 1, arrayFlatMap}, {"map", 1, arrayMap}, {"every", 1, arrayEvery}, {"some", 1, arraySome},
	{"reduce", 1, arrayReduce}, {"reduceRight", 1, arrayReduceRight}, {"toReversed", 0, arrayToReversed},
	{"toSorted", 1, arrayToSorted}, {"toSpliced", 2, arrayToSpliced}, {"with", 2, arrayWith},
	{"toLocaleString", 0, arrayToLocaleString}, {"toString", 0, arrayToString},
}

// arrayUnscopables are the names in Array.prototype[@@unscopables], in V8's order.
var arrayUnscopables = []string{"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
	"findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"}

func (r *Runtime) installArrayPrototype(proto *Object) {
	var values *Object
	for _, m := range arrayProtoMethods {
		f := r.DefineMethod(proto, m.name, m.length, m.fn)
		if m.name == "values" {
			values = f
		}
	}
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.Iterator)), ObjectValue(values), AttrHidden)
	u := r.NewObjectWithProto(nil)
	for _, n := range arrayUnscopables {
		r.CreateDataProperty(u, StrKey(n), True)
	}
	r.DefineData(proto, PropKey(SymbolKey(r.Symbols.Unscopables)), ObjectValue(u), AttrConfigurable)
	r.arrayValues = values
}

// ---- callbacks ------------------------------------------------------------------------------------

func (r *Runtime) callbackArgs(cb, thisArg, v Value, k int64, o *Object) Value {
	return r.Call(cb, thisArg, v, Number(float64(k)), ObjectValue(o))
}

func arrayForEach(r *Runtime, this Value, args []Value) Value {
	o := r.toObjectFor(this, "Array.prototype.forEach")
	n := r.lengthOfArrayLike(o)
	cb, thisArg := r.requireCallable(Arg(args, 0)), Arg(args, 1)
	for k := int64(0); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			r.callbackArgs(cb, thisArg, v, k, o)
		}
	}
	return Undefined
}

func arrayMap(r *Runtime, this Value, args []Value) Value {
	o := r.toObjectFor(this, "Array.prototype.map")
	n := r.lengthOfArrayLike(o)
	cb, thisArg := r.requireCallable(Arg(args, 0)), Arg(args, 1)
	out := r.newResultArray(o, n, true)
	for k := int64(0); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			r.resultSet(out, k, r.callbackArgs(cb, thisArg, v, k, o))
		}
	}
	return r.resultDone(out, false, n)
}

func arrayFilter(r *Runtime, this Value, args []Value) Value {
	o := r.toObjectFor(this, "Array.prototype.filter")
	n := r.lengthOfArrayLike(o)
	cb, thisArg := r.requireCallable(Arg(args, 0)), Arg(args, 1)
	out := r.newResultArray(o, 0, false)
	out.keepSourceKind(o)
	var to int64
	for k := int64(0); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			if ToBoolean(r.callbackArgs(cb, thisArg, v, k, o)) {
				r.resultSet(out, to, v)
				to++
			}
		}
	}
	return r.resultDone(out, false, to)
}

// arraySomeEvery is some (want=true) and every (want=false).
func (r *Runtime) arraySomeEvery(this Value, args []Value, method string, want bool) Value {
	o := r.toObjectFor(this, method)
	n := r.lengthOfArrayLike(o)
	cb, thisArg := r.requireCallable(Arg(args, 0)), Arg(args, 1)
	for k := int64(0); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			if ToBoolean(r.callbackArgs(cb, thisArg, v, k, o)) == want {
				return Bool(want)
			}
		}
	}
	return Bool(!want)
}

func arraySome(r *Runtime, this Value, args []Value) Value {
	return r.arraySomeEvery(this, args, "Array.prototype.some", true)
}

func arrayEvery(r *Runtime, this Value, args []Value) Value {
	return r.arraySomeEvery(this, args, "Array.prototype.every", false)
}

// arrayFindGeneric is find/findIndex/findLast/findLastIndex: holes are visited as undefined.
func (r *Runtime) arrayFindGeneric(this Value, args []Value, method string, fromEnd bool) (Value, int64) {
	o := r.toObjectFor(this, method)
	n := r.lengthOfArrayLike(o)
	cb, thisArg := r.requireCallable(Arg(args, 0)), Arg(args, 1)
	for i := int64(0); i < n; i++ {
		k := i
		if fromEnd {
			k = n - 1 - i
		}
		v := r.Get(o, arrayKey(k), ObjectValue(o))
		if ToBoolean(r.callbackArgs(cb, thisArg, v, k, o)) {
			return v, k
		}
	}
	return Undefined, -1
}

func arrayFind(r *Runtime, this Value, args []Value) Value {
	v, _ := r.arrayFindGeneric(this, args, "Array.prototype.find", false)
	return v
}

func arrayFindIndex(r *Runtime, this Value, args []Value) Value {
	_, k := r.arrayFindGeneric(this, args, "Array.prototype.findIndex", false)
	return Number(float64(k))
}

func arrayFindLast(r *Runtime, this Value, args []Value) Value {
	v, _ := r.arrayFindGeneric(this, args, "Array.prototype.findLast", true)
	return v
}

func arrayFindLastIndex(r *Runtime, this Value, args []Value) Value {
	_, k := r.arrayFindGeneric(this, args, "Array.prototype.findLastIndex", true)
	return Number(float64(k))
}

func (r *Runtime) arrayReduceGeneric(this Value, args []Value, method string, fromEnd bool) Value {
	o := r.toObjectFor(this, method)
	n := r.lengthOfArrayLike(o)
	cb := r.requireCallable(Arg(args, 0))
	key := func(i int64) int64 {
		if fromEnd {
			return n - 1 - i
		}
		return i
	}
	i := int64(0)
	var acc Value
	if len(args) >= 2 {
		acc = args[1]
	} else {
		found := false
		for ; i < n && !found; i++ {
			acc, found = r.getPresent(o, arrayKey(key(i)))
		}
		if !found {
			r.ThrowTypeError("Reduce of empty array with no initial value")
		}
	}
	for ; i < n; i++ {
		k := key(i)
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			acc = r.Call(cb, Undefined, acc, v, Number(float64(k)), ObjectValue(o))
		}
	}
	return acc
}

func arrayReduce(r *Runtime, this Value, args []Value) Value {
	return r.arrayReduceGeneric(this, args, "Array.prototype.reduce", false)
}

func arrayReduceRight(r *Runtime, this Value, args []Value) Value {
	return r.arrayReduceGeneric(this, args, "Array.prototype.reduceRight", true)
}

// ---- searching ----------------------------------------------------------------------------------

func arrayAt(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	k := r.ToIntegerOrInfinity(Arg(args, 0))
	if k < 0 {
		k += float64(n)
	}
	if k < 0 || k >= float64(n) {
		return Undefined
	}
	return r.Get(o, arrayKey(int64(k)), ObjectValue(o))
}

// startIndex is the fromIndex handling of indexOf/includes: relative to len, clamped at 0.
func (r *Runtime) startIndex(v Value, n int64) int64 {
	f := r.ToIntegerOrInfinity(v)
	if f >= float64(n) {
		return n
	}
	if f < 0 {
		f += float64(n)
		if f < 0 {
			f = 0
		}
	}
	return int64(f)
}

func arrayIncludes(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	if n == 0 {
		return False
	}
	target := Arg(args, 0)
	for k := r.startIndex(Arg(args, 1), n); k < n; k++ {
		if SameValueZero(r.Get(o, arrayKey(k), ObjectValue(o)), target) {
			return True
		}
	}
	return False
}

func arrayIndexOf(r *Runtime, this Value, args []Value) Value {
	o := r.toObjectFor(this, "Array.prototype.indexOf")
	n := r.lengthOfArrayLike(o)
	if n == 0 {
		return Int(-1)
	}
	target := Arg(args, 0)
	for k := r.startIndex(Arg(args, 1), n); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok && StrictEquals(v, target) {
			return Number(float64(k))
		}
	}
	return Int(-1)
}

func arrayLastIndexOf(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	if n == 0 {
		return Int(-1)
	}
	k := float64(n - 1)
	if len(args) > 1 {
		f := r.ToIntegerOrInfinity(args[1])
		if f >= 0 {
			k = math.Min(f, float64(n-1))
		} else {
			k = float64(n) + f
		}
	}
	target := Arg(args, 0)
	for i := int64(k); i >= 0; i-- {
		if v, ok := r.getPresent(o, arrayKey(i)); ok && StrictEquals(v, target) {
			return Number(float64(i))
		}
	}
	return Int(-1)
}

// ---- copying ---------------------------------------------------------------------------------------

func arraySlice(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	start := r.relativeIndex(Arg(args, 0), n, 0)
	end := r.relativeIndex(Arg(args, 1), n, n)
	count := max(end-start, 0)
	out := r.newResultArray(o, count, true)
	out.keepSourceKind(o)
	var i int64
	for k := start; k < end; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			r.resultSet(out, i, v)
		}
		i++
	}
	return r.resultDone(out, true, i)
}

func (r *Runtime) isConcatSpreadable(v Value) bool {
	o := v.AsObject()
	if o == nil {
		return false
	}
	s := r.Get(o, PropKey(SymbolKey(r.Symbols.IsConcatSpreadable)), v)
	if !s.IsUndefined() {
		return ToBoolean(s)
	}
	return r.IsArrayValue(v)
}

func arrayConcat(r *Runtime, this Value, args []Value) Value {
	o := r.toObjectFor(this, "Array.prototype.concat")
	out := r.newResultArray(o, 0, false)
	var n int64
	items := append([]Value{ObjectValue(o)}, args...)
	for _, e := range items {
		if !r.isConcatSpreadable(e) {
			if n >= 1<<53-1 {
				r.ThrowTypeError("Invalid array length")
			}
			r.resultSet(out, n, e)
			n++
			continue
		}
		eo := e.Object()
		l := r.lengthOfArrayLike(eo)
		if n+l > 1<<53-1 {
			r.ThrowTypeError("Invalid array length")
		}
		if out.obj == nil && n+l > math.MaxUint32 {
			r.ThrowRangeError("Invalid array length")
		}
		for k := int64(0); k < l; k++ {
			if v, ok := r.getPresent(eo, arrayKey(k)); ok {
				r.resultSet(out, n, v)
			}
			n++
		}
	}
	r.padResult(out, n)
	if out.obj != nil {
		return r.resultDone(out, true, n)
	}
	slow, dict, double := r.concatSlowPath(items)
	if slow && !double {
		out.kind = HoleyElements
	}
	res := r.resultDone(out, true, n)
	if dict {
		r.sparsify(res.Object())
	}
	return res
}

// concatSlowPath tells which of V8's two concats runs (builtins-array.cc). Fast_ArrayConcat
// takes simple arrays only (fast elements, Array.prototype, no named property): its result has
// their most general kind. Anything else goes to Slow_ArrayConcat, whose result is
// HOLEY_ELEMENTS (ArrayConcatVisitor::ToArray), or DICTIONARY_ELEMENTS when fewer than half
// of the estimated length are elements (`[1].concat(a)` with a[5000] = 1), except that numbers
// and hole-free Smi/double arrays with at least one double make a PACKED_DOUBLE array
// (`[1].concat(2.5)`).
func (r *Runtime) concatSlowPath(items []Value) (slow, dict, double bool) {
	var length, elems int64
	kind, holes := PackedSmiElements, false
	for _, v := range items {
		o := v.AsObject()
		if o == nil || !r.isSimpleArray(o) {
			slow = true
		}
		if o == nil || o.hc.InstanceType != TypeArray {
			length, elems = length+1, elems+1
			switch {
			case v.kind == KindNumber && !v.IsSmi():
				kind = max(kind, PackedDoubleElements)
			case v.kind != KindNumber:
				kind = PackedElements
			}
			continue
		}
		kind = generalElementsKind(kind, o.hc.Elements&^1)
		if !isFastKind(o.hc.Elements) {
			kind = PackedElements
		}
		length += int64(o.length)
		if o.sparse != nil {
			elems += int64(len(o.sparse.m))
			continue
		}
		for _, e := range o.elements {
			if e.kind != KindHole {
				elems++
			} else {
				holes = true
			}
		}
		holes = holes || int64(len(o.elements)) < int64(o.length)
	}
	dict = slow && elems*2 < length
	return slow, dict, slow && !dict && kind == PackedDoubleElements && !holes
}

// isSimpleArray is V8's IsSimpleArray with fast elements: an array whose map has Array.prototype
// and no own property but length.
func (r *Runtime) isSimpleArray(o *Object) bool {
	m := o.hc
	if m.InstanceType != TypeArray || !isFastKind(m.Elements) || m.Dictionary || m.Proto != r.Intrinsics.ArrayPrototype {
		return false
	}
	root := m
	for root.Parent != nil {
		root = root.Parent
	}
	return len(root.Descriptors) == len(m.Descriptors)
}

// padResult extends a plain result with trailing holes up to length n.
func (r *Runtime) padResult(ra *resultArray, n int64) {
	if ra.obj == nil {
		for int64(len(ra.vals)) < n {
			ra.vals = append(ra.vals, Hole)
		}
	}
}

// flattenInto is FlattenIntoArray; it returns the next target index.
func (r *Runtime) flattenInto(out *resultArray, src *Object, n int64, start int64, depth float64, mapper, thisArg Value) int64 {
	target := start
	for k := int64(0); k < n; k++ {
		v, ok := r.getPresent(src, arrayKey(k))
		if !ok {
			continue
		}
		if !mapper.IsUndefined() {
			v = r.Call(mapper, thisArg, v, Number(float64(k)), ObjectValue(src))
		}
		if depth > 0 && r.IsArrayValue(v) {
			vo := v.Object()
			target = r.flattenInto(out, vo, r.lengthOfArrayLike(vo), target, depth-1, Undefined, Undefined)
			continue
		}
		if target >= 1<<53-1 {
			r.ThrowTypeError("Invalid array length")
		}
		r.resultSet(out, target, v)
		target++
	}
	return target
}

func arrayFlat(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	depth := 1.0
	if d := Arg(args, 0); !d.IsUndefined() {
		depth = max(r.ToIntegerOrInfinity(d), 0)
	}
	out := r.newResultArray(o, 0, false)
	out.holey = true
	r.flattenInto(out, o, n, 0, depth, Undefined, Undefined)
	return r.resultDone(out, false, 0)
}

func arrayFlatMap(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	mapper := r.requireCallable(Arg(args, 0))
	out := r.newResultArray(o, 0, false)
	out.holey = true
	r.flattenInto(out, o, n, 0, 1, mapper, Arg(args, 1))
	return r.resultDone(out, false, 0)
}
