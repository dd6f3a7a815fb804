package render_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"enginescope/core/events"
	"enginescope/render"
	"enginescope/render/rendertest"
)

// forward folds the first k events from scratch: the reference the timeline must agree with.
func forward(m *events.Memory, src []byte, k int) *render.State {
	s := render.NewState()
	f := render.Fold{Src: src}
	for i := range k {
		f.Apply(s, m.At(i))
	}
	return s
}

// The state after seeking to k equals the state reached by stepping forward to k, whatever
// sequence of seeks came before (snapshots must never be mutated, replays must be exact).
func TestSeekEqualsForward(t *testing.T) {
	for seed := range uint64(6) {
		m := rendertest.Random(seed, 400)
		src := []byte("function f(a, b) { return a + b }\n")
		n := m.Len()
		want := make([]*render.State, n+1)
		s := render.NewState()
		want[0] = s.Clone()
		for i := range n {
			render.Fold{Src: src}.Apply(s, m.At(i))
			want[i+1] = s.Clone()
		}
		for _, every := range []int{1, 7, 64, render.DefaultSnapshotEvery} {
			tl := render.NewTimelineEvery(m, src, every)
			r := rand.New(rand.NewPCG(seed, uint64(every)))
			for range 300 {
				var k int
				switch r.IntN(4) {
				case 0:
					tl.Forward(events.Unit(r.IntN(4)))
					k = tl.Pos()
				case 1:
					tl.Back(events.Unit(r.IntN(4)))
					k = tl.Pos()
				default:
					k = r.IntN(n + 1)
					tl.Seek(k)
				}
				if !reflect.DeepEqual(tl.State(), want[k]) {
					t.Fatalf("seed %d every %d: state at %d differs from the forward fold", seed, every, k)
				}
			}
		}
		// Spot-check the reference itself against an independent fold.
		if k := n / 2; !reflect.DeepEqual(forward(m, src, k), want[k]) {
			t.Fatalf("fold is not deterministic")
		}
	}
}

// Forward and Back by every unit are inverse walks over the same landing points, and the walk
// by bytecode visits every instruction count once.
func TestStepUnits(t *testing.T) {
	m := rendertest.Random(42, 300)
	tl := render.NewTimeline(m, nil)
	for _, u := range []events.Unit{events.ByStep, events.ByStmt, events.ByCall, events.ByTask} {
		tl.Seek(0)
		var marks []int
		for tl.Pos() < m.Len() {
			before := tl.Pos()
			tl.Forward(u)
			if tl.Pos() <= before {
				t.Fatalf("unit %d: forward did not move from %d", u, before)
			}
			marks = append(marks, tl.Pos())
		}
		for i := len(marks) - 2; i >= 0; i-- {
			tl.Back(u)
			if tl.Pos() != marks[i] {
				t.Fatalf("unit %d: back landed at %d, want %d", u, tl.Pos(), marks[i])
			}
		}
		tl.Back(u)
		if tl.Pos() != 0 {
			t.Fatalf("unit %d: back from the first mark landed at %d", u, tl.Pos())
		}
	}
	tl.Seek(0)
	for want := uint64(1); tl.Pos() < m.Len(); want++ {
		tl.Forward(events.ByStep)
		if got := tl.State().Steps; got != want && tl.State().End == nil {
			t.Fatalf("after %d steps forward the state counts %d instructions", want, got)
		}
	}
	for n := range tl.TotalSteps() + 1 {
		if got := tl.SeekStep(n).Steps; got != n {
			t.Fatalf("SeekStep(%d) counts %d instructions", n, got)
		}
	}
}

func TestParamNames(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"function printSquare(x) {}", []string{"x"}},
		{"function f(a, b = 2, ...rest) {}", []string{"a", "b", "rest"}},
		{"function g() {}", nil},
		{"async function h(p, /* c */ q) {}", []string{"p", "q"}},
		{"x => x * 2", []string{"x"}},
		{"async y => y", []string{"y"}},
		{"(a, {b, c}, [d]) => a", []string{"a", "", ""}},
		{"method(u, v) { return u }", []string{"u", "v"}},
		{"function s(a = \"(\") {}", nil},
	}
	for _, c := range cases {
		got := render.ParamNames([]byte(c.src), 0, len(c.src))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.src, got, c.want)
		}
	}
}
