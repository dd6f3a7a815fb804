package vm

// ArrayBuffer: a fixed-length block of bytes that typed arrays and DataViews view. V8 keeps the
// bytes off the JS heap (a BackingStore); here they are a Go slice in the object's internal slot.

func init() { registerBuiltins(46, "arraybuffer", installArrayBuffer) }

// arrayBufferData is an ArrayBuffer's [[ArrayBufferData]].
type arrayBufferData struct {
	bytes []byte
}

// maxArrayBufferLength is where V8 gives up allocating ("Array buffer allocation failed").
const maxArrayBufferLength = 1 << 32

func installArrayBuffer(r *Runtime) {
	proto := r.NewObject()
	r.typed().arrayBufferProto = proto
	ctor := r.NewNativeConstructor("ArrayBuffer", 1, proto, nil, func(r *Runtime, args []Value, nt *Object) Value {
		n := r.toIndex(Arg(args, 0), "Invalid array buffer length")
		return ObjectValue(r.newArrayBuffer(make([]byte, r.allocationLength(n)), r.GetPrototypeFromConstructor(nt, proto)))
	})
	r.DefineMethod(ctor, "isView", 1, func(r *Runtime, this Value, args []Value) Value {
		o := Arg(args, 0).AsObject()
		return Bool(o != nil && (o.hc.InstanceType == TypeTypedArray || o.hc.InstanceType == TypeDataView))
	})
	r.defineSpeciesGetter(ctor)
	r.DefineGetter(proto, StrKey("byteLength"), func(r *Runtime, this Value, args []Value) Value {
		return Int(len(r.thisArrayBuffer(this, "get ArrayBuffer.prototype.byteLength").bytes))
	})
	r.DefineMethod(proto, "slice", 2, func(r *Runtime, this Value, args []Value) Value {
		b := r.thisArrayBuffer(this, "ArrayBuffer.prototype.slice").bytes
		from, to := relativeRange(r, Arg(args, 0), Arg(args, 1), len(b))
		out := make([]byte, max(to-from, 0))
		copy(out, b[from:max(to, from)])
		return ObjectValue(r.newArrayBuffer(out, proto))
	})
	r.DefineGetter(proto, StrKey("maxByteLength"), func(r *Runtime, this Value, args []Value) Value {
		return Int(len(r.thisArrayBuffer(this, "get ArrayBuffer.prototype.maxByteLength").bytes))
	})
	r.DefineGetter(proto, StrKey("resizable"), func(r *Runtime, this Value, args []Value) Value {
		r.thisArrayBuffer(this, "get ArrayBuffer.prototype.resizable")
		return False
	})
	r.DefineGetter(proto, StrKey("detached"), func(r *Runtime, this Value, args []Value) Value {
		r.thisArrayBuffer(this, "get ArrayBuffer.prototype.detached")
		return False
	})
	r.DefineData(proto, symKey(r.Symbols.ToStringTag), Str("ArrayBuffer"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("ArrayBuffer"), ObjectValue(ctor), AttrHidden)
}

func (r *Runtime) newArrayBuffer(b []byte, proto *Object) *Object {
	if proto == nil {
		proto = r.typed().arrayBufferProto
	}
	return r.NewObjectOfType(TypeArrayBuffer, proto, &arrayBufferData{bytes: b})
}

func (r *Runtime) thisArrayBuffer(this Value, method string) *arrayBufferData {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeArrayBuffer {
		return o.Internal.(*arrayBufferData)
	}
	r.incompatibleReceiver(method, this)
	return nil
}

// toIndex is ToIndex with V8's RangeError message for the caller.
func (r *Runtime) toIndex(v Value, msg string) int {
	if v.IsUndefined() {
		return 0
	}
	n := r.ToIntegerOrInfinity(v)
	if n < 0 || n > 1<<53-1 {
		r.ThrowRangeError("%s", msg)
	}
	return int(min(n, 1<<62))
}

func (r *Runtime) allocationLength(n int) int {
	if n > maxArrayBufferLength {
		r.ThrowRangeError("Array buffer allocation failed")
	}
	return n
}

// relativeRange resolves (start, end) arguments as slice and subarray do: negative counts from
// the end, undefined end means length.
func relativeRange(r *Runtime, start, end Value, length int) (int, int) {
	rel := func(v Value, def int) int {
		if v.IsUndefined() {
			return def
		}
		n := r.ToIntegerOrInfinity(v)
		if n < 0 {
			return int(max(float64(length)+n, 0))
		}
		return int(min(n, float64(length)))
	}
	return rel(start, 0), rel(end, length)
}
