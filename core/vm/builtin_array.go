package vm

import (
	"math"
	"strconv"
)

// Array constructor, its statics, and the helpers every Array.prototype method shares:
// generic array-like access (spec indices go up to 2^53-1), species creation and V8's messages.

func init() { registerBuiltins(20, "array", installArray) }

func installArray(r *Runtime) {
	in := &r.Intrinsics
	proto := in.ArrayPrototype
	ctor := r.NewNativeConstructor("Array", 1, proto,
		func(r *Runtime, this Value, args []Value) Value { return r.constructArray(args, nil) },
		func(r *Runtime, args []Value, newTarget *Object) Value { return r.constructArray(args, newTarget) })
	in.Array = ctor
	r.DefineMethod(ctor, "isArray", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.IsArrayValue(Arg(args, 0)))
	})
	r.DefineMethod(ctor, "from", 1, arrayFrom)
	r.DefineMethod(ctor, "of", 0, arrayOf)
	r.defineSpeciesGetter(ctor)
	r.installArrayPrototype(proto)
	r.installArrayIterator()
	r.DefineData(r.Global, StrKey("Array"), ObjectValue(ctor), AttrHidden)
}

// defineSpeciesGetter installs `get [Symbol.species]() { return this }`.
func (r *Runtime) defineSpeciesGetter(ctor *Object) {
	g := r.NewNativeFunction("get [Symbol.species]", 0, func(r *Runtime, this Value, args []Value) Value { return this })
	r.DefineAccessor(ctor, PropKey(SymbolKey(r.Symbols.Species)), g, nil, AttrConfigurable)
}

func (r *Runtime) constructArray(args []Value, newTarget *Object) Value {
	var a *Object
	switch {
	case len(args) == 1 && args[0].kind == KindNumber:
		n := args[0].num
		u := ToUint32(n)
		if float64(u) != n {
			r.ThrowRangeError("Invalid array length")
		}
		a = r.NewArrayWithLength(u)
	case len(args) == 1:
		a = r.NewArray([]Value{args[0]})
	default:
		a = r.NewArray(append([]Value(nil), args...))
	}
	if newTarget != nil && newTarget != r.Intrinsics.Array {
		if p := r.GetPrototypeFromConstructor(newTarget, r.Intrinsics.ArrayPrototype); p != a.hc.Proto {
			r.SetPrototypeOf(a, p)
		}
	}
	return ObjectValue(a)
}

// IsArrayValue is IsArray(argument), which sees through proxies.
func (r *Runtime) IsArrayValue(v Value) bool {
	o := v.AsObject()
	for o != nil && o.hc.InstanceType == TypeProxy {
		pd := o.Internal.(*ProxyData)
		if pd.Handler == nil {
			r.ThrowTypeError("Cannot perform 'IsArray' on a proxy that has been revoked")
		}
		o = pd.Target
	}
	return o != nil && o.IsArray()
}

func arrayOf(r *Runtime, this Value, args []Value) Value {
	if !this.IsConstructor() || this.AsObject() == r.Intrinsics.Array {
		return ObjectValue(r.NewArray(append([]Value(nil), args...)))
	}
	a := r.Construct(this.Object(), []Value{Int(len(args))}, nil).Object()
	for i, v := range args {
		r.createDataPropertyOrThrow(a, IndexKey(uint32(i)), v)
	}
	r.setOrThrow(a, StrKey("length"), Int(len(args)))
	return ObjectValue(a)
}

func arrayFrom(r *Runtime, this Value, args []Value) Value {
	items, mapFn, thisArg := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	if !mapFn.IsUndefined() && !mapFn.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.callableDesc(mapFn))
	}
	plain := !this.IsConstructor() || this.AsObject() == r.Intrinsics.Array
	mapped := func(v Value, k int64) Value {
		if mapFn.IsUndefined() {
			return v
		}
		return r.Call(mapFn, thisArg, v, Number(float64(k)))
	}
	using := Undefined
	if !items.IsNullish() {
		using = r.GetV(items, PropKey(SymbolKey(r.Symbols.Iterator)))
	}
	if !using.IsNullish() {
		if !using.IsCallable() {
			r.ThrowTypeError("%s is not iterable", r.describeForIterable(items))
		}
		var a *Object
		var vals []Value
		if !plain {
			a = r.Construct(this.Object(), nil, nil).Object()
		}
		it := r.iteratorFromMethod(items, using)
		var k int64
		for {
			v, ok := r.Step(it)
			if !ok {
				break
			}
			if !mapFn.IsUndefined() {
				v = r.callClosingOnThrow(it, func() Value { return mapped(v, k) })
			}
			if plain {
				vals = append(vals, v)
			} else {
				r.callClosingOnThrow(it, func() Value { r.createDataPropertyOrThrow(a, arrayKey(k), v); return Undefined })
			}
			k++
		}
		if plain {
			a = r.NewArray(vals)
			if len(vals) > 0 && a.hc.Elements < PackedElements && collectsGeneric(items) {
				r.setElementsKind(a, PackedElements)
			}
			return ObjectValue(a)
		}
		r.setOrThrow(a, StrKey("length"), Number(float64(k)))
		return ObjectValue(a)
	}
	if items.IsNullish() {
		r.ThrowTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", r.callableDesc(items))
	}
	src := r.ToObject(items)
	n := r.lengthOfArrayLike(src)
	if plain {
		if n > math.MaxUint32 {
			r.ThrowRangeError("Invalid array length")
		}
		vals := make([]Value, n)
		for k := int64(0); k < n; k++ {
			vals[k] = mapped(r.Get(src, arrayKey(k), ObjectValue(src)), k)
		}
		return ObjectValue(r.NewArray(vals))
	}
	a := r.Construct(this.Object(), []Value{Number(float64(n))}, nil).Object()
	for k := int64(0); k < n; k++ {
		r.createDataPropertyOrThrow(a, arrayKey(k), mapped(r.Get(src, arrayKey(k), ObjectValue(src)), k))
	}
	r.setOrThrow(a, StrKey("length"), Number(float64(n)))
	return ObjectValue(a)
}

// collectsGeneric reports the iterables V8's Array.from copies through a generic FixedArray
// (strings, Maps, Sets and their iterators), whose result is PACKED_ELEMENTS whatever the values.
func collectsGeneric(v Value) bool {
	if v.kind == KindString {
		return true
	}
	switch o := v.AsObject(); {
	case o == nil:
		return false
	default:
		switch o.hc.InstanceType {
		case TypeMap, TypeSet, TypeMapIterator, TypeSetIterator:
			return true
		}
	}
	return false
}

// iteratorFromMethod is GetIteratorFromMethod(obj, method).
func (r *Runtime) iteratorFromMethod(v Value, method Value) *Iterator {
	it := r.Call(method, v)
	o := it.AsObject()
	if o == nil {
		r.ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	return &Iterator{Object: o, Next: r.GetStr(o, "next")}
}

// callClosingOnThrow runs f; if it throws, the iterator is closed before the exception propagates.
func (r *Runtime) callClosingOnThrow(it *Iterator, f func() Value) Value {
	ok := false
	defer func() {
		if !ok {
			if e := recover(); e != nil {
				if _, isJS := e.(*Exception); isJS {
					r.CloseOnThrow(it)
				}
				panic(e)
			}
		}
	}()
	v := f()
	ok = true
	return v
}

// ---- shared helpers -----------------------------------------------------------------------------

// arrayKey turns an array-like index (0 ≤ i < 2^53) into a property key.
func arrayKey(i int64) Key {
	if i >= 0 && i < math.MaxUint32 {
		return IndexKey(uint32(i))
	}
	return KeyFromName(strconv.FormatInt(i, 10))
}

// lengthOfArrayLike is LengthOfArrayLike(O).
func (r *Runtime) lengthOfArrayLike(o *Object) int64 {
	if o.hc.InstanceType == TypeArray {
		return int64(o.length)
	}
	return r.ToLength(r.GetStr(o, "length"))
}

// getPresent is HasProperty(O, P) followed by Get(O, P), in one prototype walk for ordinary objects.
func (r *Runtime) getPresent(o *Object, k Key) (Value, bool) {
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			if !r.HasProperty(p, k) {
				return Undefined, false
			}
			return r.Get(o, k, ObjectValue(o)), true
		}
		v, a, ok := r.getOwn(p, k)
		if !ok {
			continue
		}
		if a&AttrAccessor != 0 {
			if g := v.accessor().Get; g != nil {
				return r.CallObject(g, ObjectValue(o), nil), true
			}
			return Undefined, true
		}
		return v, true
	}
	return Undefined, false
}

// toObjectFor is ToObject(this) with the "X called on null or undefined" message some builtins use.
func (r *Runtime) toObjectFor(this Value, method string) *Object {
	if this.IsNullish() {
		r.ThrowTypeError("%s called on null or undefined", method)
	}
	return r.ToObject(this)
}

// requireCallable throws V8's "<typeof> <value> is not a function" for a callback argument.
func (r *Runtime) requireCallable(v Value) Value {
	if !v.IsCallable() {
		r.ThrowTypeError("%s is not a function", r.callableDesc(v))
	}
	return v
}

// callableDesc renders a non-callable the way V8's default call-site text does.
func (r *Runtime) callableDesc(v Value) string {
	switch v.kind {
	case KindUndefined, KindHole:
		return "undefined"
	case KindNull:
		return "object null"
	case KindString:
		return `string "` + v.String().GoString() + `"`
	case KindNumber, KindBoolean:
		return TypeOf(v) + " " + r.ToString(v).GoString()
	case KindObject:
		if v.IsCallable() {
			return r.describeForError(v)
		}
	}
	return TypeOf(v)
}

// throwInvalidArrayLengthOnSet is the RangeError of `arr.length = -1`. Chromium reports it
// through the length accessor's setter ("Failed to set the 'length' property on 'Array': …");
// Node gives V8's bare message.
func (r *Runtime) throwInvalidArrayLengthOnSet(o *Object) {
	if r.Options.Host == "browser" {
		r.ThrowRangeError("Failed to set the 'length' property on '%s': Invalid array length", r.constructorNameOf(o))
	}
	r.ThrowRangeError("Invalid array length")
}

// incompatibleReceiver throws "Method X called on incompatible receiver Y".
func (r *Runtime) incompatibleReceiver(method string, this Value) {
	r.ThrowTypeError("Method %s called on incompatible receiver %s", method, r.noSideEffectsToString(this))
}

// setOrThrow is Set(O, P, V, true) with V8's messages for the failure cases.
func (r *Runtime) setOrThrow(o *Object, k Key, v Value) {
	if r.Set(o, k, v, ObjectValue(o)) {
		return
	}
	r.throwSetFailure(o, k)
}

func (r *Runtime) throwSetFailure(o *Object, k Key) {
	name := keyForMessage(k)
	for p := o; p != nil; p = p.hc.Proto {
		if p.hc.InstanceType == TypeProxy {
			r.ThrowTypeError("'set' on proxy: trap returned falsish for property '%s'", name)
		}
		if v, a, ok := r.getOwn(p, k); ok {
			if a&AttrAccessor != 0 && v.accessor().Set == nil {
				r.ThrowTypeError("Cannot set property %s of %s which has only a getter", name, r.noSideEffectsToString(ObjectValue(o)))
			}
			if a&AttrAccessor == 0 && !a.Writable() {
				r.ThrowTypeError("Cannot assign to read only property '%s' of object '%s'", name, r.noSideEffectsToString(ObjectValue(o)))
			}
			break
		}
	}
	r.ThrowTypeError("Cannot add property %s, object is not extensible", name)
}

// createDataPropertyOrThrow is CreateDataPropertyOrThrow.
func (r *Runtime) createDataPropertyOrThrow(o *Object, k Key, v Value) {
	if r.CreateDataProperty(o, k, v) {
		return
	}
	if _, _, exists := r.getOwn(o, k); exists || o.hc.InstanceType == TypeProxy {
		r.ThrowTypeError("Cannot redefine property: %s", keyForMessage(k))
	}
	r.ThrowTypeError("Cannot define property %s, object is not extensible", keyForMessage(k))
}

// deleteOrThrow is DeletePropertyOrThrow.
func (r *Runtime) deleteOrThrow(o *Object, k Key) {
	if !r.Delete(o, k) {
		r.ThrowTypeError("Cannot delete property '%s' of %s", keyForMessage(k), r.noSideEffectsToString(ObjectValue(o)))
	}
}

// relativeIndex clamps a relative start/end argument (negative counts from len) into [0, len].
func (r *Runtime) relativeIndex(v Value, length int64, def int64) int64 {
	if v.IsUndefined() {
		return def
	}
	f := r.ToIntegerOrInfinity(v)
	if f < 0 {
		f += float64(length)
		if f < 0 {
			return 0
		}
		return int64(f)
	}
	if f > float64(length) {
		return length
	}
	return int64(f)
}

// arraySpeciesCreate is ArraySpeciesCreate(original, length). plain reports that the result is a
// fresh ordinary array nobody else can observe yet, so callers may build it from a Go slice.
func (r *Runtime) arraySpeciesCreate(orig *Object, n int64) (a *Object, plain bool) {
	c := r.speciesConstructor(orig)
	if c == nil {
		if n > math.MaxUint32 {
			r.ThrowRangeError("Invalid array length")
		}
		return nil, true
	}
	return r.Construct(c, []Value{Number(float64(n))}, nil).Object(), false
}

// speciesConstructor returns the constructor ArraySpeciesCreate must use, or nil for %Array%.
func (r *Runtime) speciesConstructor(orig *Object) *Object {
	if !r.IsArrayValue(ObjectValue(orig)) {
		return nil
	}
	c := r.GetStr(orig, "constructor")
	if co := c.AsObject(); co != nil {
		c = r.Get(co, PropKey(SymbolKey(r.Symbols.Species)), c)
		if c.IsNull() {
			c = Undefined
		}
	}
	if c.IsUndefined() || c.AsObject() == r.Intrinsics.Array {
		return nil
	}
	if !c.IsConstructor() {
		r.ThrowTypeError("object.constructor[Symbol.species] is not a constructor")
	}
	return c.Object()
}

// resultArray collects a new array: a Go slice while the result is a plain %Array% (so its elements
// kind comes out as V8's fast paths produce it), else CreateDataPropertyOrThrow on a species object.
type resultArray struct {
	obj  *Object
	vals []Value
	// holey: V8 gives the result a HOLEY kind (results of a holey array, and of flat).
	holey bool
	// kind: the least general kind of the result, the source's for V8's fast paths that copy
	// the source's backing store (ExtractFastJSArray); the values may generalize it further.
	kind ElementsKind
}

// newResultArray starts the result of an array method. A plain result of a fast array is as
// holey as its source; of anything else (an array-like, a dictionary-elements array) it is
// ArrayCreate(n), `new Array(n)`: HOLEY_SMI, even for n = 0.
func (r *Runtime) newResultArray(orig *Object, n int64, prealloc bool) *resultArray {
	a, plain := r.arraySpeciesCreate(orig, n)
	if plain {
		k := orig.hc.Elements
		ra := &resultArray{holey: orig.hc.InstanceType != TypeArray || k%2 == 1 || !isFastKind(k)}
		if prealloc {
			ra.vals = make([]Value, n)
			for i := range ra.vals {
				ra.vals[i] = Hole
			}
		}
		return ra
	}
	return &resultArray{obj: a}
}

func (r *Runtime) resultSet(ra *resultArray, k int64, v Value) {
	if ra.obj != nil {
		r.createDataPropertyOrThrow(ra.obj, arrayKey(k), v)
		return
	}
	for int64(len(ra.vals)) < k {
		ra.vals = append(ra.vals, Hole)
	}
	if k < int64(len(ra.vals)) {
		ra.vals[k] = v
	} else {
		ra.vals = append(ra.vals, v)
	}
}

// resultDone finishes the array; setLength is for methods whose spec sets "length" at the end.
func (r *Runtime) resultDone(ra *resultArray, setLength bool, n int64) Value {
	if ra.obj != nil {
		if setLength {
			r.setOrThrow(ra.obj, StrKey("length"), Number(float64(n)))
		}
		return ObjectValue(ra.obj)
	}
	a := r.NewArray(ra.vals)
	k := a.hc.Elements
	if ra.holey {
		k |= 1
	}
	if k = generalElementsKind(k, ra.kind); k != a.hc.Elements {
		r.setElementsKind(a, k)
	}
	return ObjectValue(a)
}

// keepSourceKind makes a plain result start from its source's elements kind, as V8's fast
// paths of slice, splice and filter do for a fast array (`[1, 'a'].slice(0, 1)` is
// PACKED_ELEMENTS); an arguments object's slice is HOLEY_ELEMENTS (HandleSimpleArgumentsSlice).
func (ra *resultArray) keepSourceKind(o *Object) {
	switch k := o.hc.Elements; {
	case ra.obj != nil:
	case o.hc.InstanceType == TypeArray && isFastKind(k):
		ra.kind = k
	case o.hc.InstanceType == TypeArguments:
		ra.kind = HoleyElements
	}
}
