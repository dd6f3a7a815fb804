package vm

import "testing"

func (c *tc) iter(xs ...any) Value { return c.call(c.arr(xs...), "values") }

func (c *tc) double() Value { return c.fn(func(a []Value) Value { return Number(a[0].num * 2) }) }

var iteratorCases = []jsCase{
	{"Iterator()", "throws TypeError: Constructor Iterator requires 'new'", func(c *tc) Value { return c.r.Call(c.global("Iterator"), Undefined) }},
	{"new Iterator()", "throws TypeError: Abstract class Iterator not directly constructable", func(c *tc) Value { return c.construct("Iterator") }},
	{"[1, 2, 3].values().map(x => x * 2).toArray()", "[2, 4, 6]", func(c *tc) Value { return c.call(c.call(c.iter(1, 2, 3), "map", c.double()), "toArray") }},
	{"[1, 2, 3, 4].values().filter(x => x % 2).take(1).toArray()", "[1]", func(c *tc) Value {
		odd := c.fn(func(a []Value) Value { return Bool(int(a[0].num)%2 == 1) })
		return c.call(c.call(c.call(c.iter(1, 2, 3, 4), "filter", odd), "take", 1), "toArray")
	}},
	{"[1, 2, 3].values().drop(1).toArray()", "[2, 3]", func(c *tc) Value { return c.call(c.call(c.iter(1, 2, 3), "drop", 1), "toArray") }},
	{"[1, 2].values().flatMap(x => [x, x]).toArray()", "[1, 1, 2, 2]", func(c *tc) Value {
		return c.call(c.call(c.iter(1, 2), "flatMap", c.fn(func(a []Value) Value { return c.arr(a[0], a[0]) })), "toArray")
	}},
	{"[1, 2].values().flatMap(x => x).toArray()", "throws TypeError: Iterator.prototype.flatMap called on non-object", func(c *tc) Value {
		return c.call(c.call(c.iter(1, 2), "flatMap", c.fn(func(a []Value) Value { return a[0] })), "toArray")
	}},
	{"[1, 2, 3].values().reduce((a, b) => a + b)", "6", func(c *tc) Value {
		return c.call(c.iter(1, 2, 3), "reduce", c.fn(func(a []Value) Value { return Number(a[0].num + a[1].num) }))
	}},
	{"[].values().reduce((a, b) => a + b)", "throws TypeError: Reduce of a done iterator with no initial value", func(c *tc) Value {
		return c.call(c.iter(), "reduce", c.fn(func(a []Value) Value { return a[0] }))
	}},
	{"[[1, 2, 3].values().some(x => x > 2), [1, 2, 3].values().every(x => x > 2), [1, 2, 3].values().find(x => x > 1)]", "[true, false, 2]", func(c *tc) Value {
		gt := func(n float64) Value { return c.fn(func(a []Value) Value { return Bool(a[0].num > n) }) }
		return c.arr(c.call(c.iter(1, 2, 3), "some", gt(2)), c.call(c.iter(1, 2, 3), "every", gt(2)), c.call(c.iter(1, 2, 3), "find", gt(1)))
	}},
	{"[1].values().map(5)", "throws TypeError: number 5 is not a function", func(c *tc) Value { return c.call(c.iter(1), "map", 5) }},
	{"[1].values().take(-1)", "throws RangeError: -1 must be positive", func(c *tc) Value { return c.call(c.iter(1), "take", -1) }},
	{"[1].values().drop('x')", "throws RangeError: x must be positive", func(c *tc) Value { return c.call(c.iter(1), "drop", "x") }},
	{"Iterator.prototype.map.call(5, x => x)", "throws TypeError: Iterator.prototype.map called on non-object", func(c *tc) Value {
		return c.method("Iterator", "map", 5, c.double())
	}},
	{"Iterator.from(5)", "throws TypeError: Iterator.from called on non-object", func(c *tc) Value { return c.static("Iterator", "from", 5) }},
	{"Iterator.from('ab').toArray()", "['a', 'b']", func(c *tc) Value { return c.call(c.static("Iterator", "from", "ab"), "toArray") }},
	{"Iterator.from({ i: 0, next() { return { done: this.i > 1, value: this.i++ }; } }).map(x => x * 2).toArray()", "[0, 2]", func(c *tc) Value {
		o := c.obj("i", 0)
		c.r.Set(o.Object(), StrKey("next"), c.fn(func(a []Value) Value {
			i := c.r.GetStr(o.Object(), "i")
			c.r.Set(o.Object(), StrKey("i"), Number(i.num+1), o)
			res := c.obj("done", i.num > 1, "value", i)
			return res
		}), o)
		return c.call(c.call(c.static("Iterator", "from", o), "map", c.double()), "toArray")
	}},
	{"Iterator.concat([1], [2, 3]).toArray()", "[1, 2, 3]", func(c *tc) Value { return c.call(c.static("Iterator", "concat", c.arr(1), c.arr(2, 3)), "toArray") }},
	{"Iterator.concat(5)", "throws TypeError: Iterator.concat called on non-object", func(c *tc) Value { return c.static("Iterator", "concat", 5) }},
	{"(it => (it.next(), [it.return(), it.next()]))([1, 2].values().map(x => x))", "[{value: undefined, done: true}, {value: undefined, done: true}]", func(c *tc) Value {
		it := c.call(c.iter(1, 2), "map", c.double())
		c.call(it, "next")
		return c.arr(c.call(it, "return"), c.call(it, "next"))
	}},
	{"[Iterator.prototype[Symbol.toStringTag], Iterator.prototype.constructor === Iterator, String([1].values().map(x => x))]", "['Iterator', true, '[object Iterator Helper]']", func(c *tc) Value {
		p := ObjectValue(c.r.Intrinsics.IteratorPrototype)
		return c.arr(c.r.GetV(p, symKey(c.r.Symbols.ToStringTag)), Bool(c.r.GetV(p, StrKey("constructor")).AsObject() == c.global("Iterator").AsObject()),
			c.r.ToStringValue(c.call(c.iter(1), "map", c.double())))
	}},
	{"[1].values().map(x => x).next.call({})", "throws TypeError: Method Iterator Helper.prototype.next called on incompatible receiver #<Object>", func(c *tc) Value {
		return c.r.Call(c.r.GetV(c.call(c.iter(1), "map", c.double()), StrKey("next")), c.obj())
	}},
	{"[1, 2].values().map((x, i) => i).toArray()", "[0, 1]", func(c *tc) Value {
		return c.call(c.call(c.iter(1, 2), "map", c.fn(func(a []Value) Value { return a[1] })), "toArray")
	}},
	{"(() => { let closed = 0; const it = { next() { return { value: 1, done: false }; }, return() { closed++; return {}; }, __proto__: Iterator.prototype }; it.take(2).toArray(); return closed; })()", "1", func(c *tc) Value {
		closed := 0
		o := c.r.NewObjectWithProto(c.r.Intrinsics.IteratorPrototype)
		c.r.Set(o, StrKey("next"), c.fn(func(a []Value) Value { return c.obj("value", 1, "done", false) }), ObjectValue(o))
		c.r.Set(o, StrKey("return"), c.fn(func(a []Value) Value { closed++; return c.obj() }), ObjectValue(o))
		c.call(c.call(ObjectValue(o), "take", 2), "toArray")
		return Int(closed)
	}},
}

func TestIteratorHelpers(t *testing.T) { runCases(t, iteratorCases) }
