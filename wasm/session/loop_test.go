package session

import (
	"strings"
	"testing"

	"enginescope/scenes"
)

func consoleOf(st Status) string {
	var out []string
	for _, l := range st.Console {
		out = append(out, l.Text)
	}
	return strings.Join(out, " ")
}

// A scene's host and files reach the engine: node10 runs Node's legacy loop, the readFile scene
// reads the file its JSON puts on the virtual disk; stepping by task counts callbacks.
func TestLoopScenesInSession(t *testing.T) {
	cases := []struct{ scene, want string }{
		{"loop-timer1-node10", "timer1 timer2 promise1 promise2"},
		{"loop-timer1-node", "timer1 promise1 timer2 promise2"},
		{"loop-readfile", "readFileSync: 24 bytes readFile returned fileHandler: hello from test.txt"},
	}
	for _, c := range cases {
		sc := scenes.Get(c.scene)
		s := New(Live, nil)
		s.Load(sc.Source, sc.Host, -1)
		st := wait(t, s)
		if st.Scene != c.scene || st.Host != sc.Host {
			t.Fatalf("%s: matched scene %q, host %q", c.scene, st.Scene, st.Host)
		}
		s.SeekStep(1 << 40)
		if got := consoleOf(s.Status()); got != c.want {
			t.Errorf("%s: console %q, want %q", c.scene, got, c.want)
		}
		if st := s.Status(); len(st.Marks) != st.Tasks || st.Tasks == 0 {
			t.Fatalf("%s: %d scrubber marks for %d callbacks", c.scene, len(st.Marks), st.Tasks)
		}
		marks := s.Status().Marks
		s.SeekStep(0)
		s.SetUnit("task")
		n := 0
		for st := s.Status(); !(st.Done && st.Pos >= st.Events); st = s.Status() {
			s.Step(1)
			n++
			if st := s.Status(); st.Pos < st.Events && (st.Task != n || st.Step != marks[n-1]) {
				t.Fatalf("%s: after %d steps by task the status says callback %d at step %d (mark %d)", c.scene, n, st.Task, st.Step, marks[n-1])
			}
		}
		if st := s.Status(); n != st.Tasks+1 {
			t.Errorf("%s: %d steps by task to the end for %d callbacks", c.scene, n, st.Tasks)
		}
	}
}
