package vm

// Array iterators (keys, values, entries) and %ArrayIteratorPrototype%.

type arrayIterKind uint8

const (
	iterKeys arrayIterKind = iota
	iterValues
	iterEntries
)

// ArrayIteratorData is an Array Iterator's state; Target is nil once the iterator is exhausted.
type ArrayIteratorData struct {
	Target *Object
	Next   int64
	Kind   arrayIterKind
}

func (r *Runtime) installArrayIterator() {
	next := r.installIteratorProto(r.Intrinsics.ArrayIteratorPrototype, "Array Iterator", arrayIteratorNext)
	r.SetOriginalArrayIteration(r.arrayValues, next)
}

// NewArrayIterator makes an iterator over any array-like (used by Array.prototype.values and by
// `arguments`).
func (r *Runtime) NewArrayIterator(o *Object, kind arrayIterKind) *Object {
	return r.NewObjectOfType(TypeArrayIterator, r.Intrinsics.ArrayIteratorPrototype, &ArrayIteratorData{Target: o, Kind: kind})
}

func arrayKeys(r *Runtime, this Value, args []Value) Value {
	return ObjectValue(r.NewArrayIterator(r.ToObject(this), iterKeys))
}

func arrayValues(r *Runtime, this Value, args []Value) Value {
	return ObjectValue(r.NewArrayIterator(r.ToObject(this), iterValues))
}

func arrayEntries(r *Runtime, this Value, args []Value) Value {
	return ObjectValue(r.NewArrayIterator(r.ToObject(this), iterEntries))
}

func arrayIteratorNext(r *Runtime, this Value, args []Value) Value {
	it := r.iteratorState(this, TypeArrayIterator, "Array Iterator").(*ArrayIteratorData)
	o := it.Target
	if o == nil {
		return r.CreateIterResult(Undefined, true)
	}
	if it.Next >= r.lengthOfArrayLike(o) {
		it.Target = nil
		return r.CreateIterResult(Undefined, true)
	}
	k := it.Next
	it.Next++
	switch it.Kind {
	case iterKeys:
		return r.CreateIterResult(Number(float64(k)), false)
	case iterValues:
		return r.CreateIterResult(r.Get(o, arrayKey(k), ObjectValue(o)), false)
	}
	pair := r.NewArray([]Value{Number(float64(k)), r.Get(o, arrayKey(k), ObjectValue(o))})
	return r.CreateIterResult(ObjectValue(pair), false)
}
