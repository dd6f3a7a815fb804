package render_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// Seeking equals stepping for the feedback panel: over a run whose load IC goes 0 → 1 → P → N,
// the state reached by stepping forward and back one instruction at a time, or by jumping to a
// random position, is the state folded forward from the start.
func TestFeedbackSeekEqualsStep(t *testing.T) {
	src := `function loadX(o) { return o.x; }
const shapes = [{x: 1}, {x: 1, a: 1}, {x: 1, b: 1}, {x: 1, c: 1}, {x: 1, d: 1}, {x: 1, e: 1}];
for (let i = 0; i < 24; i++) loadX(shapes[i % 6]);
`
	m := record(t, src, "browser", engine.HeapOptions{})
	var seen []string
	for i := range m.Len() {
		if ic, ok := m.At(i).(*events.ICTransition); ok && ic.Fn == "loadX" {
			seen = append(seen, ic.Old+"→"+ic.New)
		}
	}
	if got := strings.Join(seen, " "); !strings.HasPrefix(got, "0→1 1→P") || !strings.Contains(got, "P→N") {
		t.Fatalf("loadX's slot went %q", got)
	}
	fold := func(k int) *render.State {
		s := render.NewState()
		f := render.Fold{Src: []byte(src)}
		for i := range k {
			f.Apply(s, m.At(i))
		}
		return s
	}
	tl := render.NewTimeline(m, []byte(src))
	var fwd []int
	for tl.Pos() < tl.Len() {
		st := tl.Forward(events.ByStep)
		fwd = append(fwd, st.Applied)
		if !reflect.DeepEqual(st.Feedback, fold(st.Applied).Feedback) {
			t.Fatalf("stepping forward to %d: feedback differs from the fold", st.Applied)
		}
	}
	for i := len(fwd) - 2; i >= 0; i-- {
		st := tl.Back(events.ByStep)
		if !reflect.DeepEqual(st, fold(st.Applied)) {
			t.Fatalf("stepping back to %d: state differs from the fold", st.Applied)
		}
	}
	r := rand.New(rand.NewPCG(4, 4))
	for range 40 {
		k := r.IntN(m.Len() + 1)
		if !reflect.DeepEqual(tl.Seek(k), fold(k)) {
			t.Fatalf("seeking to %d differs from the fold", k)
		}
	}
}
