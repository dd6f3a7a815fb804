package session

import (
	"sort"

	"enginescope/core/events"
	"enginescope/render"
)

// loopKinds are the events that mean a run uses the event loop, so the canvas gives it the loop
// band. The browser's own load event is left out: every classic script gets one.
var loopKinds = map[string]bool{
	events.KindTaskEnqueue: true, events.KindMicrotaskEnqueue: true, events.KindTickEnqueue: true,
	events.KindTimerSet: true, events.KindIOSubmit: true, events.KindLoopPhase: true, events.KindRafRun: true,
	events.KindAsyncSuspend: true,
}

// loopScan remembers how far a run's stream was searched for loop events.
type loopScan struct {
	scanned int
	found   bool
}

func (l *loopScan) seen(m *lockedMemory) bool {
	for n := m.Len(); !l.found && l.scanned < n; l.scanned++ {
		e := m.At(l.scanned)
		if !loopKinds[e.Kind()] {
			continue
		}
		if t, ok := e.(*events.TaskEnqueue); ok && t.Queue == "dom" && t.Label == "load" {
			continue
		}
		l.found = true
	}
	return l.found
}

// taskIndex is how many callbacks the loop has run up to the position, and how many there are.
func taskIndex(tl *render.Timeline) (at, total int) {
	marks := tl.RunMarks()
	pos := tl.Pos()
	return sort.Search(len(marks), func(i int) bool { return marks[i] > pos }), len(marks)
}

// SeekTask moves to the point where the loop has started its n-th callback (0: the start; past
// the last callback: the end of the run).
func (s *Session) SeekTask(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return
	}
	s.run.pending = -1
	seekTask(s.run.tl, n)
	s.anim = 6
	s.view++
	s.status++
}

func seekTask(tl *render.Timeline, n int) {
	marks := tl.RunMarks()
	switch {
	case n <= 0:
		tl.Seek(0)
	case n > len(marks):
		tl.Seek(tl.Len())
	default:
		tl.Seek(marks[n-1])
	}
}

// Host is the host of the current run as the page names it (browser, node or node10).
func (s *Session) Host() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run == nil {
		return ""
	}
	return s.run.host
}
