package vm

import "testing"

// Recorded from node 26.10.
func TestErrors(t *testing.T) {
	r := btRT()
	btRunCalls(t, r, []btCase{
		{"Error.prototype.toString", Int(1), nil, `!TypeError: Method Error.prototype.toString called on incompatible receiver 1`},
		{"Error.prototype.toString", btObj(r, "name", Str("A"), "message", Str("")), nil, `"A"`},
		{"Error.prototype.toString", btObj(r, "name", Str(""), "message", Str("m")), nil, `"m"`},
		{"Error.prototype.toString", btObj(r), nil, `"Error"`},
		{"Error.captureStackTrace", Undefined, btArgs(Int(1)), `!TypeError: invalid_argument`},
		{"AggregateError", Undefined, btArgs(Int(1)), `!TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))`},
		{"AggregateError", Undefined, nil, `!TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))`},
		{"Error.isError", Undefined, btArgs(btObj(r)), `false`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "Error")), `["length","name","prototype","captureStackTrace","prepareStackTrace","isError","stackTraceLimit"]`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "Error.prototype")), `["constructor","name","message","toString"]`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "TypeError.prototype")), `["constructor","name","message"]`},
	})
	get := func(v Value, k string) string { return btShow(r, r.GetV(v, StrKey(k))) }
	e := r.Construct(btLookup(r, "Error").Object(), btArgs(Str("q"), btObj(r, "cause", Int(5))), nil)
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, e); got != `["stack","message","cause"]` {
		t.Errorf("own names %s", got)
	}
	// `stack` is formatted on first read, so a name set by a subclass constructor shows up.
	r.Set(e.Object(), StrKey("name"), Str("Zed"), e)
	if got := get(e, "stack"); got != `"Zed: q"` {
		t.Errorf("stack %s", got)
	}
	r.Set(e.Object(), StrKey("name"), Str("Later"), e)
	if got := get(e, "stack"); got != `"Zed: q"` {
		t.Errorf("stack must be cached after the first read: %s", got)
	}
	r.Set(e.Object(), StrKey("stack"), Str("zz"), e)
	if got := get(e, "stack"); got != `"zz"` {
		t.Errorf("stack after set %s", got)
	}
	// Called without new, with no message: no own message.
	e2 := r.Call(btLookup(r, "TypeError"), Undefined)
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, e2); got != `["stack"]` {
		t.Errorf("own names %s", got)
	}
	if !r.InstanceOf(e2, btLookup(r, "Error")) {
		t.Error("TypeError() instanceof Error")
	}
	agg := r.Construct(btLookup(r, "AggregateError").Object(), btArgs(btArr(r, Int(1), Int(2)), Str("m"), btObj(r, "cause", Str("c"))), nil)
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, agg); got != `["stack","message","cause","errors"]` {
		t.Errorf("aggregate names %s", got)
	}
	o := btObj(r, "name", Str("N"), "message", Str("M"))
	btCall(r, "Error.captureStackTrace", Undefined, o)
	if got := get(o, "stack"); got != `"N: M"` {
		t.Errorf("captureStackTrace %s", got)
	}
	// A non-number stackTraceLimit means no stack at all.
	r.Set(btLookup(r, "Error").Object(), StrKey("stackTraceLimit"), Str("x"), btLookup(r, "Error"))
	e3 := r.Construct(btLookup(r, "Error").Object(), btArgs(Str("b")), nil)
	if got := btCall(r, "Object.getOwnPropertyNames", Undefined, e3); got != `["message"]` {
		t.Errorf("names with bad stackTraceLimit %s", got)
	}
	if got := limitFrames("\n    at a (f:1:1)\n    at b (f:2:1)\n    at c (f:3:1)", 2); got != "\n    at a (f:1:1)\n    at b (f:2:1)" {
		t.Errorf("limitFrames %q", got)
	}
	if got := skipFramesUntil("\n    at inner (f:1:1)\n    at new MyErr (f:2:1)\n    at main (f:3:1)", "MyErr"); got != "\n    at main (f:3:1)" {
		t.Errorf("skipFramesUntil %q", got)
	}
}

func TestSymbols(t *testing.T) {
	r := btRT()
	btRunCalls(t, r, []btCase{
		{"Symbol.prototype.toString", Int(1), nil, `!TypeError: Symbol.prototype.toString requires that 'this' be a Symbol`},
		{"Symbol.keyFor", Undefined, btArgs(Int(1)), `!TypeError: 1 is not a symbol`},
		{"Symbol.keyFor", Undefined, btArgs(SymbolValue(r.Symbols.Iterator)), `undefined`},
		{"Symbol", Undefined, btArgs(Undefined), `Symbol()`},
		{"Symbol", Undefined, btArgs(Null), `Symbol(null)`},
		{"Symbol.for", Undefined, nil, `Symbol(undefined)`},
		{"Symbol.prototype.@@toPrimitive", Int(1), nil, `!TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol`},
		{"Object.getOwnPropertyNames", Undefined, btArgs(btLookup(r, "Symbol")), `["length","name","prototype","for","keyFor","asyncIterator","hasInstance","isConcatSpreadable","iterator","match","matchAll","replace","search","species","split","toPrimitive","toStringTag","unscopables","dispose","asyncDispose"]`},
	})
	k := btCall(r, "Symbol.for", Undefined, Str("k"))
	if k != "Symbol(k)" || btCall(r, "Symbol.keyFor", Undefined, r.Call(btLookup(r, "Symbol.for"), Undefined, Str("k"))) != `"k"` {
		t.Error("Symbol.for registry")
	}
	d := r.Get(r.Intrinsics.SymbolPrototype, StrKey("description"), r.Call(btLookup(r, "Symbol"), Undefined, Str("x")))
	if btShow(r, d) != `"x"` {
		t.Errorf("description %s", btShow(r, d))
	}
}
