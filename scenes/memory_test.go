package scenes

import (
	"testing"

	"enginescope/core/vm"
	"enginescope/render"
)

// The renderer draws spaces with the engine's geometry (it knows the engine only by its events).
func TestRendererKnowsHeapGeometry(t *testing.T) {
	if render.DefaultSemiSpace != vm.DefaultMinSemiSpaceSize*vm.ScaledMB || render.PageSize != vm.PageSize {
		t.Fatalf("render: semispace %d, page %d; vm: semispace %d, page %d", render.DefaultSemiSpace, render.PageSize,
			vm.DefaultMinSemiSpaceSize*vm.ScaledMB, vm.PageSize)
	}
}

// memoryTimeline records a scene and folds it as the page does.
func memoryTimeline(t *testing.T, name string) (*Scene, *render.Timeline) {
	t.Helper()
	s := Get(name)
	if s == nil {
		t.Fatalf("no scene %q", name)
	}
	m, _ := run(t, s)
	return s, render.NewTimelineFold(m, render.Fold{Src: []byte(s.Source), SemiSpace: s.Engine.SemiSpaceBytes()}, render.DefaultSnapshotEvery)
}

// What the scavenge scene tells the class is what the engine does at those steps.
func TestScavengeScene(t *testing.T) {
	s, tl := memoryTimeline(t, "scavenge")
	before := tl.SeekStep(104).Clone()
	after := tl.SeekStep(105)
	if before.Mem.Scavenges != 0 || after.Mem.Scavenges != 1 {
		t.Fatalf("the first scavenge is not between steps 104 and 105: %d, %d", before.Mem.Scavenges, after.Mem.Scavenges)
	}
	if before.Mem.InUse == after.Mem.InUse {
		t.Errorf("the halves did not swap names")
	}
	from, to := before.Mem.Semi[before.Mem.InUse], after.Mem.Semi[after.Mem.InUse]
	copied := 0
	for _, mv := range after.Mem.Moves {
		if !mv.Promoted && from.Contains(mv.From) && to.Contains(mv.To) {
			copied++
		}
	}
	if copied == 0 || len(after.Mem.Dead) == 0 {
		t.Errorf("step 105: %d objects copied from-space → to-space, %d freed", copied, len(after.Mem.Dead))
	}
	for _, b := range after.Mem.Blocks {
		if b.Space == "new" && !to.Contains(b.Addr) {
			t.Errorf("after the flip a young block is at %v, outside the in-use half", b.Addr)
		}
	}
	promoted := 0
	for _, mv := range tl.SeekStep(141).Mem.Moves {
		if mv.Promoted {
			promoted++
		}
	}
	if promoted == 0 {
		t.Errorf("step 141: nothing promoted")
	}
	st := tl.SeekStep(174)
	if len(st.Mem.Flashes) == 0 || !st.Mem.Flashes[0].Generational {
		t.Errorf("step 174: no generational barrier hit: %+v", st.Mem.Flashes)
	}
	if got := tl.SeekStep(tl.TotalSteps()).Out; len(got) != 1 || got[0].Text != "3" {
		t.Errorf("console: %+v", got)
	}
	if !s.Shows("memory") || s.Engine.SemiSpaceBytes() != 1024 {
		t.Errorf("the scene should open the memory panel with 1 KB semispaces")
	}
}

// The write-barrier scene: a is black before the store, d turns grey at it, marking still runs.
// (The 72 KB array is allocated at once, as in V8: it starts marking without a full GC.)
func TestWriteBarrierScene(t *testing.T) {
	_, tl := memoryTimeline(t, "write-barrier")
	if st := tl.SeekStep(33); st.Mem.Marking {
		t.Fatalf("step 33: marking before the large array")
	}
	if st := tl.SeekStep(34); !st.Mem.Marking {
		t.Fatalf("step 34: the large array did not start marking")
	}
	st := tl.SeekStep(463)
	var hit *render.Flash
	for i, f := range st.Mem.Flashes {
		if !f.Generational {
			hit = &st.Mem.Flashes[i]
		}
	}
	if hit == nil || !st.Mem.Marking {
		t.Fatalf("step 463: no marking barrier hit while marking (%+v)", st.Mem.Flashes)
	}
	host, value := st.Mem.Blocks[hit.Host], st.Mem.Blocks[hit.Value]
	if host == nil || value == nil || host.Colour != render.Black || value.Colour != render.Grey || value.Space != "new" {
		t.Fatalf("step 463: host %+v, value %+v: want a black host and a young grey value", host, value)
	}
	if tl.SeekStep(420).Mem.Blocks[hit.Host].Colour != render.Black {
		t.Errorf("step 420: window.a is not black yet")
	}
	if tl.SeekStep(462).Mem.Blocks[hit.Host] == nil {
		t.Errorf("window.a moved between 462 and 463")
	}
}

// The reference-counting scene: the collection frees the acyclic pairs and leaks the cycles.
func TestRefcountScene(t *testing.T) {
	_, tl := memoryTimeline(t, "refcount-cycle")
	before, after := tl.SeekStep(508).Clone(), tl.SeekStep(509)
	if before.Mem.Refcounts != 0 || after.Mem.Refcounts != 1 || after.Mem.Leaked != 32 {
		t.Fatalf("steps 508 → 509: %d → %d collections, %d leaked", before.Mem.Refcounts, after.Mem.Refcounts, after.Mem.Leaked)
	}
	objects := func(st *render.State) int {
		n := 0
		for _, b := range st.Mem.Blocks {
			if b.Type == "JSObject" && b.Size == 56 {
				n++
			}
		}
		return n
	}
	if b, a := objects(before), objects(after); a < 32 || a > b/2+2 { // the running call holds one more
		t.Errorf("empty objects before the collection %d, after %d: want half (the cycles) to stay", b, a)
	}
}

// The frequent-GC scene: the allocating loop scavenges, the reusing one does not.
func TestFrequentGCScene(t *testing.T) {
	_, tl := memoryTimeline(t, "frequent-gc")
	if n := tl.SeekStep(722).Mem.Scavenges; n != 0 {
		t.Errorf("step 722: %d scavenges already", n)
	}
	first := tl.SeekStep(2230).Mem.Scavenges
	if first != 2 || tl.SeekStep(724).Mem.Scavenges != 1 {
		t.Fatalf("strToArray's loop caused %d scavenges, want the narration's 2", first)
	}
	if n := tl.SeekStep(4853).Mem.Scavenges; n != first { // 'done' logged; the load event follows
		t.Errorf("the reusing loop caused %d more scavenges", n-first)
	}
}

// The leaks scene: what leaks survives into old space; the loop's temporaries die young.
func TestMemoryLeaksScene(t *testing.T) {
	_, tl := memoryTimeline(t, "memory-leaks")
	if st := tl.SeekStep(66); st.Mem.Scavenges != 0 {
		t.Fatalf("step 66: %d scavenges", st.Mem.Scavenges)
	}
	st := tl.SeekStep(89)
	promoted := 0
	for _, mv := range st.Mem.Moves {
		if mv.Promoted {
			promoted++
		}
	}
	if st.Mem.Scavenges != 2 || promoted == 0 {
		t.Fatalf("step 89: %d scavenges, %d promotions", st.Mem.Scavenges, promoted)
	}
	old := func(st *render.State) int {
		n := 0
		for _, b := range st.Mem.Blocks {
			if b.Space == "old" && b.Type == "JSArray" {
				n++
			}
		}
		return n
	}
	end := tl.SeekStep(830).Clone()
	if end.Mem.Scavenges < 5 || old(end) < old(tl.SeekStep(96)) {
		t.Errorf("the loop: %d scavenges, old arrays %d → %d", end.Mem.Scavenges, old(tl.SeekStep(96)), old(end))
	}
	out := tl.SeekStep(tl.TotalSteps()).Out
	if len(out) != 3 || out[0].Text != "0" || out[1].Text != "1" || out[2].Text != "report 100" {
		t.Errorf("console: %+v", out)
	}
}
