package vm_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/core/vm"
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

// TestTieringChangesOnlyTierEvents: a run whose functions tier up and deopt records the same
// events, at the same steps, with the same collections, as a run whose budgets never run out —
// but for the tier.* and deopt events themselves.
func TestTieringChangesOnlyTierEvents(t *testing.T) {
	src := `function getX(o) { return o.x; }
function sumTo(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i) | 0; return s; }
let keep = [];
for (let i = 0; i < 3000; i++) { keep.push({ x: i }); if (keep.length > 50) keep = []; getX(keep[keep.length - 1]); }
console.log(sumTo(20000), getX({ y: 1, x: 2 }));
`
	stream := func(tf vm.TieringFlags) ([]string, engine.Result, int) {
		m := events.NewMemory()
		res := engine.Run([]byte(src), engine.Options{Filename: "/t.js", Recorder: m, Tiering: tf,
			Heap: engine.HeapOptions{MaxSemiSpaceSize: 1, MinSemiSpaceSize: 1}})
		var out []string
		tiers := 0
		for i := range m.Len() {
			e := m.At(i)
			switch e := e.(type) {
			case *events.TierRequest:
				if e.Tier != "SPARKPLUG" {
					tiers++
				}
				continue
			case *events.TierInstall:
				if e.Tier != "SPARKPLUG" {
					tiers++
				}
				continue
			case *events.Deopt:
				tiers++
				continue
			}
			out = append(out, fmt.Sprintf("%s@%d", e.Kind(), e.Head().Step))
		}
		return out, res, tiers
	}
	hot, hotRes, tiers := stream(vm.TieringFlags{MaglevCount: 5, ICDelay: 5, TurbofanCount: 5, MaglevOSRCount: 2, OSRCount: 2})
	cold, coldRes, none := stream(vm.TieringFlags{MaglevCount: 1 << 20, ICDelay: 1 << 20})
	if tiers < 6 || none > 0 { // both runs label SPARKPLUG once per feedback vector
		t.Fatalf("tier events: %d in the hot run, %d in the cold one", tiers, none)
	}
	if hotRes.Stdout != coldRes.Stdout || hotRes.GC != coldRes.GC {
		t.Errorf("output or collections differ: %q %+v vs %q %+v", hotRes.Stdout, hotRes.GC, coldRes.Stdout, coldRes.GC)
	}
	if !slices.Equal(hot, cold) {
		t.Errorf("the streams differ beyond tier events (%d vs %d events)", len(hot), len(cold))
	}
}
