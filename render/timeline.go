package render

import (
	"sort"

	"enginescope/core/events"
)

// Source is a recorded stream with random access; *events.Memory is one. The stream may still be
// growing while the timeline reads it (the page steps while the engine records).
type Source interface {
	Len() int
	At(i int) events.Event
}

// DefaultSnapshotEvery is the least distance, in events, between the timeline's snapshots:
// seeking anywhere replays at most that many events (or the state's size, see below) after a
// copy of the nearest snapshot.
const DefaultSnapshotEvery = 512

// Timeline is a position in a recorded stream and the state there. Positions are counts of
// applied events, 0 … Len. Seeking backwards restores the nearest snapshot at or before the
// target and replays from it, so the state after Seek(k) is always the state of folding the first
// k events: that is what the property test checks.
//
// A snapshot is a full copy of the state, so snapshots are spaced by at least the state's size
// (objects, frames and memory blocks) as well: memory stays proportional to the stream, not to
// stream × heap.
type Timeline struct {
	src   Source
	fold  Fold
	every int
	snaps []*State // ascending positions; snaps[0] is the empty state
	cur   *State

	runs    []int // positions of the run events (timeline_task.go)
	scanned int   // events indexed into runs
}

// NewTimeline starts at position 0. src is the program text (to name parameters).
func NewTimeline(s Source, src []byte) *Timeline {
	return NewTimelineEvery(s, src, DefaultSnapshotEvery)
}

// NewTimelineEvery is NewTimeline with a chosen snapshot distance (tests use small ones).
func NewTimelineEvery(s Source, src []byte, every int) *Timeline {
	return NewTimelineFold(s, Fold{Src: src}, every)
}

// NewTimelineFold is NewTimelineEvery with a configured fold (a run with other heap sizes).
func NewTimelineFold(s Source, f Fold, every int) *Timeline {
	if every < 1 {
		every = 1
	}
	st := NewState()
	return &Timeline{src: s, fold: f, every: every, snaps: []*State{st.Clone()}, cur: st}
}

// State is the state at the current position; it is the timeline's own, treat it as read-only.
func (t *Timeline) State() *State { return t.cur }

// Pos is the current position (events applied).
func (t *Timeline) Pos() int { return t.cur.Applied }

// Len is the number of events recorded so far.
func (t *Timeline) Len() int { return t.src.Len() }

// Seek moves to position n (clamped to 0 … Len).
func (t *Timeline) Seek(n int) *State {
	n = min(max(n, 0), t.src.Len())
	// The last snapshot at or before n.
	k := sort.Search(len(t.snaps), func(i int) bool { return t.snaps[i].Applied > n }) - 1
	if snap := t.snaps[k]; n < t.cur.Applied || snap.Applied > t.cur.Applied {
		t.cur = snap.Clone()
	}
	for t.cur.Applied < n {
		t.fold.Apply(t.cur, t.src.At(t.cur.Applied))
		last := t.snaps[len(t.snaps)-1].Applied
		if t.cur.Applied-last >= max(t.every, len(t.cur.Heap)+len(t.cur.Frames)+len(t.cur.Mem.Blocks)) {
			t.snaps = append(t.snaps, t.cur.Clone())
		}
	}
	return t.cur
}

// Forward steps one unit forward. By bytecode or statement it applies the rest of the group
// the next event belongs to, so it lands where an instruction or a statement has finished. By
// call or task it lands where the instruction that pushed or popped a frame (or opened a task)
// has finished: the group's opening event alone would be the middle of an instruction.
func (t *Timeline) Forward(u events.Unit) *State {
	n, cur := t.src.Len(), t.cur.Applied
	if cur >= n {
		return t.cur
	}
	if u == events.ByStep || u == events.ByStmt {
		return t.Seek(t.landing(t.next(cur, u)))
	}
	if u == events.ByTask {
		return t.forwardRun()
	}
	for o := t.start(cur, u); o < n; o = t.next(o, u) {
		if t.opener(o, u) {
			if l := t.landing(t.next(o, events.ByStep)); l > cur {
				return t.Seek(l)
			}
		}
	}
	return t.Seek(n)
}

// Back steps one unit back, to the previous landing point of Forward.
func (t *Timeline) Back(u events.Unit) *State {
	cur := t.cur.Applied
	if cur == 0 {
		return t.cur
	}
	if u == events.ByStep || u == events.ByStmt {
		p := t.start(cur-1, u)
		if p > 0 && t.trailing(p) {
			p = t.start(p-1, u)
		}
		return t.Seek(p)
	}
	if u == events.ByTask {
		return t.backRun()
	}
	for o := t.start(cur-1, u); ; o = t.start(o-1, u) {
		if t.opener(o, u) {
			if l := t.landing(t.next(o, events.ByStep)); l < cur {
				return t.Seek(l)
			}
		}
		if o == 0 {
			return t.Seek(0)
		}
	}
}

// trailing reports whether event i comes after the last instruction (program.end and whatever
// the engine emitted after the last bytecode.exec).
func (t *Timeline) trailing(i int) bool {
	n := t.src.Len()
	if n == 0 {
		return false
	}
	if _, done := t.src.At(n - 1).(*events.ProgramEnd); !done {
		return false // still recording: more instructions may come
	}
	return t.src.At(i).Head().Step >= t.TotalSteps()
}

// landing moves a position that would stop between the last instruction and the end of the
// stream to the end: nothing runs there, so it is not a step of its own.
func (t *Timeline) landing(l int) int {
	if l < t.src.Len() && t.trailing(l) {
		return t.src.Len()
	}
	return l
}

// opener reports whether event o opens a u group (a frame push or pop for ByCall).
func (t *Timeline) opener(o int, u events.Unit) bool {
	if o == 0 {
		return t.counter(0, u) > 0
	}
	return t.counter(o, u) > t.counter(o-1, u)
}

// SeekStep moves to the point where n bytecode instructions have executed (the end of step
// n-1's group); n past the end goes to the end.
func (t *Timeline) SeekStep(n uint64) *State {
	return t.Seek(t.StepPos(n))
}

// StepPos is the position where n instructions have executed: the first event of step n's group
// (for the last instruction of a finished run, the end of the stream).
func (t *Timeline) StepPos(n uint64) int {
	if n == 0 {
		return 0
	}
	if total := t.TotalSteps(); n >= total && t.trailing(t.src.Len()-1) {
		return t.src.Len() // the end of a finished run includes program.end
	}
	l := t.src.Len()
	return sort.Search(l, func(k int) bool { return t.src.At(k).Head().Step >= n })
}

// TotalSteps is the number of instructions recorded so far.
func (t *Timeline) TotalSteps() uint64 {
	l := t.src.Len()
	if l == 0 {
		return 0
	}
	e := t.src.At(l - 1)
	if end, ok := e.(*events.ProgramEnd); ok {
		return end.Steps
	}
	if e.Kind() == events.KindBytecodeExec {
		return e.Head().Step + 1
	}
	return e.Head().Step
}

func (t *Timeline) counter(i int, u events.Unit) uint64 { return t.src.At(i).Head().Counter(u) }

// next is the first index after i in a different u group (Len if none). Counters never decrease.
func (t *Timeline) next(i int, u events.Unit) int {
	n := t.src.Len()
	c := t.counter(i, u)
	return i + 1 + sort.Search(n-i-1, func(k int) bool { return t.counter(i+1+k, u) > c })
}

// start is the first index of the u group that holds event i.
func (t *Timeline) start(i int, u events.Unit) int {
	c := t.counter(i, u)
	return sort.Search(i, func(k int) bool { return t.counter(k, u) >= c })
}
