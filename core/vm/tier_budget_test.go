package vm_test

import (
	"strings"
	"testing"

	"enginescope/core/engine"
)

// TestTierBudgetMatchesV8 replays the measurement behind tier_budget.go: Node 26 printed these
// %GetOptimizationStatus changes (call index: status in binary) for a function called from a
// never-optimized loop. A function with a property IC is marked for Maglev after its 510th call
// (9 calls without a vector, then 500 after the IC changed on the 10th), one without ICs after
// its 410th (400 from the vector); the compile job starts on the next call.
func TestTierBudgetMatchesV8(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string // the first three changes V8 printed
	}{
		{"load", "return o.x;", []string{"0 1000001", "509 10000000000000001000001", "510 1001000001"}},
		{"no ICs", "let s = 0; return s;", []string{"0 1000001", "409 10000000000000001000001", "410 1001000001"}},
	} {
		src := `function f(o) { ` + c.body + ` }
function drive() {
  const o = { x: 1 };
  let last = -1;
  for (let i = 0; i < 700; i++) {
    f(o);
    const st = %GetOptimizationStatus(f);
    if (st !== last) { console.log(i, st.toString(2)); last = st; }
  }
}
%NeverOptimizeFunction(drive);
drive();
`
		res := engine.Run([]byte(src), engine.Options{Filename: "/t.js", AllowNativesSyntax: true})
		got := strings.Split(strings.TrimSpace(res.Stdout), "\n")
		if len(got) < 3 || strings.Join(got[:3], "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: status changes %q, want them to start with %q (stderr %q)", c.name, got, c.want, res.Stderr)
		}
		// the simulator installs the Maglev code at the next tick: 100 calls after marking
		if len(got) < 4 || !strings.HasSuffix(got[3], " 11001") {
			t.Errorf("%s: no Maglev code after the job: %q", c.name, got)
		}
	}
}

// TestTieringLeavesOutputAlone: with the trace flags off, tier-up changes nothing a program
// prints, and a function optimized by its budget is deoptimized by a new map without a word.
func TestTieringLeavesOutputAlone(t *testing.T) {
	src := `function getX(o) { return o.x; }
let s = 0;
for (let i = 0; i < 200000; i++) s += getX({ x: 1 });
console.log(s, getX({ y: 1, x: 2 }));
`
	res := engine.Run([]byte(src), engine.Options{Filename: "/t.js"})
	if res.Stdout != "200000 2\n" || res.Stderr != "" {
		t.Errorf("stdout %q stderr %q", res.Stdout, res.Stderr)
	}
	traced := engine.Run([]byte(src), engine.Options{Filename: "/t.js", TraceOpt: true, TraceDeopt: true})
	for _, want := range []string{"for optimization to TURBOFAN_JS", "reason: wrong map"} {
		if !strings.Contains(traced.Stdout, want) {
			t.Errorf("traced run lacks %q:\n%s", want, traced.Stdout)
		}
	}
}
