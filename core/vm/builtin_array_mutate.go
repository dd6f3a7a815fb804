package vm

import "math"

// Array.prototype methods that change the receiver (push, pop, shift, unshift, splice, reverse,
// fill, copyWithin) and their copying twins (toReversed, toSpliced, with). Each has the spec's
// generic algorithm plus a fast path for packed arrays, which is also how V8 keeps a packed
// array packed: the generic algorithm deletes elements and would make it holey.

// packedArray reports a plain array whose elements are all own, present and default-attributed,
// with nothing indexed on its prototypes: operating on o.elements directly is then unobservable.
func (r *Runtime) packedArray(o *Object) bool {
	if o.hc.InstanceType != TypeArray || o.sparse != nil || o.elemAttr != AttrDefault ||
		o.nonExtensible || o.Internal == arrayLengthReadOnly || uint32(len(o.elements)) != o.length {
		return false
	}
	if k := o.hc.Elements; k%2 != 0 || k >= DictionaryElements {
		for _, v := range o.elements {
			if v.kind == KindHole {
				return false
			}
		}
	}
	return r.protosHaveNoElements(o)
}

func (r *Runtime) protosHaveNoElements(o *Object) bool {
	for p := o.hc.Proto; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy || p.hc.InstanceType == TypePrimitiveWrapper || len(p.elements) != 0 || p.sparse != nil {
			return false
		}
	}
	return true
}

// setLengthOrThrow is Set(O, "length", n, true).
func (r *Runtime) setLengthOrThrow(o *Object, n int64) {
	r.setOrThrow(o, StrKey("length"), Number(float64(n)))
}

func arrayPush(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	if r.packedArray(o) && int64(o.length)+int64(len(args)) < math.MaxUint32 {
		for _, v := range args {
			r.setElement(o, o.length, v)
		}
		return Int(int(o.length))
	}
	n := r.lengthOfArrayLike(o)
	if n+int64(len(args)) > 1<<53-1 {
		r.ThrowTypeError("Pushing %d elements on an array-like of length %d is disallowed, as the total surpasses 2**53-1", len(args), n)
	}
	for _, v := range args {
		r.setOrThrow(o, arrayKey(n), v)
		n++
	}
	r.setLengthOrThrow(o, n)
	return Number(float64(n))
}

func arrayPop(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	if r.packedArray(o) {
		if o.length == 0 {
			return Undefined
		}
		v := o.elements[o.length-1]
		r.setArrayLength(o, o.length-1)
		return v
	}
	n := r.lengthOfArrayLike(o)
	if n == 0 {
		r.setLengthOrThrow(o, 0)
		return Undefined
	}
	k := arrayKey(n - 1)
	v := r.Get(o, k, ObjectValue(o))
	r.deleteOrThrow(o, k)
	r.setLengthOrThrow(o, n-1)
	return v
}

func arrayShift(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	if r.packedArray(o) {
		if o.length == 0 {
			return Undefined
		}
		v := o.elements[0]
		copy(o.elements, o.elements[1:])
		r.setArrayLength(o, o.length-1)
		return v
	}
	n := r.lengthOfArrayLike(o)
	if n == 0 {
		r.setLengthOrThrow(o, 0)
		return Undefined
	}
	first := r.Get(o, IndexKey(0), ObjectValue(o))
	r.moveElements(o, 1, 0, n-1)
	r.deleteOrThrow(o, arrayKey(n-1))
	r.setLengthOrThrow(o, n-1)
	return first
}

// moveElements copies count elements from index from to index to (holes become deletions),
// walking in the direction that never overwrites a source before it is read.
func (r *Runtime) moveElements(o *Object, from, to, count int64) {
	step := func(k int64) {
		fk, tk := arrayKey(from+k), arrayKey(to+k)
		if v, ok := r.getPresent(o, fk); ok {
			r.setOrThrow(o, tk, v)
		} else {
			r.deleteOrThrow(o, tk)
		}
	}
	if from > to {
		for k := int64(0); k < count; k++ {
			step(k)
		}
	} else {
		for k := count - 1; k >= 0; k-- {
			step(k)
		}
	}
}

func arrayUnshift(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	if r.packedArray(o) && int64(o.length)+int64(len(args)) < math.MaxUint32 {
		if len(args) > 0 {
			old := o.elements
			ne := make([]Value, 0, len(old)+len(args))
			ne = append(append(ne, args...), old...)
			o.elements, o.cow = ne, false
			o.length = uint32(len(ne))
			for _, v := range args {
				r.noteElementKind(o, v, false)
			}
		}
		return Int(int(o.length))
	}
	n := r.lengthOfArrayLike(o)
	c := int64(len(args))
	if c > 0 {
		if n+c > 1<<53-1 {
			r.ThrowTypeError("Invalid array length")
		}
		r.moveElements(o, 0, c, n)
		for j, v := range args {
			r.setOrThrow(o, arrayKey(int64(j)), v)
		}
	}
	r.setLengthOrThrow(o, n+c)
	return Number(float64(n + c))
}

func arrayReverse(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	if r.packedArray(o) {
		e := o.elements
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return ObjectValue(o)
	}
	n := r.lengthOfArrayLike(o)
	for lower := int64(0); lower < n/2; lower++ {
		upper := n - 1 - lower
		lk, uk := arrayKey(lower), arrayKey(upper)
		lv, lok := r.getPresent(o, lk)
		uv, uok := r.getPresent(o, uk)
		switch {
		case lok && uok:
			r.setOrThrow(o, lk, uv)
			r.setOrThrow(o, uk, lv)
		case uok:
			r.setOrThrow(o, lk, uv)
			r.deleteOrThrow(o, uk)
		case lok:
			r.deleteOrThrow(o, lk)
			r.setOrThrow(o, uk, lv)
		}
	}
	return ObjectValue(o)
}

func arrayFill(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	v := Arg(args, 0)
	start := r.relativeIndex(Arg(args, 1), n, 0)
	end := r.relativeIndex(Arg(args, 2), n, n)
	if start < end {
		r.fillElementsKind(o, v, start, end)
	}
	for k := start; k < end; k++ {
		r.setOrThrow(o, arrayKey(k), v)
	}
	return ObjectValue(o)
}

// fillElementsKind is the elements-kind half of V8's TryFastArrayFill (builtins-array.cc),
// which runs for a fast array whose elements can be added to: the array takes the kind the
// value needs (OptimalElementsKind: PACKED_SMI for a Smi, PACKED_DOUBLE for another number,
// PACKED otherwise). A fill of the whole array of an initial array map (no named properties)
// may go backwards, as no old element survives (GetReplacedElementsKindsMap): holey becomes
// packed, `[1.5, 2.5].fill(1)` PACKED_SMI, `['a'].fill(1.5)` PACKED_DOUBLE; any other fill
// only generalizes the kind. The stores that follow then fit the kind.
func (r *Runtime) fillElementsKind(o *Object, v Value, start, end int64) {
	if o.hc.InstanceType != TypeArray || !isFastKind(o.hc.Elements) || o.sparse != nil || o.nonExtensible ||
		o.Internal == arrayLengthReadOnly || !r.protosHaveNoElements(o) {
		return // GenericArrayFill: the stores decide
	}
	origin, target := o.hc.Elements, PackedElements
	switch {
	case v.IsSmi():
		target = PackedSmiElements
	case v.kind == KindNumber:
		target = PackedDoubleElements
	}
	if target == origin {
		return
	}
	if start == 0 && end == int64(o.length) {
		if m := r.initialArrayMapAs(o.hc, target); m != nil {
			if isDoubleKind(origin) != isDoubleKind(target) {
				zero := Int(0) // NewFixedArrayWithZeroes / NewFixedDoubleArray
				if isDoubleKind(target) {
					zero = boxedNumber(0)
				}
				o.elements = make([]Value, end)
				for i := range o.elements {
					o.elements[i] = zero
				}
				o.elemCap = uint32(end)
				r.Heap.syncBacking(o)
			}
			if r.interp.rec != nil || r.Options.TraceMaps {
				r.reportMapEdge(o.hc, m, target.String(), "elements", false)
			}
			o.hc = m
			return
		}
	}
	if moreGeneralKind(origin, target) {
		r.setElementsKind(o, generalElementsKind(origin, target))
	}
}

func isDoubleKind(k ElementsKind) bool { return k == PackedDoubleElements || k == HoleyDoubleElements }

// generalElementsKind is GetMoreGeneralElementsKind for fast kinds: SMI < DOUBLE < ELEMENTS,
// holey if either is.
func generalElementsKind(a, b ElementsKind) ElementsKind {
	return max(a&^1, b&^1) | (a|b)&1
}

// initialArrayMapAs is GetReplacedElementsKindsMap's fast check: when m is the realm's initial
// array map of its kind (an array with no named properties), the initial map of kind k.
func (r *Runtime) initialArrayMapAs(m *HiddenClass, k ElementsKind) *HiddenClass {
	if m.Dictionary || m.Proto != r.Intrinsics.ArrayPrototype {
		return nil
	}
	root := m
	for root.Parent != nil {
		root = root.Parent
	}
	if root.Elements != PackedSmiElements || len(root.Descriptors) != len(m.Descriptors) {
		return nil
	}
	if from, _ := r.asElementsKind(root, m.Elements); from != m {
		return nil
	}
	to, _ := r.asElementsKind(root, k)
	return to
}

func arrayCopyWithin(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	to := r.relativeIndex(Arg(args, 0), n, 0)
	from := r.relativeIndex(Arg(args, 1), n, 0)
	end := r.relativeIndex(Arg(args, 2), n, n)
	count := min(end-from, n-to)
	if count > 0 {
		r.moveElements(o, from, to, count)
	}
	return ObjectValue(o)
}

// spliceCounts is the start/deleteCount/items handling shared by splice and toSpliced.
func (r *Runtime) spliceCounts(args []Value, n int64) (start, del int64, items []Value) {
	start = r.relativeIndex(Arg(args, 0), n, 0)
	switch len(args) {
	case 0:
	case 1:
		del = n - start
	default:
		dc := r.ToIntegerOrInfinity(args[1])
		del = int64(math.Min(math.Max(dc, 0), float64(n-start)))
		items = args[2:]
	}
	return
}

func arraySplice(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	start, del, items := r.spliceCounts(args, n)
	ic := int64(len(items))
	if n+ic-del > 1<<53-1 {
		r.ThrowTypeError("Invalid array length")
	}
	if r.packedArray(o) && r.speciesConstructor(o) == nil && n+ic-del < math.MaxUint32 {
		removed := append([]Value(nil), o.elements[start:start+del]...)
		ne := make([]Value, 0, n+ic-del)
		ne = append(append(append(ne, o.elements[:start]...), items...), o.elements[start+del:]...)
		o.elements, o.cow = ne, false
		o.length = uint32(len(ne))
		for _, v := range items {
			r.noteElementKind(o, v, false)
		}
		out := &resultArray{vals: removed}
		out.keepSourceKind(o)
		return r.resultDone(out, false, del)
	}
	out := r.newResultArray(o, del, true)
	out.keepSourceKind(o)
	for k := int64(0); k < del; k++ {
		if v, ok := r.getPresent(o, arrayKey(start+k)); ok {
			r.resultSet(out, k, v)
		}
	}
	res := r.resultDone(out, true, del)
	switch {
	case ic < del:
		r.moveElements(o, start+del, start+ic, n-del-start)
		for k := n; k > n-del+ic; k-- {
			r.deleteOrThrow(o, arrayKey(k-1))
		}
	case ic > del:
		r.moveElements(o, start+del, start+ic, n-del-start)
	}
	for j, v := range items {
		r.setOrThrow(o, arrayKey(start+int64(j)), v)
	}
	r.setLengthOrThrow(o, n-del+ic)
	return res
}

// readAll reads elements [0, n) with holes as undefined (the copying methods' view).
func (r *Runtime) readAll(o *Object, n int64) []Value {
	if n > math.MaxUint32 {
		r.ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, n)
	for k := range vals {
		vals[k] = r.Get(o, IndexKey(uint32(k)), ObjectValue(o))
	}
	return vals
}

func arrayToReversed(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	if n > math.MaxUint32 {
		r.ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, n)
	for k := int64(0); k < n; k++ {
		vals[k] = r.Get(o, arrayKey(n-1-k), ObjectValue(o))
	}
	return ObjectValue(r.NewArray(vals))
}

func arrayToSpliced(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	start, del, items := r.spliceCounts(args, n)
	newLen := n + int64(len(items)) - del
	if newLen > 1<<53-1 {
		r.ThrowTypeError("Invalid array length")
	}
	if newLen > math.MaxUint32 {
		r.ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, 0, newLen)
	for k := int64(0); k < start; k++ {
		vals = append(vals, r.Get(o, arrayKey(k), ObjectValue(o)))
	}
	vals = append(vals, items...)
	for k := start + del; k < n; k++ {
		vals = append(vals, r.Get(o, arrayKey(k), ObjectValue(o)))
	}
	return r.copyWithSourceKind(o, vals)
}

func arrayWith(r *Runtime, this Value, args []Value) Value {
	o := r.ToObject(this)
	n := r.lengthOfArrayLike(o)
	rel := r.ToIntegerOrInfinity(Arg(args, 0))
	idx := rel
	if rel < 0 {
		idx = float64(n) + rel
	}
	if idx >= float64(n) || idx < 0 {
		r.ThrowRangeError("Invalid index : %s", NumberToString(rel))
	}
	if n > math.MaxUint32 {
		r.ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, n)
	for k := int64(0); k < n; k++ {
		if k == int64(idx) {
			vals[k] = Arg(args, 1)
		} else {
			vals[k] = r.Get(o, arrayKey(k), ObjectValue(o))
		}
	}
	return r.copyWithSourceKind(o, vals)
}

// copyWithSourceKind is the result of toSpliced and with: V8's fast paths copy a fast packed
// source's backing store, so `[1, 'a'].with(1, 2)` stays PACKED_ELEMENTS (a holey source's holes
// read as undefined, which makes the copy PACKED_ELEMENTS anyway).
func (r *Runtime) copyWithSourceKind(o *Object, vals []Value) Value {
	out := &resultArray{vals: vals}
	if o.hc.InstanceType == TypeArray && isFastKind(o.hc.Elements) {
		out.kind = o.hc.Elements &^ 1
	}
	return r.resultDone(out, false, int64(len(vals)))
}
