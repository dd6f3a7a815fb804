package vm

import "testing"

// Recorded from node 26.10.
func TestReflectAndProxy(t *testing.T) {
	r := btRT()
	frozen := btObj(r, "a", Int(1))
	r.SetIntegrity(frozen.Object(), true)
	btRunCalls(t, r, []btCase{
		{"Reflect.apply", Undefined, btArgs(Int(1)), `!TypeError: Function.prototype.apply was called on 1, which is a number and not a function`},
		{"Reflect.apply", Undefined, btArgs(btLookup(r, "Math.max"), Null, btArr(r, Int(1), Int(3))), `3`},
		{"Reflect.construct", Undefined, btArgs(Int(1), btArr(r)), `!TypeError: 1 is not a constructor`},
		{"Reflect.get", Undefined, btArgs(Int(1), Str("x")), `!TypeError: Reflect.get called on non-object`},
		{"Reflect.ownKeys", Undefined, btArgs(btObj(r, "b", Int(1), "2", Int(2))), `["2","b"]`},
		{"Reflect.setPrototypeOf", Undefined, btArgs(btObj(r), Int(1)), `!TypeError: Object prototype may only be an Object or null: 1`},
		{"Reflect.defineProperty", Undefined, btArgs(frozen, Str("a"), btObj(r, "value", Int(2))), `false`},
		{"Reflect.has", Undefined, btArgs(btObj(r, "x", Int(1)), Str("toString")), `true`},
		{"Proxy", Undefined, btArgs(btObj(r), btObj(r)), `!TypeError: Constructor Proxy requires 'new'`},
		{"Proxy.revocable", Undefined, btArgs(Int(1), btObj(r)), `!TypeError: Cannot create proxy with a non-object as target or handler`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "Proxy")), `["length","name","revocable"]`},
	})
	target := btObj(r, "x", Int(1))
	rev := r.Call(btLookup(r, "Proxy.revocable"), Undefined, target, btObj(r))
	proxy := r.GetV(rev, StrKey("proxy"))
	if got := btShow(r, r.GetV(proxy, StrKey("x"))); got != "1" {
		t.Errorf("proxy.x = %s", got)
	}
	r.Call(r.GetV(rev, StrKey("revoke")), Undefined)
	if got := btTry(r, func() Value { return r.GetV(proxy, StrKey("x")) }); got != `!TypeError: Cannot perform 'get' on a proxy that has been revoked` {
		t.Errorf("revoked get: %s", got)
	}
	if got := btCall(r, "Object.keys", Undefined, proxy); got != `!TypeError: Cannot perform 'ownKeys' on a proxy that has been revoked` {
		t.Errorf("revoked keys: %s", got)
	}
	fnProxy := ObjectValue(r.NewProxy(btLookup(r, "Math.max"), btObj(r)))
	if TypeOf(fnProxy) != "function" {
		t.Error("typeof proxy of a function")
	}
	if got := btCall(r, "Function.prototype.toString", fnProxy); got != `"function () { [native code] }"` {
		t.Errorf("proxy toString %s", got)
	}
	arrProxy := ObjectValue(r.NewProxy(btArr(r, Int(1)), btObj(r)))
	if got := btCall(r, "Object.prototype.toString", arrProxy); got != `"[object Array]"` {
		t.Errorf("array proxy tag %s", got)
	}
	// ownKeys trap results go through CreateListFromArrayLike and must be unique keys.
	keysOf := func(keys ...Value) string {
		h := btObj(r, "ownKeys", ObjectValue(r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value {
			return btArr(r, keys...)
		})))
		return btCall(r, "Reflect.ownKeys", Undefined, ObjectValue(r.NewProxy(btObj(r), h)))
	}
	if got := keysOf(Int(1)); got != `!TypeError: 1 is not a valid property name` {
		t.Errorf("ownKeys non-key: %s", got)
	}
	if got := keysOf(Str("a"), Str("a")); got != `!TypeError: 'ownKeys' on proxy: trap returned duplicate entries` {
		t.Errorf("ownKeys duplicates: %s", got)
	}
	if got := keysOf(Str("a"), SymbolValue(r.Symbols.Iterator)); got != `["a",Symbol(Symbol.iterator)]` {
		t.Errorf("ownKeys: %s", got)
	}
}

func TestNotConstructors(t *testing.T) {
	r := btRT()
	btRunCalls(t, r, []btCase{
		{"Reflect.construct", Undefined, btArgs(btLookup(r, "Symbol"), btArr(r)), `!TypeError: Symbol is not a constructor`},
		{"Reflect.construct", Undefined, btArgs(btLookup(r, "BigInt"), btArr(r)), `!TypeError: BigInt is not a constructor`},
		{"Reflect.construct", Undefined, btArgs(btLookup(r, "Math.max"), btArr(r)), `!TypeError: function max() { [native code] } is not a constructor`},
	})
}
