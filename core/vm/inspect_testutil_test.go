package vm

import (
	"encoding/json"
	"os"
	"testing"
)

// Test helpers for the console tests: a tiny builder of JS values from Go (the interpreter is
// not linked in yet, so test values are built directly), fake internals for the collection and
// promise contracts, and the minimum of builtins the formatter observes (constructors with
// prototypes, names and toStringTags, @@iterator).

type recorded struct {
	Values []struct {
		Name, JS, Out string
	} `json:"values"`
	Console []struct {
		Name, JS, Stdout, Stderr string
	} `json:"console"`
}

func loadRecorded(t *testing.T) recorded {
	t.Helper()
	b, err := os.ReadFile("testdata/inspect/node.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec recorded
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	return rec
}

type fakeEntries struct {
	entries  []Value
	keyValue bool
}

func (f *fakeEntries) InspectEntries() ([]Value, bool) { return f.entries, f.keyValue }

type fakeGenerator struct {
	fn    *Object
	state string
}

func (f *fakeGenerator) InspectGenerator() (*Object, string) { return f.fn, f.state }

type fakePromise struct {
	state  PromiseState
	result Value
}

func (f *fakePromise) InspectPromise() (PromiseState, Value) { return f.state, f.result }

// vb builds values in a runtime prepared by newInspectRuntime.
type vb struct {
	r    *Runtime
	ctor map[string]*Object
}

func newInspectRuntime() (*Runtime, *vb) {
	r := NewRuntime(Options{})
	b := &vb{r: r, ctor: map[string]*Object{}}
	b.setup()
	return r, b
}

func (b *vb) setup() {
	r := b.r
	in := &r.Intrinsics
	protos := []struct {
		name  string
		proto *Object
		tag   bool
	}{
		{"Object", in.ObjectPrototype, false}, {"Function", in.FunctionPrototype, false},
		{"Array", in.ArrayPrototype, false}, {"Map", in.MapPrototype, true}, {"Set", in.SetPrototype, true},
		{"WeakMap", in.WeakMapPrototype, true}, {"WeakSet", in.WeakSetPrototype, true},
		{"Date", in.DatePrototype, false}, {"RegExp", in.RegExpPrototype, false},
		{"Promise", in.PromisePrototype, true}, {"Number", in.NumberPrototype, false},
		{"String", in.StringPrototype, false}, {"Boolean", in.BooleanPrototype, false},
		{"Symbol", in.SymbolPrototype, true}, {"BigInt", in.BigIntPrototype, true},
		{"Error", in.ErrorPrototype, false},
	}
	for _, name := range []string{"TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"} {
		protos = append(protos, struct {
			name  string
			proto *Object
			tag   bool
		}{name, in.ErrorPrototypes[name], false})
	}
	for _, p := range protos {
		c, ok := r.GetOwnPropertyDescriptor(p.proto, StrKey("constructor"))
		if ok && c.Value.IsCallable() {
			b.ctor[p.name] = c.Value.Object()
		} else {
			b.ctor[p.name] = r.NewNativeConstructor(p.name, 0, p.proto, nil, func(r *Runtime, args []Value, nt *Object) Value { return Undefined })
		}
		if p.tag && !r.HasOwnProperty(p.proto, PropKey(SymbolKey(r.Symbols.ToStringTag))) {
			r.DefineData(p.proto, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str(p.name), AttrConfigurable)
		}
		if (p.proto == in.ErrorPrototype || in.ErrorPrototypes[p.name] == p.proto) && !r.HasOwnProperty(p.proto, StrKey("name")) {
			r.DefineData(p.proto, StrKey("name"), Str(p.name), AttrHidden)
			r.DefineData(p.proto, StrKey("message"), Str(""), AttrHidden)
		}
	}
	iter := func(o *Object) {
		if r.HasOwnProperty(o, PropKey(SymbolKey(r.Symbols.Iterator))) {
			return
		}
		r.DefineSymbolMethod(o, r.Symbols.Iterator, "[Symbol.iterator]", 0, func(r *Runtime, this Value, args []Value) Value { return this }, AttrHidden)
	}
	for _, o := range []*Object{in.ArrayPrototype, in.MapPrototype, in.SetPrototype, in.StringPrototype, in.IteratorPrototype} {
		iter(o)
	}
	for name, o := range map[string]*Object{"Array Iterator": in.ArrayIteratorPrototype, "String Iterator": in.StringIteratorPrototype,
		"Map Iterator": in.MapIteratorPrototype, "Set Iterator": in.SetIteratorPrototype, "Generator": in.GeneratorPrototype} {
		r.DefineData(o, PropKey(SymbolKey(r.Symbols.ToStringTag)), Str(name), AttrConfigurable)
	}
	if !r.HasOwnProperty(in.SymbolPrototype, StrKey("description")) {
		r.DefineGetter(in.SymbolPrototype, StrKey("description"), func(r *Runtime, this Value, args []Value) Value {
			if p, ok := PrimitiveOf(this.Object()); ok {
				return p.Symbol().Description
			}
			return Undefined
		})
	}
	method := func(o *Object, name string, fn NativeFunc) {
		if !r.HasOwnProperty(o, StrKey(name)) {
			r.DefineMethod(o, name, 0, fn)
		}
	}
	method(in.ObjectPrototype, "toString", func(r *Runtime, this Value, args []Value) Value { return Str("[object Object]") })
	method(in.ObjectPrototype, "valueOf", func(r *Runtime, this Value, args []Value) Value { return this })
	method(in.ErrorPrototype, "toString", func(r *Runtime, this Value, args []Value) Value {
		return Str(r.errorToString(this.Object()))
	})
}

func (b *vb) val(x any) Value {
	switch x := x.(type) {
	case Value:
		return x
	case *Object:
		return ObjectValue(x)
	case *Symbol:
		return SymbolValue(x)
	case int:
		return Int(x)
	case float64:
		return Number(x)
	case string:
		return Str(x)
	case bool:
		return Bool(x)
	case nil:
		return Null
	}
	panic("vb.val: unsupported")
}

func (b *vb) key(k any) Key {
	switch k := k.(type) {
	case string:
		return StrKey(k)
	case *Symbol:
		return PropKey(SymbolKey(k))
	case Key:
		return k
	}
	panic("vb.key: unsupported")
}

// obj makes `{k1: v1, k2: v2, …}`.
func (b *vb) obj(kv ...any) *Object { return b.objProto(b.r.Intrinsics.ObjectPrototype, kv...) }

func (b *vb) objProto(proto *Object, kv ...any) *Object {
	o := b.r.NewObjectWithProto(proto)
	return b.set(o, kv...)
}

func (b *vb) set(o *Object, kv ...any) *Object {
	for i := 0; i+1 < len(kv); i += 2 {
		b.r.CreateDataProperty(o, b.key(kv[i]), b.val(kv[i+1]))
	}
	return o
}

// hidden defines a non-enumerable property.
func (b *vb) hidden(o *Object, k any, v any) *Object {
	b.r.DefineData(o, b.key(k), b.val(v), AttrHidden)
	return o
}

func (b *vb) arr(xs ...any) *Object {
	vals := make([]Value, len(xs))
	for i, x := range xs {
		vals[i] = b.val(x)
	}
	return b.r.NewArray(vals)
}

func (b *vb) ints(n int, f func(i int) any) *Object {
	xs := make([]any, n)
	for i := range xs {
		xs[i] = f(i)
	}
	return b.arr(xs...)
}

func (b *vb) fn(name string) *Object {
	return b.r.NewNativeFunction(name, 0, func(r *Runtime, this Value, args []Value) Value { return Undefined })
}

func (b *vb) sym(desc string) *Symbol { return b.r.NewSymbol(Str(desc)) }

// jsFn stands for a function written in JavaScript (a closure), which inspection never calls.
func (b *vb) jsFn(name string) *Object {
	f := b.r.newObjectRaw(TypeFunction, b.r.Intrinsics.FunctionPrototype, 0, &FunctionData{Name: name, Closure: &Closure{}})
	b.r.DefineData(f, StrKey("name"), Str(name), AttrConfigurable)
	return f
}

func (b *vb) getter(o *Object, name string, get, set bool) *Object {
	var g, s *Object
	if get {
		g = b.jsFn("get " + name)
	}
	if set {
		s = b.jsFn("set " + name)
	}
	b.r.DefineAccessor(o, StrKey(name), g, s, AttrDefault)
	return o
}

// mapOf makes a real Map (key, value, key, value, …) through Map.prototype.set.
func (b *vb) mapOf(kv ...any) *Object {
	m := b.r.Construct(b.r.Intrinsics.Map, nil, nil).Object()
	set := b.r.GetStr(m, "set")
	for i := 0; i+1 < len(kv); i += 2 {
		b.r.Call(set, ObjectValue(m), b.val(kv[i]), b.val(kv[i+1]))
	}
	return m
}

func (b *vb) setOf(xs ...any) *Object {
	s := b.r.Construct(b.r.Intrinsics.Set, nil, nil).Object()
	add := b.r.GetStr(s, "add")
	for _, x := range xs {
		b.r.Call(add, ObjectValue(s), b.val(x))
	}
	return s
}

// iter calls a collection's iterator method (entries, keys, values).
func (b *vb) iter(o *Object, method string) *Object {
	return b.r.Call(b.r.GetStr(o, method), ObjectValue(o)).Object()
}

func (b *vb) date(t float64) *Object {
	return b.r.Construct(b.r.Intrinsics.Date, []Value{Number(t)}, nil).Object()
}

func (b *vb) regexp(source, flags string) *Object { return b.r.NewRegExp(source, flags) }

// errorWith makes an error of a constructor with a fixed stack.
func (b *vb) errorWith(name, msg, stack string) *Object {
	e := b.r.NewError(name, msg)
	b.r.DefineData(e, StrKey("stack"), Str(stack), AttrHidden)
	return e
}

// instance makes an object whose prototype is a fresh constructor `name`'s prototype.
func (b *vb) instance(name string, kv ...any) *Object {
	proto := b.r.NewObject()
	b.r.NewNativeConstructor(name, 0, proto, nil, func(r *Runtime, args []Value, nt *Object) Value { return Undefined })
	return b.objProto(proto, kv...)
}

func (b *vb) boxed(v Value) *Object { return b.r.WrapPrimitive(v) }

func (b *vb) proxy(target *Object) *Object {
	return b.r.NewObjectOfType(TypeProxy, nil, &ProxyData{Target: target, Handler: b.r.NewObject()})
}

func (b *vb) nullProto(o *Object) *Object {
	b.r.SetPrototypeOf(o, nil)
	return o
}
