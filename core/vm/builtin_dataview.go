package vm

// DataView: reads and writes numbers of any typedKind at any byte offset of an ArrayBuffer, big-
// endian unless the last argument asks for little-endian. The typedKind table supplies the
// conversions (little-endian), so a big-endian access reverses the bytes around it.

func init() { registerBuiltins(48, "dataview", installDataView) }

type dataViewData struct {
	buffer         *Object
	offset, length int
}

func installDataView(r *Runtime) {
	proto := r.NewObject()
	r.typed().dataViewProto = proto
	ctor := r.NewNativeConstructor("DataView", 1, proto, nil, func(r *Runtime, args []Value, nt *Object) Value {
		buf := Arg(args, 0).AsObject()
		if buf == nil || buf.hc.InstanceType != TypeArrayBuffer {
			r.ThrowTypeError("First argument to DataView constructor must be an ArrayBuffer")
		}
		total := len(buf.Internal.(*arrayBufferData).bytes)
		off := r.toIndex(Arg(args, 1), "Start offset "+r.safeToString(Arg(args, 1))+" is outside the bounds of the buffer")
		if off > total {
			r.ThrowRangeError("Start offset %d is outside the bounds of the buffer", off)
		}
		n := total - off
		if l := Arg(args, 2); !l.IsUndefined() {
			n = r.toIndex(l, "Invalid DataView length "+r.safeToString(l))
			if off+n > total {
				r.ThrowRangeError("Invalid DataView length %d", n)
			}
		}
		return ObjectValue(r.NewObjectOfType(TypeDataView, r.GetPrototypeFromConstructor(nt, proto), &dataViewData{buffer: buf, offset: off, length: n}))
	})
	for _, name := range []string{"buffer", "byteLength", "byteOffset"} {
		name := name
		r.DefineGetter(proto, StrKey(name), func(r *Runtime, this Value, args []Value) Value {
			d := r.thisDataView(this, "get DataView.prototype."+name)
			switch name {
			case "buffer":
				return ObjectValue(d.buffer)
			case "byteLength":
				return Int(d.length)
			}
			return Int(d.offset)
		})
	}
	for _, k := range typedKinds {
		if k.name == "Uint8ClampedArray" {
			continue
		}
		k := k
		typ := k.name[:len(k.name)-len("Array")]
		r.DefineMethod(proto, "get"+typ, 1, func(r *Runtime, this Value, args []Value) Value {
			d := r.thisDataView(this, "DataView.prototype.get"+typ)
			b := r.dataViewBytes(d, Arg(args, 0), k.size)
			tmp := append([]byte(nil), b...)
			if !ToBoolean(Arg(args, 1)) {
				reverseBytes(tmp)
			}
			return k.load(tmp)
		})
		r.DefineMethod(proto, "set"+typ, 2, func(r *Runtime, this Value, args []Value) Value {
			d := r.thisDataView(this, "DataView.prototype.set"+typ)
			idx := Arg(args, 0)
			v := r.toElement(k, Arg(args, 1))
			b := r.dataViewBytes(d, idx, k.size)
			k.store(b, v)
			if !ToBoolean(Arg(args, 2)) {
				reverseBytes(b)
			}
			return Undefined
		})
	}
	r.DefineData(proto, symKey(r.Symbols.ToStringTag), Str("DataView"), AttrConfigurable)
	r.DefineData(r.Global, StrKey("DataView"), ObjectValue(ctor), AttrHidden)
}

func (r *Runtime) thisDataView(this Value, method string) *dataViewData {
	if o := this.AsObject(); o != nil && o.hc.InstanceType == TypeDataView {
		return o.Internal.(*dataViewData)
	}
	r.incompatibleReceiver(method, this)
	return nil
}

func (r *Runtime) dataViewBytes(d *dataViewData, idx Value, size int) []byte {
	i := r.toIndex(idx, "Offset is outside the bounds of the DataView")
	if i+size > d.length {
		r.ThrowRangeError("Offset is outside the bounds of the DataView")
	}
	off := d.offset + i
	return d.buffer.Internal.(*arrayBufferData).bytes[off : off+size]
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}
