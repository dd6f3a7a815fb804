package vm

import (
	"fmt"
	"strings"
	"testing"
)

// Test helpers shared by the collection builtins' tests. Each table case carries the JavaScript
// it stands for (js) and the output recorded from Node 26 (TZ=UTC) for `show(<js>)`, where show is
// the JS twin of showValue below (see jsShowSource); the Go closure builds the same call from Go
// until the interpreter can run the js text itself.

type jsCase struct {
	js   string
	want string
	run  func(t *tc) Value
}

// tc is a small DSL over a runtime for building calls from Go.
type tc struct {
	r *Runtime
}

func newTC() *tc {
	r := NewRuntime(Options{})
	return &tc{r: r}
}

// v converts Go test data to JS values: int, float64, string, bool, nil (undefined), Value, *Object,
// []any (an array) and hole.
func (c *tc) v(x any) Value {
	switch x := x.(type) {
	case nil:
		return Undefined
	case Value:
		return x
	case *Object:
		return ObjectValue(x)
	case int:
		return Int(x)
	case float64:
		return Number(x)
	case string:
		return Str(x)
	case bool:
		return Bool(x)
	case holeMarker:
		return Hole
	case []any:
		vals := make([]Value, len(x))
		for i, e := range x {
			vals[i] = c.v(e)
		}
		return ObjectValue(c.r.NewArray(vals))
	}
	panic(fmt.Sprintf("tc.v: unsupported %T", x))
}

type holeMarker struct{}

var hole = holeMarker{}

func (c *tc) arr(xs ...any) Value { return c.v(xs) }

// call invokes recv[name](args...).
func (c *tc) call(recv Value, name string, args ...any) Value {
	f := c.r.GetV(recv, KeyFromName(name))
	return c.r.Call(f, recv, c.vals(args)...)
}

// callSym invokes recv[sym](args...).
func (c *tc) callSym(recv Value, sym *Symbol, args ...any) Value {
	f := c.r.GetV(recv, PropKey(SymbolKey(sym)))
	return c.r.Call(f, recv, c.vals(args)...)
}

// static invokes Global[ctor][name](args...).
func (c *tc) static(ctor, name string, args ...any) Value {
	return c.call(c.global(ctor), name, args...)
}

// method calls Global[ctor].prototype[name] with an explicit receiver.
func (c *tc) method(ctor, name string, this any, args ...any) Value {
	proto := c.r.GetV(c.global(ctor), StrKey("prototype"))
	return c.r.Call(c.r.GetV(proto, KeyFromName(name)), c.v(this), c.vals(args)...)
}

func (c *tc) construct(ctor string, args ...any) Value {
	return c.r.Construct(c.global(ctor).Object(), c.vals(args), nil)
}

func (c *tc) global(name string) Value { return c.r.GetStr(c.r.Global, name) }

func (c *tc) vals(args []any) []Value {
	out := make([]Value, len(args))
	for i, a := range args {
		out[i] = c.v(a)
	}
	return out
}

// fn makes a native callback.
func (c *tc) fn(f func(args []Value) Value) Value {
	return ObjectValue(c.r.NewNativeFunction("", 0, func(r *Runtime, this Value, args []Value) Value { return f(args) }))
}

// obj makes a plain object from alternating key, value pairs.
func (c *tc) obj(kv ...any) Value {
	o := c.r.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		c.r.Set(o, KeyFromName(kv[i].(string)), c.v(kv[i+1]), ObjectValue(o))
	}
	return ObjectValue(o)
}

// result runs f and shows its value, or "throws Name: message" when it throws.
func (c *tc) result(f func() Value) (out string) {
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			out = "throws " + c.r.ErrorSummary(ex.Value)
		}
	}()
	return showValue(c.r, f())
}

// valueOrThrow runs f and returns its value, or the string "throws Name: message".
func (c *tc) valueOrThrow(f func() Value) (out Value) {
	defer func() {
		if e := recover(); e != nil {
			ex, ok := e.(*Exception)
			if !ok {
				panic(e)
			}
			out = Str("throws " + c.r.ErrorSummary(ex.Value))
		}
	}()
	return f()
}

// showValue renders a value compactly and deterministically (the JS twin is jsShowSource).
func showValue(r *Runtime, v Value) string {
	var b strings.Builder
	showInto(r, &b, v, 0)
	return b.String()
}

func showInto(r *Runtime, b *strings.Builder, v Value, depth int) {
	switch v.kind {
	case KindString:
		b.WriteString("'" + v.String().GoString() + "'")
		return
	case KindSymbol:
		b.WriteString(v.Symbol().DescriptiveString())
		return
	case KindHole:
		b.WriteString("<hole>")
		return
	case KindObject:
	default:
		b.WriteString(r.ToString(v).GoString())
		if v.kind == KindNumber && v.num == 0 && 1/v.num < 0 {
			b.Reset()
			b.WriteString("-0")
		}
		return
	}
	o := v.Object()
	if depth > 3 {
		b.WriteString("…")
		return
	}
	if o.IsCallable() {
		b.WriteString("fn " + r.FunctionName(o))
		return
	}
	if o.IsArray() {
		b.WriteString("[")
		for i := uint32(0); i < o.length; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			if e, ok := r.getPresent(o, IndexKey(i)); ok {
				showInto(r, b, e, depth+1)
			} else {
				b.WriteString("<hole>")
			}
		}
		b.WriteString("]")
		keys := r.OwnKeys(o)
		for _, k := range keys {
			if !k.IsIndex() && k.Prop().Name() != "length" && !k.Prop().IsSymbol() && r.IsEnumerableOwn(o, k) {
				b.WriteString("{" + k.String() + ": ")
				showInto(r, b, r.GetProp(o, k), depth+1)
				b.WriteString("}")
			}
		}
		return
	}
	if d, ok := o.Internal.(*MapData); ok && (o.Type() == TypeMap || o.Type() == TypeSet) {
		name := "Set"
		if d.IsMap {
			name = "Map"
		}
		b.WriteString(name + "{")
		for i, e := range d.Entries() {
			if i > 0 {
				b.WriteString(", ")
			}
			showInto(r, b, e.Key, depth+1)
			if d.IsMap {
				b.WriteString(" => ")
				showInto(r, b, e.Value, depth+1)
			}
		}
		b.WriteString("}")
		return
	}
	b.WriteString("{")
	first := true
	for _, k := range r.OwnKeys(o) {
		if k.PropertyKeyOf().IsSymbol() || !r.IsEnumerableOwn(o, k) {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(k.String() + ": ")
		showInto(r, b, r.GetProp(o, k), depth+1)
	}
	b.WriteString("}")
}

// runCases runs a table of jsCases on fresh runtimes.
func runCases(t *testing.T, cases []jsCase) {
	t.Helper()
	for _, cs := range cases {
		c := newTC()
		got := c.result(func() Value { return cs.run(c) })
		if got != cs.want {
			t.Errorf("%s\n   got: %s\n  want: %s", cs.js, got, cs.want)
		}
	}
}

var arrayCases = []jsCase{
	{"new Array(3)", "[<hole>, <hole>, <hole>]", func(c *tc) Value { return c.construct("Array", 3) }},
	{"Array(1, 2)", "[1, 2]", func(c *tc) Value { return c.r.Call(c.global("Array"), Undefined, Int(1), Int(2)) }},
	{"new Array(-1)", "throws RangeError: Invalid array length", func(c *tc) Value { return c.construct("Array", -1) }},
	{"new Array(1.5)", "throws RangeError: Invalid array length", func(c *tc) Value { return c.construct("Array", 1.5) }},
	{"Array.of(7, 'a')", "[7, 'a']", func(c *tc) Value { return c.static("Array", "of", 7, "a") }},
	{"Array.isArray([])", "true", func(c *tc) Value { return c.static("Array", "isArray", c.arr()) }},
	{"Array.from({length: 3}, (v, i) => i * 2)", "[0, 2, 4]", func(c *tc) Value {
		return c.static("Array", "from", c.obj("length", 3), c.fn(func(a []Value) Value { return Number(a[1].num * 2) }))
	}},
	{"Array.from([1, , 3])", "[1, undefined, 3]", func(c *tc) Value { return c.static("Array", "from", c.arr(1, hole, 3)) }},
	{"Array.from(null)", "throws TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))",
		func(c *tc) Value { return c.static("Array", "from", Null) }},
	{"Array.from([1], 5)", "throws TypeError: number 5 is not a function", func(c *tc) Value { return c.static("Array", "from", c.arr(1), 5) }},
	{"[1, 2, 3].at(-1)", "3", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "at", -1) }},
	{"[1, 2].concat([3, [4]], 5)", "[1, 2, 3, [4], 5]", func(c *tc) Value { return c.call(c.arr(1, 2), "concat", c.arr(3, c.arr(4)), 5) }},
	{"[1, , 3].concat([4, ,])", "[1, <hole>, 3, 4, <hole>]", func(c *tc) Value { return c.call(c.arr(1, hole, 3), "concat", c.arr(4, hole)) }},
	{"[1, 2, 3, 4, 5].copyWithin(-2, -4, -3)", "[1, 2, 3, 2, 5]", func(c *tc) Value { return c.call(c.arr(1, 2, 3, 4, 5), "copyWithin", -2, -4, -3) }},
	{"[1, 2, 3].fill(9, -2)", "[1, 9, 9]", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "fill", 9, -2) }},
	{"[5, 12, 8].find(x => x > 6)", "12", func(c *tc) Value {
		return c.call(c.arr(5, 12, 8), "find", c.fn(func(a []Value) Value { return Bool(a[0].num > 6) }))
	}},
	{"[5, 12, 8].findLastIndex(x => x > 6)", "2", func(c *tc) Value {
		return c.call(c.arr(5, 12, 8), "findLastIndex", c.fn(func(a []Value) Value { return Bool(a[0].num > 6) }))
	}},
	{"[1, 2, 3].lastIndexOf(3, -1)", "2", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "lastIndexOf", 3, -1) }},
	{"[1, 2, 3].lastIndexOf(3, -2)", "-1", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "lastIndexOf", 3, -2) }},
	{"[NaN].includes(NaN) + ' ' + [NaN].indexOf(NaN)", "'true -1'", func(c *tc) Value {
		return Str(showValue(c.r, c.call(c.arr(nan), "includes", nan)) + " " + showValue(c.r, c.call(c.arr(nan), "indexOf", nan)))
	}},
	{"[1, , 3].includes(undefined)", "true", func(c *tc) Value { return c.call(c.arr(1, hole, 3), "includes", nil) }},
	{"[1, , 3].indexOf(undefined)", "-1", func(c *tc) Value { return c.call(c.arr(1, hole, 3), "indexOf", nil) }},
	{"(() => { const a = [1, 2]; const n = a.push(3, 4); return [n, a]; })()", "[4, [1, 2, 3, 4]]", func(c *tc) Value {
		a := c.arr(1, 2)
		return c.arr(c.call(a, "push", 3, 4), a)
	}},
	{"(() => { const a = [1, 2, 3]; return [a.pop(), a.shift(), a]; })()", "[3, 1, [2]]", func(c *tc) Value {
		a := c.arr(1, 2, 3)
		return c.arr(c.call(a, "pop"), c.call(a, "shift"), a)
	}},
	{"(() => { const a = [3]; return [a.unshift(1, 2), a]; })()", "[3, [1, 2, 3]]", func(c *tc) Value {
		a := c.arr(3)
		return c.arr(c.call(a, "unshift", 1, 2), a)
	}},
	{"[1, , 3, , ].reverse()", "[<hole>, 3, <hole>, 1]", func(c *tc) Value { return c.call(c.arr(1, hole, 3, hole), "reverse") }},
	{"[1, 2, 3, 4].slice(1, -1)", "[2, 3]", func(c *tc) Value { return c.call(c.arr(1, 2, 3, 4), "slice", 1, -1) }},
	{"[5, 1, 10, undefined, , 2].sort()", "[1, 10, 2, 5, undefined, <hole>]", func(c *tc) Value { return c.call(c.arr(5, 1, 10, nil, hole, 2), "sort") }},
	{"[3, 1, 2].sort((a, b) => b - a)", "[3, 2, 1]", func(c *tc) Value {
		return c.call(c.arr(3, 1, 2), "sort", c.fn(func(a []Value) Value { return Number(a[1].num - a[0].num) }))
	}},
	{"[{k:1,v:'a'},{k:0,v:'b'},{k:1,v:'c'},{k:0,v:'d'}].sort((x, y) => x.k - y.k).map(x => x.v).join('')", "'bdac'", func(c *tc) Value {
		a := c.arr(c.obj("k", 1, "v", "a"), c.obj("k", 0, "v", "b"), c.obj("k", 1, "v", "c"), c.obj("k", 0, "v", "d"))
		c.call(a, "sort", c.fn(func(a []Value) Value {
			return Number(c.r.GetStr(a[0].Object(), "k").num - c.r.GetStr(a[1].Object(), "k").num)
		}))
		return c.call(c.call(a, "map", c.fn(func(a []Value) Value { return c.r.GetStr(a[0].Object(), "v") })), "join", "")
	}},
	{"[1].sort(3)", "throws TypeError: The comparison function must be either a function or undefined: 3", func(c *tc) Value { return c.call(c.arr(1), "sort", 3) }},
	{"(() => { const a = [1, 2, 3, 4]; const r = a.splice(1, 2, 'x'); return [a, r]; })()", "[[1, 'x', 4], [2, 3]]", func(c *tc) Value {
		a := c.arr(1, 2, 3, 4)
		res := c.call(a, "splice", 1, 2, "x")
		return c.arr(a, res)
	}},
	{"[1, 2, 3].splice(-2)", "[2, 3]", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "splice", -2) }},
	{"[1, [2, [3, [4]]]].flat(2)", "[1, 2, 3, [4]]", func(c *tc) Value { return c.call(c.arr(1, c.arr(2, c.arr(3, c.arr(4)))), "flat", 2) }},
	{"[[1, 2], [3]].flatMap(x => x)", "[1, 2, 3]", func(c *tc) Value {
		return c.call(c.arr(c.arr(1, 2), c.arr(3)), "flatMap", c.fn(func(a []Value) Value { return a[0] }))
	}},
	{"[1, 2, 3].map(x => x * 2)", "[2, 4, 6]", func(c *tc) Value {
		return c.call(c.arr(1, 2, 3), "map", c.fn(func(a []Value) Value { return Number(a[0].num * 2) }))
	}},
	{"[1, , 3].map(x => x)", "[1, <hole>, 3]", func(c *tc) Value {
		return c.call(c.arr(1, hole, 3), "map", c.fn(func(a []Value) Value { return a[0] }))
	}},
	{"[1].map(3)", "throws TypeError: number 3 is not a function", func(c *tc) Value { return c.call(c.arr(1), "map", 3) }},
	{"[1].forEach({})", "throws TypeError: object is not a function", func(c *tc) Value { return c.call(c.arr(1), "forEach", c.obj()) }},
	{"[1].find('abc')", `throws TypeError: string "abc" is not a function`, func(c *tc) Value { return c.call(c.arr(1), "find", "abc") }},
	{"Array.prototype.map.call(null, x => x)", "throws TypeError: Array.prototype.map called on null or undefined", func(c *tc) Value {
		return c.method("Array", "map", Null, c.fn(func(a []Value) Value { return a[0] }))
	}},
	{"Array.prototype.join.call(null)", "throws TypeError: Cannot convert undefined or null to object", func(c *tc) Value { return c.method("Array", "join", Null) }},
	{"[1, 2, 3, 4].filter(x => x % 2)", "[1, 3]", func(c *tc) Value {
		return c.call(c.arr(1, 2, 3, 4), "filter", c.fn(func(a []Value) Value { return Bool(int(a[0].num)%2 == 1) }))
	}},
	{"[1, 2, 3].every(x => x > 0) + ' ' + [1, 2, 3].some(x => x > 2)", "'true true'", func(c *tc) Value {
		e := c.call(c.arr(1, 2, 3), "every", c.fn(func(a []Value) Value { return Bool(a[0].num > 0) }))
		s := c.call(c.arr(1, 2, 3), "some", c.fn(func(a []Value) Value { return Bool(a[0].num > 2) }))
		return Str(showValue(c.r, e) + " " + showValue(c.r, s))
	}},
	{"[1, 2, 3].reduce((a, b) => a + b)", "6", func(c *tc) Value {
		return c.call(c.arr(1, 2, 3), "reduce", c.fn(func(a []Value) Value { return Number(a[0].num + a[1].num) }))
	}},
	{"['a', 'b', 'c'].reduceRight((a, b) => a + b, '')", "'cba'", func(c *tc) Value {
		return c.call(c.arr("a", "b", "c"), "reduceRight", c.fn(func(a []Value) Value { return c.r.Add(a[0], a[1]) }), "")
	}},
	{"[].reduce((a, b) => a)", "throws TypeError: Reduce of empty array with no initial value", func(c *tc) Value { return c.call(c.arr(), "reduce", c.fn(func(a []Value) Value { return a[0] })) }},
	{"[null, undefined, 1, [2, [3]]].join()", "',,1,2,3'", func(c *tc) Value { return c.call(c.arr(Null, nil, 1, c.arr(2, c.arr(3))), "join") }},
	{"(() => { const a = [1]; a.push(a); return a.join('-'); })()", "'1-'", func(c *tc) Value {
		a := c.arr(1)
		c.call(a, "push", a)
		return c.call(a, "join", "-")
	}},
	{"[1, 2].toString()", "'1,2'", func(c *tc) Value { return c.call(c.arr(1, 2), "toString") }},
	{"[3, 1, 2].toSorted()", "[1, 2, 3]", func(c *tc) Value { return c.call(c.arr(3, 1, 2), "toSorted") }},
	{"[1, , 3].toReversed()", "[3, undefined, 1]", func(c *tc) Value { return c.call(c.arr(1, hole, 3), "toReversed") }},
	{"[1, 2, 3].toSpliced(1, 1, 'a', 'b')", "[1, 'a', 'b', 3]", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "toSpliced", 1, 1, "a", "b") }},
	{"[1, 2, 3].with(-1, 9)", "[1, 2, 9]", func(c *tc) Value { return c.call(c.arr(1, 2, 3), "with", -1, 9) }},
	{"[1].with(5, 1)", "throws RangeError: Invalid index : 5", func(c *tc) Value { return c.call(c.arr(1), "with", 5, 1) }},
	{"[...['a', 'b'].entries()]", "[[0, 'a'], [1, 'b']]", func(c *tc) Value { return c.static("Array", "from", c.call(c.arr("a", "b"), "entries")) }},
	{"[...['a', 'b'].keys()]", "[0, 1]", func(c *tc) Value { return c.static("Array", "from", c.call(c.arr("a", "b"), "keys")) }},
	{"Array.prototype.push.call({length: 1}, 'x')", "2", func(c *tc) Value { return c.method("Array", "push", c.obj("length", 1), "x") }},
	{"Array.prototype.slice.call({length: 2, 0: 'a', 1: 'b'}, 1)", "['b']", func(c *tc) Value { return c.method("Array", "slice", c.obj("length", 2, "0", "a", "1", "b"), 1) }},
	{"Array.prototype.push.call(Object.freeze([1, 2]), 3)", "throws TypeError: Cannot add property 2, object is not extensible", func(c *tc) Value {
		a := c.arr(1, 2)
		c.r.SetIntegrity(a.Object(), true)
		return c.call(a, "push", 3)
	}},
	{"Object.freeze([1, 2]).pop()", "throws TypeError: Cannot delete property '1' of [object Array]", func(c *tc) Value {
		a := c.arr(1, 2)
		c.r.SetIntegrity(a.Object(), true)
		return c.call(a, "pop")
	}},
	{"Array.prototype.push.call({length: 2 ** 53 - 1}, 1)", "throws TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1", func(c *tc) Value {
		return c.method("Array", "push", c.obj("length", float64(1<<53-1)), 1)
	}},
}

var nan = func() float64 { z := 0.0; return z / z }()

func TestArrayBuiltins(t *testing.T) { runCases(t, arrayCases) }

func TestArrayElementsKinds(t *testing.T) {
	c := newTC()
	double := c.fn(func(a []Value) Value { return Number(a[0].num / 2) })
	cases := []struct {
		js   string
		v    Value
		want ElementsKind
	}{
		{"[1, 2, 3].map(x => x / 2)", c.call(c.arr(1, 2, 3), "map", double), PackedDoubleElements},
		{"[1, 2, 3].slice(1)", c.call(c.arr(1, 2, 3), "slice", 1), PackedSmiElements},
		{"new Array(3).fill(0)", c.call(c.construct("Array", 3), "fill", 0), PackedSmiElements},
		{"new Array(3).fill('x')", c.call(c.construct("Array", 3), "fill", "x"), PackedElements},
		{"new Array(3).fill(0, 1)", c.call(c.construct("Array", 3), "fill", 0, 1), HoleySmiElements},
		{"[[1.5], [2]].flat()", c.call(c.arr(c.arr(1.5), c.arr(2)), "flat"), HoleyDoubleElements},
		{"[].flat()", c.call(c.arr(), "flat"), HoleySmiElements},
		{"[1, , 3].filter(x => true)", c.call(c.arr(1, hole, 3), "filter", c.fn(func(a []Value) Value { return True })), HoleySmiElements},
		{"[1, , 3].slice(1, 1)", c.call(c.arr(1, hole, 3), "slice", 1, 1), HoleySmiElements},
		{"[1, , 3].map(x => 's')", c.call(c.arr(1, hole, 3), "map", c.fn(func(a []Value) Value { return Str("s") })), HoleyElements},
		{"Array.from({length: 2, 0: 1, 1: 2})", c.static("Array", "from", c.obj("length", 2, "0", 1, "1", 2)), PackedSmiElements},
		{"[1, 2].with(0, 1.5)", c.call(c.arr(1, 2), "with", 0, 1.5), PackedDoubleElements},
		{"[3, , 1].toSorted()", c.call(c.arr(3, hole, 1), "toSorted"), PackedElements},
		{"Array.from([1, 2].values())", c.static("Array", "from", c.call(c.arr(1, 2), "values")), PackedSmiElements},
		{"Array.from({length: 3})", c.static("Array", "from", c.obj("length", 3)), PackedElements},
		{"[1.5].concat([1])", c.call(c.arr(1.5), "concat", c.arr(1)), PackedDoubleElements},
		{"(a = [1, 2, 3], a.pop(), a)", func() Value { a := c.arr(1, 2, 3); c.call(a, "pop"); return a }(), PackedSmiElements},
		{"(a = [1, 2, 3], a.splice(0, 1), a)", func() Value { a := c.arr(1, 2, 3); c.call(a, "splice", 0, 1); return a }(), PackedSmiElements},
		{"(a = [1, 2], a.push(1.5), a)", func() Value { a := c.arr(1, 2); c.call(a, "push", 1.5); return a }(), PackedDoubleElements},
	}
	for _, cs := range cases {
		if k := cs.v.Object().Map().Elements; k != cs.want {
			t.Errorf("%s: %v, want %v", cs.js, k, cs.want)
		}
	}
}

func TestArrayPrototypeShape(t *testing.T) {
	c := newTC()
	proto := c.r.Intrinsics.ArrayPrototype
	var names []string
	for _, k := range c.r.OwnKeys(proto) {
		names = append(names, k.String())
	}
	want := "length,constructor,at,concat,copyWithin,fill,find,findIndex,findLast,findLastIndex,lastIndexOf,pop,push,reverse,shift,unshift,slice,sort,splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,flatMap,map,every,some,reduce,reduceRight,toReversed,toSorted,toSpliced,with,toLocaleString,toString,Symbol(Symbol.iterator),Symbol(Symbol.unscopables)"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("Array.prototype keys\n got %s\nwant %s", got, want)
	}
	if c.r.GetStr(proto, "values").AsObject() != c.r.GetProp(proto, PropKey(SymbolKey(c.r.Symbols.Iterator))).AsObject() {
		t.Error("@@iterator !== values")
	}
}

// TestArraySortMatchesV8 sorts with an inconsistent (pseudo-random) comparator and with a
// tie-heavy consistent one: the comparator call counts and the resulting order must be V8's,
// recorded from Node 26 with the same LCG:
//
//	let seed = 12345; a.sort(() => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return ((seed >>> 16) % 3) - 1; })
func TestArraySortMatchesV8(t *testing.T) {
	// Comparator call order on small arrays (binary insertion up to 7 elements, TimSort runs from 8).
	for _, cs := range []struct {
		in   []any
		want string
	}{
		{[]any{3, 1, 2}, "13 23 21"}, {[]any{1, 2, 3}, "21 32"}, {[]any{4, 3, 2, 1}, "34 24 23 13 12"},
		{[]any{5, 1, 4, 2, 3}, "15 45 41 24 21 34 32"},
		{[]any{3, 1, 2, 5, 4, 7, 6, 9, 8, 10}, "13 21 23 21 52 53 43 45 73 75 64 67 65 94 96 97 85 87 89 105 108 109"},
	} {
		c := newTC()
		var calls []string
		c.call(c.arr(cs.in...), "sort", c.fn(func(args []Value) Value {
			calls = append(calls, showValue(c.r, args[0])+showValue(c.r, args[1]))
			return Number(args[0].num - args[1].num)
		}))
		if got := strings.Join(calls, " "); got != cs.want {
			t.Errorf("sort %v calls %s, want %s", cs.in, got, cs.want)
		}
	}

	want := map[int][4]int{10: {22, 883880447, 17}, 63: {277, 844318909, 288}, 64: {262, 927542167, 297},
		65: {274, 102357078, 297}, 100: {472, 140025281, 531}, 200: {1083, 521632988, 1211}, 1000: {7022, 603592248, 7200}}
	for n, w := range want {
		c := newTC()
		xs, ys := make([]any, n), make([]any, n)
		for i := range xs {
			xs[i], ys[i] = i, (i*7919)%13
		}
		a, b := c.arr(xs...), c.arr(ys...)
		seed, calls, calls2 := uint32(12345), 0, 0
		c.call(a, "sort", c.fn(func(args []Value) Value {
			calls++
			seed = seed*1103515245 + 12345
			return Number(float64(int((seed>>16)%3)) - 1)
		}))
		c.call(b, "sort", c.fn(func(args []Value) Value { calls2++; return Number(args[0].num - args[1].num) }))
		h := 0
		for _, ch := range c.call(a, "join", ",").String().GoString() {
			h = (h*31 + int(ch)) % 1000000007
		}
		if got := [4]int{calls, h, calls2}; got != w {
			t.Errorf("n=%d: calls/hash/calls %v, want %v", n, got, w)
		}
	}
}
