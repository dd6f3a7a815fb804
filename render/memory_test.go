package render_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"enginescope/core/engine"
	"enginescope/core/events"
	"enginescope/render"
)

// record runs a program with the engine under the given heap flags.
func record(t testing.TB, src, host string, hp engine.HeapOptions) *events.Memory {
	t.Helper()
	m := events.NewMemory()
	res := engine.Run([]byte(src), engine.Options{Host: host, Recorder: m, Heap: hp})
	if res.Reason != "completed" {
		t.Fatalf("run ended with %s: %s", res.Reason, res.Stderr)
	}
	return m
}

const gcProgram = `let keep = [];
function make(i) { const o = { n: i, s: 'x' + i }; return () => o.n; }
for (let i = 0; i < 120; i++) {
  const tmp = { i, next: null };
  if (i % 7 === 0) keep.push(make(i));
  if (i % 30 === 0) keep = keep.slice(1);
}
console.log(keep.length);`

var gcRuns = []struct {
	name string
	host string
	hp   engine.HeapOptions
	semi int
}{
	{"small-semispaces", "browser", engine.HeapOptions{MinSemiSpaceSize: 1, MaxSemiSpaceSize: 1}, 1024},
	{"gc-stress", "node", engine.HeapOptions{GCStress: true}, 0},
}

// The state after any sequence of seeks and steps equals the forward fold, over streams full of
// scavenges, promotions, incremental marking, barriers and sweeps.
func TestSeekEqualsForwardWithGC(t *testing.T) {
	for _, run := range gcRuns {
		m := record(t, gcProgram, run.host, run.hp)
		gcs := 0
		for i := range m.Len() {
			if _, ok := m.At(i).(*events.GCEnd); ok {
				gcs++
			}
		}
		if gcs < 3 {
			t.Fatalf("%s: only %d collections", run.name, gcs)
		}
		fold := render.Fold{Src: []byte(gcProgram), SemiSpace: run.semi}
		n := m.Len()
		want := make([]*render.State, n+1)
		s := render.NewState()
		want[0] = s.Clone()
		for i := range n {
			fold.Apply(s, m.At(i))
			want[i+1] = s.Clone()
		}
		for _, every := range []int{5, render.DefaultSnapshotEvery} {
			tl := render.NewTimelineFold(m, fold, every)
			r := rand.New(rand.NewPCG(uint64(every), 9))
			for range 100 {
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
					t.Fatalf("%s every %d: state at %d differs from the forward fold", run.name, every, k)
				}
			}
		}
	}
}

// The memory model stays consistent with the engine at every event: a collection only moves and
// frees blocks that exist, blocks never overlap, young blocks sit in a semispace, and after a
// collection every reference on the stack and in the object graph leads to a live block.
func TestMemoryFollowsTheHeap(t *testing.T) {
	for _, run := range gcRuns {
		m := record(t, gcProgram, run.host, run.hp)
		fold := render.Fold{Src: []byte(gcProgram), SemiSpace: run.semi}
		s := render.NewState()
		moved, freed := 0, 0
		for i := range m.Len() {
			e := m.At(i)
			switch e := e.(type) {
			case *events.GCCopy:
				if s.Mem.Blocks[e.From] == nil {
					t.Fatalf("%s: event %d copies %v, not a block", run.name, i, e.From)
				}
				moved++
			case *events.GCPromote:
				if s.Mem.Blocks[e.From] == nil {
					t.Fatalf("%s: event %d promotes %v, not a block", run.name, i, e.From)
				}
				moved++
			case *events.GCEnd:
				for _, a := range e.Dead {
					if s.Mem.Blocks[a] == nil {
						t.Fatalf("%s: event %d frees %v, not a block", run.name, i, a)
					}
				}
			}
			fold.Apply(s, e)
			if _, ok := e.(*events.GCEnd); ok {
				freed += len(s.Mem.Dead)
			}
			if err := checkMemory(s); err != nil {
				t.Fatalf("%s: after event %d (%s): %v", run.name, i, e.Kind(), err)
			}
		}
		if moved == 0 || freed == 0 || s.Mem.Scavenges == 0 || len(s.Mem.History) == 0 {
			t.Fatalf("%s: moved %d, freed %d, %d scavenges", run.name, moved, freed, s.Mem.Scavenges)
		}
	}
}

func checkMemory(s *render.State) error {
	mem := &s.Mem
	var end events.Addr
	for _, b := range mem.SortedBlocks() {
		if mem.Blocks[b.Addr] != b {
			return fmt.Errorf("block %v filed under another address", b.Addr)
		}
		if b.Addr < end {
			return fmt.Errorf("block %v (%s) overlaps the one before", b.Addr, b.Type)
		}
		end = b.Addr + events.Addr(b.Size)
		if b.Space == "new" && mem.SemiKnown && !mem.Semi[0].Contains(b.Addr) && !mem.Semi[1].Contains(b.Addr) {
			return fmt.Errorf("young block %v outside both semispaces %+v", b.Addr, mem.Semi)
		}
		if b.Space == "new" && mem.SemiKnown && mem.GC == "" && !mem.Semi[mem.InUse].Contains(b.Addr) {
			return fmt.Errorf("young block %v in the empty half after a scavenge", b.Addr)
		}
	}
	if mem.GC != "" {
		return nil // mid-collection the graph still has the old addresses
	}
	live := func(a events.Addr, what string) error {
		if a == 0 || s.Heap[a] == nil || !s.Heap[a].Known {
			return nil
		}
		if mem.Blocks[a] == nil && isHeapAddr(a) {
			return fmt.Errorf("%s refers to %v, which is no block", what, a)
		}
		return nil
	}
	for _, f := range s.Frames {
		for i, r := range f.Regs {
			if err := live(r.Value.Addr, fmt.Sprintf("frame %d r%d", f.ID, i)); err != nil {
				return err
			}
		}
		if err := live(f.Context, "a frame's context"); err != nil {
			return err
		}
	}
	for _, a := range s.Order {
		for _, p := range s.Heap[a].Props {
			if err := live(p.Value.Addr, fmt.Sprintf("%v.%s", a, p.Key)); err != nil {
				return err
			}
		}
	}
	return nil
}

// isHeapAddr: the snapshot (built-ins) lies below new space; blocks are only what the run allocated.
func isHeapAddr(a events.Addr) bool { return a >= 0x08040000 }

// Stepping by GC event lands just after each copy, flip, colour change…, and back retraces it.
func TestGCEventSteps(t *testing.T) {
	m := record(t, gcProgram, "browser", engine.HeapOptions{MinSemiSpaceSize: 1, MaxSemiSpaceSize: 1})
	var want []int
	for i := range m.Len() {
		if render.IsGCStep(m.At(i)) {
			want = append(want, i+1)
		}
	}
	if len(want) < 20 {
		t.Fatalf("only %d GC events", len(want))
	}
	tl := render.NewTimelineFold(m, render.Fold{Src: []byte(gcProgram), SemiSpace: 1024}, render.DefaultSnapshotEvery)
	for _, w := range want {
		if tl.ForwardTo(render.IsGCStep); tl.Pos() != w {
			t.Fatalf("forward landed at %d, want %d", tl.Pos(), w)
		}
	}
	if tl.ForwardTo(render.IsGCStep); tl.Pos() != m.Len() {
		t.Fatalf("past the last GC event: %d, want the end %d", tl.Pos(), m.Len())
	}
	for i := len(want) - 1; i >= 0; i-- {
		if tl.BackTo(render.IsGCStep); tl.Pos() != want[i] {
			t.Fatalf("back landed at %d, want %d", tl.Pos(), want[i])
		}
	}
	if tl.BackTo(render.IsGCStep); tl.Pos() != 0 {
		t.Fatalf("back from the first GC event: %d", tl.Pos())
	}
}

// Running out of heap shows the memory panel with Node's message in its title.
func TestOutOfMemoryInThePanel(t *testing.T) {
	m := events.NewMemory()
	res := engine.Run([]byte("const a = []; while (true) a.push({x: a.length});"),
		engine.Options{Host: "node", Recorder: m, Heap: engine.HeapOptions{MaxOldSpaceSize: 20}})
	if res.Reason != "oom" {
		t.Fatalf("run ended with %s", res.Reason)
	}
	st := render.NewTimeline(m, nil).Seek(m.Len())
	if st.Mem.OOM == nil {
		t.Fatal("no heap.oom in the memory model")
	}
	found := false
	for _, x := range render.Layout(st, render.LayoutOptions{W: 1400, H: 900, Scale: 1}).Texts {
		found = found || strings.HasPrefix(x.Str, "Memory · FATAL ERROR: Reached heap limit")
	}
	if !found {
		t.Error("the panel's title does not report the heap limit")
	}
}
