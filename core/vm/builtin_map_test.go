package vm

import "testing"

func (c *tc) mapOf(kv ...any) Value {
	var entries []any
	for i := 0; i+1 < len(kv); i += 2 {
		entries = append(entries, []any{kv[i], kv[i+1]})
	}
	return c.construct("Map", entries)
}

func (c *tc) setOf(xs ...any) Value { return c.construct("Set", xs) }

var collectionCases = []jsCase{
	{"new Map([[1, 'a'], ['1', 'b']])", "Map{1 => 'a', '1' => 'b'}", func(c *tc) Value { return c.mapOf(1, "a", "1", "b") }},
	{"new Map([1])", "throws TypeError: Iterator value 1 is not an entry object", func(c *tc) Value { return c.construct("Map", []any{1}) }},
	{"new Map(5)", "throws TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))", func(c *tc) Value { return c.construct("Map", 5) }},
	{"Map()", "throws TypeError: Constructor Map requires 'new'", func(c *tc) Value { return c.r.Call(c.global("Map"), Undefined) }},
	{"(m => [m.get(NaN), m.get(-0), m.has(-0), [...m.keys()]])(new Map([[NaN, 1], [0, 2]]))", "[1, 2, true, [NaN, 0]]", func(c *tc) Value {
		m := c.mapOf(nan, 1, 0, 2)
		return c.arr(c.call(m, "get", nan), c.call(m, "get", negZero), c.call(m, "has", negZero), c.static("Array", "from", c.call(m, "keys")))
	}},
	{"(m => (m.set(-0, 1), Object.is([...m.keys()][0], -0)))(new Map())", "false", func(c *tc) Value {
		m := c.construct("Map")
		c.call(m, "set", negZero, 1)
		k := c.r.GetV(c.static("Array", "from", c.call(m, "keys")), IndexKey(0))
		return Bool(SameValue(k, Number(negZero)))
	}},
	{"(m => [m.delete('a'), m.delete('a'), m.size, m.set('c', 3) === m, [...m]])(new Map([['a', 1], ['b', 2]]))", "[true, false, 1, true, [['b', 2], ['c', 3]]]", func(c *tc) Value {
		m := c.mapOf("a", 1, "b", 2)
		d1, d2 := c.call(m, "delete", "a"), c.call(m, "delete", "a")
		size := c.r.GetV(m, StrKey("size"))
		same := Bool(c.call(m, "set", "c", 3).AsObject() == m.AsObject())
		return c.arr(d1, d2, size, same, c.static("Array", "from", m))
	}},
	{"(m => { const seen = []; m.forEach((v, k) => { seen.push(k); if (k === 1) { m.delete(2); m.set(4, 'd'); } }); return seen; })(new Map([[1, 'a'], [2, 'b'], [3, 'c']]))", "[1, 3, 4]", func(c *tc) Value {
		m := c.mapOf(1, "a", 2, "b", 3, "c")
		seen := c.arr()
		c.call(m, "forEach", c.fn(func(a []Value) Value {
			c.call(seen, "push", a[1])
			if a[1].num == 1 {
				c.call(m, "delete", 2)
				c.call(m, "set", 4, "d")
			}
			return Undefined
		}))
		return seen
	}},
	{"(s => { const seen = []; for (const x of s) { seen.push(x); if (x === 1) { s.clear(); s.add(9); } } return seen; })(new Set([1, 2, 3]))", "[1, 9]", func(c *tc) Value {
		s := c.setOf(1, 2, 3)
		seen := c.arr()
		it := c.call(s, "values")
		for {
			res := c.call(it, "next")
			if ToBoolean(c.r.GetV(res, StrKey("done"))) {
				return seen
			}
			x := c.r.GetV(res, StrKey("value"))
			c.call(seen, "push", x)
			if x.num == 1 {
				c.call(s, "clear")
				c.call(s, "add", 9)
			}
		}
	}},
	{"(s => { const it = s.values(); const out = [it.next().value]; for (let i = 0; i < 40; i++) s.delete(i); s.add('x'); for (const v of it) out.push(v); return out; })(new Set(Array.from({length: 50}, (_, i) => i)))",
		"[0, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 'x']", func(c *tc) Value {
			var xs []any
			for i := 0; i < 50; i++ {
				xs = append(xs, i)
			}
			s := c.setOf(xs...)
			it := c.call(s, "values")
			out := c.arr(c.r.GetV(c.call(it, "next"), StrKey("value")))
			for i := 0; i < 40; i++ {
				c.call(s, "delete", i)
			}
			c.call(s, "add", "x")
			return c.call(out, "concat", c.static("Array", "from", it))
		}},
	{"new Map([[1, 2]]).getOrInsert(1, 5) + new Map().getOrInsert(1, 5)", "7", func(c *tc) Value {
		return c.r.Add(c.call(c.mapOf(1, 2), "getOrInsert", 1, 5), c.call(c.construct("Map"), "getOrInsert", 1, 5))
	}},
	{"new Map().getOrInsertComputed(1, k => k + 10)", "11", func(c *tc) Value {
		return c.call(c.construct("Map"), "getOrInsertComputed", 1, c.fn(func(a []Value) Value { return Number(a[0].num + 10) }))
	}},
	{"new Map().getOrInsertComputed(1, 5)", "throws TypeError: Map.prototype.getOrInsertComputed is not a function", func(c *tc) Value {
		return c.call(c.construct("Map"), "getOrInsertComputed", 1, 5)
	}},
	{"Map.prototype.size", "throws TypeError: Method get Map.prototype.size called on incompatible receiver #<Map>", func(c *tc) Value {
		return c.r.GetV(ObjectValue(c.r.Intrinsics.MapPrototype), StrKey("size"))
	}},
	{"new Map().entries().next.call({})", "throws TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>", func(c *tc) Value {
		return c.r.Call(c.r.GetV(c.call(c.construct("Map"), "entries"), StrKey("next")), c.obj())
	}},
	{"Map.prototype.get.call([], 1)", "throws TypeError: Method Map.prototype.get called on incompatible receiver [object Array]", func(c *tc) Value {
		return c.method("Map", "get", c.arr(), 1)
	}},
	{"new Map([[1, 2]]).forEach(5)", "throws TypeError: number 5 is not a function", func(c *tc) Value { return c.call(c.mapOf(1, 2), "forEach", 5) }},
	{"Map.groupBy([1, 2, 3, 4], x => x % 2 ? 'odd' : 'even')", "Map{'odd' => [1, 3], 'even' => [2, 4]}", func(c *tc) Value {
		return c.static("Map", "groupBy", c.arr(1, 2, 3, 4), c.fn(func(a []Value) Value {
			if int(a[0].num)%2 == 1 {
				return Str("odd")
			}
			return Str("even")
		}))
	}},
	{"[...new Map([['k', 'v']]).entries()]", "[['k', 'v']]", func(c *tc) Value { return c.static("Array", "from", c.call(c.mapOf("k", "v"), "entries")) }},
	{"[...new Set(['a', 'b']).entries()]", "[['a', 'a'], ['b', 'b']]", func(c *tc) Value { return c.static("Array", "from", c.call(c.setOf("a", "b"), "entries")) }},
	{"new Set([1, 2, 2, '2'])", "Set{1, 2, '2'}", func(c *tc) Value { return c.setOf(1, 2, 2, "2") }},
	{"new Set([1, 2]).union(new Set([3, 1]))", "Set{1, 2, 3}", func(c *tc) Value { return c.call(c.setOf(1, 2), "union", c.setOf(3, 1)) }},
	{"new Set([1, 2, 3]).intersection(new Set([3, 1]))", "Set{3, 1}", func(c *tc) Value { return c.call(c.setOf(1, 2, 3), "intersection", c.setOf(3, 1)) }},
	{"new Set([1, 2, 3]).difference(new Set([3, 1]))", "Set{2}", func(c *tc) Value { return c.call(c.setOf(1, 2, 3), "difference", c.setOf(3, 1)) }},
	{"new Set([1, 2, 3]).symmetricDifference(new Set([3, 4]))", "Set{1, 2, 4}", func(c *tc) Value { return c.call(c.setOf(1, 2, 3), "symmetricDifference", c.setOf(3, 4)) }},
	{"[new Set([1]).isSubsetOf(new Set([1, 2])), new Set([1, 2]).isSupersetOf(new Set([1])), new Set([1]).isDisjointFrom(new Set([2]))]", "[true, true, true]", func(c *tc) Value {
		return c.arr(c.call(c.setOf(1), "isSubsetOf", c.setOf(1, 2)), c.call(c.setOf(1, 2), "isSupersetOf", c.setOf(1)), c.call(c.setOf(1), "isDisjointFrom", c.setOf(2)))
	}},
	{"new Set([1]).union(5)", "throws TypeError: Set.prototype.union argument must be an object", func(c *tc) Value { return c.call(c.setOf(1), "union", 5) }},
	{"new Set([1]).union({size: NaN})", "throws TypeError: The .size property is NaN", func(c *tc) Value { return c.call(c.setOf(1), "union", c.obj("size", nan)) }},
	{"new Set([1]).union({size: -1})", "throws RangeError: '-1' is an invalid size", func(c *tc) Value { return c.call(c.setOf(1), "union", c.obj("size", -1)) }},
	{"new Set([1]).union({size: 1, has: 1})", `throws TypeError: string "has" is not a function`, func(c *tc) Value {
		return c.call(c.setOf(1), "union", c.obj("size", 1, "has", 1))
	}},
	{"new Set().values().next.call({})", "throws TypeError: Method Set Iterator.prototype.next called on incompatible receiver #<Object>", func(c *tc) Value {
		return c.r.Call(c.r.GetV(c.call(c.construct("Set"), "values"), StrKey("next")), c.obj())
	}},
	{"Set.prototype.keys === Set.prototype.values", "true", func(c *tc) Value {
		p := c.r.Intrinsics.SetPrototype
		return Bool(c.r.GetStr(p, "keys").AsObject() == c.r.GetStr(p, "values").AsObject())
	}},
	{"new WeakMap().set(1, 1)", "throws TypeError: Invalid value used as weak map key", func(c *tc) Value { return c.call(c.construct("WeakMap"), "set", 1, 1) }},
	{"new WeakSet().add(1)", "throws TypeError: Invalid value used in weak set", func(c *tc) Value { return c.call(c.construct("WeakSet"), "add", 1) }},
	{"(k => { const w = new WeakMap([[k, 'v']]); return [w.get(k), w.has({}), w.delete(k), w.has(k)]; })({})", "['v', false, true, false]", func(c *tc) Value {
		k := c.obj()
		w := c.construct("WeakMap", []any{[]any{k, "v"}})
		return c.arr(c.call(w, "get", k), c.call(w, "has", c.obj()), c.call(w, "delete", k), c.call(w, "has", k))
	}},
	{"WeakMap.prototype.set.call(new Map(), {}, 1)", "throws TypeError: Method WeakMap.prototype.set called on incompatible receiver #<Map>", func(c *tc) Value {
		return c.method("WeakMap", "set", c.construct("Map"), c.obj(), 1)
	}},
	{"new WeakRef(1)", "throws TypeError: WeakRef: invalid target", func(c *tc) Value { return c.construct("WeakRef", 1) }},
	{"(o => new WeakRef(o).deref() === o)({})", "true", func(c *tc) Value {
		o := c.obj()
		return Bool(c.call(c.construct("WeakRef", o), "deref").AsObject() == o.AsObject())
	}},
	{"new FinalizationRegistry(1)", "throws TypeError: FinalizationRegistry: cleanup must be callable", func(c *tc) Value { return c.construct("FinalizationRegistry", 1) }},
	{"(r => { const tok = {}; r.register({}, 1, tok); return [r.unregister(tok), r.unregister(tok)]; })(new FinalizationRegistry(() => {}))", "[true, false]", func(c *tc) Value {
		reg := c.construct("FinalizationRegistry", c.fn(func(a []Value) Value { return Undefined }))
		tok := c.obj()
		c.call(reg, "register", c.obj(), 1, tok)
		return c.arr(c.call(reg, "unregister", tok), c.call(reg, "unregister", tok))
	}},
}

var negZero = func() float64 { z := 0.0; return -z }()

func TestCollectionBuiltins(t *testing.T) { runCases(t, collectionCases) }

func TestMapEntriesForConsole(t *testing.T) {
	c := newTC()
	m := c.mapOf("k", 1)
	entries, kv := m.Object().Internal.(EntryInspector).InspectEntries()
	if !kv || len(entries) != 2 || showValue(c.r, entries[0]) != "'k'" {
		t.Fatalf("map entries %v %v", entries, kv)
	}
	it := c.call(c.setOf(1, 2, 3), "values")
	c.call(it, "next")
	entries, kv = it.Object().Internal.(EntryInspector).InspectEntries()
	if kv || len(entries) != 2 {
		t.Fatalf("iterator remaining entries %v", entries)
	}
}
