package vm

import (
	"math/big"
	"testing"
)

func bigOne() *big.Int { return big.NewInt(1) }

func bigV(s string) Value {
	b, _ := new(big.Int).SetString(s, 10)
	return BigIntValue(NewBigInt(b))
}

// Recorded from node 26.10.
func TestBigInt(t *testing.T) {
	r := btRT()
	btRunCalls(t, r, []btCase{
		{"BigInt", Undefined, btArgs(Number(1.5)), `!RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer`},
		{"BigInt", Undefined, btArgs(Str("abc")), `!SyntaxError: Cannot convert abc to a BigInt`},
		{"BigInt", Undefined, btArgs(Str("0x1f")), `31n`},
		{"BigInt", Undefined, btArgs(Str(" 12 ")), `12n`},
		{"BigInt", Undefined, btArgs(Str("")), `0n`},
		{"BigInt", Undefined, btArgs(Null), `!TypeError: Cannot convert null to a BigInt`},
		{"BigInt", Undefined, btArgs(Undefined), `!TypeError: Cannot convert undefined to a BigInt`},
		{"BigInt", Undefined, btArgs(True), `1n`},
		{"BigInt", Undefined, btArgs(Number(1e21)), `1000000000000000000000n`},
		{"BigInt", Undefined, btArgs(Str("-0x1")), `!SyntaxError: Cannot convert -0x1 to a BigInt`},
		{"BigInt", Undefined, btArgs(Str("1n")), `!SyntaxError: Cannot convert 1n to a BigInt`},
		{"BigInt.asIntN", Undefined, btArgs(Int(8), bigV("255")), `-1n`},
		{"BigInt.asUintN", Undefined, btArgs(Int(8), bigV("-1")), `255n`},
		{"BigInt.asIntN", Undefined, btArgs(Int(-1), bigV("1")), `!RangeError: Invalid value: not (convertible to) a safe integer`},
		{"BigInt.asIntN", Undefined, btArgs(Int(8), Int(1)), `!TypeError: Cannot convert 1 to a BigInt`},
		{"BigInt.asIntN", Undefined, btArgs(Int(0), bigV("5")), `0n`},
		{"BigInt.asUintN", Undefined, btArgs(Int(1<<40), bigV("5")), `5n`},
		{"BigInt.prototype.toString", bigV("255"), btArgs(Int(16)), `"ff"`},
		{"BigInt.prototype.toString", bigV("-255"), btArgs(Int(2)), `"-11111111"`},
		{"BigInt.prototype.toString", bigV("1"), btArgs(Int(37)), `!RangeError: toString() radix argument must be between 2 and 36`},
		{"BigInt.prototype.toString", Int(1), nil, `!TypeError: BigInt.prototype.toString requires that 'this' be a BigInt`},
		{"BigInt.prototype.toLocaleString", bigV("1234567"), nil, `"1,234,567"`},
	})
}
