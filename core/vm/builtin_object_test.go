package vm

import (
	"strconv"
	"strings"
	"testing"
)

// btRT is a fresh runtime for builtin tests.
func btRT() *Runtime { return NewRuntime(Options{}) }

// btLookup resolves a dotted path from the global object: "Object.prototype.toString"; a segment
// "@@iterator" names a well-known symbol.
func btLookup(r *Runtime, path string) Value {
	v := ObjectValue(r.Global)
	for _, seg := range strings.Split(path, ".") {
		if strings.HasPrefix(seg, "@@") {
			sym := r.GetStr(r.Intrinsics.Symbol, seg[2:]).Symbol()
			v = r.GetV(v, PropKey(SymbolKey(sym)))
			continue
		}
		v = r.GetV(v, StrKey(seg))
	}
	return v
}

// btTry runs fn and renders its result, or the thrown error as "Name: message".
func btTry(r *Runtime, fn func() Value) (out string) {
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			if o := ex.Value.AsObject(); o != nil && o.Type() == TypeError {
				out = "!" + r.errorHeader(o)
				return
			}
			out = "!throw " + btShow(r, ex.Value)
		}
	}()
	return btShow(r, fn())
}

// btCall invokes the function at path with this and args.
func btCall(r *Runtime, path string, this Value, args ...Value) string {
	return btTry(r, func() Value { return r.Call(btLookup(r, path), this, args...) })
}

// btShow renders a value for assertions: strings quoted, arrays as [a,b], other objects by
// Object.prototype.toString unless they are functions.
func btShow(r *Runtime, v Value) string {
	switch v.Kind() {
	case KindString:
		return strconv.Quote(v.String().GoString())
	case KindSymbol:
		return v.Symbol().DescriptiveString()
	case KindBigInt:
		return v.BigInt().String() + "n"
	case KindObject:
		o := v.Object()
		if o.IsArray() {
			parts := make([]string, o.ArrayLength())
			for i := range parts {
				parts[i] = btShow(r, r.Get(o, IndexKey(uint32(i)), v))
			}
			return "[" + strings.Join(parts, ",") + "]"
		}
		if o.IsCallable() {
			return "fn " + r.FunctionName(o)
		}
		return r.objectToStringTag(v)
	}
	return r.ToString(v).GoString()
}

type btCase struct {
	path string
	this Value
	args []Value
	want string
}

func btRunCalls(t *testing.T, r *Runtime, cases []btCase) {
	t.Helper()
	for _, c := range cases {
		if got := btCall(r, c.path, c.this, c.args...); got != c.want {
			t.Errorf("%s(%v): got %s, want %s", c.path, c.args, got, c.want)
		}
	}
}

func btArgs(v ...Value) []Value { return v }

// btObj builds a plain object from alternating keys and values.
func btObj(r *Runtime, kv ...any) Value {
	o := r.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		r.CreateDataProperty(o, StrKey(kv[i].(string)), kv[i+1].(Value))
	}
	return ObjectValue(o)
}

func btArr(r *Runtime, vals ...Value) Value { return ObjectValue(r.NewArray(vals)) }

func TestObjectStatics(t *testing.T) {
	r := btRT()
	frozen := btObj(r, "x", Int(1))
	r.SetIntegrity(frozen.Object(), true)
	noExt := r.NewObject()
	r.PreventExtensions(noExt)
	frozenArr := r.NewArray([]Value{Int(1)})
	r.SetIntegrity(frozenArr, true)
	fn := r.NewNativeFunction("max", 2, nil)
	r.SetIntegrity(fn, true)
	r.DefineData(r.Global, StrKey("frozenFn"), ObjectValue(fn), AttrHidden)
	btRunCalls(t, r, []btCase{
		{"Object.keys", Undefined, btArgs(btObj(r, "b", Int(1), "a", Int(2), "1", Int(3))), `["1","b","a"]`},
		{"Object.values", Undefined, btArgs(btObj(r, "a", Int(1), "b", Str("x"))), `[1,"x"]`},
		{"Object.entries", Undefined, btArgs(Str("ab")), `[["0","a"],["1","b"]]`},
		{"Object.keys", Undefined, btArgs(Int(5)), `[]`},
		{"Object.keys", Undefined, btArgs(Null), `!TypeError: Cannot convert undefined or null to object`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(Str("ab")), `["0","1","length"]`},
		{"Object.defineProperty", Undefined, btArgs(Int(1), Str("x"), btObj(r)), `!TypeError: Object.defineProperty called on non-object`},
		{"Object.defineProperty", Undefined, btArgs(btObj(r), Str("x"), Int(1)), `!TypeError: Property description must be an object: 1`},
		{"Object.defineProperty", Undefined, btArgs(frozen, Str("x"), btObj(r, "value", Int(2))), `!TypeError: Cannot redefine property: x`},
		{"Object.defineProperty", Undefined, btArgs(ObjectValue(noExt), Str("y"), btObj(r, "value", Int(2))), `!TypeError: Cannot define property y, object is not extensible`},
		{"Object.defineProperty", Undefined, btArgs(btObj(r), Str("x"), btObj(r, "get", Int(1))), `!TypeError: Getter must be a function: 1`},
		{"Object.create", Undefined, btArgs(Int(1)), `!TypeError: Object prototype may only be an Object or null: 1`},
		{"Object.create", Undefined, nil, `!TypeError: Object prototype may only be an Object or null: undefined`},
		{"Object.create", Undefined, btArgs(Str("abc")), `!TypeError: Object prototype may only be an Object or null: abc`},
		{"Object.setPrototypeOf", Undefined, btArgs(Undefined, btObj(r)), `!TypeError: Object.setPrototypeOf called on null or undefined`},
		{"Object.setPrototypeOf", Undefined, btArgs(Int(1), btObj(r)), `1`},
		{"Object.setPrototypeOf", Undefined, btArgs(ObjectValue(noExt), btObj(r)), `!TypeError: #<Object> is not extensible`},
		{"Object.setPrototypeOf", Undefined, btArgs(ObjectValue(r.Intrinsics.ObjectPrototype), btObj(r)), `!TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set`},
		{"Object.assign", Undefined, btArgs(frozen, btObj(r, "x", Int(2))), `!TypeError: Cannot assign to read only property 'x' of object '#<Object>'`},
		{"Object.assign", Undefined, btArgs(ObjectValue(noExt), btObj(r, "y", Int(2))), `!TypeError: Cannot add property y, object is not extensible`},
		{"Object.fromEntries", Undefined, btArgs(Int(1)), `!TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))`},
		{"Object.fromEntries", Undefined, btArgs(Undefined), `!TypeError: undefined is not iterable`},
		{"Object.groupBy", Undefined, btArgs(Null, Undefined), `!TypeError: Object.groupBy called on null or undefined`},
		{"Object.groupBy", Undefined, btArgs(btArr(r), Str("abc")), `!TypeError: abc is not a function`},
		{"Object.groupBy", Undefined, btArgs(btArr(r), btArr(r)), `!TypeError: [object Array] is not a function`},
		{"Object.setPrototypeOf", Undefined, btArgs(ObjectValue(frozenArr), btObj(r)), `!TypeError: [object Array] is not extensible`},
		{"Object.assign", Undefined, btArgs(ObjectValue(frozenArr), btArr(r, Int(2))), `!TypeError: Cannot assign to read only property '0' of object '[object Array]'`},
		{"Object.assign", Undefined, btArgs(btLookup(r, "frozenFn"), btObj(r, "name", Int(2))), `!TypeError: Cannot assign to read only property 'name' of function 'function max() { [native code] }'`},
		{"Object.is", Undefined, btArgs(NaN, NaN), `true`},
		{"Object.is", Undefined, btArgs(Int(0), Number(-1*0.0*-1)), `true`},
		{"Object.isFrozen", Undefined, btArgs(frozen), `true`},
		{"Object.isFrozen", Undefined, btArgs(Int(1)), `true`},
		{"Object.isSealed", Undefined, btArgs(btObj(r)), `false`},
		{"Object.hasOwn", Undefined, btArgs(btObj(r, "a", Int(1)), Str("a")), `true`},
	})
	// Object.assign copies enumerable own properties in order and returns the target.
	target := btObj(r, "a", Int(1))
	btCall(r, "Object.assign", Undefined, target, btObj(r, "b", Int(2)), Null, btObj(r, "a", Int(3)))
	if got := btCall(r, "Object.entries", Undefined, target); got != `[["a",3],["b",2]]` {
		t.Errorf("assign: %s", got)
	}
}

func TestObjectPrototypeToString(t *testing.T) {
	r := btRT()
	tagged := btObj(r)
	r.DefineData(tagged.Object(), PropKey(SymbolKey(r.Symbols.ToStringTag)), Str("Zed"), AttrDefault)
	for _, c := range []struct {
		this Value
		want string
	}{
		{Undefined, `"[object Undefined]"`}, {Null, `"[object Null]"`}, {Int(1), `"[object Number]"`},
		{Str("s"), `"[object String]"`}, {True, `"[object Boolean]"`}, {btArr(r), `"[object Array]"`},
		{btLookup(r, "Math"), `"[object Math]"`}, {btLookup(r, "JSON"), `"[object JSON]"`},
		{btLookup(r, "Math.max"), `"[object Function]"`}, {tagged, `"[object Zed]"`},
		{ObjectValue(r.NewError("TypeError", "x")), `"[object Error]"`},
		{SymbolValue(r.Symbols.Iterator), `"[object Symbol]"`},
	} {
		if got := btCall(r, "Object.prototype.toString", c.this); got != c.want {
			t.Errorf("toString(%s) = %s, want %s", btShow(r, c.this), got, c.want)
		}
	}
}

func TestObjectPropertyLayout(t *testing.T) {
	r := btRT()
	// Recorded from node 26: Object.getOwnPropertyNames(Object).
	want := `["length","name","prototype","assign","getOwnPropertyDescriptor","getOwnPropertyDescriptors","getOwnPropertyNames","getOwnPropertySymbols","hasOwn","is","preventExtensions","seal","create","defineProperties","defineProperty","freeze","getPrototypeOf","setPrototypeOf","isExtensible","isFrozen","isSealed","keys","entries","fromEntries","values","groupBy"]`
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, btLookup(r, "Object")); got != want {
		t.Errorf("Object names:\n got %s\nwant %s", got, want)
	}
	want = `["constructor","__defineGetter__","__defineSetter__","hasOwnProperty","__lookupGetter__","__lookupSetter__","isPrototypeOf","propertyIsEnumerable","toString","valueOf","__proto__","toLocaleString"]`
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, btLookup(r, "Object.prototype")); got != want {
		t.Errorf("Object.prototype names:\n got %s\nwant %s", got, want)
	}
	if got := btShow(r, btLookup(r, "Object.prototype.__proto__")); got != "null" {
		t.Errorf("__proto__ = %s", got)
	}
}
