package render_test

import (
	"strings"
	"testing"

	"enginescope/core/events"
	"enginescope/render"
)

func shape(sc *render.Scene, key string) (render.Shape, bool) {
	for _, s := range sc.Shapes {
		if s.Key == key {
			return s, true
		}
	}
	return render.Shape{}, false
}

func chips(sc *render.Scene) []string {
	var out []string
	for _, s := range sc.Shapes {
		if strings.Contains(s.Key, "chip:") {
			out = append(out, s.Key)
		}
	}
	return out
}

// A timer's callback is one chip from its queue to the stack: same key, queued in the band
// (under the panels) before its task runs, at the foot of the call stack panel while it runs.
func TestLoopBandChipMoves(t *testing.T) {
	p := loopPrograms[0] // Promise1 / setTimeout1 in the browser
	m := recordLoop(t, p.host, p.src)
	tl := render.NewTimeline(m, []byte(p.src))
	o := render.LayoutOptions{W: 1200, H: 700, Scale: 1, Host: "browser", Loop: true}
	run := -1
	for i := range m.Len() {
		if r, ok := m.At(i).(*events.TaskRun); ok && r.Queue == "timer" {
			run = i
			break
		}
	}
	before := render.Layout(tl.Seek(run), o)
	after := render.Layout(tl.Seek(run+1), o)
	q, ok1 := shape(before, "chip:timer:1")
	s, ok2 := shape(after, "chip:timer:1")
	if !ok1 || !ok2 {
		t.Fatalf("the timer's chip: before %v %v, after %v %v", ok1, chips(before), ok2, chips(after))
	}
	stack, _ := shape(after, "panel:stack")
	band, _ := shape(before, "panel:loop")
	if !band.Rect.Contains(render.Point{X: q.Rect.X + 1, Y: q.Rect.Y + 1}) {
		t.Errorf("queued chip at %+v, not in the loop band %+v", q.Rect, band.Rect)
	}
	if !stack.Rect.Contains(render.Point{X: s.Rect.X + 1, Y: s.Rect.Y + 1}) {
		t.Errorf("running chip at %+v, not in the stack panel %+v", s.Rect, stack.Rect)
	}
	mid := render.Tween(before, after, 0.5)
	if m, _ := shape(mid, "chip:timer:1"); m.Rect.Y >= q.Rect.Y || m.Rect.Y <= s.Rect.Y {
		t.Errorf("half way the chip is at y=%.0f, want between %.0f and %.0f", m.Rect.Y, s.Rect.Y, q.Rect.Y)
	}
	// Without the band nothing of the loop is drawn.
	o.Loop = false
	if c := chips(render.Layout(tl.Seek(run), o)); len(c) != 0 {
		t.Errorf("chips without the band: %v", c)
	}
}

// Node's ring lights the phase the loop is in; side by side keeps both columns apart.
func TestPhaseRingAndSideBySide(t *testing.T) {
	p := loopPrograms[2] // nextTick / setImmediate on Node
	m := recordLoop(t, p.host, p.src)
	tl := render.NewTimeline(m, []byte(p.src))
	at := 0
	for i := range m.Len() {
		if _, ok := m.At(i).(*events.ImmediateRun); ok {
			at = i + 2
			break
		}
	}
	o := render.LayoutOptions{W: 1200, H: 700, Scale: 1, Host: "node", Loop: true}
	a := render.Layout(tl.Seek(at), o)
	lit := 0
	for _, ph := range render.NodePhases {
		s, ok := shape(a, "loop:phase:"+ph)
		if !ok {
			t.Fatalf("no %s phase on the ring", ph)
		}
		if s.Line > 1.5 {
			lit++
			if ph != "check" {
				t.Errorf("lit phase %s, want check", ph)
			}
		}
	}
	if lit != 1 {
		t.Errorf("%d phases lit", lit)
	}
	half := o
	half.W = 596
	b := render.Layout(tl.Seek(at), half)
	sc := render.SideBySide(b, b, 8)
	l, ok1 := shape(sc, "L:loop:phase:check")
	r, ok2 := shape(sc, "R:loop:phase:check")
	if !ok1 || !ok2 || r.Rect.X-l.Rect.X != 604 || len(sc.Clips) != 1+2*len(b.Clips) || r.Clip != l.Clip+len(b.Clips) {
		t.Errorf("side by side: left %+v right %+v, %d clips", l, r, len(sc.Clips))
	}
}
