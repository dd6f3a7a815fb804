package session

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"enginescope/core/events"
	"enginescope/scenes"
)

// replay is an engine that plays a scene's hand-written recording (scenes/testdata): the
// session's mechanics are tested against a fixed stream, independent of the engine's changes.
func replay(src []byte, o Options, rec events.Recorder, onSlice func()) Result {
	sc := scenes.Match(string(src), o.Host)
	if sc == nil {
		return Result{Stderr: "no recording\n", ExitCode: 70}
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "scenes", "testdata", sc.Name+".events.jsonl"))
	if err != nil {
		panic(err)
	}
	_, evs, err := events.ReadAll(bytes.NewReader(b))
	if err != nil {
		panic(err)
	}
	for i, e := range evs {
		h := e.Head()
		*h = events.Header{Loc: h.Loc}
		rec.Emit(e)
		if i%16 == 15 {
			onSlice()
		}
	}
	return Result{}
}

func wait(t *testing.T, s *Session) Status {
	t.Helper()
	for range 500 {
		s.Tick()
		if st := s.Status(); st.Done {
			return st
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatal("run did not finish")
	return Status{}
}

func TestSceneRunStepAndSeek(t *testing.T) {
	sc := scenes.Get("call-stack")
	yields := 0
	s := New(replay, func() { yields++ })
	s.Load(sc.Source, sc.Host, -1)
	st := wait(t, s)
	if st.Total != 25 || st.Step != 0 || st.Error != nil || st.Scene != "call-stack" {
		t.Fatalf("after load: %+v", st)
	}
	if !strings.Contains(st.Narration, "Step") {
		t.Errorf("narration at 0: %q", st.Narration)
	}
	for range 5 {
		s.Step(1)
	}
	s.Step(-1)
	s.Step(-1)
	if st = s.Status(); st.Step != 3 || st.Line != 1 {
		t.Errorf("5 forward, 2 back by bytecode: step %d line %d", st.Step, st.Line)
	}
	s.SetUnit("stmt")
	for range 5 {
		s.Step(1)
	}
	s.Step(-1)
	s.Step(-1)
	if st = s.Status(); st.Step != 12 || st.Line != 5 || st.Fn != "multiply" || st.Depth != 3 {
		t.Errorf("by statement: step %d line %d fn %s depth %d", st.Step, st.Line, st.Fn, st.Depth)
	}
	s.SeekStep(21)
	if st = s.Status(); len(st.Console) != 1 || st.Console[0].Text != "25" {
		t.Errorf("console at step 21: %+v", st.Console)
	}
	s.SeekStep(20)
	if st = s.Status(); len(st.Console) != 0 {
		t.Errorf("console at step 20: %+v", st.Console)
	}
	s.SeekStep(1 << 40)
	if st = s.Status(); st.Step != 25 || st.End != "completed" || st.Depth != 0 {
		t.Errorf("at the end: %+v", st)
	}
}

func TestShareLinkSeek(t *testing.T) {
	sc := scenes.Get("references")
	s := New(replay, nil)
	s.Load(sc.Source, sc.Host, 8)
	wait(t, s)
	s.Tick()
	if st := s.Status(); st.Step != 8 || st.Line != 3 {
		t.Errorf("share link to step 8: step %d line %d", st.Step, st.Line)
	}
}

func TestPlay(t *testing.T) {
	sc := scenes.Get("references")
	s := New(replay, nil)
	s.Load(sc.Source, sc.Host, -1)
	wait(t, s)
	s.SetSpeed(60)
	s.Play(true)
	for range 60 {
		s.Tick()
	}
	if st := s.Status(); st.Playing || st.Step != st.Total || st.Console[0].Text != "2" {
		t.Errorf("after playing to the end: %+v", st)
	}
}

// With the engine: a scene runs live, a syntax error gets its line and column on both hosts.
func TestLive(t *testing.T) {
	sc := scenes.Get("call-stack")
	s := New(Live, func() {})
	s.Load(sc.Source, sc.Host, -1)
	st := wait(t, s)
	if st.Error != nil || st.Total < 20 || st.Scene != "call-stack" {
		t.Fatalf("live scene: %+v", st)
	}
	s.SeekStep(int64(st.Total))
	if st = s.Status(); len(st.Console) != 1 || st.Console[0].Text != "25" || st.End != "completed" {
		t.Errorf("live scene at the end: %+v", st)
	}
	for _, host := range []string{"node", "browser"} {
		s.Load("let a = 1;\nlet b = (;\n", host, -1)
		st = wait(t, s)
		if e := st.Error; e == nil || e.Kind != "syntax" || e.Line != 2 || e.Col != 10 || !strings.Contains(e.Message, "Unexpected token ';'") {
			t.Errorf("%s: syntax error %+v", host, st.Error)
		}
		var all []string
		for _, l := range st.Console {
			all = append(all, l.Text)
		}
		if !strings.Contains(strings.Join(all, "\n"), "SyntaxError: Unexpected token ';'") {
			t.Errorf("%s: console %+v", host, st.Console)
		}
	}
	s.Load("let x = 1;\nnull.f();\n", "node", -1)
	st = wait(t, s)
	if e := st.Error; e == nil || e.Kind != "uncaught" || e.Line != 2 {
		t.Errorf("uncaught: %+v", st.Error)
	}
}

func TestSyntaxErrorFromEvents(t *testing.T) {
	eng := func(src []byte, o Options, rec events.Recorder, onSlice func()) Result {
		e := &events.ExceptionThrow{Value: events.Object("SyntaxError: Unexpected token ')'", 0x99), Message: "SyntaxError: Unexpected token ')'"}
		e.Loc = events.At(2, 7, 20)
		rec.Emit(e)
		rec.Emit(&events.ProgramEnd{Code: 1, Reason: "uncaught", Error: "SyntaxError: Unexpected token ')'"})
		return Result{ExitCode: 1}
	}
	s := New(eng, nil)
	s.Load("x", "node", -1)
	st := wait(t, s)
	if st.Error == nil || st.Error.Kind != "syntax" || st.Error.Line != 2 || st.Error.Col != 7 {
		t.Errorf("error = %+v", st.Error)
	}
}

func TestNodeSyntaxErrorText(t *testing.T) {
	e := parseNodeSyntaxError("script.js:3\n  foo(;\n      ^\n\nSyntaxError: Unexpected token ';'\n    at wrapSafe\n")
	if e == nil || e.Line != 3 || e.Col != 7 || e.Message != "SyntaxError: Unexpected token ';'" {
		t.Errorf("got %+v", e)
	}
}

// A new load cancels the run in progress at its next slice.
func TestLoadReplacesRun(t *testing.T) {
	block := make(chan struct{})
	eng := func(src []byte, o Options, rec events.Recorder, onSlice func()) Result {
		if string(src) != "slow" {
			return replay(src, o, rec, onSlice)
		}
		for {
			onSlice()
			<-block
		}
	}
	s := New(eng, nil)
	s.Load("slow", "node", -1)
	sc := scenes.Get("call-stack")
	s.Load(sc.Source, sc.Host, -1)
	close(block)
	if st := wait(t, s); st.Total != 25 {
		t.Errorf("second run: %+v", st)
	}
}

func TestItoa(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 200000: "200,000", 1234567: "1,234,567"} {
		if got := itoa(n); got != want {
			t.Errorf("itoa(%d) = %q", n, got)
		}
	}
}
