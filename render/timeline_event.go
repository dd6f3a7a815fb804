package render

import (
	"strings"

	"enginescope/core/events"
)

// ForwardTo moves just past the next event that match accepts (to the end when none does).
// Units made of single events, such as the page's "gc" unit, step this way.
func (t *Timeline) ForwardTo(match func(events.Event) bool) *State {
	n := t.src.Len()
	for i := t.cur.Applied; i < n; i++ {
		if match(t.src.At(i)) {
			return t.Seek(i + 1)
		}
	}
	return t.Seek(n)
}

// BackTo moves to just past the previous event match accepts (to 0 when none does).
func (t *Timeline) BackTo(match func(events.Event) bool) *State {
	for i := t.cur.Applied - 2; i >= 0; i-- {
		if match(t.src.At(i)) {
			return t.Seek(i + 1)
		}
	}
	return t.Seek(0)
}

// IsGCStep reports the events a collection is stepped by: each copy, promotion, flip, marking
// colour change, barrier hit, sweep and end (pointer updates, gc.forward, are too many to show).
func IsGCStep(e events.Event) bool {
	k := e.Kind()
	return strings.HasPrefix(k, "gc.") && k != events.KindGCForward
}
