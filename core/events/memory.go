package events

import "sort"

// chunkBits sizes Memory's chunks: appending never copies or clears a large array (no pauses on
// the page as a long run grows) and At stays O(1).
const chunkBits = 12

// Memory keeps the stream in memory, with random access for the page (time travel).
// Events of an unfinished step become visible when the step closes or on Flush.
// The events it hands out are shared: treat them as read-only.
type Memory struct {
	sq     Sequencer
	chunks [][]Event
	n      int
}

func NewMemory() *Memory { return &Memory{} }

func (m *Memory) Emit(e Event) {
	if m == nil {
		return
	}
	for _, r := range m.sq.Stamp(e) {
		m.add(r)
	}
}

func (m *Memory) add(e Event) {
	if m.n&(1<<chunkBits-1) == 0 {
		m.chunks = append(m.chunks, make([]Event, 0, 1<<chunkBits))
	}
	last := len(m.chunks) - 1
	m.chunks[last] = append(m.chunks[last], e)
	m.n++
}

// Flush makes the events of an unfinished step visible.
func (m *Memory) Flush() {
	for _, r := range m.sq.Flush() {
		m.add(r)
	}
}

func (m *Memory) Len() int       { return m.n }
func (m *Memory) At(i int) Event { return m.chunks[i>>chunkBits][i&(1<<chunkBits-1)] }

// Events copies the stream into one slice.
func (m *Memory) Events() []Event {
	out := make([]Event, 0, m.n)
	for _, c := range m.chunks {
		out = append(out, c...)
	}
	return out
}

func (m *Memory) counter(i int, u Unit) uint64 { return m.At(i).Head().Counter(u) }

// Next is the index of the first event after i in a different u group (the first event of the
// next statement, call, …), or Len() if there is none. Counters never decrease along the stream,
// so this is a binary search.
func (m *Memory) Next(i int, u Unit) int {
	c := m.counter(i, u)
	return i + 1 + sort.Search(m.n-i-1, func(k int) bool { return m.counter(i+1+k, u) > c })
}

// Start is the index of the first event of the u group that contains event i.
func (m *Memory) Start(i int, u Unit) int {
	c := m.counter(i, u)
	return sort.Search(i, func(k int) bool { return m.counter(k, u) >= c })
}

// Prev is the index of the first event of the u group before the one containing i (0 at the start).
func (m *Memory) Prev(i int, u Unit) int {
	s := m.Start(i, u)
	if s == 0 {
		return 0
	}
	return m.Start(s-1, u)
}
