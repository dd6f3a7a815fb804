package events

// Sequencer stamps headers, in emission order. It is the only code that assigns seq, kind, step,
// stmt, call and task, so no engine path can number events inconsistently.
//
// Rules (docs/events.md, "Step grouping"):
//   - seq counts events from 0 in emission order.
//   - step is the index of the bytecode.exec that closes the event's group: the events the engine
//     emits while an instruction runs, then that instruction's bytecode.exec, share one step.
//   - stmt increments when a step's bytecode.exec has StmtStart; the whole step gets the new value
//     (so it is known only when the step closes: events wait in pending until then).
//   - call increments at every frame.push and frame.pop, task at every OpensTask kind; the event
//     itself carries the new value.
//   - an event without a position (Line 0) takes the position of the event that closes its step.
type Sequencer struct {
	seq, step, stmt, call, task uint64
	pending, ready              []Event
}

type statementStarter interface{ startsStatement() bool }

// Stamp numbers e. It returns the events whose header became final (e and those before it in its
// step) or nil while the step is still open. The slice is reused by the next Stamp.
func (s *Sequencer) Stamp(e Event) []Event {
	h := e.Head()
	if h.EventKind != "" {
		panic("events: event emitted twice (" + h.EventKind + ")")
	}
	kind := e.Kind()
	role := roles[kind]
	h.EventKind = kind
	h.Seq = s.seq
	s.seq++
	if role&OpensCall != 0 {
		s.call++
	}
	if role&OpensTask != 0 {
		s.task++
	}
	h.Step, h.Call, h.Task = s.step, s.call, s.task
	s.pending = append(s.pending, e)
	switch {
	case role&ClosesStep != 0:
		if st, ok := e.(statementStarter); ok && st.startsStatement() {
			s.stmt++
		}
		s.step++
		return s.release(h.Loc)
	case role&Releases != 0:
		return s.release(h.Loc)
	}
	return nil
}

// Flush releases the pending events of an unfinished step (e.g. when the engine pauses).
func (s *Sequencer) Flush() []Event { return s.release(Loc{}) }

// Pending reports how many events wait for their step to close.
func (s *Sequencer) Pending() int { return len(s.pending) }

func (s *Sequencer) release(at Loc) []Event {
	for _, e := range s.pending {
		h := e.Head()
		h.Stmt = s.stmt
		if h.Line == 0 {
			h.Loc = at
		}
	}
	out := s.pending
	s.pending, s.ready = s.ready[:0], out
	return out
}
