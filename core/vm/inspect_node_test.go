package vm

import (
	"math"
	"strings"
	"testing"
)

// TestNodeFormatRecorded checks util.format (console.log's line) against the text the real Node
// 26 printed for the cases in testdata/inspect/record.js. Cases whose values need JavaScript to
// build (closures, classes) have no Go builder yet; they run once the engine can execute the
// recorded source.
func TestNodeFormatRecorded(t *testing.T) {
	rec := loadRecorded(t)
	ran, skipped := 0, []string{}
	for _, c := range rec.Values {
		build, ok := nodeValueBuilders[c.Name]
		if !ok {
			skipped = append(skipped, c.Name)
			continue
		}
		ran++
		t.Run(c.Name, func(t *testing.T) {
			r, b := newInspectRuntime()
			got := r.Format(DefaultInspectOptions(), build(b))
			if got != c.Out {
				t.Errorf("%s\n got: %q\nwant: %q\n got:\n%s\nwant:\n%s", c.JS, got, c.Out, got, c.Out)
			}
		})
	}
	t.Logf("%d recorded cases checked, %d need the interpreter: %s", ran, len(skipped), strings.Join(skipped, ", "))
}

func vals(b *vb, xs ...any) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = b.val(x)
	}
	return out
}

var nodeValueBuilders = map[string]func(b *vb) []Value{
	"undefined": func(b *vb) []Value { return vals(b, Undefined) },
	"null":      func(b *vb) []Value { return vals(b, nil) },
	"booleans":  func(b *vb) []Value { return vals(b, true, false) },
	"numbers": func(b *vb) []Value {
		return vals(b, 0, math.Copysign(0, -1), 1.5, -2, 1e21, 1e-7, math.NaN(), math.Inf(1), math.Inf(-1), 123456789012.0)
	},
	"bigint": func(b *vb) []Value {
		x, y := new(BigInt), new(BigInt)
		x.v.SetInt64(1)
		y.v.SetString("-12345678901234567890", 10)
		return vals(b, BigIntValue(x), BigIntValue(y))
	},
	"symbols":              func(b *vb) []Value { return vals(b, b.sym("x"), b.r.NewSymbol(Undefined), b.r.Symbols.Iterator) },
	"string top level raw": func(b *vb) []Value { return vals(b, "it's \"q\"\n") },
	"two strings":          func(b *vb) []Value { return vals(b, "a", "b") },
	"no args":              func(b *vb) []Value { return nil },
	"string quotes": func(b *vb) []Value {
		return vals(b, b.arr("a", "it's", `say "hi" it's`, "all '\"` three", "${x} '\"", `a\b`, "tab\there", "nul\x00", "\u007f\u009f",
			StringValue(NewStringUTF16([]uint16{0xD800, 'x'})), "😀"))
	},
	"long string in array":  func(b *vb) []Value { return vals(b, b.arr(strings.Repeat("a", 80))) },
	"multiline long string": func(b *vb) []Value { return vals(b, b.arr("aaaaaaaaaaaaaaaa\n"+strings.Repeat("b", 73))) },
	"string split lines": func(b *vb) []Value {
		return vals(b, b.obj("text", "line one of the text\nline two of the text\nline three of the text that is longer"))
	},
	"empty object": func(b *vb) []Value { return vals(b, b.obj()) },
	"flat object":  func(b *vb) []Value { return vals(b, b.obj("a", 1, "b", "x", "c", true, "d", nil, "e", Undefined)) },
	"nested object": func(b *vb) []Value {
		return vals(b, b.obj("a", b.obj("b", b.obj("c", b.obj("d", 1)))))
	},
	"nested array depth": func(b *vb) []Value {
		return vals(b, b.obj("a", b.obj("b", b.obj("c", b.arr(1)))), b.obj("a", b.obj("b", b.obj("c", b.arr()))), b.arr(b.arr(b.arr(b.arr(1)))))
	},
	"keys quoting": func(b *vb) []Value {
		return vals(b, b.obj("a-b", 1, "it's", 2, "\n", 3, "é", 4, "_x", 5, "$y", 6, "0", 7, "1.5", 8, "", 9, "__proto__x", 10))
	},
	"symbol keys": func(b *vb) []Value {
		return vals(b, b.obj(b.sym("s"), 1, b.r.NewSymbol(Undefined), 2, b.r.Symbols.Iterator, 3, "a", 4))
	},
	"proto key": func(b *vb) []Value { return vals(b, b.obj("__proto__", 1)) },
	"accessors": func(b *vb) []Value {
		o := b.obj()
		b.getter(o, "a", true, false)
		b.getter(o, "b", false, true)
		b.getter(o, "c", true, true)
		return vals(b, o)
	},
	"null prototype": func(b *vb) []Value { return vals(b, b.objProto(nil, "a", 1), b.objProto(nil)) },
	"object breaks": func(b *vb) []Value {
		return vals(b, b.obj("alpha", "aaaaaaaaaaaaaaaa", "beta", "bbbbbbbbbbbbbbbbbbbb", "gamma", "cccccccccccccccc", "delta", 1))
	},
	"object 4 levels breaks": func(b *vb) []Value {
		return vals(b, b.obj("a", b.obj("b", b.obj("c", b.obj())), "x", b.arr(1, 2, b.obj("y", b.arr(3, 4)))))
	},
	"compact 3 inner": func(b *vb) []Value {
		return vals(b, b.obj("a", b.arr(b.obj("b", 1, "c", 2), b.obj("d", 3)), "e", b.obj("f", b.obj("g", 1))))
	},
	"wide nested": func(b *vb) []Value {
		return vals(b, b.obj("key1", b.obj("inner", "value value value"), "key2", b.obj("inner", "value value value"), "key3", 1))
	},
	"circular": func(b *vb) []Value {
		o := b.obj("a", 1)
		b.set(o, "self", o)
		return vals(b, o, b.arr(o))
	},
	"circular two refs": func(b *vb) []Value {
		a := b.obj("n", "a")
		bb := b.obj("n", "b", "a", a)
		b.set(a, "b", bb, "self", a)
		return vals(b, a)
	},
	"non-enumerable hidden": func(b *vb) []Value { return vals(b, b.hidden(b.obj("v", 1), "h", 2)) },
	"toStringTag": func(b *vb) []Value {
		tag := b.r.Symbols.ToStringTag
		return vals(b, b.obj(tag, "foo"), b.hidden(b.obj(), tag, "bar"), b.hidden(b.obj("a", 1), tag, "baz"))
	},
	"Math JSON Reflect": func(b *vb) []Value {
		tag := b.r.Symbols.ToStringTag
		return vals(b, b.hidden(b.obj(), tag, "Math"), b.hidden(b.obj(), tag, "JSON"), b.hidden(b.obj(), tag, "Reflect"))
	},
	"globalThis-like object": func(b *vb) []Value { return vals(b, b.objProto(b.objProto(nil))) },
	"empty array":            func(b *vb) []Value { return vals(b, b.arr()) },
	"small array":            func(b *vb) []Value { return vals(b, b.arr(1, 2, 3)) },
	"array mixed": func(b *vb) []Value {
		return vals(b, b.arr(1, "two", b.obj("three", 3), b.arr(4), nil, Undefined))
	},
	"array holes": func(b *vb) []Value {
		return vals(b, b.r.NewArrayWithLength(5), b.arr(1, Hole, 3), b.arr(Hole, Hole, 1, Hole), b.r.NewArrayWithLength(1))
	},
	"array extra props": func(b *vb) []Value { return vals(b, b.set(b.arr(1, 2), "x", 1, "-1", 2)) },
	"array 26 numbers":  func(b *vb) []Value { return vals(b, b.ints(26, func(i int) any { return i })) },
	"array 101 numbers": func(b *vb) []Value { return vals(b, b.ints(101, func(i int) any { return i * 3 })) },
	"array 7 numbers":   func(b *vb) []Value { return vals(b, b.arr(1, 2, 3, 4, 5, 6, 7)) },
	"array 30 strings": func(b *vb) []Value {
		return vals(b, b.ints(30, func(i int) any { return "s" + itoa(i) }))
	},
	"array mixed widths": func(b *vb) []Value {
		return vals(b, b.arr(1, 22, 333, 4444, 55555, 666666, 7777777, 1, 2, 3, 4, 5))
	},
	"array negative floats": func(b *vb) []Value {
		return vals(b, b.arr(-1.5, 2.25, -3, 400, 5e-7, 6, 7, 8, -9, 10))
	},
	"array of objects": func(b *vb) []Value { return vals(b, b.ints(8, func(i int) any { return b.obj("a", i) })) },
	"array of long strings": func(b *vb) []Value {
		return vals(b, b.ints(10, func(i int) any { return "string number " + itoa(i) }))
	},
	"array bigint": func(b *vb) []Value {
		return vals(b, b.ints(8, func(i int) any {
			x := new(BigInt)
			x.v.SetInt64(int64([]int{1, 2, 3, 4, 5, 6, 7, 100}[i]))
			return BigIntValue(x)
		}))
	},
	"array holes many": func(b *vb) []Value {
		a := b.r.NewArrayWithLength(120)
		b.set(a, "3", 1, "50", 2)
		return vals(b, a)
	},
	"array with string entries": func(b *vb) []Value {
		return vals(b, b.arr("apple", "banana", "cherry", "date", "elderberry", "fig", "grape"))
	},
	"nested arrays": func(b *vb) []Value {
		return vals(b, b.arr(b.arr(1, 2, b.arr(3, 4, b.arr(5, b.arr(6)))), b.obj("a", b.arr(1, 2, 3))))
	},
	"array 200 mixed": func(b *vb) []Value {
		return vals(b, b.ints(200, func(i int) any {
			if i%3 != 0 {
				return i
			}
			return "x" + itoa(i)
		}))
	},
	"array in object grouping": func(b *vb) []Value {
		return vals(b, b.obj("data", b.ints(12, func(i int) any { return i * 100 })))
	},
	"boxed": func(b *vb) []Value {
		ten := new(BigInt)
		ten.v.SetInt64(10)
		return vals(b, b.boxed(Int(3)), b.boxed(Str("ab")), b.boxed(False), b.boxed(Number(math.Copysign(0, -1))),
			b.boxed(SymbolValue(b.sym("s"))), b.boxed(BigIntValue(ten)))
	},
	"boxed with props": func(b *vb) []Value {
		return vals(b, b.set(b.boxed(Int(1)), "x", 2), b.set(b.boxed(Str("ab")), "y", 1))
	},
	"dates": func(b *vb) []Value {
		return vals(b, b.date(0), b.date(math.NaN()), b.date(1709209845123), b.date(-1e14), b.date(8.64e15))
	},
	"date in object":  func(b *vb) []Value { return vals(b, b.obj("when", b.date(86400000))) },
	"date with props": func(b *vb) []Value { return vals(b, b.set(b.date(0), "tag", 1)) },
	"regexps": func(b *vb) []Value {
		return vals(b, b.regexp("a", "g"), b.regexp(`a\/b`, "gi"), b.regexp("", ""), b.regexp("[x]+", "msuy"))
	},
	"regexp with props":     func(b *vb) []Value { return vals(b, b.set(b.regexp("x", ""), "y", 1)) },
	"error no stack frames": func(b *vb) []Value { return vals(b, b.errorWith("Error", "m", "Error: m")) },
	"error with frames": func(b *vb) []Value {
		e := b.errorWith("Error", "m", "Error: m\n    at a (f.js:1:1)\n    at b (f.js:2:2)")
		return vals(b, e, b.arr(e), b.obj("e", e))
	},
	"error extra props": func(b *vb) []Value {
		return vals(b, b.set(b.errorWith("Error", "m", "Error: m\n    at a (f.js:1:1)"), "code", 1, "extra", b.obj("a", 1)))
	},
	"error name changed": func(b *vb) []Value {
		return vals(b, b.set(b.errorWith("Error", "m", "Error: m"), "name", "Custom"))
	},
	"error subclass": func(b *vb) []Value {
		proto := b.r.NewObjectWithProto(b.r.Intrinsics.ErrorPrototype)
		b.r.NewNativeConstructor("MyErr", 0, proto, nil, func(r *Runtime, args []Value, nt *Object) Value { return Undefined })
		e := b.r.NewErrorWithProto(proto, "Error", "q")
		b.r.DefineData(e, StrKey("stack"), Str("Error: q\n    at f (x.js:1:1)"), AttrHidden)
		return vals(b, e)
	},
	"error type": func(b *vb) []Value {
		e := b.errorWith("TypeError", "t", "TypeError: t")
		return vals(b, e, b.arr(e))
	},
	"error cause": func(b *vb) []Value {
		e := b.errorWith("Error", "outer", "Error: outer")
		b.hidden(e, "cause", b.errorWith("Error", "inner", "Error: inner"))
		return vals(b, e)
	},
	"error cause primitive": func(b *vb) []Value {
		return vals(b, b.hidden(b.errorWith("Error", "x", "Error: x"), "cause", 1))
	},
	"error empty message":     func(b *vb) []Value { return vals(b, b.errorWith("Error", "", "Error")) },
	"error multiline message": func(b *vb) []Value { return vals(b, b.errorWith("Error", "multi\nline", "Error: multi\nline")) },
	"error no stack": func(b *vb) []Value {
		e := b.r.NewError("Error", "m")
		b.r.DefineData(e, StrKey("stack"), Undefined, AttrHidden)
		return vals(b, e)
	},
	"error null prototype": func(b *vb) []Value { return vals(b, b.nullProto(b.errorWith("Error", "m", "Error: m"))) },
	"error aggregate": func(b *vb) []Value {
		e := b.errorWith("AggregateError", "agg", "AggregateError: agg")
		b.hidden(e, "errors", b.arr(b.errorWith("Error", "a", "Error: a")))
		return vals(b, e)
	},
	"error like object": func(b *vb) []Value { return vals(b, b.objProto(b.r.Intrinsics.ErrorPrototype)) },
	"bound": func(b *vb) []Value {
		f := b.r.NewObjectOfType(TypeBoundFunction, b.r.Intrinsics.FunctionPrototype, &BoundFunction{Target: b.fn("f")})
		b.r.DefineData(f, StrKey("name"), Str("bound f"), AttrConfigurable)
		return vals(b, f)
	},
	"native functions": func(b *vb) []Value { return vals(b, b.fn("max"), b.fn("push"), b.ctor["Object"]) },
	"function null proto": func(b *vb) []Value {
		return vals(b, b.nullProto(b.fn("f")))
	},
	"class instances": func(b *vb) []Value {
		foo := func() *Object { return b.instance("Foo", "x", 1) }
		return vals(b, foo(), b.instance("F", "y", 2), b.arr(foo()))
	},
	"maps": func(b *vb) []Value {
		return vals(b, b.mapOf(), b.mapOf("k", 1, b.obj("a", 1), b.arr(2)))
	},
	"sets": func(b *vb) []Value { return vals(b, b.setOf(), b.setOf(1, "two", b.arr(3))) },
	"map nested depth": func(b *vb) []Value {
		return vals(b, b.obj("a", b.obj("b", b.obj("c", b.mapOf(1, 2)))), b.obj("a", b.obj("b", b.setOf(b.setOf(1)))))
	},
	"weak": func(b *vb) []Value {
		return vals(b, b.r.NewObjectOfType(TypeWeakMap, b.r.Intrinsics.WeakMapPrototype, nil),
			b.r.NewObjectOfType(TypeWeakSet, b.r.Intrinsics.WeakSetPrototype, nil))
	},
	"null proto collections": func(b *vb) []Value {
		return vals(b, b.nullProto(b.arr(1, 2)), b.nullProto(b.mapOf(1, 2)), b.nullProto(b.setOf(1)))
	},
	"big set": func(b *vb) []Value {
		xs := make([]any, 110)
		for i := range xs {
			xs[i] = i
		}
		return vals(b, b.setOf(xs...))
	},
	"map iterators": func(b *vb) []Value {
		return vals(b, b.iter(b.mapOf(1, 2, 3, 4), "entries"), b.iter(b.mapOf(1, 2), "keys"), b.iter(b.mapOf(1, 2), "values"),
			b.iter(b.setOf(5), "values"), b.iter(b.setOf(5), "entries"))
	},
	"consumed iterator": func(b *vb) []Value {
		it := b.iter(b.setOf(1, 2, 3), "values")
		b.r.Call(b.r.GetStr(it, "next"), ObjectValue(it))
		return vals(b, it)
	},
	"array iterator": func(b *vb) []Value {
		in := &b.r.Intrinsics
		return vals(b, b.r.NewObjectOfType(TypeArrayIterator, in.ArrayIteratorPrototype, nil),
			b.r.NewObjectOfType(TypeStringIterator, in.StringIteratorPrototype, nil),
			b.r.NewObjectOfType(TypeArrayIterator, in.ArrayIteratorPrototype, nil))
	},
	"promises": func(b *vb) []Value {
		p := func(s PromiseState, v Value) *Object {
			return b.r.NewObjectOfType(TypePromise, b.r.Intrinsics.PromisePrototype, &fakePromise{s, v})
		}
		return vals(b, p(PromiseFulfilled, Int(1)), p(PromisePending, Undefined), p(PromiseRejected, Int(3)),
			p(PromiseFulfilled, b.val(b.obj("a", b.arr(1)))))
	},
	"generator object": func(b *vb) []Value {
		proto := b.r.NewObjectWithProto(b.r.Intrinsics.GeneratorPrototype)
		return vals(b, b.r.NewObjectOfType(TypeGenerator, proto, &fakeGenerator{b.jsFn("g"), "suspended"}))
	},
	"arguments": func(b *vb) []Value {
		a := b.r.NewObjectOfType(TypeArguments, b.r.Intrinsics.ObjectPrototype, nil)
		b.set(a, "0", 1, "1", "a")
		b.hidden(a, "length", 2)
		b.hidden(a, b.r.Symbols.Iterator, b.fn("values"))
		return vals(b, a)
	},
	"proxies": func(b *vb) []Value {
		return vals(b, b.proxy(b.obj("a", 1)), b.proxy(b.arr(1, 2)), b.proxy(b.fn("f")), b.proxy(b.proxy(b.obj())))
	},
	"revoked proxy": func(b *vb) []Value {
		p := b.proxy(b.obj())
		p.Internal.(*ProxyData).Handler = nil
		return vals(b, p, b.obj("p", p))
	},
	"proxy traps not run": func(b *vb) []Value {
		h := b.obj()
		b.set(h, "get", b.r.NewNativeFunction("get", 0, func(r *Runtime, this Value, args []Value) Value {
			r.ThrowTypeError("no")
			return Undefined
		}))
		return vals(b, b.r.NewObjectOfType(TypeProxy, nil, &ProxyData{Target: b.obj("a", 1), Handler: h}))
	},
	"format s": func(b *vb) []Value {
		five := new(BigInt)
		five.v.SetInt64(5)
		return vals(b, "%s|%s|%s|%s|%s|%s", "str", 42, math.Copysign(0, -1), BigIntValue(five), b.sym("q"), nil)
	},
	"format s objects": func(b *vb) []Value {
		custom := b.obj()
		b.set(custom, "toString", b.r.NewNativeFunction("toString", 0, func(r *Runtime, this Value, args []Value) Value { return Str("custom") }))
		return vals(b, "%s %s %s %s", b.obj("a", b.obj("b", 1)), b.arr(1, b.arr(2, b.arr(3))),
			b.errorWith("Error", "e", "Error: e\n    at x (y.js:1:1)"), custom)
	},
	"format d i f": func(b *vb) []Value {
		ten := new(BigInt)
		ten.v.SetInt64(10)
		return vals(b, "%d %d %d %i %i %f %f %d", 42, "42.5", b.obj(), 42.9, "0x1A", "3.5abc", "x", BigIntValue(ten))
	},
	"format o O": func(b *vb) []Value {
		return vals(b, "%o|%O", b.obj("a", b.arr(1, 2)), b.obj("a", b.obj("b", b.obj("c", b.obj("d", b.obj())))))
	},
	"format j": func(b *vb) []Value { return vals(b, "%j %j %j", b.obj("a", b.arr(1, "x")), "s", Undefined) },
	"format j circular": func(b *vb) []Value {
		o := b.obj()
		b.set(o, "o", o)
		return vals(b, "%j", o)
	},
	"format c percent":        func(b *vb) []Value { return vals(b, "%c styled %% 100%", "color: red") },
	"format extra args":       func(b *vb) []Value { return vals(b, "a %s", "b", "c", b.obj("d", 1), 2) },
	"format missing args":     func(b *vb) []Value { return vals(b, "%s %d %j %%") },
	"format missing args2":    func(b *vb) []Value { return vals(b, "%s %d %%", 1) },
	"format unknown":          func(b *vb) []Value { return vals(b, "%x %s", 1) },
	"format trailing percent": func(b *vb) []Value { return vals(b, "100%", 1) },
	"format not first":        func(b *vb) []Value { return vals(b, 1, "%s", 2) },
	"format only percent":     func(b *vb) []Value { return vals(b, "%%", 1) },
	"format o native fn":      func(b *vb) []Value { return vals(b, "%o", b.r.GetStr(b.r.Intrinsics.Math, "max")) },
	"format o deep array": func(b *vb) []Value {
		return vals(b, "%o", b.arr(1, b.arr(2, b.arr(3, b.arr(4, b.arr(5, b.arr(6)))))))
	},
	"format o proto getter": func(b *vb) []Value {
		o := b.instance("Foo", "a", 1)
		proto := o.Proto()
		b.r.DefineAccessor(proto, StrKey("g"), b.jsFn("get"), nil, AttrConfigurable)
		b.set(proto, "k", 5)
		return vals(b, "%o", o)
	},
	"format o null proto hidden": func(b *vb) []Value { return vals(b, "%o", b.hidden(b.objProto(nil), "x", 1)) },
	"format O deep": func(b *vb) []Value {
		return vals(b, "%O", b.obj("a", b.obj("b", b.obj("c", b.obj("d", b.obj("e", 1))))))
	},
	"format o map and string": func(b *vb) []Value { return vals(b, "%o %o %o", b.mapOf(1, b.obj("a", 1)), "str", 5) },
}
