package vm

// Array.prototype.sort and toSorted. undefined sorts last and holes after it; the rest is sorted
// by a port of V8's TimSort (third_party/v8/builtins/array-sort.tq), comparator calls included,
// so even inconsistent comparators (a random shuffle) give V8's order.

func (r *Runtime) checkComparator(v Value) {
	if !v.IsUndefined() && !v.IsCallable() {
		r.ThrowTypeError("The comparison function must be either a function or undefined: %s", r.noSideEffectsToString(v))
	}
}

// sortCompare is SortCompare for two non-undefined values: negative when x sorts first.
func (r *Runtime) sortCompare(cmp Value, x, y Value) float64 {
	if !cmp.IsUndefined() {
		f := r.ToNumber(r.Call(cmp, Undefined, x, y))
		if f != f {
			return 0
		}
		return f
	}
	if x.kind == KindNumber && y.kind == KindNumber && x.IsSmi() && y.IsSmi() && x.num >= 0 && y.num >= 0 {
		// Same digit count compares numerically; otherwise fall back to the strings.
		if decimalDigits(x.num) == decimalDigits(y.num) {
			return x.num - y.num
		}
	}
	return float64(r.ToString(x).Compare(r.ToString(y)))
}

func decimalDigits(f float64) int {
	n := 1
	for f >= 10 {
		f /= 10
		n++
	}
	return n
}

// sortValues sorts vals in place: undefineds go to the end, the rest by V8's TimSort.
func (r *Runtime) sortValues(vals []Value, cmp Value) {
	defined := vals[:0:0]
	undef := 0
	for _, v := range vals {
		if v.IsUndefined() {
			undef++
		} else {
			defined = append(defined, v)
		}
	}
	ts := &timSort{r: r, cmp: cmp, a: defined, minGallop: minGallopWins}
	ts.sort()
	copy(vals, defined)
	for i := len(defined); i < len(vals); i++ {
		vals[i] = Undefined
	}
}

func arraySort(r *Runtime, this Value, args []Value) Value {
	cmp := Arg(args, 0)
	r.checkComparator(cmp)
	o := r.ToObject(this)
	if r.packedArray(o) {
		vals := append([]Value(nil), o.elements...)
		r.sortValues(vals, cmp)
		// The comparator may have changed the array; write back only if it is still packed.
		if r.packedArray(o) && len(o.elements) == len(vals) {
			copy(o.elements, vals)
			return ObjectValue(o)
		}
		for i, v := range vals {
			r.setOrThrow(o, IndexKey(uint32(i)), v)
		}
		return ObjectValue(o)
	}
	n := r.lengthOfArrayLike(o)
	var vals []Value
	for k := int64(0); k < n; k++ {
		if v, ok := r.getPresent(o, arrayKey(k)); ok {
			vals = append(vals, v)
		}
	}
	r.sortValues(vals, cmp)
	for i, v := range vals {
		r.setOrThrow(o, arrayKey(int64(i)), v)
	}
	for k := int64(len(vals)); k < n; k++ {
		r.deleteOrThrow(o, arrayKey(k))
	}
	return ObjectValue(o)
}

func arrayToSorted(r *Runtime, this Value, args []Value) Value {
	cmp := Arg(args, 0)
	r.checkComparator(cmp)
	o := r.ToObject(this)
	vals := r.readAll(o, r.lengthOfArrayLike(o))
	r.sortValues(vals, cmp)
	a := r.NewArray(vals)
	// V8 sorts a boxed work array and copies it into PACKED_SMI_ELEMENTS when every value is a
	// Smi, else PACKED_ELEMENTS (doubles included); lengths 0 and 1 take the generic path
	// (ArrayTimSortIntoCopy, ArrayPrototypeToSorted).
	if k := a.hc.Elements; len(vals) > 1 && k != PackedSmiElements && k != PackedElements {
		r.setElementsKind(a, PackedElements)
	}
	return ObjectValue(a)
}
