package vm

import (
	"encoding/binary"
	"math"
	"math/big"
)

// Typed arrays (Int8Array … BigUint64Array): integer-indexed exotic objects whose elements are
// numbers stored in an ArrayBuffer, little-endian as on the machines V8 runs on. One table row per
// element type defines its size and its conversions; the constructors, the prototype methods and
// the console are all driven by it.

func init() { registerBuiltins(47, "typedarray", installTypedArrays) }

// typedKind is one element type. The float kinds load as HeapNumbers, integral or not (V8's
// LoadFixedTypedArrayElementAsTagged allocates one; %IsSmi(new Float64Array([2])[0]) is false).
type typedKind struct {
	name   string
	size   int
	bigint bool
	load   func(b []byte) Value
	store  func(b []byte, v Value) // v is already a Number (or a BigInt for the 64-bit kinds)
}

var le = binary.LittleEndian

var typedKinds = []*typedKind{
	{name: "Int8Array", size: 1,
		load:  func(b []byte) Value { return Int(int(int8(b[0]))) },
		store: func(b []byte, v Value) { b[0] = byte(ToInt32(v.num)) }},
	{name: "Uint8Array", size: 1,
		load:  func(b []byte) Value { return Int(int(b[0])) },
		store: func(b []byte, v Value) { b[0] = byte(ToInt32(v.num)) }},
	{name: "Uint8ClampedArray", size: 1,
		load:  func(b []byte) Value { return Int(int(b[0])) },
		store: func(b []byte, v Value) { b[0] = clampUint8(v.num) }},
	{name: "Int16Array", size: 2,
		load:  func(b []byte) Value { return Int(int(int16(le.Uint16(b)))) },
		store: func(b []byte, v Value) { le.PutUint16(b, uint16(ToInt32(v.num))) }},
	{name: "Uint16Array", size: 2,
		load:  func(b []byte) Value { return Int(int(le.Uint16(b))) },
		store: func(b []byte, v Value) { le.PutUint16(b, uint16(ToInt32(v.num))) }},
	{name: "Int32Array", size: 4,
		load:  func(b []byte) Value { return Int(int(int32(le.Uint32(b)))) },
		store: func(b []byte, v Value) { le.PutUint32(b, uint32(ToInt32(v.num))) }},
	{name: "Uint32Array", size: 4,
		load:  func(b []byte) Value { return Number(float64(le.Uint32(b))) },
		store: func(b []byte, v Value) { le.PutUint32(b, ToUint32(v.num)) }},
	{name: "Float16Array", size: 2,
		load:  func(b []byte) Value { return boxedNumber(float16ToFloat64(le.Uint16(b))) },
		store: func(b []byte, v Value) { le.PutUint16(b, float64ToFloat16(v.num)) }},
	{name: "Float32Array", size: 4,
		load:  func(b []byte) Value { return boxedNumber(float64(math.Float32frombits(le.Uint32(b)))) },
		store: func(b []byte, v Value) { le.PutUint32(b, math.Float32bits(float32(v.num))) }},
	{name: "Float64Array", size: 8,
		load:  func(b []byte) Value { return boxedNumber(math.Float64frombits(le.Uint64(b))) },
		store: func(b []byte, v Value) { le.PutUint64(b, math.Float64bits(v.num)) }},
	{name: "BigInt64Array", size: 8, bigint: true,
		load:  func(b []byte) Value { return BigIntValue(NewBigInt(big.NewInt(int64(le.Uint64(b))))) },
		store: func(b []byte, v Value) { le.PutUint64(b, bigIntLow64(v.BigInt())) }},
	{name: "BigUint64Array", size: 8, bigint: true,
		load:  func(b []byte) Value { return BigIntValue(NewBigInt(new(big.Int).SetUint64(le.Uint64(b)))) },
		store: func(b []byte, v Value) { le.PutUint64(b, bigIntLow64(v.BigInt())) }},
}

// typedArrayState holds the realm's typed array intrinsics.
type typedArrayState struct {
	arrayBufferProto, dataViewProto *Object
	typedArray, typedArrayProto     *Object // %TypedArray% and its prototype
	ctors, protos                   map[*typedKind]*Object
}

func (r *Runtime) typed() *typedArrayState {
	if r.core.typedArrays == nil {
		r.core.typedArrays = &typedArrayState{ctors: map[*typedKind]*Object{}, protos: map[*typedKind]*Object{}}
	}
	return r.core.typedArrays
}

// typedArrayData is a typed array's internal slots: [[ViewedArrayBuffer]], [[ByteOffset]],
// [[ArrayLength]] and the element type.
type typedArrayData struct {
	kind   *typedKind
	buffer *Object
	offset int
	length int
	// onHeap: the data lives in the typed array's elements, an on-heap ByteArray, as V8 keeps
	// a fresh typed array of at most typedArrayMaxSizeInHeap bytes until its buffer escapes.
	onHeap bool
}

// typedArrayMaxSizeInHeap is V8's --typed-array-max-size-in-heap (64): `new Uint16Array(10)`
// puts its 20 bytes on the heap (%DebugPrint: elements <ByteArray[20]>), `new Uint16Array(40)`
// allocates its 80 off the heap (<ByteArray[0]>, an external backing store).
const typedArrayMaxSizeInHeap = 64

// typedArrayOffHeap moves an on-heap typed array's data out of its elements, as V8's
// JSTypedArray::GetBuffer does before the buffer is handed to JavaScript.
func (r *Runtime) typedArrayOffHeap(o *Object, t *typedArrayData) {
	if t.onHeap {
		t.onHeap = false
		r.Heap.syncBacking(o)
	}
}

func (t *typedArrayData) bytes() []byte { return t.buffer.Internal.(*arrayBufferData).bytes }

func (t *typedArrayData) get(i int) Value {
	off := t.offset + i*t.kind.size
	return t.kind.load(t.bytes()[off : off+t.kind.size])
}

func (t *typedArrayData) put(i int, v Value) {
	off := t.offset + i*t.kind.size
	t.kind.store(t.bytes()[off:off+t.kind.size], v)
}

// toElement converts a value for storing (ToNumber or ToBigInt); it runs even for indices out
// of range, as the spec's TypedArraySetElement does.
func (r *Runtime) toElement(k *typedKind, v Value) Value {
	if k.bigint {
		return BigIntValue(r.ToBigInt(v))
	}
	return Number(r.ToNumber(v))
}

func installTypedArrays(r *Runtime) {
	st := r.typed()
	proto := r.NewObject()
	abstract := func(r *Runtime, args []Value, nt *Object) Value {
		r.ThrowTypeError("Abstract class TypedArray not directly constructable")
		return Undefined
	}
	ta := r.NewNativeConstructor("TypedArray", 0, proto, func(r *Runtime, this Value, args []Value) Value {
		return abstract(r, args, nil)
	}, abstract)
	st.typedArray, st.typedArrayProto = ta, proto
	r.DefineMethod(ta, "of", 0, typedArrayStaticOf)
	r.DefineMethod(ta, "from", 1, typedArrayFrom)
	r.defineSpeciesGetter(ta)
	r.installTypedArrayPrototype(proto)
	for _, k := range typedKinds {
		k := k
		p := r.NewObjectWithProto(proto)
		c := r.NewNativeConstructor(k.name, 3, p, nil, func(r *Runtime, args []Value, nt *Object) Value {
			return ObjectValue(r.constructTypedArray(k, args, r.GetPrototypeFromConstructor(nt, p)))
		})
		r.SetPrototypeOf(c, ta)
		r.DefineData(c, StrKey("BYTES_PER_ELEMENT"), Int(k.size), AttrNone)
		r.DefineData(p, StrKey("BYTES_PER_ELEMENT"), Int(k.size), AttrNone)
		st.ctors[k], st.protos[k] = c, p
		r.DefineData(r.Global, StrKey(k.name), ObjectValue(c), AttrHidden)
	}
}

// newTypedArray allocates a zeroed typed array of n elements on a fresh buffer.
func (r *Runtime) newTypedArray(k *typedKind, n int, proto *Object) *Object {
	if proto == nil {
		proto = r.typed().protos[k]
	}
	if n*k.size > maxArrayBufferLength {
		r.ThrowRangeError("Array buffer allocation failed")
	}
	buf := r.newArrayBuffer(make([]byte, n*k.size), nil)
	return r.NewObjectOfType(TypeTypedArray, proto, &typedArrayData{kind: k, buffer: buf, length: n, onHeap: n*k.size <= typedArrayMaxSizeInHeap})
}

// constructTypedArray is the [[Construct]] of every concrete typed array constructor.
func (r *Runtime) constructTypedArray(k *typedKind, args []Value, proto *Object) *Object {
	first := Arg(args, 0)
	src := first.AsObject()
	if src == nil {
		n := r.toIndex(first, "Invalid typed array length: "+r.safeToString(first))
		return r.newTypedArray(k, n, proto)
	}
	switch src.hc.InstanceType {
	case TypeArrayBuffer:
		return r.typedArrayOnBuffer(k, src, Arg(args, 1), Arg(args, 2), proto)
	case TypeTypedArray:
		s := src.Internal.(*typedArrayData)
		out := r.newTypedArray(k, s.length, proto)
		d := out.Internal.(*typedArrayData)
		if s.kind.bigint != k.bigint {
			r.ThrowTypeError("Content type mismatch: Cannot mix BigInt and other types, use explicit conversions")
		}
		for i := 0; i < s.length; i++ {
			d.put(i, s.get(i))
		}
		return out
	}
	var vals []Value
	if m := r.GetV(first, symKey(r.Symbols.Iterator)); !m.IsNullish() {
		vals = r.IterableToList(first)
	} else {
		n := int(r.lengthOfArrayLike(src))
		vals = make([]Value, n)
		for i := range vals {
			vals[i] = r.Get(src, IndexKey(uint32(i)), first)
		}
	}
	out := r.newTypedArray(k, len(vals), proto)
	d := out.Internal.(*typedArrayData)
	for i, v := range vals {
		d.put(i, r.toElement(k, v))
	}
	return out
}

func (r *Runtime) typedArrayOnBuffer(k *typedKind, buf *Object, offV, lenV Value, proto *Object) *Object {
	off := r.toIndex(offV, "Start offset "+r.safeToString(offV)+" is outside the bounds of the buffer")
	if off%k.size != 0 {
		r.ThrowRangeError("start offset of %s should be a multiple of %d", k.name, k.size)
	}
	total := len(buf.Internal.(*arrayBufferData).bytes)
	var n int
	if lenV.IsUndefined() {
		if total%k.size != 0 {
			r.ThrowRangeError("byte length of %s should be a multiple of %d", k.name, k.size)
		}
		if off > total {
			r.ThrowRangeError("Start offset %d is outside the bounds of the buffer", off)
		}
		n = (total - off) / k.size
	} else {
		n = r.toIndex(lenV, "Invalid typed array length: "+r.safeToString(lenV))
		if off+n*k.size > total {
			r.ThrowRangeError("Invalid typed array length: %d", n)
		}
	}
	return r.NewObjectOfType(TypeTypedArray, proto, &typedArrayData{kind: k, buffer: buf, offset: off, length: n})
}

// ---- the integer-indexed exotic behaviour (hooked from property.go) --------------------------

func typedArrayOf(o *Object) *typedArrayData {
	if o.hc.InstanceType == TypeTypedArray {
		return o.Internal.(*typedArrayData)
	}
	return nil
}

// typedGetOwnElement is [[GetOwnProperty]] for an index: present only inside the length.
func typedGetOwnElement(o *Object, i uint32) (Value, Attr, bool) {
	t := o.Internal.(*typedArrayData)
	if int64(i) >= int64(t.length) {
		return Undefined, 0, false
	}
	return t.get(int(i)), AttrDefault, true
}

// typedSetElement is TypedArraySetElement: convert, then write if the index is inside.
func (r *Runtime) typedSetElement(o *Object, i uint32, v Value) {
	t := o.Internal.(*typedArrayData)
	v = r.toElement(t.kind, v)
	if int64(i) < int64(t.length) {
		t.put(int(i), v)
	}
}

// typedDefineElement is [[DefineOwnProperty]] for an index.
func (r *Runtime) typedDefineElement(o *Object, i uint32, d PropertyDescriptor) bool {
	t := o.Internal.(*typedArrayData)
	if int64(i) >= int64(t.length) || d.HasConfigurable && !d.Configurable || d.HasEnumerable && !d.Enumerable ||
		d.IsAccessor() || d.HasWritable && !d.Writable {
		return false
	}
	if d.HasValue {
		r.typedSetElement(o, i, d.Value)
	}
	return true
}

func typedIndexKeys(o *Object, keys []Key) []Key {
	t := o.Internal.(*typedArrayData)
	for i := 0; i < t.length; i++ {
		keys = append(keys, IndexKey(uint32(i)))
	}
	return keys
}

// ---- number conversions ---------------------------------------------------------------------

// clampUint8 is ToUint8Clamp: round half to even, clamp to 0…255, NaN to 0.
func clampUint8(f float64) byte {
	switch {
	case !(f > 0):
		return 0
	case f >= 255:
		return 255
	}
	return byte(math.RoundToEven(f))
}

var two64 = new(big.Int).Lsh(big.NewInt(1), 64)

// bigIntLow64 is the BigInt modulo 2^64, as BigInt64 and BigUint64 elements store it.
func bigIntLow64(b *BigInt) uint64 { return new(big.Int).Mod(b.Big(), two64).Uint64() }

func float16ToFloat64(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

// float64ToFloat16 rounds to the nearest half-precision value, ties to even.
func float64ToFloat16(f float64) uint16 {
	var sign uint16
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	switch {
	case math.IsNaN(f):
		return 0x7e00
	case f >= 65520:
		return sign | 0x7c00
	case f < math.Ldexp(1, -14):
		// subnormal: units of 2^-24
		return sign | uint16(math.RoundToEven(f*(1<<24)))
	}
	frac, exp := math.Frexp(f) // f = frac * 2^exp, frac in [0.5, 1)
	m := math.RoundToEven((frac*2 - 1) * 1024)
	e := exp - 1 + 15
	if m == 1024 {
		m = 0
		e++
	}
	if e >= 0x1f {
		return sign | 0x7c00
	}
	return sign | uint16(e)<<10 | uint16(m)
}
