package vm

import "encoding/hex"

// Console formatting of typed arrays, ArrayBuffers and DataViews: Node's formatTypedArray and
// formatArrayBuffer, and the descriptions DevTools gets from V8 ("Uint8Array(3)", "ArrayBuffer(4)").

// formatTypedArrayElements lists the elements, as many as maxArrayLength allows.
func (ctx *inspectCtx) formatTypedArrayElements(t *typedArrayData) []string {
	n := ctx.arrayLimit(t.length)
	out := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		v := t.get(i)
		if v.kind == KindBigInt {
			out = append(out, formatBigInt(v.BigInt(), ctx.NumericSeparator))
		} else {
			out = append(out, formatNumber(v.num, ctx.NumericSeparator))
		}
	}
	if remaining := t.length - n; remaining > 0 {
		out = append(out, remainingText(remaining))
	}
	return out
}

// formatArrayBufferContents is Node's formatArrayBuffer: the bytes in hex, then byteLength.
func (ctx *inspectCtx) formatArrayBufferContents(o *Object, recurseTimes int) []string {
	b := o.Internal.(*arrayBufferData).bytes
	n := ctx.arrayLimit(len(b))
	s := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			s += " "
		}
		s += hex.EncodeToString(b[i : i+1])
	}
	if remaining := len(b) - n; remaining > 0 {
		s += " ... " + itoa(remaining) + " more byte" + plural(remaining)
	}
	return []string{"[Uint8Contents]: <" + s + ">", ctx.hiddenProperty(o, "byteLength", Int(len(b)), recurseTimes)}
}

// formatDataViewFields are the [byteLength], [byteOffset] and [buffer] Node shows for a DataView.
func (ctx *inspectCtx) formatDataViewFields(o *Object, recurseTimes int) []string {
	d := o.Internal.(*dataViewData)
	return []string{
		ctx.hiddenProperty(o, "byteLength", Int(d.length), recurseTimes),
		ctx.hiddenProperty(o, "byteOffset", Int(d.offset), recurseTimes),
		ctx.hiddenProperty(o, "buffer", ObjectValue(d.buffer), recurseTimes),
	}
}

func (ctx *inspectCtx) hiddenProperty(o *Object, name string, v Value, recurseTimes int) string {
	d := PropertyDescriptor{Value: v, HasValue: true}
	return ctx.formatProperty(o, recurseTimes, StrKey(name), kObjectType, &d, o)
}

// chromeViewDescription is V8's description of buffers and views ("Uint8Array(3)").
func (r *Runtime) chromeViewDescription(o *Object) (subtype, desc string, ok bool) {
	switch o.hc.InstanceType {
	case TypeTypedArray:
		return "typedarray", r.v8ConstructorName(o) + "(" + itoa(o.Internal.(*typedArrayData).length) + ")", true
	case TypeArrayBuffer:
		return "arraybuffer", r.v8ConstructorName(o) + "(" + itoa(len(o.Internal.(*arrayBufferData).bytes)) + ")", true
	case TypeDataView:
		return "dataview", r.v8ConstructorName(o) + "(" + itoa(o.Internal.(*dataViewData).length) + ")", true
	}
	return "", "", false
}
