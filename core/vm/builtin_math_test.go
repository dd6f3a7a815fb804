package vm

import (
	"math"
	"testing"
)

// Recorded from node 26.10.
func TestMath(t *testing.T) {
	r := btRT()
	n := Number
	btRunCalls(t, r, []btCase{
		{"Math.max", Undefined, nil, `-Infinity`},
		{"Math.max", Undefined, btArgs(Int(1), NaN, Int(3)), `NaN`},
		{"Math.max", Undefined, btArgs(n(math.Copysign(0, -1)), Int(0)), `0`},
		{"Math.min", Undefined, btArgs(Int(0), n(math.Copysign(0, -1))), `0`},
		{"Math.round", Undefined, btArgs(n(-2.5)), `-2`},
		{"Math.round", Undefined, btArgs(n(2.5)), `3`},
		{"Math.round", Undefined, btArgs(n(0.49999999999999994)), `0`},
		{"Math.hypot", Undefined, btArgs(Int(3), Int(4)), `5`},
		{"Math.hypot", Undefined, btArgs(NaN, n(math.Inf(-1))), `Infinity`},
		{"Math.sign", Undefined, btArgs(n(-3)), `-1`},
		{"Math.clz32", Undefined, btArgs(Int(1)), `31`},
		{"Math.imul", Undefined, btArgs(n(0xffffffff), Int(5)), `-5`},
		{"Math.fround", Undefined, btArgs(n(5.5)), `5.5`},
		{"Math.fround", Undefined, btArgs(n(5.05)), `5.050000190734863`},
		{"Math.f16round", Undefined, btArgs(n(5.05)), `5.05078125`},
		{"Math.f16round", Undefined, btArgs(n(65520)), `Infinity`},
		{"Math.f16round", Undefined, btArgs(n(1e-8)), `0`},
		{"Math.cbrt", Undefined, btArgs(Int(27)), `3`},
		{"Math.pow", Undefined, btArgs(Int(1), n(math.Inf(1))), `NaN`},
		{"Math.trunc", Undefined, btArgs(n(-4.7)), `-4`},
		{"Math.log10", Undefined, btArgs(Int(1000)), `3`},
		{"Math.log2", Undefined, btArgs(Int(8)), `3`},
		{"Object.prototype.toString", btLookup(r, "Math"), nil, `"[object Math]"`},
	})
	if got := btShow(r, r.Call(btLookup(r, "Math.round"), Undefined, n(-0.2))); got != "0" || !math.Signbit(r.Call(btLookup(r, "Math.round"), Undefined, n(-0.2)).Num()) {
		t.Error("Math.round(-0.2) must be -0")
	}
}

// With the default seed (42), Math.random gives what `node --random-seed=42` gives.
func TestMathRandomMatchesV8Seed(t *testing.T) {
	r := btRT()
	var got []float64
	for i := 0; i < 65; i++ {
		got = append(got, r.Call(btLookup(r, "Math.random"), Undefined).Num())
	}
	want := map[int]float64{0: 0.6159659788862542, 1: 0.31941034811783175, 2: 0.8773338456887839, 64: 0.08839015187873955}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("random #%d = %v, want %v", i, got[i], w)
		}
	}
	r2 := NewRuntime(Options{RandomSeed: 43})
	if v := r2.Call(btLookup(r2, "Math.random"), Undefined).Num(); v != 0.18656880525189456 {
		t.Errorf("seed 43: %v", v)
	}
}
