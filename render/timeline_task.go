package render

import (
	"sort"

	"enginescope/core/events"
)

// runKinds are the events where the loop hands a callback to the stack: stepping by task lands
// after each one's first instruction. The header's task counter counts only task.run (a
// checkpoint's microtasks and ticks stay in their task's group), so the timeline keeps an index.
var runKinds = map[string]bool{
	events.KindTaskRun: true, events.KindMicrotaskRun: true, events.KindTickRun: true, events.KindRafRun: true,
}

// runs is the positions of every run event recorded so far (the stream only grows).
func (t *Timeline) runIndex() []int {
	for n := t.src.Len(); t.scanned < n; t.scanned++ {
		if runKinds[t.src.At(t.scanned).Kind()] {
			t.runs = append(t.runs, t.scanned)
		}
	}
	return t.runs
}

// runLanding is where stepping lands for the run event at o: after its step's instruction.
func (t *Timeline) runLanding(o int) int { return t.landing(t.next(o, events.ByStep)) }

// forwardRun moves to the next callback's first instruction (the end when there is none).
func (t *Timeline) forwardRun() *State {
	runs, cur := t.runIndex(), t.cur.Applied
	i := sort.Search(len(runs), func(i int) bool { return t.runLanding(runs[i]) > cur })
	if i == len(runs) {
		return t.Seek(t.src.Len())
	}
	return t.Seek(t.runLanding(runs[i]))
}

// backRun moves to the previous landing point of forwardRun (the start when there is none).
func (t *Timeline) backRun() *State {
	runs, cur := t.runIndex(), t.cur.Applied
	i := sort.Search(len(runs), func(i int) bool { return t.runLanding(runs[i]) >= cur })
	if i == 0 {
		return t.Seek(0)
	}
	return t.Seek(t.runLanding(runs[i-1]))
}

// RunMarks is the landing position of every callback the loop ran (for the timeline's ticks and
// for stepping two runs side by side).
func (t *Timeline) RunMarks() []int {
	runs := t.runIndex()
	out := make([]int, 0, len(runs))
	for _, o := range runs {
		if l := t.runLanding(o); len(out) == 0 || l > out[len(out)-1] {
			out = append(out, l)
		}
	}
	return out
}

// RunSteps is RunMarks as instruction counts (what the page's scrubber and esSeek use).
func (t *Timeline) RunSteps() []uint64 {
	marks := t.RunMarks()
	out := make([]uint64, 0, len(marks))
	for _, l := range marks {
		if l > 0 {
			out = append(out, t.src.At(l-1).Head().Step+1)
		}
	}
	return out
}
