package vm

import "testing"

// re builds `new RegExp(p, f)` (the literal path is NewRegExp, tested through the same cases).
func (c *tc) re(p, f string) Value { return c.construct("RegExp", p, f) }

// errCase is `new RegExp(p, f)` throwing.
func errCase(p, f, want string) jsCase {
	js := "new RegExp(" + jsQuote(p) + ", '" + f + "')"
	return jsCase{js, want, func(c *tc) Value { return c.re(p, f) }}
}

func jsQuote(s string) string {
	out := "'"
	for _, c := range s {
		if c == '\\' || c == '\'' {
			out += `\`
		}
		out += string(c)
	}
	return out + "'"
}

func (c *tc) exec(p, f, s string) Value { return c.call(c.re(p, f), "exec", s) }

var regexpCases = []jsCase{
	errCase("(", "", "throws SyntaxError: Invalid regular expression: /(/: Unterminated group"),
	errCase(")", "", "throws SyntaxError: Invalid regular expression: /)/: Unmatched ')'"),
	errCase("[", "", "throws SyntaxError: Invalid regular expression: /[/: Unterminated character class"),
	errCase("a**", "", "throws SyntaxError: Invalid regular expression: /a**/: Nothing to repeat"),
	errCase("+a", "", "throws SyntaxError: Invalid regular expression: /+a/: Nothing to repeat"),
	errCase("a{2,1}", "", "throws SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier"),
	errCase(`\`, "", `throws SyntaxError: Invalid regular expression: /\/: \ at end of pattern`),
	errCase("(?<a>x)(?<a>y)", "", "throws SyntaxError: Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name"),
	errCase(`\k<x>`, "u", `throws SyntaxError: Invalid regular expression: /\k<x>/u: Invalid named capture referenced`),
	errCase("(?<1a>x)", "", "throws SyntaxError: Invalid regular expression: /(?<1a>x)/: Invalid capture group name"),
	errCase(`\p{Foo}`, "u", `throws SyntaxError: Invalid regular expression: /\p{Foo}/u: Invalid property name`),
	errCase(`\u{110000}`, "u", `throws SyntaxError: Invalid regular expression: /\u{110000}/u: Invalid Unicode escape`),
	errCase("[b-a]", "", "throws SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class"),
	errCase(`\2(a)`, "u", `throws SyntaxError: Invalid regular expression: /\2(a)/u: Invalid escape`),
	errCase("a{", "u", "throws SyntaxError: Invalid regular expression: /a{/u: Incomplete quantifier"),
	errCase("}", "u", "throws SyntaxError: Invalid regular expression: /}/u: Lone quantifier brackets"),
	errCase("(?<=a)+", "", "throws SyntaxError: Invalid regular expression: /(?<=a)+/: Invalid quantifier"),
	errCase("(?=a)+", "u", "throws SyntaxError: Invalid regular expression: /(?=a)+/u: Invalid quantifier"),
	errCase(`\c`, "u", `throws SyntaxError: Invalid regular expression: /\c/u: Invalid Unicode escape`),
	errCase("x", "gg", "throws SyntaxError: Invalid flags supplied to RegExp constructor 'gg'"),
	errCase(`[\d-z]`, "u", `throws SyntaxError: Invalid regular expression: /[\d-z]/u: Invalid character class`),
	errCase("(?<a", "", "throws SyntaxError: Invalid regular expression: /(?<a/: Invalid capture group name"),
	errCase(`\x1`, "u", `throws SyntaxError: Invalid regular expression: /\x1/u: Invalid escape`),
	errCase(`\u12`, "u", `throws SyntaxError: Invalid regular expression: /\u12/u: Invalid Unicode escape`),
	errCase("{1}", "", "throws SyntaxError: Invalid regular expression: /{1}/: Nothing to repeat"),
	errCase("a{1}{2}", "", "throws SyntaxError: Invalid regular expression: /a{1}{2}/: Nothing to repeat"),
	errCase(`\q`, "u", `throws SyntaxError: Invalid regular expression: /\q/u: Invalid escape`),
	errCase("(?x)", "", "throws SyntaxError: Invalid regular expression: /(?x)/: Invalid group"),
	errCase(`\00`, "u", `throws SyntaxError: Invalid regular expression: /\00/u: Invalid decimal escape`),
	errCase("[😀-😂]", "", "throws SyntaxError: Invalid regular expression: /[😀-😂]/: Range out of order in character class"),
	errCase("(?:(?<a>x)|y)(?<a>z)", "", "throws SyntaxError: Invalid regular expression: /(?:(?<a>x)|y)(?<a>z)/: Duplicate capture group name"),
	{"/(?<a>x)|(?<a>y)/.exec('y').groups.a", "'y'", func(c *tc) Value {
		return c.r.GetV(c.r.GetV(c.exec("(?<a>x)|(?<a>y)", "", "y"), StrKey("groups")), StrKey("a"))
	}},
	{"'2024-01'.replace(/(?<y>\\d{4})-(?<m>\\d\\d)|(?<m>\\d\\d)\\/(?<y>\\d{4})/, '$<m>/$<y>')", "'01/2024'", func(c *tc) Value {
		return c.call(Str("2024-01"), "replace", c.re(`(?<y>\d{4})-(?<m>\d\d)|(?<m>\d\d)\/(?<y>\d{4})`, ""), "$<m>/$<y>")
	}},
	{"'abcde123'.match(/[\\p{L}--[a-c]]/gv)", "['d', 'e']", func(c *tc) Value { return c.call(Str("abcde123"), "match", c.re(`[\p{L}--[a-c]]`, "gv")) }},
	{"'abcdeiou'.match(/[[a-z]&&[aeiou]]/gv)", "['a', 'e', 'i', 'o', 'u']", func(c *tc) Value { return c.call(Str("abcdeiou"), "match", c.re(`[[a-z]&&[aeiou]]`, "gv")) }},
	{"'abc1'.match(/[[a-b][0-9]]/gv)", "['a', 'b', '1']", func(c *tc) Value { return c.call(Str("abc1"), "match", c.re(`[[a-b][0-9]]`, "gv")) }},
	{"'xabcx'.match(/[\\q{abc|x}]/gv)", "['x', 'abc', 'x']", func(c *tc) Value { return c.call(Str("xabcx"), "match", c.re(`[\q{abc|x}]`, "gv")) }},
	{"'ab'.match(/[^[a]]/gv)", "['b']", func(c *tc) Value { return c.call(Str("ab"), "match", c.re(`[^[a]]`, "gv")) }},
	{"'😀'.match(/./gv)", "['😀']", func(c *tc) Value { return c.call(Str("😀"), "match", c.re(`.`, "gv")) }},
	errCase("[a-z&&b]", "v", "throws SyntaxError: Invalid regular expression: /[a-z&&b]/v: Invalid set operation in character class"),
	errCase("[a--]", "v", "throws SyntaxError: Invalid regular expression: /[a--]/v: Invalid character in character class"),
	errCase("[(]", "v", "throws SyntaxError: Invalid regular expression: /[(]/v: Invalid character in character class"),
	errCase("[a&&&b]", "v", "throws SyntaxError: Invalid regular expression: /[a&&&b]/v: Invalid character in character class"),
	{"/a(?<x>b)/d.exec('ab')", "['ab', 'b']{index: 0}{input: 'ab'}{groups: {x: 'b'}}{indices: [[0, 2], [1, 2]]{groups: {x: [1, 2]}}}", func(c *tc) Value {
		return c.call(Value(ObjectValue(c.r.NewRegExp("a(?<x>b)", "d"))), "exec", "ab")
	}},
	{"/(?<x>b)|c/d.exec('ac').indices", "[[1, 2], undefined]{groups: {x: undefined}}", func(c *tc) Value {
		return c.r.GetStr(c.exec("(?<x>b)|c", "d", "ac").Object(), "indices")
	}},
	{"/(a)?b/.exec('b')", "['b', undefined]{index: 0}{input: 'b'}{groups: undefined}", func(c *tc) Value { return c.exec("(a)?b", "", "b") }},
	{"/(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac')", "['zaacbbbcac', 'z', 'ac', 'a', undefined, 'c']{index: 0}{input: 'zaacbbbcac'}{groups: undefined}", func(c *tc) Value {
		return c.exec("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac")
	}},
	{"String(new RegExp('/a\\nb'))", `'/\/a\nb/'`, func(c *tc) Value { return c.call(c.re("/a\nb", ""), "toString") }},
	{"[new RegExp('').source, new RegExp('a/b').source, RegExp('[/]').source, RegExp('\\\\/').source]", `['(?:)', 'a\/b', '[/]', '\/']`, func(c *tc) Value {
		g := func(p string) Value { return c.r.GetV(c.re(p, ""), StrKey("source")) }
		return c.arr(g(""), g("a/b"), g("[/]"), g(`\/`))
	}},
	{"/a/gimsuyd.flags", "'dgimsuy'", func(c *tc) Value { return c.r.GetV(ObjectValue(c.r.NewRegExp("a", "gimsuyd")), StrKey("flags")) }},
	{"new RegExp(/ab/g, 'i').flags", "'i'", func(c *tc) Value { return c.r.GetV(c.construct("RegExp", c.re("ab", "g"), "i"), StrKey("flags")) }},
	{"(r => RegExp(r) === r)(/a/)", "true", func(c *tc) Value {
		r := c.re("a", "")
		return Bool(c.r.Call(c.global("RegExp"), Undefined, r).AsObject() == r.AsObject())
	}},
	{"[RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, String(RegExp.prototype)]", "['(?:)', '', undefined, '/(?:)/']", func(c *tc) Value {
		p := ObjectValue(c.r.Intrinsics.RegExpPrototype)
		return c.arr(c.r.GetV(p, StrKey("source")), c.r.GetV(p, StrKey("flags")), c.r.GetV(p, StrKey("global")), c.call(p, "toString"))
	}},
	{"RegExp.prototype.toString.call({source: 'x', flags: 'y'})", "'/x/y'", func(c *tc) Value { return c.method("RegExp", "toString", c.obj("source", "x", "flags", "y")) }},
	{"(/(\\d+)-(\\d+)/.exec('a 12-34 b'), [RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$`'], RegExp[\"$'\"], RegExp.input, RegExp.lastParen, RegExp.$3])",
		"['12', '34', '12-34', 'a ', ' b', 'a 12-34 b', '34', '']", func(c *tc) Value {
			c.exec(`(\d+)-(\d+)`, "", "a 12-34 b")
			var out []any
			for _, n := range []string{"$1", "$2", "lastMatch", "$`", "$'", "input", "lastParen", "$3"} {
				out = append(out, c.r.GetV(c.global("RegExp"), StrKey(n)))
			}
			return c.v(out)
		}},
	{"(r => (r.lastIndex = 1, [r.test('ba'), r.lastIndex, r.test('ba'), r.lastIndex]))(/a/y)", "[true, 2, false, 0]", func(c *tc) Value {
		r := c.re("a", "y")
		c.r.Set(r.Object(), StrKey("lastIndex"), Int(1), r)
		return c.arr(c.call(r, "test", "ba"), c.r.GetV(r, StrKey("lastIndex")), c.call(r, "test", "ba"), c.r.GetV(r, StrKey("lastIndex")))
	}},
	{"(r => [r.test('xa'), r.lastIndex])(/a/y)", "[false, 0]", func(c *tc) Value {
		r := c.re("a", "y")
		return c.arr(c.call(r, "test", "xa"), c.r.GetV(r, StrKey("lastIndex")))
	}},
	{"(r => ['aa'.replace(r, 'b'), r.lastIndex])(/a/g)", "['bb', 0]", func(c *tc) Value {
		r := c.re("a", "g")
		return c.arr(c.call(Str("aa"), "replace", r, "b"), c.r.GetV(r, StrKey("lastIndex")))
	}},
	{"(r => [r.exec('aXa').index, r.lastIndex, r.exec('aXa').index, r.exec('aXa')])(/a/g)", "[0, 1, 2, null]", func(c *tc) Value {
		r := c.re("a", "g")
		a := c.r.GetV(c.call(r, "exec", "aXa"), StrKey("index"))
		l := c.r.GetV(r, StrKey("lastIndex"))
		b := c.r.GetV(c.call(r, "exec", "aXa"), StrKey("index"))
		return c.arr(a, l, b, c.call(r, "exec", "aXa"))
	}},
	{"/^a/g.exec('ba')", "null", func(c *tc) Value { return c.exec("^a", "g", "ba") }},
	{"(r => (r.lastIndex = 1, r.exec('aa')))(/^a/g)", "null", func(c *tc) Value {
		r := c.re("^a", "g")
		c.r.Set(r.Object(), StrKey("lastIndex"), Int(1), r)
		return c.call(r, "exec", "aa")
	}},
	{"/a/[Symbol.split].call(/a/, 'bab')", "['b', 'b']", func(c *tc) Value { return c.callSym(c.re("a", ""), c.r.Symbols.Split, "bab") }},
	{"RegExp.prototype.exec.call({}, 'a')", "throws TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>", func(c *tc) Value {
		return c.method("RegExp", "exec", c.obj(), "a")
	}},
	{"RegExp.prototype.test.call({exec() { return {}; }}, 'a')", "true", func(c *tc) Value {
		return c.method("RegExp", "test", c.obj("exec", c.fn(func(a []Value) Value { return c.obj() })), "a")
	}},
	{"RegExp.prototype.test.call({exec() { return 5; }}, 'a')", "throws TypeError: RegExp exec method returned something other than an Object or null", func(c *tc) Value {
		return c.method("RegExp", "test", c.obj("exec", c.fn(func(a []Value) Value { return Int(5) })), "a")
	}},
	{"RegExp.prototype[Symbol.match].call(5, 'a')", "throws TypeError: Method RegExp.prototype.@@match called on incompatible receiver 5", func(c *tc) Value {
		return c.r.Call(c.r.GetProp(c.r.Intrinsics.RegExpPrototype, symKey(c.r.Symbols.Match)), Int(5), Str("a"))
	}},
	{"/(?:)/g[Symbol.replace]('abc', '-')", "'-a-b-c-'", func(c *tc) Value { return c.callSym(c.re("(?:)", "g"), c.r.Symbols.Replace, "abc", "-") }},
	{"RegExp.escape('a.b')", `'\x61\.b'`, func(c *tc) Value { return c.static("RegExp", "escape", "a.b") }},
	{"/[😀-😂]/u.test('😁')", "true", func(c *tc) Value { return c.call(c.re("[😀-😂]", "u"), "test", "😁") }},
	{"/^.$/.test('😀') + ' ' + /^.$/u.test('😀')", "'false true'", func(c *tc) Value {
		return c.r.Add(c.r.Add(c.call(c.re("^.$", ""), "test", "😀"), Str(" ")), c.call(c.re("^.$", "u"), "test", "😀"))
	}},
	{"[/\\u{61}/.test('a'), /\\u{61}/.test('u'.repeat(61)), /[\\d-z]/.test('-'), new RegExp('\\\\k<a>(?<a>x)').test('x'), /\\k/.test('k'), /a{,2}/.test('a{,2}')]",
		"[false, true, true, true, true, true]", func(c *tc) Value {
			return c.arr(c.call(c.re(`\u{61}`, ""), "test", "a"), c.call(c.re(`\u{61}`, ""), "test", "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu"),
				c.call(c.re(`[\d-z]`, ""), "test", "-"), c.call(c.re(`\k<a>(?<a>x)`, ""), "test", "x"),
				c.call(c.re(`\k`, ""), "test", "k"), c.call(c.re(`a{,2}`, ""), "test", "a{,2}"))
		}},
	{"[/\\8/.test('8'), /\\1/.test('\\x01'), /[\\1]/.test('\\x01'), /(?i:a)b/.test('Ab'), /(?i:a)b/.test('AB')]", "[true, true, true, true, false]", func(c *tc) Value {
		return c.arr(c.call(c.re(`\8`, ""), "test", "8"), c.call(c.re(`\1`, ""), "test", "\x01"), c.call(c.re(`[\1]`, ""), "test", "\x01"),
			c.call(c.re(`(?i:a)b`, ""), "test", "Ab"), c.call(c.re(`(?i:a)b`, ""), "test", "AB"))
	}},
	{"[/^\\w+$/i.test('ſ'), /^\\w+$/iu.test('ſ'), /Σ/i.test('ς'), /\\p{Lu}/u.test('É'), /a.c/.exec('a\\u2028c'), /^b/m.exec('a\\nb').index, /(?<=\\$)\\d+/.exec('$42')[0]]",
		"[false, true, true, true, null, 2, '42']", func(c *tc) Value {
			return c.arr(c.call(c.re(`^\w+$`, "i"), "test", "ſ"), c.call(c.re(`^\w+$`, "iu"), "test", "ſ"), c.call(c.re("Σ", "i"), "test", "ς"),
				c.call(c.re(`\p{Lu}`, "u"), "test", "É"), c.exec("a.c", "", "a\u2028c"), c.r.GetV(c.exec("^b", "m", "a\nb"), StrKey("index")),
				c.r.GetV(c.exec(`(?<=\$)\d+`, "", "$42"), IndexKey(0)))
		}},
	{"'2024-01-15'.replace(/(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)/, '$<d>/$<m>/$<y>')", "'15/01/2024'", func(c *tc) Value {
		return c.call(Str("2024-01-15"), "replace", c.re(`(?<y>\d+)-(?<m>\d+)-(?<d>\d+)`, ""), "$<d>/$<m>/$<y>")
	}},
	{"'John Smith'.replace(/(\\w+)\\s(\\w+)/, (m, a, b, off, s) => `${b}, ${a} @${off}/${s.length}`)", "'Smith, John @0/10'", func(c *tc) Value {
		return c.call(Str("John Smith"), "replace", c.re(`(\w+)\s(\w+)`, ""), c.fn(func(a []Value) Value {
			return Str(a[2].String().GoString() + ", " + a[1].String().GoString() + " @" + showValue(c.r, a[3]) + "/" + showValue(c.r, c.r.GetV(a[4], StrKey("length"))))
		}))
	}},
	{"'a1b22c333'.split(/\\d+/)", "['a', 'b', 'c', '']", func(c *tc) Value { return c.call(Str("a1b22c333"), "split", c.re(`\d+`, "")) }},
	{"'one  two three'.split(/\\s+/, 2)", "['one', 'two']", func(c *tc) Value { return c.call(Str("one  two three"), "split", c.re(`\s+`, ""), 2) }},
	{"'😀x😀'.split(/(?:)/u)", "['😀', 'x', '😀']", func(c *tc) Value { return c.call(Str("😀x😀"), "split", c.re("(?:)", "u")) }},
	{"'abc'.match(/(?<l>b)/).groups.l", "'b'", func(c *tc) Value {
		return c.r.GetV(c.r.GetV(c.call(Str("abc"), "match", c.re("(?<l>b)", "")), StrKey("groups")), StrKey("l"))
	}},
	{"'aBc'.match(/b/i).index", "1", func(c *tc) Value { return c.r.GetV(c.call(Str("aBc"), "match", c.re("b", "i")), StrKey("index")) }},
	{"'abc'.match(/x/g)", "null", func(c *tc) Value { return c.call(Str("abc"), "match", c.re("x", "g")) }},
	{"/a/.test.call(/a/, {toString() { return 'cat'; }})", "true", func(c *tc) Value {
		return c.call(c.re("a", ""), "test", c.obj("toString", c.fn(func(a []Value) Value { return Str("cat") })))
	}},
	{"/[^]/.test('\\n') + ' ' + /[]/.test('a')", "'true false'", func(c *tc) Value {
		return c.r.Add(c.r.Add(c.call(c.re("[^]", ""), "test", "\n"), Str(" ")), c.call(c.re("[]", ""), "test", "a"))
	}},
	{"Reflect.ownKeys(/a/g)", "['lastIndex']", func(c *tc) Value {
		var ks []any
		for _, k := range c.r.OwnKeys(c.re("a", "g").Object()) {
			ks = append(ks, k.String())
		}
		return c.v(ks)
	}},
}

func TestRegExpBuiltins(t *testing.T) { runCases(t, regexpCases) }
