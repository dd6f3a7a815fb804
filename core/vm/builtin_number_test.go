package vm

import (
	"math"
	"testing"
)

// Expected values recorded from node 26.10.
func TestNumberFormatting(t *testing.T) {
	r := btRT()
	n := Number
	btRunCalls(t, r, []btCase{
		{"Number.prototype.toFixed", n(1.005), btArgs(Int(2)), `"1.00"`},
		{"Number.prototype.toFixed", n(1e21), btArgs(Int(2)), `"1e+21"`},
		{"Number.prototype.toFixed", n(123.456), nil, `"123"`},
		{"Number.prototype.toFixed", n(0.000001), btArgs(Int(7)), `"0.0000010"`},
		{"Number.prototype.toFixed", n(-1.5), btArgs(Int(0)), `"-2"`},
		{"Number.prototype.toFixed", n(math.Copysign(0, -1)), btArgs(Int(2)), `"0.00"`},
		{"Number.prototype.toFixed", n(2.5), btArgs(Int(0)), `"3"`},
		{"Number.prototype.toFixed", n(1), btArgs(Int(101)), `!RangeError: toFixed() digits argument must be between 0 and 100`},
		{"Number.prototype.toFixed", NaN, btArgs(Int(200)), `!RangeError: toFixed() digits argument must be between 0 and 100`},
		{"Number.prototype.toFixed", Str("1"), nil, `!TypeError: Number.prototype.toFixed requires that 'this' be a Number`},
		{"Number.prototype.toExponential", n(123.456), nil, `"1.23456e+2"`},
		{"Number.prototype.toExponential", n(0), nil, `"0e+0"`},
		{"Number.prototype.toExponential", n(0), btArgs(Int(2)), `"0.00e+0"`},
		{"Number.prototype.toExponential", NaN, btArgs(Int(200)), `"NaN"`},
		{"Number.prototype.toExponential", n(1), btArgs(Int(101)), `!RangeError: toExponential() argument must be between 0 and 100`},
		{"Number.prototype.toPrecision", n(123456), btArgs(Int(2)), `"1.2e+5"`},
		{"Number.prototype.toPrecision", n(0.00001), btArgs(Int(1)), `"0.00001"`},
		{"Number.prototype.toPrecision", n(1e21), btArgs(Int(3)), `"1.00e+21"`},
		{"Number.prototype.toPrecision", n(123.456), btArgs(Int(4)), `"123.5"`},
		{"Number.prototype.toPrecision", n(1), btArgs(Int(0)), `!RangeError: toPrecision() argument must be between 1 and 100`},
		{"Number.prototype.toString", n(255), btArgs(Int(16)), `"ff"`},
		{"Number.prototype.toString", n(-255), btArgs(Int(2)), `"-11111111"`},
		{"Number.prototype.toString", n(0.5), btArgs(Int(2)), `"0.1"`},
		{"Number.prototype.toString", n(3.14159), btArgs(Int(36)), `"3.53i0tuycp"`},
		{"Number.prototype.toString", n(1e21), btArgs(Int(36)), `"5v1j4f4ds7c000"`},
		{"Number.prototype.toString", n(1), btArgs(Int(37)), `!RangeError: toString() radix argument must be between 2 and 36`},
		{"Number.prototype.toLocaleString", n(1234.5), nil, `"1,234.5"`},
		{"Number.prototype.toLocaleString", n(1234567.891), nil, `"1,234,567.891"`},
		{"Number.prototype.toLocaleString", n(0.0005), nil, `"0.001"`},
		{"Number.prototype.toLocaleString", n(1.0005), nil, `"1.001"`},
		{"Number.prototype.toLocaleString", n(-1234.5678), nil, `"-1,234.568"`},
		{"Number.prototype.toLocaleString", n(math.Inf(-1)), nil, `"-∞"`},
		{"Number.prototype.toLocaleString", n(math.Copysign(0, -1)), nil, `"-0"`},
		{"Number.prototype.toLocaleString", n(1e21), nil, `"1,000,000,000,000,000,000,000"`},
		{"Number.prototype.toLocaleString", n(0.0625), nil, `"0.063"`},
		{"Number.prototype.toLocaleString", n(1e-7), nil, `"0"`},
		{"Number.prototype.toLocaleString", n(1234.5), btArgs(Str("en-US"), btObj(r, "minimumFractionDigits", Int(2))), `"1,234.50"`},
		{"Number.prototype.toLocaleString", n(1234.5678), btArgs(Undefined, btObj(r, "maximumFractionDigits", Int(0))), `"1,235"`},
		{"Number.prototype.toLocaleString", n(1234.5), btArgs(Str("de-DE")), `"1.234,5"`},
		{"Number.prototype.toLocaleString", n(1234.5), btArgs(Str("en-US"), btObj(r, "style", Str("currency"), "currency", Str("USD"))), `"$1,234.50"`},
		{"Number.prototype.toLocaleString", n(0.256), btArgs(Str("en-US"), btObj(r, "style", Str("percent"))), `"26%"`},
		{"Number.prototype.toLocaleString", n(1234.5), btArgs(Str("en-US"), btObj(r, "useGrouping", False)), `"1234.5"`},
		{"Number", Undefined, btArgs(Str("0b101")), `5`},
		{"Number", Undefined, nil, `0`},
		{"Number", Undefined, btArgs(Str("1_000")), `NaN`},
		{"Number.isSafeInteger", Undefined, btArgs(n(1 << 53)), `false`},
		{"Number.isInteger", Undefined, btArgs(n(5)), `true`},
		{"Boolean.prototype.toString", Int(1), nil, `!TypeError: Boolean.prototype.toString requires that 'this' be a Boolean`},
		{"Boolean", Undefined, btArgs(Str("")), `false`},
	})
}

func TestGlobalFunctions(t *testing.T) {
	r := btRT()
	btRunCalls(t, r, []btCase{
		{"parseInt", Undefined, btArgs(Str("0x1f")), `31`},
		{"parseInt", Undefined, btArgs(Str("  -12px")), `-12`},
		{"parseInt", Undefined, btArgs(Str("z"), Int(36)), `35`},
		{"parseInt", Undefined, btArgs(Str("12"), Int(1)), `NaN`},
		{"parseInt", Undefined, btArgs(Str("0x"), Int(16)), `NaN`},
		{"parseInt", Undefined, btArgs(Str("123456789012345678901234567890")), `1.2345678901234568e+29`},
		{"parseInt", Undefined, btArgs(Str("ffffffffffffffffffff"), Int(16)), `1.2089258196146292e+24`},
		{"parseInt", Undefined, btArgs(Str("1111111111111111111111111111111111111111111111111111111"), Int(2)), `36028797018963970`},
		{"parseInt", Undefined, btArgs(Str("zzzzzzzzzzzzzzz"), Int(36)), `2.2107391972073336e+23`},
		{"parseInt", Undefined, btArgs(Number(0.0000005)), `5`},
		{"parseFloat", Undefined, btArgs(Str("3.14abc")), `3.14`},
		{"parseFloat", Undefined, btArgs(Str(".5")), `0.5`},
		{"parseFloat", Undefined, btArgs(Str("-.5e-3x")), `-0.0005`},
		{"parseFloat", Undefined, btArgs(Str("1e")), `1`},
		{"parseFloat", Undefined, btArgs(Str("-Infinityx")), `-Infinity`},
		{"parseFloat", Undefined, btArgs(Str("1.e5")), `100000`},
		{"parseFloat", Undefined, btArgs(Str("e5")), `NaN`},
		{"encodeURIComponent", Undefined, btArgs(Str("a b&c/d?é😀")), `"a%20b%26c%2Fd%3F%C3%A9%F0%9F%98%80"`},
		{"encodeURI", Undefined, btArgs(Str("http://x.com/a b?q=1&r=é#h")), `"http://x.com/a%20b?q=1&r=%C3%A9#h"`},
		{"decodeURIComponent", Undefined, btArgs(Str("%E4%BD%A0%20")), `"你 "`},
		{"decodeURI", Undefined, btArgs(Str("%3B%2F%20")), `"%3B%2F "`},
		{"decodeURIComponent", Undefined, btArgs(Str("%")), `!URIError: URI malformed`},
		{"decodeURIComponent", Undefined, btArgs(Str("%C0%80")), `!URIError: URI malformed`},
		{"encodeURIComponent", Undefined, btArgs(StringValue(NewStringUTF16([]uint16{0xD800}))), `!URIError: URI malformed`},
		{"escape", Undefined, btArgs(Str("a b+c/é\u1234")), `"a%20b+c/%E9%u1234"`},
		{"unescape", Undefined, btArgs(Str("%41%u0042%zz")), `"AB%zz"`},
		{"isNaN", Undefined, btArgs(Str("x")), `true`},
		{"isFinite", Undefined, btArgs(Str("12")), `true`},
		{"eval", Undefined, btArgs(Int(5)), `5`},
		{"eval", Undefined, btArgs(Str("1+1")), `2`},
	})
	if !SameValue(btLookup(r, "parseInt"), btLookup(r, "Number.parseInt")) {
		t.Error("Number.parseInt !== parseInt")
	}
}

func TestNumberCorpusCases(t *testing.T) {
	r := btRT()
	x := Number(1234.5678)
	btRunCalls(t, r, []btCase{
		{"parseFloat", Undefined, btArgs(Str("5.")), "5"},
		{"parseFloat", Undefined, btArgs(Str(".1.2")), "0.1"},
		{"parseInt", Undefined, btArgs(Str("null"), Int(36)), "1112745"},
		{"parseInt", Undefined, btArgs(Number(1e21)), "1"},
		{"parseInt", Undefined, btArgs(Str("123"), Int(0)), "123"},
		{"parseInt", Undefined, btArgs(Str("-0")), "0"},
		{"Number.prototype.toString", Number(0.1), btArgs(Int(3)), `"0.0022002200220022002200220022002201"`},
		{"Number.prototype.toString", Number(3.75), btArgs(Int(16)), `"3.c"`},
		{"Number.prototype.toPrecision", x, btArgs(Int(1)), `"1e+3"`},
		{"Number.prototype.toFixed", Number(0.1), btArgs(Int(20)), `"0.10000000000000000555"`},
		{"Number.prototype.toFixed", Number(1.45), btArgs(Int(1)), `"1.4"`},
		{"Number.prototype.toFixed", Number(-0.0001), btArgs(Int(2)), `"-0.00"`},
		{"Number.prototype.toFixed", x, btArgs(Int(6)), `"1234.567800"`},
		{"Number.prototype.toExponential", Number(1e-10), btArgs(Int(3)), `"1.000e-10"`},
		{"Number.prototype.toExponential", Int(0), btArgs(Int(1)), `"0.0e+0"`},
		{"Number.prototype.toPrecision", Number(0.00012345), btArgs(Int(2)), `"0.00012"`},
		{"Number", Undefined, btArgs(Str("-0")), `0`},
	})
}
