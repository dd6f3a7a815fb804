package vm

import "testing"

// Recorded from node 26.10.
func TestFunctionPrototype(t *testing.T) {
	r := btRT()
	max := btLookup(r, "Math.max")
	btRunCalls(t, r, []btCase{
		{"Function.prototype.call", Int(1), nil, `!TypeError: Function.prototype.call was called on 1, which is a number and not a function`},
		{"Function.prototype.call", Undefined, nil, `!TypeError: Function.prototype.call was called on undefined, which is undefined and not a function`},
		{"Function.prototype.call", Str("s"), nil, `!TypeError: Function.prototype.call was called on s, which is a string and not a function`},
		{"Function.prototype.apply", btObj(r), nil, `!TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function`},
		{"Function.prototype.bind", Int(1), nil, `!TypeError: Bind must be called on a function`},
		{"Function.prototype.apply", max, btArgs(Null, Int(5)), `!TypeError: CreateListFromArrayLike called on non-object`},
		{"Function.prototype.apply", max, btArgs(Null, btObj(r, "length", Int(2), "0", Int(1), "1", Int(7))), `7`},
		{"Function.prototype.call", max, btArgs(Null, Int(1), Int(9)), `9`},
		{"Function.prototype.toString", btObj(r), nil, `!TypeError: Function.prototype.toString requires that 'this' be a Function`},
		{"Function.prototype.toString", btLookup(r, "Function.prototype"), nil, `"function () { [native code] }"`},
		{"Function.prototype.toString", max, nil, `"function max() { [native code] }"`},
		{"Function.prototype.toString", btLookup(r, "Symbol.prototype.@@toPrimitive"), nil, `"function [Symbol.toPrimitive]() { [native code] }"`},
		{"Function.prototype.@@hasInstance", btObj(r), btArgs(btObj(r)), `false`},
		{"Function.prototype.@@hasInstance", btLookup(r, "Object"), btArgs(btObj(r)), `true`},
		{"Function", Undefined, btArgs(Str("return 1")), `fn anonymous`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "Function.prototype")), `["length","name","constructor","apply","bind","call","toString","arguments","caller"]`},
	})
	bound := r.Call(btLookup(r, "Function.prototype.bind"), max, Null, Int(1))
	if got := btShow(r, r.GetV(bound, StrKey("name"))); got != `"bound max"` {
		t.Errorf("bound name %s", got)
	}
	if got := btShow(r, r.GetV(bound, StrKey("length"))); got != "1" {
		t.Errorf("bound length %s", got)
	}
	if got := btShow(r, r.Call(bound, Undefined, Int(5), Int(-1))); got != "5" {
		t.Errorf("bound call %s", got)
	}
	if got := btCall(r, "Function.prototype.toString", bound); got != `"function () { [native code] }"` {
		t.Errorf("bound toString %s", got)
	}
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, bound); got != `["length","name"]` {
		t.Errorf("bound names %s", got)
	}
	twice := r.Call(btLookup(r, "Function.prototype.bind"), bound)
	if got := btShow(r, r.GetV(twice, StrKey("name"))); got != `"bound bound max"` {
		t.Errorf("bound twice %s", got)
	}
	if got := btCall(r, "Object.prototype.toString", bound); got != `"[object Function]"` {
		t.Errorf("bound tag %s", got)
	}
}

func TestFunctionPoisonedAccessors(t *testing.T) {
	r := btRT()
	want := `!TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them`
	if got := btTry(r, func() Value { return r.GetV(btLookup(r, "Math.max"), StrKey("caller")) }); got != want {
		t.Errorf("Math.max.caller: %s", got)
	}
}
