package session

import (
	"testing"

	"enginescope/render"
)

func waitSide(t *testing.T, p *Side) SideStatus {
	t.Helper()
	wait(t, p.A)
	wait(t, p.B)
	return p.Status()
}

// The same program on both hosts: the consoles part at the first line that differs, and the two
// columns step together, one event-loop callback at a time.
func TestSideBySide(t *testing.T) {
	src := "console.log('same');\nsetTimeout(function later() { console.log('timer'); }, 0);\n" +
		"Promise.resolve().then(function micro() { console.log(typeof window); });\n"
	p := &Side{A: New(Live, nil), B: New(Live, nil)}
	p.Load(src, -1)
	st := waitSide(t, p)
	if st.A.Host != "node" || st.B.Host != "browser" || st.A.Unit != "task" {
		t.Fatalf("hosts %s | %s, unit %s", st.A.Host, st.B.Host, st.A.Unit)
	}
	if st.A.Tasks != 2 || st.B.Tasks < 2 {
		t.Fatalf("callbacks recorded: node %d, browser %d", st.A.Tasks, st.B.Tasks)
	}
	if st.Diverge != -1 || st.A.Task != 0 {
		t.Fatalf("at the start: diverge %d, task %d", st.Diverge, st.A.Task)
	}
	p.Step(1) // both start their first callback: the microtask
	st = p.Status()
	if st.A.Task != 1 || st.B.Task != 1 {
		t.Fatalf("one step: tasks %d | %d", st.A.Task, st.B.Task)
	}
	p.Step(1)
	p.Step(1)
	p.SeekTask(99)
	st = p.Status()
	if st.Diverge != 1 || st.A.Console[1].Text != "undefined" || st.B.Console[1].Text != "object" {
		t.Fatalf("at the end: diverge %d, consoles %+v | %+v", st.Diverge, st.A.Console, st.B.Console)
	}
	p.Step(-1)
	p.Step(-1)
	if st = p.Status(); st.A.Task != 1 || st.B.Task != 1 {
		t.Fatalf("two back from the end: tasks %d | %d", st.A.Task, st.B.Task)
	}
	// A share link restores the callback once both runs are recorded.
	p.Load(src, 2)
	if st = waitSide(t, p); st.A.Task != 2 || st.B.Task != 2 {
		t.Fatalf("loaded at callback 2: tasks %d | %d", st.A.Task, st.B.Task)
	}
}

func TestDiverge(t *testing.T) {
	line := func(s ...string) (out Status) {
		for _, x := range s {
			out.Console = append(out.Console, consoleLine(x))
		}
		return out
	}
	a, b := line("a", "b"), line("a")
	if d := Diverge(a, b); d != -1 {
		t.Errorf("b has not printed its second line yet: %d", d)
	}
	a.End, b.End = "completed", "completed"
	if d := Diverge(a, b); d != 1 {
		t.Errorf("both ended, one line more: %d", d)
	}
	if d := Diverge(line("x", "y", "z"), line("x", "q", "z")); d != 1 {
		t.Errorf("second line differs: %d", d)
	}
}

func consoleLine(text string) render.ConsoleLine {
	return render.ConsoleLine{Level: "log", Stream: "stdout", Text: text}
}
