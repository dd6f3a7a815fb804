package vm

import (
	"encoding/base64"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Web APIs both hosts share that teaching code touches: atob/btoa, TextEncoder/TextDecoder,
// URL, and the Intl and Atomics namespaces (Intl.NumberFormat formats as en-US, like
// Number.prototype.toLocaleString). SharedArrayBuffer exists on Node only: a page that is not
// cross-origin isolated has none.

func init() {
	registerBuiltins(960, "web apis", func(r *Runtime) {
		r.installIntl()
		atomics := r.NewObject()
		r.DefineData(atomics, symKey(r.Symbols.ToStringTag), Str("Atomics"), AttrConfigurable)
		r.DefineData(r.Global, StrKey("Atomics"), ObjectValue(atomics), AttrHidden)
	})
}

func (r *Runtime) installWebAPIs() {
	r.DefineMethod(r.Global, "btoa", 1, func(r *Runtime, this Value, args []Value) Value {
		s := r.ToString(Arg(args, 0))
		b := make([]byte, 0, s.Length())
		for i := 0; i < s.Length(); i++ {
			c := s.At(i)
			if c > 0xff {
				r.domException("InvalidCharacterError", "Invalid character")
			}
			b = append(b, byte(c))
		}
		return Str(base64.StdEncoding.EncodeToString(b))
	})
	r.DefineMethod(r.Global, "atob", 1, func(r *Runtime, this Value, args []Value) Value {
		s := strings.Map(func(c rune) rune {
			if c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' {
				return -1
			}
			return c
		}, r.ToString(Arg(args, 0)).GoString())
		if len(s)%4 != 0 {
			s = strings.TrimRight(s, "=")
		}
		b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
		if err != nil {
			r.domException("InvalidCharacterError", "Invalid character")
		}
		return Str(encodeBytes(b, "latin1"))
	})
	r.installTextCoding()
	r.installURL()
}

func (r *Runtime) installTextCoding() {
	ep := r.NewObject()
	enc := r.NewNativeConstructor("TextEncoder", 0, ep, nil, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.NewObjectWithProto(r.GetPrototypeFromConstructor(nt, ep)))
	})
	r.DefineGetter(ep, StrKey("encoding"), func(r *Runtime, this Value, args []Value) Value { return Str("utf-8") })
	r.DefineMethod(ep, "encode", 0, func(r *Runtime, this Value, args []Value) Value {
		s := ""
		if a := Arg(args, 0); !a.IsUndefined() {
			s = strings.ToValidUTF8(r.ToString(a).GoString(), "\uFFFD")
		}
		return ObjectValue(r.typedArrayFromBytes([]byte(s)))
	})
	r.DefineData(ep, symKey(r.Symbols.ToStringTag), Str("TextEncoder"), AttrConfigurable)
	r.defineGlobal("TextEncoder", ObjectValue(enc))
	dp := r.NewObject()
	dec := r.NewNativeConstructor("TextDecoder", 0, dp, nil, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.NewObjectWithProto(r.GetPrototypeFromConstructor(nt, dp)))
	})
	r.DefineGetter(dp, StrKey("encoding"), func(r *Runtime, this Value, args []Value) Value { return Str("utf-8") })
	r.DefineMethod(dp, "decode", 0, func(r *Runtime, this Value, args []Value) Value {
		var b []byte
		if o := Arg(args, 0).AsObject(); o != nil {
			switch d := o.Internal.(type) {
			case *typedArrayData:
				b = d.bytes()[d.offset : d.offset+d.length*d.kind.size]
			case *arrayBufferData:
				b = d.bytes
			case *dataViewData:
				b = d.buffer.Internal.(*arrayBufferData).bytes[d.offset : d.offset+d.length]
			}
		}
		if !utf8.Valid(b) {
			return Str(strings.ToValidUTF8(string(b), "\uFFFD"))
		}
		return Str(string(b))
	})
	r.DefineData(dp, symKey(r.Symbols.ToStringTag), Str("TextDecoder"), AttrConfigurable)
	r.defineGlobal("TextDecoder", ObjectValue(dec))
}

// typedArrayFromBytes makes a Uint8Array holding a copy of b.
func (r *Runtime) typedArrayFromBytes(b []byte) *Object {
	k := typedKinds[1] // Uint8Array
	o := r.newTypedArray(k, len(b), nil)
	copy(o.Internal.(*typedArrayData).bytes(), b)
	return o
}

// urlData is a parsed URL (WHATWG's record, approximated by net/url for absolute URLs).
type urlData struct{ u *url.URL }

func (r *Runtime) installURL() {
	p := r.NewObject()
	ctor := r.NewNativeConstructor("URL", 1, p, nil, func(r *Runtime, args []Value, nt *Object) Value {
		in := r.ToString(Arg(args, 0)).GoString()
		u, err := url.Parse(in)
		if b := Arg(args, 1); !b.IsUndefined() && err == nil {
			base, berr := url.Parse(r.ToString(b).GoString())
			if berr == nil && base.IsAbs() {
				u = base.ResolveReference(u)
			}
		}
		if err != nil || !u.IsAbs() {
			r.ThrowTypeError("Invalid URL")
		}
		if u.Path == "" && u.Host != "" {
			u.Path = "/"
		}
		return ObjectValue(r.NewObjectOfType(TypeObject, r.GetPrototypeFromConstructor(nt, p), &urlData{u: u}))
	})
	part := func(name string, f func(u *url.URL) string) {
		r.DefineGetter(p, StrKey(name), func(r *Runtime, this Value, args []Value) Value {
			o := this.AsObject()
			d, ok := o.Internal.(*urlData)
			if o == nil || !ok {
				r.ThrowTypeError("Value of \"this\" must be of type URL")
			}
			return Str(f(d.u))
		})
	}
	prefixed := func(pre, s string) string {
		if s == "" {
			return ""
		}
		return pre + s
	}
	href := func(u *url.URL) string { return u.String() }
	part("href", href)
	part("origin", func(u *url.URL) string { return u.Scheme + "://" + u.Host })
	part("protocol", func(u *url.URL) string { return u.Scheme + ":" })
	part("username", func(u *url.URL) string { return u.User.Username() })
	part("password", func(u *url.URL) string { pw, _ := u.User.Password(); return pw })
	part("host", func(u *url.URL) string { return u.Host })
	part("hostname", func(u *url.URL) string { return u.Hostname() })
	part("port", func(u *url.URL) string { return u.Port() })
	part("pathname", func(u *url.URL) string { return u.EscapedPath() })
	part("search", func(u *url.URL) string { return prefixed("?", u.RawQuery) })
	part("hash", func(u *url.URL) string { return prefixed("#", u.EscapedFragment()) })
	for _, m := range []string{"toString", "toJSON"} {
		r.DefineMethod(p, m, 0, func(r *Runtime, this Value, args []Value) Value {
			return r.GetStr(r.ToObject(this), "href")
		})
	}
	sp := r.NewObject()
	query := func(this Value) url.Values {
		if o := this.AsObject(); o != nil {
			if d, ok := o.Internal.(*urlData); ok {
				return d.u.Query()
			}
		}
		r.ThrowTypeError("Value of \"this\" must be of type URLSearchParams")
		return nil
	}
	r.DefineMethod(sp, "get", 1, func(r *Runtime, this Value, args []Value) Value {
		q, k := query(this), r.ToString(Arg(args, 0)).GoString()
		if !q.Has(k) {
			return Null
		}
		return Str(q.Get(k))
	})
	r.DefineMethod(sp, "has", 1, func(r *Runtime, this Value, args []Value) Value {
		return Bool(query(this).Has(r.ToString(Arg(args, 0)).GoString()))
	})
	r.DefineData(sp, symKey(r.Symbols.ToStringTag), Str("URLSearchParams"), AttrConfigurable)
	r.DefineGetter(p, StrKey("searchParams"), func(r *Runtime, this Value, args []Value) Value {
		o := this.AsObject()
		if o == nil {
			r.ThrowTypeError("Value of \"this\" must be of type URL")
		}
		return ObjectValue(r.NewObjectOfType(TypeObject, sp, o.Internal))
	})
	r.DefineData(p, symKey(r.Symbols.ToStringTag), Str("URL"), AttrConfigurable)
	r.defineGlobal("URL", ObjectValue(ctor))
}

func (r *Runtime) installIntl() {
	intl := r.NewObject()
	r.DefineData(intl, symKey(r.Symbols.ToStringTag), Str("Intl"), AttrConfigurable)
	np := r.NewObject()
	nf := r.NewNativeConstructor("NumberFormat", 0, np, nil, func(r *Runtime, args []Value, nt *Object) Value {
		return ObjectValue(r.NewObjectWithProto(r.GetPrototypeFromConstructor(nt, np)))
	})
	toLocale := r.GetStr(r.Intrinsics.NumberPrototype, "toLocaleString")
	r.DefineMethod(np, "format", 1, func(r *Runtime, this Value, args []Value) Value {
		return r.Call(toLocale, Number(r.ToNumber(Arg(args, 0))))
	})
	r.DefineData(intl, StrKey("NumberFormat"), ObjectValue(nf), AttrHidden)
	r.DefineData(r.Global, StrKey("Intl"), ObjectValue(intl), AttrHidden)
}
