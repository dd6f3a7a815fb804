package vm

import (
	"strings"
	"testing"
)

// Messages recorded from node 26.10.
func TestJSONParseErrors(t *testing.T) {
	r := btRT()
	for _, c := range []struct{ src, want string }{
		{`{a:1}`, `!SyntaxError: Expected property name or '}' in JSON at position 1 (line 1 column 2)`},
		{``, `!SyntaxError: Unexpected end of JSON input`},
		{`[1,]`, `!SyntaxError: Unexpected token ']', "[1,]" is not valid JSON`},
		{`{"a":1,}`, `!SyntaxError: Expected double-quoted property name in JSON at position 7 (line 1 column 8)`},
		{`{"a" 1}`, `!SyntaxError: Expected ':' after property name in JSON at position 5 (line 1 column 6)`},
		{`tru`, `!SyntaxError: Unexpected end of JSON input`},
		{`trUe`, `!SyntaxError: Unexpected token 'U', "trUe" is not valid JSON`},
		{`undefined`, `!SyntaxError: "undefined" is not valid JSON`},
		{`[1 2]`, `!SyntaxError: Expected ',' or ']' after array element in JSON at position 3 (line 1 column 4)`},
		{`"abc`, `!SyntaxError: Unterminated string in JSON at position 4 (line 1 column 5)`},
		{`"a\x"`, `!SyntaxError: Bad escaped character in JSON at position 3 (line 1 column 4)`},
		{`01`, `!SyntaxError: Unexpected number in JSON at position 1 (line 1 column 2)`},
		{`1.`, `!SyntaxError: Unterminated fractional number in JSON at position 2 (line 1 column 3)`},
		{`-`, `!SyntaxError: No number after minus sign in JSON at position 1 (line 1 column 2)`},
		{`1e+`, `!SyntaxError: Exponent part is missing a number in JSON at position 3 (line 1 column 4)`},
		{`{"a":1} x`, `!SyntaxError: Unexpected non-whitespace character after JSON at position 8 (line 1 column 9)`},
		{"\"\u0001\"", `!SyntaxError: Bad control character in string literal in JSON at position 1 (line 1 column 2)`},
		{`"\u12"`, `!SyntaxError: Bad Unicode escape in JSON at position 5 (line 1 column 6)`},
		{`[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, x]`, `!SyntaxError: Unexpected token 'x', ...", 23, 24, x]" is not valid JSON`},
		{`["abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz", x, "abcdefghijklmnopqrstuvwxyz"]`, `!SyntaxError: Unexpected token 'x', ..."tuvwxyz", x, "abcdef"... is not valid JSON`},
		{`x234567890123456789012`, `!SyntaxError: Unexpected token 'x', "x234567890"... is not valid JSON`},
		{`x2345678901234567890`, `!SyntaxError: Unexpected token 'x', "x2345678901234567890" is not valid JSON`},
		{"{\n\"a\": 1,\n\"b\" 2}", `!SyntaxError: Expected ':' after property name in JSON at position 14 (line 3 column 5)`},
		{`{"a":1`, `!SyntaxError: Expected ',' or '}' after property value in JSON at position 6 (line 1 column 7)`},
		{`[1,é]`, `!SyntaxError: Unexpected token 'é', "[1,é]" is not valid JSON`},
		{`"ééé" x`, `!SyntaxError: Unexpected non-whitespace character after JSON at position 6 (line 1 column 7)`},
		{`123456789012345678901234567890`, `1.2345678901234568e+29`},
		{`1e999`, `Infinity`},
		{` [1, {"b": [true, null]}] `, `[1,[object Object]]`},
	} {
		if got := btCall(r, "JSON.parse", Undefined, Str(c.src)); got != c.want {
			t.Errorf("JSON.parse(%q):\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestJSONStringify(t *testing.T) {
	r := btRT()
	nested := btObj(r, "a", btArr(r, Int(1), btObj(r, "b", Int(2))), "c", Str("x"))
	cyc := r.NewObject()
	r.CreateDataProperty(cyc, StrKey("self"), ObjectValue(cyc))
	deep := btObj(r)
	a := btObj(r)
	b := btObj(r)
	c := btObj(r)
	d := btObj(r)
	r.CreateDataProperty(deep.Object(), StrKey("a"), a)
	r.CreateDataProperty(a.Object(), StrKey("b"), b)
	r.CreateDataProperty(b.Object(), StrKey("c"), c)
	r.CreateDataProperty(c.Object(), StrKey("d"), d)
	r.CreateDataProperty(d.Object(), StrKey("e"), deep)
	lone := StringValue(NewStringUTF16([]uint16{'a', '"', '\n', 0x2028, 0xD800}))
	for _, c := range []struct {
		args []Value
		want string
	}{
		{btArgs(nested, Null, Int(2)), `"{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}"`},
		{btArgs(btArr(r, Undefined, btLookup(r, "Math.max"), SymbolValue(r.Symbols.Iterator))), `"[null,null,null]"`},
		{btArgs(Undefined), `undefined`},
		{btArgs(lone), `"\"a\\\"\\n\u2028\\ud800\""`},
		{btArgs(NaN), `"null"`},
		{btArgs(BigIntValue(NewBigInt(bigOne()))), `!TypeError: Do not know how to serialize a BigInt`},
		{btArgs(btObj(r, "a", Int(1), "b", Int(2), "c", Int(3)), btArr(r, Str("c"), Str("a"))), `"{\"c\":3,\"a\":1}"`},
		{btArgs(btObj(r, "a", Int(1)), Null, Str("--")), `"{\n--\"a\": 1\n}"`},
		{btArgs(btObj(r, "a", btArr(r)), Null, Int(2)), `"{\n  \"a\": []\n}"`},
		{btArgs(btObj(r), Null, Int(2)), `"{}"`},
		{btArgs(ObjectValue(cyc)), `!TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    --- property 'self' closes the circle`},
		{btArgs(deep), `!TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'a' -> object with constructor 'Object'
    |     property 'b' -> object with constructor 'Object'
    |     ...
    |     property 'd' -> object with constructor 'Object'
    --- property 'e' closes the circle`},
	} {
		if got := btCall(r, "JSON.stringify", Undefined, c.args...); got != c.want {
			t.Errorf("JSON.stringify(%v):\n got %s\nwant %s", c.args, got, c.want)
		}
	}
}

func TestJSONParseReviverSource(t *testing.T) {
	r := btRT()
	var log []string
	reviver := r.NewNativeFunction("", 3, func(r *Runtime, this Value, args []Value) Value {
		k := args[0].String().GoString()
		if k == "0" {
			r.Set(this.Object(), IndexKey(1), Int(5), this)
		}
		log = append(log, k+"="+r.ToString(r.Call(btLookup(r, "JSON.stringify"), Undefined, args[2])).GoString())
		return args[1]
	})
	r.Call(btLookup(r, "JSON.parse"), Undefined, Str(`{"a": 1.50, "b": ["x\u0041", 2], "c": {}}`), ObjectValue(reviver))
	want := `a={"source":"1.50"} 0={"source":"\"x\\u0041\""} 1={} b={} c={} ={}`
	if got := strings.Join(log, " "); got != want {
		t.Errorf("reviver contexts:\n got %s\nwant %s", got, want)
	}
}
