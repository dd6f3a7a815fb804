package render_test

import (
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// The notes' loadX with six shapes: the slot goes 1 → P → N in the view model, and the panel
// under loadX's bytecode shows the slot, its state and, while polymorphic, its maps.
func TestFeedbackVectorPanel(t *testing.T) {
	src := `function loadX(o) { return o.x; }
const shapes = [{x: 1}, {x: 1, a: 1}, {x: 1, b: 1}, {x: 1, c: 1}, {x: 1, d: 1}, {x: 1, e: 1}];
for (let i = 0; i < 24; i++) loadX(shapes[i % 6]);
`
	m := record(t, src, "browser", engine.HeapOptions{})
	s := render.NewState()
	fold := render.Fold{Src: []byte(src)}
	var states []string
	var sfi uint32
	sawMaps := false
	for i := range m.Len() {
		e := m.At(i)
		fold.Apply(s, e)
		ic, ok := e.(*events.ICTransition)
		if !ok || ic.Fn != "loadX" {
			continue
		}
		sfi = ic.SFI
		sl := s.Feedback.Vectors[sfi].Slots[0]
		states = append(states, sl.State)
		if sl.State == "P" {
			// the panel shows while loadX runs: step to the end of this instruction
			for j := i + 1; j < m.Len(); j++ {
				fold.Apply(s, m.At(j))
				i = j
				if m.At(j).Kind() == events.KindBytecodeExec {
					break
				}
			}
			txt := texts(s)
			if !strings.Contains(txt, "[0] LoadIC x") || !strings.Contains(txt, "polymorphic · maps #") {
				t.Fatalf("the panel at a polymorphic moment:\n%s", txt)
			}
			sawMaps = true
		}
	}
	if got := strings.Join(states, " "); !strings.HasPrefix(got, "1 P") || !strings.HasSuffix(got, "N") || !sawMaps {
		t.Fatalf("loadX's slot went %q", got)
	}
	if v := s.Feedback.Vectors[sfi]; len(v.Slots[0].Maps) != 0 {
		t.Errorf("a megamorphic slot lists maps %v", v.Slots[0].Maps)
	}
}

func texts(s *render.State) string {
	var b strings.Builder
	for _, x := range render.Layout(s, render.LayoutOptions{W: 1400, H: 900, Scale: 1, Host: "browser"}).Texts {
		b.WriteString(x.Str + "\n")
	}
	return b.String()
}

// The notes' add(x, y): a Smi sum, then a double. The BinaryOp slot of `x + y` shows the hint
// widening from SignedSmall to Number once add has a feedback vector (after its 8th call).
func TestFeedbackBinopSlot(t *testing.T) {
	src := `function add(x, y) { return x + y; }
for (let i = 0; i < 12; i++) add(i, 1);
add(1.5, 2);
`
	m := record(t, src, "node", engine.HeapOptions{})
	s := render.NewState()
	fold := render.Fold{Src: []byte(src)}
	var hints []string
	for i := range m.Len() {
		e := m.At(i)
		fold.Apply(s, e)
		if b, ok := e.(*events.BinopFeedback); ok && b.Fn == "add" {
			v := s.Feedback.Vectors[b.SFI]
			if len(v.Slots) != 1 || v.Slots[0].IC != "BinaryOp" || v.Slots[0].Key != "Add" {
				t.Fatalf("slots after %+v: %+v", b, v.Slots)
			}
			hints = append(hints, v.Slots[0].State)
		}
	}
	if got := strings.Join(hints, " → "); got != "SignedSmall → Number" {
		t.Errorf("add's BinaryOp slot went %q, want SignedSmall → Number", got)
	}
}
