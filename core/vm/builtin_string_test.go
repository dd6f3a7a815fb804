package vm

import "testing"

var stringCases = []jsCase{
	{"String(Symbol('x'))", "'Symbol(x)'", func(c *tc) Value {
		return c.r.Call(c.global("String"), Undefined, SymbolValue(c.r.NewSymbol(Str("x"))))
	}},
	{"new String(Symbol())", "throws TypeError: Cannot convert a Symbol value to a string", func(c *tc) Value {
		return c.construct("String", SymbolValue(c.r.NewSymbol(Undefined)))
	}},
	{"String.fromCharCode(72, 105, 0x1F600)", "'Hi\uf600'", func(c *tc) Value { return c.static("String", "fromCharCode", 72, 105, 0x1F600) }},
	{"String.fromCodePoint(0x1F600).length", "2", func(c *tc) Value {
		return c.r.GetStr(c.r.ToObject(c.static("String", "fromCodePoint", 0x1F600)), "length")
	}},
	{"String.fromCodePoint(1.5)", "throws RangeError: Invalid code point 1.5", func(c *tc) Value { return c.static("String", "fromCodePoint", 1.5) }},
	{"String.fromCodePoint('x')", "throws RangeError: Invalid code point NaN", func(c *tc) Value { return c.static("String", "fromCodePoint", "x") }},
	{"String.raw({raw: ['a', 'b', 'c']}, 1)", "'a1bc'", func(c *tc) Value { return c.static("String", "raw", c.obj("raw", []any{"a", "b", "c"}), 1) }},
	{"'abc'.at(-1) + 'abc'.charAt(5) + 'abc'.charCodeAt(5) + 'abc'.codePointAt(5)", "'cNaNundefined'", func(c *tc) Value {
		v := c.r.Add(c.call(Str("abc"), "at", -1), c.call(Str("abc"), "charAt", 5))
		v = c.r.Add(v, c.call(Str("abc"), "charCodeAt", 5))
		return c.r.Add(v, c.call(Str("abc"), "codePointAt", 5))
	}},
	{"'😀'.codePointAt(0)", "128512", func(c *tc) Value { return c.call(Str("😀"), "codePointAt", 0) }},
	{"'a'.concat(1, null)", "'a1null'", func(c *tc) Value { return c.call(Str("a"), "concat", 1, Null) }},
	{"'abc'.endsWith('b', 2)", "true", func(c *tc) Value { return c.call(Str("abc"), "endsWith", "b", 2) }},
	{"'abc'.startsWith('bc', 1)", "true", func(c *tc) Value { return c.call(Str("abc"), "startsWith", "bc", 1) }},
	{"'abc'.includes('d')", "false", func(c *tc) Value { return c.call(Str("abc"), "includes", "d") }},
	{"'a'.includes(/a/)", "throws TypeError: First argument to String.prototype.includes must not be a regular expression", func(c *tc) Value {
		return c.call(Str("a"), "includes", c.r.NewRegExp("a", ""))
	}},
	{"'abc'.lastIndexOf('c', -5) + ' ' + 'abc'.lastIndexOf('', 99) + ' ' + 'abc'.indexOf('', 99)", "'-1 3 3'", func(c *tc) Value {
		s := Str("abc")
		return Str(showValue(c.r, c.call(s, "lastIndexOf", "c", -5)) + " " + showValue(c.r, c.call(s, "lastIndexOf", "", 99)) + " " + showValue(c.r, c.call(s, "indexOf", "", 99)))
	}},
	{"'abcdef'.slice(-3, -1)", "'de'", func(c *tc) Value { return c.call(Str("abcdef"), "slice", -3, -1) }},
	{"'abcdef'.substring(4, 1)", "'bcd'", func(c *tc) Value { return c.call(Str("abcdef"), "substring", 4, 1) }},
	{"'abc'.substr(-2, 1)", "'b'", func(c *tc) Value { return c.call(Str("abc"), "substr", -2, 1) }},
	{"'5'.padStart(3, '0') + '|' + 'ab'.padEnd(5, 'xy')", "'005|abxyx'", func(c *tc) Value {
		return c.r.Add(c.r.Add(c.call(Str("5"), "padStart", 3, "0"), Str("|")), c.call(Str("ab"), "padEnd", 5, "xy"))
	}},
	{"'ab'.repeat(3)", "'ababab'", func(c *tc) Value { return c.call(Str("ab"), "repeat", 3) }},
	{"'a'.repeat(-1)", "throws RangeError: Invalid count value: -1", func(c *tc) Value { return c.call(Str("a"), "repeat", -1) }},
	{"'a'.repeat(Infinity)", "throws RangeError: Invalid count value: Infinity", func(c *tc) Value { return c.call(Str("a"), "repeat", posInf) }},
	{"'a'.repeat(2 ** 30)", "throws RangeError: Invalid string length", func(c *tc) Value { return c.call(Str("a"), "repeat", float64(1<<30)) }},
	{"'\\u00a0\\ufeff x \\n'.trim()", "'x'", func(c *tc) Value { return c.call(Str("\u00a0\ufeff x \n"), "trim") }},
	{"' x '.trimStart() + '|' + ' x '.trimEnd()", "'x | x'", func(c *tc) Value {
		return c.r.Add(c.r.Add(c.call(Str(" x "), "trimStart"), Str("|")), c.call(Str(" x "), "trimEnd"))
	}},
	{"String.prototype.trimLeft.name", "'trimStart'", func(c *tc) Value {
		return c.r.GetStr(c.r.GetStr(c.r.Intrinsics.StringPrototype, "trimLeft").Object(), "name")
	}},
	{"'ß ﬃ'.toUpperCase() + ' ' + 'ΑΣ ΑΣ.'.toLowerCase() + ' ' + 'İ'.toLowerCase().length", "'SS FFI ας ας. 2'", func(c *tc) Value {
		v := c.r.Add(c.r.Add(c.call(Str("ß ﬃ"), "toUpperCase"), Str(" ")), c.call(Str("ΑΣ ΑΣ."), "toLowerCase"))
		return c.r.Add(c.r.Add(v, Str(" ")), c.r.GetStr(c.r.ToObject(c.call(Str("İ"), "toLowerCase")), "length"))
	}},
	{"'Hello'.toUpperCase()", "'HELLO'", func(c *tc) Value { return c.call(Str("Hello"), "toUpperCase") }},
	{"'\\u0065\\u0301'.normalize().length + ' ' + 'é'.normalize('NFD').length", "'1 2'", func(c *tc) Value {
		a := c.r.GetStr(c.r.ToObject(c.call(Str("e\u0301"), "normalize")), "length")
		b := c.r.GetStr(c.r.ToObject(c.call(Str("é"), "normalize", "NFD")), "length")
		return Str(showValue(c.r, a) + " " + showValue(c.r, b))
	}},
	{"'a'.normalize('x')", "throws RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.", func(c *tc) Value { return c.call(Str("a"), "normalize", "x") }},
	{"[['a','B'],['a','A'],['B','a'],['é','f'],['e','é'],['a','a'],['10','9'],[' ','a'],['_','1'],['Z','a'],['résumé','resume'],['a','ab'],['-','_'],['A','b'],['','a']].map(([x, y]) => x.localeCompare(y))",
		"[-1, -1, 1, -1, -1, 0, -1, -1, -1, 1, 1, -1, 1, -1, -1]", func(c *tc) Value {
			pairs := [][2]string{{"a", "B"}, {"a", "A"}, {"B", "a"}, {"é", "f"}, {"e", "é"}, {"a", "a"}, {"10", "9"}, {" ", "a"}, {"_", "1"}, {"Z", "a"}, {"résumé", "resume"}, {"a", "ab"}, {"-", "_"}, {"A", "b"}, {"", "a"}}
			var out []any
			for _, p := range pairs {
				out = append(out, c.call(Str(p[0]), "localeCompare", p[1]))
			}
			return c.v(out)
		}},
	{"['ab','aB','Ab','AB','a-b','ab-','a b','äb','ac','Äb'].sort((x, y) => x.localeCompare(y)).join('|')", "'a b|a-b|ab|aB|Ab|AB|äb|Äb|ab-|ac'", func(c *tc) Value {
		a := c.arr("ab", "aB", "Ab", "AB", "a-b", "ab-", "a b", "äb", "ac", "Äb")
		c.call(a, "sort", c.fn(func(args []Value) Value { return c.call(args[0], "localeCompare", args[1]) }))
		return c.call(a, "join", "|")
	}},
	{"['x10', 'x9', 'x1', 'x01', 'x1a', 'x'].sort((a, b) => a.localeCompare(b, undefined, {numeric: true}))", "['x', 'x1', 'x01', 'x1a', 'x9', 'x10']", func(c *tc) Value {
		return c.localeSort([]any{"x10", "x9", "x1", "x01", "x1a", "x"}, Undefined, c.obj("numeric", true))
	}},
	{"['a', 'A', 'b', 'B'].sort((a, b) => a.localeCompare(b, undefined, {caseFirst: 'upper'}))", "['A', 'a', 'B', 'b']", func(c *tc) Value {
		return c.localeSort([]any{"a", "A", "b", "B"}, Undefined, c.obj("caseFirst", "upper"))
	}},
	{"['z', 'ä', 'a', 'ö', 'å', 'o'].sort((a, b) => a.localeCompare(b, 'sv'))", "['a', 'o', 'z', 'å', 'ä', 'ö']", func(c *tc) Value {
		return c.localeSort([]any{"z", "ä", "a", "ö", "å", "o"}, Str("sv"), Undefined)
	}},
	{"['résumé', 'resume', 'Resume', 'rèsume'].sort((a, b) => a.localeCompare(b))", "['resume', 'Resume', 'résumé', 'rèsume']", func(c *tc) Value {
		return c.localeSort([]any{"résumé", "resume", "Resume", "rèsume"}, Undefined, Undefined)
	}},
	{"['a'.localeCompare('A', undefined, {sensitivity: 'base'}), 'a'.localeCompare('á', undefined, {sensitivity: 'accent'})]", "[0, -1]", func(c *tc) Value {
		return c.arr(c.call(Str("a"), "localeCompare", "A", nil, c.obj("sensitivity", "base")), c.call(Str("a"), "localeCompare", "á", nil, c.obj("sensitivity", "accent")))
	}},
	{"'a,b,,c'.split(',', 2)", "['a', 'b']", func(c *tc) Value { return c.call(Str("a,b,,c"), "split", ",", 2) }},
	{"'abc'.split('')", "['a', 'b', 'c']", func(c *tc) Value { return c.call(Str("abc"), "split", "") }},
	{"''.split(',')", "['']", func(c *tc) Value { return c.call(Str(""), "split", ",") }},
	{"''.split('')", "[]", func(c *tc) Value { return c.call(Str(""), "split", "") }},
	{"'a b'.split()", "['a b']", func(c *tc) Value { return c.call(Str("a b"), "split") }},
	{"'x'.anchor('a\"b')", `'<a name="a&quot;b">x</a>'`, func(c *tc) Value { return c.call(Str("x"), "anchor", `a"b`) }},
	{"'aXbXc'.replace('X', '$&$&$`$\\'$$$1')", "'aXXabXc$$1bXc'", func(c *tc) Value { return c.call(Str("aXbXc"), "replace", "X", "$&$&$`$'$$$1") }},
	{"'aXbXc'.replaceAll('X', (m, p) => p)", "'a1b3c'", func(c *tc) Value {
		return c.call(Str("aXbXc"), "replaceAll", "X", c.fn(func(a []Value) Value { return a[1] }))
	}},
	{"'abc'.replaceAll('', '-')", "'-a-b-c-'", func(c *tc) Value { return c.call(Str("abc"), "replaceAll", "", "-") }},
	{"'a'.replace({[Symbol.replace]: 5})", "throws TypeError: number 5 is not a function", func(c *tc) Value {
		o := c.obj()
		c.r.Set(o.Object(), symKey(c.r.Symbols.Replace), Int(5), o)
		return c.call(Str("a"), "replace", o)
	}},
	{"String.prototype.toString.call(1)", "throws TypeError: String.prototype.toString requires that 'this' be a String", func(c *tc) Value { return c.method("String", "toString", 1) }},
	{"String.prototype.trim.call(null)", "throws TypeError: String.prototype.trim called on null or undefined", func(c *tc) Value { return c.method("String", "trim", Null) }},
	{"String.prototype.valueOf.call(new String('w'))", "'w'", func(c *tc) Value { return c.method("String", "valueOf", c.construct("String", "w")) }},
	{"[...'a😀b']", "['a', '😀', 'b']", func(c *tc) Value { return c.static("Array", "from", "a😀b") }},
	{"'ab\\uD800'.isWellFormed() + ' ' + 'ab\\uD800'.toWellFormed()", "'false ab\ufffd'", func(c *tc) Value {
		s := StringValue(NewStringUTF16([]uint16{'a', 'b', 0xD800}))
		return c.r.Add(c.r.Add(c.call(s, "isWellFormed"), Str(" ")), c.call(s, "toWellFormed"))
	}},
	{"'x😀y'.match(/./gu)", "['x', '😀', 'y']", func(c *tc) Value { return c.call(Str("x😀y"), "match", c.r.NewRegExp(".", "gu")) }},
	{"'x😀y'.match(/./g).length", "4", func(c *tc) Value {
		return c.r.GetStr(c.call(Str("x😀y"), "match", c.r.NewRegExp(".", "g")).Object(), "length")
	}},
	{"'aaa'.split(/(a)/)", "['', 'a', '', 'a', '', 'a', '']", func(c *tc) Value { return c.call(Str("aaa"), "split", c.r.NewRegExp("(a)", "")) }},
	{"'A-b_c'.split(/[-_]/, 2)", "['A', 'b']", func(c *tc) Value { return c.call(Str("A-b_c"), "split", c.r.NewRegExp("[-_]", ""), 2) }},
	{"'abc'.replace(/(?<first>a)(b)/, '[$<first>|$2|$1|$0|$3|$&]')", "'[a|b|a|$0|$3|ab]c'", func(c *tc) Value {
		return c.call(Str("abc"), "replace", c.r.NewRegExp("(?<first>a)(b)", ""), "[$<first>|$2|$1|$0|$3|$&]")
	}},
	{"'abcabc'.replace(/b/g, (m, off) => off)", "'a1ca4c'", func(c *tc) Value {
		return c.call(Str("abcabc"), "replace", c.r.NewRegExp("b", "g"), c.fn(func(a []Value) Value { return a[1] }))
	}},
	{"[...'a1b2'.matchAll(/\\d/g)].map(m => m[0] + m.index)", "['11', '23']", func(c *tc) Value {
		it := c.call(Str("a1b2"), "matchAll", c.r.NewRegExp(`\d`, "g"))
		return c.call(c.static("Array", "from", it), "map", c.fn(func(a []Value) Value {
			return c.r.Add(c.r.GetV(a[0], IndexKey(0)), c.r.GetV(a[0], StrKey("index")))
		}))
	}},
	{"'a'.matchAll(/a/)", "throws TypeError: String.prototype.matchAll called with a non-global RegExp argument", func(c *tc) Value {
		return c.call(Str("a"), "matchAll", c.r.NewRegExp("a", ""))
	}},
	{"'a'.replaceAll(/a/, 'b')", "throws TypeError: String.prototype.replaceAll called with a non-global RegExp argument", func(c *tc) Value {
		return c.call(Str("a"), "replaceAll", c.r.NewRegExp("a", ""), "b")
	}},
	{"'abc'.search(/c/)", "2", func(c *tc) Value { return c.call(Str("abc"), "search", c.r.NewRegExp("c", "")) }},
	{"'a.b'.search('.')", "0", func(c *tc) Value { return c.call(Str("a.b"), "search", ".") }},
	{"'𝒳'.replace(/(?:)/gu, '-')", "'-𝒳-'", func(c *tc) Value { return c.call(Str("𝒳"), "replace", c.r.NewRegExp("(?:)", "gu"), "-") }},
	{"'𝒳'.replace(/(?:)/g, '-').length", "5", func(c *tc) Value {
		return c.r.GetStr(c.r.ToObject(c.call(Str("𝒳"), "replace", c.r.NewRegExp("(?:)", "g"), "-")), "length")
	}},
}

// localeSort sorts xs with localeCompare(locale, opts).
func (c *tc) localeSort(xs []any, locale, opts Value) Value {
	a := c.arr(xs...)
	c.call(a, "sort", c.fn(func(args []Value) Value { return c.call(args[0], "localeCompare", args[1], locale, opts) }))
	return a
}

var posInf = func() float64 { z := 0.0; return 1 / z }()

func TestStringBuiltins(t *testing.T) { runCases(t, stringCases) }
