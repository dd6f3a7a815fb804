package scenes

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"enginescope/core/events"
	"enginescope/render"
	"enginescope/render/rendertest"
)

var update = flag.Bool("update", false, "rewrite the hand-written recordings")

// record replays a scene's hand-written trace through a real JSONL recorder.
func record(t *testing.T, s *Scene) []byte {
	tr, ok := handwritten[s.Name]
	if !ok {
		t.Fatalf("scene %s has no recording source", s.Name)
	}
	var buf bytes.Buffer
	rec := events.NewJSONL(&buf, events.StreamHeader{Source: s.Name + ".js", Host: s.Host})
	tr(&rendertest.Trace{Rec: rec, Src: []byte(s.Source)})
	if err := rec.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRecordings(t *testing.T) {
	if len(List()) < 2 {
		t.Fatalf("want at least 2 scenes, have %d", len(List()))
	}
	for _, s := range List() {
		got := record(t, s)
		if *update {
			if err := os.WriteFile(s.Name+".events.jsonl", got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(got, s.Recording) {
			t.Errorf("%s.events.jsonl is stale: run go test ./scenes -run TestRecordings -update", s.Name)
		}
	}
}

// Every scene decodes, ends with program.end, and its narration covers 0 … the last step with
// no gaps or overlaps.
func TestScenes(t *testing.T) {
	for _, s := range List() {
		if s.Title == "" || (s.Host != "browser" && s.Host != "node") {
			t.Errorf("%s: needs a title and a host (browser or node)", s.Name)
		}
		h, evs, err := events.ReadAll(bytes.NewReader(s.Recording))
		if err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		if h.Host != s.Host {
			t.Errorf("%s: recording host %q, scene host %q", s.Name, h.Host, s.Host)
		}
		end, ok := evs[len(evs)-1].(*events.ProgramEnd)
		if !ok || end.Reason != "completed" {
			t.Fatalf("%s: recording does not end with a completed program.end", s.Name)
		}
		var next uint64
		for _, n := range s.Narration {
			if n.Steps[0] != next || n.Steps[1] < n.Steps[0] || n.Text == "" {
				t.Errorf("%s: narration range %v: want it to start at %d, be ordered and have text", s.Name, n.Steps, next)
			}
			next = n.Steps[1] + 1
		}
		if next != end.Steps+1 {
			t.Errorf("%s: narration covers 0 … %d, the recording has %d steps", s.Name, next-1, end.Steps)
		}
		if Match(s.Source, s.Host) != s || Get(s.Name) != s {
			t.Errorf("%s: lookup by source or name fails", s.Name)
		}
	}
}

// The printSquare scene shows what the class expects at its deepest point: three frames, the
// function objects the registers reference, multiply's bytecode with the current instruction.
func TestCallStackSceneState(t *testing.T) {
	s := Get("call-stack")
	m := events.NewMemory()
	_, evs, err := events.ReadAll(bytes.NewReader(s.Recording))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		*e.Head() = events.Header{Loc: e.Head().Loc}
		m.Emit(e)
	}
	m.Flush()
	tl := render.NewTimeline(m, []byte(s.Source))
	st := tl.SeekStep(14)
	if len(st.Frames) != 3 || st.Top().Fn != "multiply" {
		t.Fatalf("at step 14: %d frames, want script, printSquare, multiply", len(st.Frames))
	}
	if got := st.Top().Acc.V; got != "25" {
		t.Errorf("accumulator after Mul = %q, want 25", got)
	}
	if p := st.Frames[1].Params; len(p) != 1 || p[0] != "x" {
		t.Errorf("printSquare params = %q", p)
	}
	if st.Line != 2 {
		t.Errorf("line = %d, want 2", st.Line)
	}
	sc := render.Layout(st, render.LayoutOptions{W: 1200, H: 700, Scale: 1})
	var frames, arrows int
	cur := false
	for _, sh := range sc.Shapes {
		if len(sh.Key) > 6 && sh.Key[:6] == "frame:" && !bytes.Contains([]byte(sh.Key), []byte(":dot")) {
			frames++
		}
		if sh.Key == "code:cur" {
			cur = true
		}
	}
	arrows = len(sc.Arrows)
	if frames != 3 || arrows < 2 || !cur {
		t.Errorf("scene: %d frame boxes, %d arrows, current instruction %v", frames, arrows, cur)
	}
	if got := tl.SeekStep(tl.TotalSteps()).Out; len(got) != 1 || got[0].Text != "25" {
		t.Errorf("console at the end = %+v", got)
	}
}
