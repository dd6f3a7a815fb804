package scenes

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/core/vm"
	"enginescope/render"
	"enginescope/render/rendertest"
)

var update = flag.Bool("update", false, "rewrite the hand-written recordings in testdata/")

// run records a scene with the engine.
func run(t *testing.T, s *Scene) (*events.Memory, engine.Result) {
	t.Helper()
	m := events.NewMemory()
	host, legacy := EngineHost(s.Host)
	res := engine.Run([]byte(s.Source), engine.Options{Host: host, LegacyEventLoop: legacy, Files: s.FileBytes(),
		Filename: "/script.js", Recorder: m, Heap: engine.HeapOptions{
			MinSemiSpaceSize: s.Engine.MinSemiSpaceSize, MaxSemiSpaceSize: s.Engine.MaxSemiSpaceSize,
			MaxOldSpaceSize: s.Engine.MaxOldSpaceSize, GC: s.Engine.GC},
		Tiering: vm.TieringFlags{MaglevCount: s.Engine.InvocationCountForMaglev, TurbofanCount: s.Engine.InvocationCountForTurbofan,
			ICDelay: s.Engine.MinimumInvocationsAfterICUpdate, MaglevOSRCount: s.Engine.InvocationCountForMaglevOSR,
			OSRCount: s.Engine.InvocationCountForOSR}})
	return m, res
}

// Every scene runs to completion with the engine, and its narration covers 0 … the last step
// with no gaps or overlaps. When the engine's bytecode for a scene changes, this fails: read the
// narration again against the new steps (the page's counter shows them) and fix the ranges.
func TestScenesWithEngine(t *testing.T) {
	if len(List()) < 2 {
		t.Fatalf("want at least 2 scenes, have %d", len(List()))
	}
	for _, s := range List() {
		if s.Title == "" || (s.Host != "browser" && s.Host != "node" && s.Host != "node10") {
			t.Errorf("%s: needs a title and a host (browser, node or node10)", s.Name)
		}
		m, res := run(t, s)
		if res.Reason != "completed" || res.Stderr != "" {
			t.Fatalf("%s: the engine ended with %s: %s", s.Name, res.Reason, res.Stderr)
		}
		end, ok := m.At(m.Len() - 1).(*events.ProgramEnd)
		if !ok {
			t.Fatalf("%s: the stream does not end with program.end", s.Name)
		}
		var next uint64
		for _, n := range s.Narration {
			if n.Steps[0] != next || n.Steps[1] < n.Steps[0] || n.Text == "" {
				t.Errorf("%s: narration range %v: want it to start at %d, be ordered and have text", s.Name, n.Steps, next)
			}
			next = n.Steps[1] + 1
		}
		if next != end.Steps+1 {
			t.Errorf("%s: the narration covers steps 0 … %d, the engine runs %d steps: review %s.json", s.Name, next-1, end.Steps, s.Name)
		}
		if Match(s.Source, s.Host) != s || Get(s.Name) != s {
			t.Errorf("%s: lookup by source or name fails", s.Name)
		}
	}
}

// Where a narration says what the diagrams show (expect), the live engine run shows exactly that
// at the range's last step: the console so far, what is on the stack, what waits in which queue.
func TestNarrationExpectations(t *testing.T) {
	checked := 0
	for _, s := range List() {
		var m *events.Memory
		for _, n := range s.Narration {
			x := n.Expect
			if x == nil {
				continue
			}
			if m == nil {
				m, _ = run(t, s)
			}
			checked++
			st := render.NewTimeline(m, []byte(s.Source)).SeekStep(n.Steps[1])
			where := fmt.Sprintf("%s, steps %v", s.Name, n.Steps)
			if x.Console != nil {
				var got []string
				for _, l := range st.Out {
					got = append(got, l.Text)
				}
				if strings.Join(got, "|") != strings.Join(x.Console, "|") {
					t.Errorf("%s: console %q, want %q", where, got, x.Console)
				}
			}
			if x.Run != "" {
				if got := runKind(st); got != x.Run {
					t.Errorf("%s: on the stack %q, want %q", where, got, x.Run)
				}
			}
			l := st.Loop
			have := map[string]int{"tasks": len(l.Tasks), "micro": len(l.Micro), "tick": len(l.Ticks),
				"timers": len(l.Timers), "io": len(l.IO), "async": len(l.Async)}
			for q, want := range x.Queued {
				got, ok := have[q]
				if !ok {
					t.Errorf("%s: no queue %q", where, q)
				}
				if got != want {
					t.Errorf("%s: %d waiting in %s, want %d", where, got, q, want)
				}
			}
			if x.Phase != "" && l.Phase != x.Phase {
				t.Errorf("%s: phase %q, want %q", where, l.Phase, x.Phase)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d narration ranges say what the diagrams show; the loop scenes should check most of theirs", checked)
	}
}

func runKind(st *render.State) string {
	switch {
	case st.Loop.Run != nil && st.Loop.Run.Kind != "pending" && len(st.Frames) > 0:
		return st.Loop.Run.Kind
	case len(st.Frames) > 0:
		return "script"
	}
	return "none"
}

// What the class is told about printSquare is what the engine shows: three frames inside
// multiply with the accumulator at 25, and 25 on the console at the end.
func TestCallStackScene(t *testing.T) {
	s := Get("call-stack")
	m, _ := run(t, s)
	tl := render.NewTimeline(m, []byte(s.Source))
	if !strings.Contains(s.Say(12), "third frame") {
		t.Fatalf("narration at step 12: %q", s.Say(12))
	}
	st := tl.SeekStep(14)
	if len(st.Frames) != 3 || st.Top().Fn != "multiply" || st.Top().Acc.V != "25" {
		t.Fatalf("at step 14: %d frames, top %q, acc %q", len(st.Frames), st.Top().Fn, st.Top().Acc.V)
	}
	if p := st.Frames[2].Params; len(p) != 2 || p[0] != "x" || p[1] != "y" {
		t.Errorf("multiply's params = %q", p)
	}
	if got := tl.SeekStep(tl.TotalSteps()).Out; len(got) != 1 || got[0].Text != "25" {
		t.Errorf("console at the end = %+v", got)
	}
}

// The hand-written recordings in testdata (V8's own bytecode for the scenes, written before the
// engine existed) are the renderer's fixtures; -update rewrites them from handwritten_test.go.
func TestHandwrittenRecordings(t *testing.T) {
	for _, s := range List() {
		tr, ok := handwritten[s.Name]
		if !ok {
			continue
		}
		var buf bytes.Buffer
		rec := events.NewJSONL(&buf, events.StreamHeader{Source: s.Name + ".js", Host: s.Host})
		tr(&rendertest.Trace{Rec: rec, Src: []byte(s.Source)})
		if err := rec.Flush(); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", s.Name+".events.jsonl")
		if *update {
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(old, buf.Bytes()) {
			t.Errorf("%s is stale: go test ./scenes -run TestHandwrittenRecordings -update", path)
		}
		_, evs, err := events.ReadAll(bytes.NewReader(old))
		if err != nil {
			t.Fatal(err)
		}
		m := events.NewMemory()
		for _, e := range evs {
			*e.Head() = events.Header{Loc: e.Head().Loc}
			m.Emit(e)
		}
		m.Flush()
		st := render.NewTimeline(m, []byte(s.Source)).Seek(m.Len())
		if st.End == nil || st.End.Reason != "completed" || len(st.Out) != 1 {
			t.Errorf("%s: the recording does not end cleanly", path)
		}
		sc := render.Layout(render.NewTimeline(m, []byte(s.Source)).Seek(m.Len()*2/3), render.LayoutOptions{W: 1200, H: 700, Scale: 1})
		if len(sc.Arrows) == 0 {
			t.Errorf("%s: no references drawn two thirds in", path)
		}
	}
}
