package vm

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// A small Buffer: what fs hands back without an encoding. The bytes are the object's indexed
// elements (so buf[0] and buf.length work as in Node) and util.inspect shows <Buffer 68 69>.
// Typed arrays are not modelled, so a Buffer is not a Uint8Array here.

type bufferData struct{ bytes []byte }

func (r *Runtime) bufferProto() *Object {
	n := &r.tasks.node
	if n.bufferProto != nil {
		return n.bufferProto
	}
	p := r.NewObject()
	n.bufferProto = p
	ctor := r.NewNativeConstructor("Buffer", 2, p, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.bufferFrom(Arg(args, 0), Arg(args, 1)))
	}, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.bufferFrom(Arg(args, 0), Arg(args, 1)))
	})
	n.bufferCtor = ctor
	r.DefineMethod(ctor, "from", 2, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.bufferFrom(Arg(args, 0), Arg(args, 1)))
	})
	r.DefineMethod(ctor, "alloc", 1, func(r *Runtime, this Value, args []Value) Value {
		return ObjectValue(r.newBuffer(make([]byte, int(r.ToIntegerOrInfinity(Arg(args, 0))))))
	})
	r.DefineMethod(ctor, "isBuffer", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(r.bufferBytes(Arg(args, 0)) != nil)
	})
	r.DefineMethod(ctor, "byteLength", 1, func(r *Runtime, this Value, args []Value) Value {
		if b := r.bufferBytes(Arg(args, 0)); b != nil {
			return Int(len(b))
		}
		return Int(len(r.ToString(Arg(args, 0)).GoString()))
	})
	r.DefineMethod(ctor, "concat", 1, func(r *Runtime, this Value, args []Value) Value {
		var all []byte
		for _, v := range r.IterableToList(Arg(args, 0)) {
			all = append(all, r.bufferBytes(v)...)
		}
		return ObjectValue(r.newBuffer(all))
	})
	r.DefineMethod(p, "toString", 3, func(r *Runtime, this Value, args []Value) Value {
		return Str(encodeBytes(r.bufferBytes(this), r.encodingArg(Arg(args, 0), "utf8")))
	})
	r.DefineMethod(p, "toJSON", 0, func(r *Runtime, this Value, args []Value) Value {
		o := r.NewObject()
		r.CreateDataProperty(o, StrKey("type"), Str("Buffer"))
		var vals []Value
		for _, c := range r.bufferBytes(this) {
			vals = append(vals, Int(int(c)))
		}
		r.CreateDataProperty(o, StrKey("data"), ObjectValue(r.NewArray(vals)))
		return ObjectValue(o)
	})
	r.DefineMethod(p, "equals", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(string(r.bufferBytes(this)) == string(r.bufferBytes(Arg(args, 0))))
	})
	r.DefineSymbolMethod(p, r.CustomInspectSymbol(), "[nodejs.util.inspect.custom]", 2, func(r *Runtime, this Value, args []Value) Value {
		b := r.bufferBytes(this)
		var sb strings.Builder
		sb.WriteString("<Buffer")
		for i, c := range b {
			if i == 50 {
				sb.WriteString(" ... " + itoa(len(b)-50) + " more bytes")
				break
			}
			sb.WriteString(" " + hex.EncodeToString([]byte{c}))
		}
		sb.WriteString(">")
		return Str(sb.String())
	}, AttrHidden)
	return p
}

func (r *Runtime) newBuffer(b []byte) *Object {
	o := r.NewObjectOfType(TypeObject, r.bufferProto(), &bufferData{bytes: b})
	for i, c := range b {
		r.DefineData(o, IndexKey(uint32(i)), Int(int(c)), AttrWritable|AttrEnumerable)
	}
	r.DefineData(o, StrKey("length"), Int(len(b)), AttrNone)
	return o
}

func (r *Runtime) bufferBytes(v Value) []byte {
	if o := v.AsObject(); o != nil {
		if b, ok := o.Internal.(*bufferData); ok {
			return b.bytes
		}
	}
	return nil
}

func (r *Runtime) bufferFrom(v, enc Value) *Object {
	if v.IsString() {
		return r.newBuffer(decodeString(v.String().GoString(), r.encodingArg(enc, "utf8")))
	}
	if b := r.bufferBytes(v); b != nil {
		return r.newBuffer(append([]byte(nil), b...))
	}
	if v.IsObject() {
		var out []byte
		for _, x := range r.IterableToList(v) {
			out = append(out, byte(int(r.ToNumber(x))))
		}
		return r.newBuffer(out)
	}
	r.throwArgType("first argument", "string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object", v)
	return nil
}

// encodingArg reads an encoding argument (a string, or an options object's `encoding`).
func (r *Runtime) encodingArg(v Value, def string) string {
	if o := v.AsObject(); o != nil && !o.IsCallable() {
		v = r.GetStr(o, "encoding")
	}
	if v.IsString() {
		return strings.ToLower(v.String().GoString())
	}
	return def
}

func encodeBytes(b []byte, enc string) string {
	switch enc {
	case "hex":
		return hex.EncodeToString(b)
	case "base64":
		return base64.StdEncoding.EncodeToString(b)
	case "latin1", "binary":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return string(rs)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func decodeString(s, enc string) []byte {
	switch enc {
	case "hex":
		b, _ := hex.DecodeString(s)
		return b
	case "base64":
		b, _ := base64.StdEncoding.DecodeString(s)
		return b
	case "latin1", "binary":
		var out []byte
		for _, c := range s {
			out = append(out, byte(c))
		}
		return out
	}
	return []byte(s)
}
